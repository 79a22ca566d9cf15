package dev.hirekit.money;

import dev.hirekit.InvalidValueException;
import org.immutables.value.Value;

/**
 * A rate of pay: a positive amount of money per period, such as a base salary or an hourly rate.
 *
 * <p>Rule: the amount is above zero.
 *
 * <pre>{@code
 * PayRate salary = PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY);
 * PayRate hourly = salary.withAmount(Money.of("95", "USD")).withPeriod(PayPeriod.HOURLY);
 * }</pre>
 */
@Value.Immutable
public abstract class PayRate {

  PayRate() {}

  /**
   * The amount paid per period.
   *
   * @return the amount, above zero
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * The period the amount is paid for.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract PayPeriod period();

  /**
   * A rate of pay.
   *
   * @param amount the amount per period, above zero
   * @param period the period
   * @return the rate
   * @throws InvalidValueException if the amount is zero or negative
   */
  public static PayRate of(Money amount, PayPeriod period) {
    return ImmutablePayRate.of(amount, period);
  }

  /**
   * A builder of rates.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another amount.
   *
   * @param value the amount, above zero
   * @return the copy
   * @throws InvalidValueException if the amount is zero or negative
   */
  public abstract PayRate withAmount(Money value);

  /**
   * A copy with another period.
   *
   * @param value the period
   * @return the copy
   */
  public abstract PayRate withPeriod(PayPeriod value);

  @Value.Check
  void check() {
    if (amount().isNegative() || amount().isZero()) {
      throw new InvalidValueException("PayRate", "amount", amount()
          + " is not positive; give an amount above zero");
    }
  }

  /** Builds a {@link PayRate}; see {@link PayRate#builder()}. */
  public static final class Builder extends ImmutablePayRate.Builder {
    Builder() {}
  }
}
