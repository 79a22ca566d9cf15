package dev.hirekit.money;

import dev.hirekit.InvalidValueException;
import java.util.Currency;

/**
 * Thrown when money of two currencies meets in one operation or one value.
 *
 * <pre>{@code
 * Money.of("1", "USD").plus(Money.of("1", "EUR")); // throws CurrencyMismatchException
 * }</pre>
 */
public class CurrencyMismatchException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation what was attempted, e.g. {@code "plus"}
   * @param expected the currency of the receiving amount
   * @param actual the other currency
   */
  public CurrencyMismatchException(String operation, Currency expected, Currency actual) {
    super("Money", "currency", operation + " needs one currency, got "
        + expected.getCurrencyCode() + " and " + actual.getCurrencyCode()
        + "; convert to " + expected.getCurrencyCode() + " first");
  }
}
