package dev.hirekit.money;

import dev.hirekit.InvalidValueException;
import org.immutables.value.Value;

/**
 * A posted range of pay: a minimum and a maximum in one currency for one period.
 *
 * <p>Rules: both bounds share a currency, neither is negative, and {@code min <= max}.
 *
 * <pre>{@code
 * PayRange range = PayRange.of(Money.of("185000", "USD"), Money.of("235000", "USD"),
 *     PayPeriod.YEARLY);
 * range.contains(Money.of("200000", "USD")); // true
 * }</pre>
 */
@Value.Immutable
public abstract class PayRange {

  PayRange() {}

  /**
   * The lowest pay of the range.
   *
   * @return the minimum
   */
  @Value.Parameter
  public abstract Money min();

  /**
   * The highest pay of the range.
   *
   * @return the maximum
   */
  @Value.Parameter
  public abstract Money max();

  /**
   * The period both bounds are quoted for.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract PayPeriod period();

  /**
   * A range of pay.
   *
   * @param min the minimum, not negative
   * @param max the maximum, at least {@code min}, same currency
   * @param period the period
   * @return the range
   * @throws InvalidValueException if a rule of the range is broken
   */
  public static PayRange of(Money min, Money max, PayPeriod period) {
    return ImmutablePayRange.of(min, max, period);
  }

  /**
   * A builder of ranges.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether an amount of the range's currency lies within it, bounds included.
   *
   * @param amount money of the range's currency
   * @return true if {@code min <= amount <= max}
   * @throws CurrencyMismatchException if the currency differs
   */
  public boolean contains(Money amount) {
    return min().compareTo(amount) <= 0 && amount.compareTo(max()) <= 0;
  }

  /**
   * A copy with another minimum.
   *
   * @param value the minimum
   * @return the copy
   * @throws InvalidValueException if the copy would break a rule of the range
   */
  public abstract PayRange withMin(Money value);

  /**
   * A copy with another maximum.
   *
   * @param value the maximum
   * @return the copy
   * @throws InvalidValueException if the copy would break a rule of the range
   */
  public abstract PayRange withMax(Money value);

  /**
   * A copy with another period.
   *
   * @param value the period
   * @return the copy
   */
  public abstract PayRange withPeriod(PayPeriod value);

  @Value.Check
  void check() {
    if (!min().currency().equals(max().currency())) {
      throw new InvalidValueException("PayRange", "max", "is in "
          + max().currency().getCurrencyCode() + " but min is in "
          + min().currency().getCurrencyCode() + "; give both bounds in one currency");
    }
    if (min().isNegative()) {
      throw new InvalidValueException("PayRange", "min", min() + " is negative; give zero or more");
    }
    if (min().isGreaterThan(max())) {
      throw new InvalidValueException("PayRange", "max", max() + " is below min " + min()
          + "; give a max of at least the min");
    }
  }

  /** Builds a {@link PayRange}; see {@link PayRange#builder()}. */
  public static final class Builder extends ImmutablePayRange.Builder {
    Builder() {}
  }
}
