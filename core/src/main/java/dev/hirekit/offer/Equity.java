package dev.hirekit.offer;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A grant of equity in an offer: its kind, how much, and how it vests.
 *
 * <p>Rules: the amount is above zero, and at most 100 for {@link EquityKind#PERCENT}; vesting
 * takes at least one month; the cliff is between zero and the vesting period; a strike price is
 * only for {@link EquityKind#OPTIONS} and is above zero. The amount is kept without trailing zeros,
 * so {@code 1000.00} and {@code 1000} are the same grant.
 *
 * <p>Bounds, checked before any arithmetic so that no amount costs more than a moment: an amount
 * is below 10^15 (at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point) and is
 * given with at most 34 significant digits and 34 decimal places; beyond them the builder and
 * {@link #withAmount(BigDecimal)} throw {@link InvalidValueException} at once.
 *
 * <pre>{@code
 * Equity options = Equity.builder()
 *     .kind(EquityKind.OPTIONS)
 *     .amount(new BigDecimal("10000"))
 *     .vestingMonths(48)
 *     .cliffMonths(12)
 *     .strikePrice(Money.of("1.25", "USD"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Equity {
  /** The most digits of an amount before the decimal point: amounts are below 10^15. */
  public static final int MAX_INTEGER_DIGITS = 15;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Equity() {}

  /**
   * The form of the grant.
   *
   * @return the kind
   */
  public abstract EquityKind kind();

  /**
   * How much is granted: a number of units, or a percent for {@link EquityKind#PERCENT}.
   *
   * @return the amount, above zero, without trailing zeros
   */
  public abstract BigDecimal amount();

  /**
   * How many months the grant takes to vest in full.
   *
   * @return the vesting period in months, at least 1
   */
  public abstract int vestingMonths();

  /**
   * How many months pass before anything vests.
   *
   * @return the cliff in months, between 0 and {@link #vestingMonths()}
   */
  public abstract int cliffMonths();

  /**
   * The price per share at which options may be exercised; only for {@link EquityKind#OPTIONS}.
   *
   * @return the strike price, if known
   */
  public abstract Optional<Money> strikePrice();

  /**
   * A builder of grants.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another kind.
   *
   * @param value the kind
   * @return the copy
   * @throws InvalidValueException if the amount or strike price do not fit the kind
   */
  public abstract Equity withKind(EquityKind value);

  /**
   * A copy with another amount.
   *
   * @param value the amount, above zero, at most 100 for a percent, within the bounds above
   * @return the copy
   * @throws InvalidValueException if the amount is missing or out of range
   */
  public abstract Equity withAmount(BigDecimal value);

  /**
   * A copy with another vesting period.
   *
   * @param value the vesting period in months, at least 1 and at least the cliff
   * @return the copy
   * @throws InvalidValueException if the vesting period is out of range
   */
  public abstract Equity withVestingMonths(int value);

  /**
   * A copy with another cliff.
   *
   * @param value the cliff in months, between 0 and the vesting period
   * @return the copy
   * @throws InvalidValueException if the cliff is out of range
   */
  public abstract Equity withCliffMonths(int value);

  /**
   * A copy with a strike price.
   *
   * @param value the strike price, above zero
   * @return the copy
   * @throws InvalidValueException if the kind is not {@link EquityKind#OPTIONS} or the price is
   *     not above zero
   */
  public abstract Equity withStrikePrice(Money value);

  @Value.Check
  Equity normalize() {
    BigDecimal amount = Require.decimal("Equity", "amount", amount(), MAX_INTEGER_DIGITS);
    if (kind() == EquityKind.PERCENT) {
      if (amount.signum() <= 0 || amount.compareTo(HUNDRED) > 0) {
        throw new InvalidValueException("Equity", "amount", amount.toPlainString()
            + " is not a percent above 0 and at most 100; give a percent such as 0.5");
      }
    } else if (amount.signum() <= 0) {
      throw new InvalidValueException("Equity", "amount", amount.toPlainString()
          + " is not positive; give a number of " + kind() + " above zero");
    }
    if (vestingMonths() < 1) {
      throw new InvalidValueException("Equity", "vestingMonths", vestingMonths()
          + " is below 1; give a vesting period of at least one month");
    }
    if (cliffMonths() < 0 || cliffMonths() > vestingMonths()) {
      throw new InvalidValueException("Equity", "cliffMonths", cliffMonths()
          + " is not between 0 and vestingMonths " + vestingMonths()
          + "; give a cliff no longer than the vesting period");
    }
    if (strikePrice().isPresent()) {
      Money strike = strikePrice().get();
      if (kind() != EquityKind.OPTIONS) {
        throw new InvalidValueException("Equity", "strikePrice", "is only for OPTIONS, not "
            + kind() + "; remove it or use kind OPTIONS");
      }
      if (strike.isNegative() || strike.isZero()) {
        throw new InvalidValueException("Equity", "strikePrice", strike
            + " is not positive; give a price above zero");
      }
    }
    BigDecimal canonical = amount().stripTrailingZeros();
    if (canonical.scale() < 0) {
      canonical = canonical.setScale(0);
    }
    return canonical.equals(amount()) ? this : withAmount(canonical);
  }

  /** Builds an {@link Equity}; see {@link Equity#builder()}. */
  public static final class Builder extends ImmutableEquity.Builder {
    Builder() {}
  }
}
