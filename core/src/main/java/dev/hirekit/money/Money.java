package dev.hirekit.money;

import dev.hirekit.InvalidValueException;
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
 * <pre>{@code
 * Money base = Money.of("185000", "USD");        // 185000.00 USD
 * Money more = base.plus(Money.of("5000", "USD")); // 190000.00 USD
 * base.compareTo(more) < 0;                        // true
 * }</pre>
 */
@Value.Immutable(copy = false, builder = false)
public abstract class Money implements Comparable<Money> {

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
   * @throws InvalidValueException if the amount has more decimal places than the currency allows,
   *     or the currency has no minor units
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Money of a decimal text and a currency code, e.g. {@code Money.of("19.99", "EUR")}.
   *
   * @param amount a decimal number as accepted by {@link BigDecimal#BigDecimal(String)}
   * @param currencyCode an ISO-4217 code
   * @return the money
   * @throws InvalidValueException if the amount is not a number or the code is not a currency
   */
  public static Money of(String amount, String currencyCode) {
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("Money", "amount", "'" + amount
          + "' is not a decimal number; write it like 185000 or 19.99");
    }
    return of(parsed, currency(currencyCode));
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero at the currency's scale
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException("Money", "currency", "'" + code
          + "' is not an ISO-4217 currency code; use a code such as USD, EUR or JPY");
    }
  }

  @Value.Check
  Money normalize() {
    int digits = currency().getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidValueException("Money", "currency", currency().getCurrencyCode()
          + " has no minor unit; use a national currency such as USD, EUR or JPY");
    }
    if (amount().scale() == digits) {
      return this;
    }
    BigDecimal fitted;
    try {
      fitted = amount().setScale(digits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("Money", "amount", amount().toPlainString() + " has more"
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
   */
  public Money plus(Money other) {
    requireSameCurrency("plus", other);
    return of(amount().add(other.amount()), currency());
  }

  /**
   * This amount less another in the same currency.
   *
   * @param other money in the same currency
   * @return the difference, possibly negative
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency("minus", other);
    return of(amount().subtract(other.amount()), currency());
  }

  /**
   * This amount times a factor, rounded half-even to the currency's scale.
   *
   * @param factor the factor, e.g. {@code 1.10} for ten percent more
   * @return the product
   */
  public Money times(BigDecimal factor) {
    return of(amount().multiply(factor)
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
