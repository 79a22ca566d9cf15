package dev.hirekit.money;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in one ISO-4217 currency, at the currency's own scale.
 *
 * <p>The amount is a {@link BigDecimal} whose scale is fitted to the currency (2 for USD, 0 for
 * JPY, 3 for BHD); an amount that would need rounding to fit is rejected rather than rounded.
 * Arithmetic and comparison work only within one currency and throw {@link
 * CurrencyMismatchException} otherwise. Pseudo-currencies without minor units (such as XAU) are
 * rejected.
 *
 * <p>Bounds, checked before any arithmetic so that no input costs more than a moment: an amount
 * is below 10^15 in magnitude (at most {@value #MAX_INTEGER_DIGITS}
 * digits before the decimal point) and is given with at most 34 significant digits and 34 decimal
 * places; an amount as text is at most {@value #MAX_TEXT_LENGTH} characters long; a factor of
 * {@link #times(BigDecimal)} has at most 34 significant digits, 34 decimal places and {@value
 * #MAX_FACTOR_INTEGER_DIGITS} digits before the decimal point. Beyond them every factory and
 * operation throws {@link InvalidValueException} at once; a sum or product that would reach
 * 10^15 does too. Zero of any scale (such as {@code 0E-1000000000}) is zero.
 *
 * <pre>{@code
 * Money base = Money.of("185000", "USD");        // 185000.00 USD
 * Money more = base.plus(Money.of("5000", "USD")); // 190000.00 USD
 * base.compareTo(more) < 0;                        // true
 * }</pre>
 */
@Value.Immutable(copy = false, builder = false)
public abstract class Money implements Comparable<Money> {
  /** The most digits of an amount before the decimal point: amounts are below 10^15. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** The longest amount text {@link #of(String, String)} parses. */
  public static final int MAX_TEXT_LENGTH = 64;

  /** The most digits of a {@link #times(BigDecimal)} factor before the decimal point. */
  public static final int MAX_FACTOR_INTEGER_DIGITS = 9;

  Money() {}

  /**
   * The amount, at the currency's default scale.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The ISO-4217 currency.
   *
   * @return the currency
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Money of an amount in a currency.
   *
   * @param amount the amount; its scale may be smaller than the currency's, never larger
   * @param currency the currency
   * @return the money
   * @throws InvalidValueException if either is missing, the amount is out of bounds (see above) or
   *     has more decimal places than the currency allows, or the currency has no minor units
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Money of a decimal text and a currency code, e.g. {@code Money.of("19.99", "EUR")}.
   *
   * @param amount a decimal number as accepted by {@link BigDecimal#BigDecimal(String)}, at most
   *     {@value #MAX_TEXT_LENGTH} characters
   * @param currencyCode an ISO-4217 code
   * @return the money
   * @throws InvalidValueException if either is missing, the amount is too long, not a number or
   *     out of bounds, or the code is not a currency
   */
  public static Money of(String amount, String currencyCode) {
    Require.given(amount, "Money", "amount");
    if (amount.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException("Money", "amount", "is " + amount.length()
          + " characters long; write an amount in at most " + MAX_TEXT_LENGTH);
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("Money", "amount", Require.quote(amount)
          + " is not a decimal number; write it like 185000 or 19.99");
    }
    return of(parsed, currency(currencyCode));
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero at the currency's scale
   * @throws InvalidValueException if the currency is missing or has no minor units
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  static Currency currency(String code) {
    Require.given(code, "Money", "currency");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("Money", "currency", Require.quote(code)
          + " is not an ISO-4217 currency code; use a code such as USD, EUR or JPY");
    }
  }

  @Value.Check
  Money normalize() {
    int digits = currency().getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidValueException("Money", "currency", currency().getCurrencyCode()
          + " has no minor unit; use a national currency such as USD, EUR or JPY");
    }
    BigDecimal bounded = Require.decimal("Money", "amount", amount(), MAX_INTEGER_DIGITS);
    if (amount().scale() == digits) {
      return this;
    }
    BigDecimal fitted;
    try {
      fitted = bounded.setScale(digits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("Money", "amount", bounded.toPlainString() + " has more"
          + " decimal places than " + currency().getCurrencyCode() + " allows; give at most "
          + digits);
    }
    return ImmutableMoney.of(fitted, currency());
  }

  /**
   * The sum of this and another amount in the same currency.
   *
   * @param other money in the same currency
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws InvalidValueException if the other is missing or the sum is 10^15 or more in
   *     magnitude
   */
  public Money plus(Money other) {
    requireSameCurrency("plus", Require.given(other, "Money", "other"));
    return of(amount().add(other.amount()), currency());
  }

  /**
   * This amount less another in the same currency.
   *
   * @param other money in the same currency
   * @return the difference, possibly negative
   * @throws CurrencyMismatchException if the currencies differ
   * @throws InvalidValueException if the other is missing or the difference is 10^15 or more in
   *     magnitude
   */
  public Money minus(Money other) {
    requireSameCurrency("minus", Require.given(other, "Money", "other"));
    return of(amount().subtract(other.amount()), currency());
  }

  /**
   * This amount times a factor, rounded half-even to the currency's scale.
   *
   * @param factor the factor, e.g. {@code 1.10} for ten percent more; at most 34 significant
   *     digits, 34 decimal places and {@value #MAX_FACTOR_INTEGER_DIGITS} digits before the
   *     decimal point
   * @return the product
   * @throws InvalidValueException if the factor is missing or out of bounds, or the product is
   *     10^15 or more in magnitude
   */
  public Money times(BigDecimal factor) {
    BigDecimal bounded = Require.decimal("Money", "factor", factor, MAX_FACTOR_INTEGER_DIGITS);
    return of(amount().multiply(bounded)
        .setScale(currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN), currency());
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /**
   * Whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount().signum() == 0;
  }

  /**
   * Orders amounts of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency("compareTo", other);
    return amount().compareTo(other.amount());
  }

  /**
   * Whether this amount is greater than another of the same currency.
   *
   * @param other money in the same currency
   * @return true if greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  private void requireSameCurrency(String operation, Money other) {
    if (!currency().equals(other.currency())) {
      throw new CurrencyMismatchException(operation, currency(), other.currency());
    }
  }

  /** Plain amount and currency code, e.g. {@code 185000.00 USD}. */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
