package dev.hirekit.testing;

import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random money: currencies, amounts, rates and ranges of pay, all valid.
 *
 * <pre>{@code
 * Arbitrary<Money> salaries = Moneys.positiveMoney(Currency.getInstance("EUR"));
 * }</pre>
 */
public final class Moneys {
  private static final long LIMIT = 1_000_000_000_000L;

  /** Read once: every generator of money draws from it. */
  private static final List<Currency> WITH_MINOR_UNITS = Currency.getAvailableCurrencies()
      .stream()
      .filter(c -> c.getDefaultFractionDigits() >= 0)
      .sorted(Comparator.comparing(Currency::getCurrencyCode))
      .collect(Collectors.toUnmodifiableList());

  private Moneys() {}

  /**
   * Every ISO-4217 currency of the JDK that has minor units (so not XAU, XXX, ...).
   *
   * <pre>{@code
   * List<Currency> accepted = Moneys.currenciesWithMinorUnits();
   * }</pre>
   *
   * @return the currencies, sorted by code, unmodifiable
   */
  public static List<Currency> currenciesWithMinorUnits() {
    return WITH_MINOR_UNITS;
  }

  /**
   * Currencies that {@link Money} accepts. To pair a currency with other drawn values, combine
   * the arbitraries rather than flat-map over a drawn currency: jqwik builds and keeps a new
   * generator for every value a {@code flatMap} draws, which makes properties many times slower.
   *
   * <pre>{@code
   * Arbitrary<PayRange> ranges = Combinators.combine(Moneys.currencies(),
   *         Arbitraries.longs().between(1, 100_000), Arbitraries.longs().between(0, 50_000))
   *     .as((currency, low, width) -> PayRange.of(
   *         Money.of(BigDecimal.valueOf(low), currency),
   *         Money.of(BigDecimal.valueOf(low + width), currency), PayPeriod.YEARLY));
   * }</pre>
   *
   * @return currencies with minor units
   */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(currenciesWithMinorUnits());
  }

  /**
   * Currencies that {@link Money} rejects: pseudo-currencies without minor units.
   *
   * <pre>{@code
   * Arbitrary<Currency> refused = Moneys.currenciesWithoutMinorUnits();
   * }</pre>
   *
   * @return currencies such as XAU and XXX
   */
  public static Arbitrary<Currency> currenciesWithoutMinorUnits() {
    return Arbitraries.of(Currency.getAvailableCurrencies().stream()
        .filter(c -> c.getDefaultFractionDigits() < 0)
        .sorted(Comparator.comparing(Currency::getCurrencyCode))
        .collect(Collectors.toList()));
  }

  /**
   * Amounts at the scale of a currency, from minus to plus one trillion minor units.
   *
   * <pre>{@code
   * Arbitrary<Money> dollars = Moneys.money(Currency.getInstance("USD"));
   * }</pre>
   *
   * @param currency the currency
   * @return money in that currency, possibly negative or zero
   */
  public static Arbitrary<Money> money(Currency currency) {
    return unscaled(-LIMIT, LIMIT).map(units -> of(units, currency));
  }

  /**
   * Money in any accepted currency, possibly negative.
   *
   * <pre>{@code
   * Arbitrary<Money> any = Moneys.money();
   * }</pre>
   *
   * @return money
   */
  public static Arbitrary<Money> money() {
    return Combinators.combine(currencies(), unscaled(-LIMIT, LIMIT))
        .as((currency, units) -> of(units, currency));
  }

  /**
   * Zero or more in a currency.
   *
   * <pre>{@code
   * Arbitrary<Money> dollars = Moneys.nonNegativeMoney(Currency.getInstance("USD"));
   * }</pre>
   *
   * @param currency the currency
   * @return money of at least zero
   */
  public static Arbitrary<Money> nonNegativeMoney(Currency currency) {
    return unscaled(0, LIMIT).map(units -> of(units, currency));
  }

  /**
   * Zero or more in any accepted currency.
   *
   * <pre>{@code
   * Arbitrary<Money> any = Moneys.nonNegativeMoney();
   * }</pre>
   *
   * @return money of at least zero
   */
  public static Arbitrary<Money> nonNegativeMoney() {
    return Combinators.combine(currencies(), unscaled(0, LIMIT))
        .as((currency, units) -> of(units, currency));
  }

  /**
   * Above zero in a currency.
   *
   * <pre>{@code
   * Arbitrary<Money> dollars = Moneys.positiveMoney(Currency.getInstance("USD"));
   * }</pre>
   *
   * @param currency the currency
   * @return money above zero
   */
  public static Arbitrary<Money> positiveMoney(Currency currency) {
    return unscaled(1, LIMIT).map(units -> of(units, currency));
  }

  /**
   * Above zero in any accepted currency.
   *
   * <pre>{@code
   * Arbitrary<Money> any = Moneys.positiveMoney();
   * }</pre>
   *
   * @return money above zero
   */
  public static Arbitrary<Money> positiveMoney() {
    return Combinators.combine(currencies(), unscaled(1, LIMIT))
        .as((currency, units) -> of(units, currency));
  }

  /**
   * Every pay period.
   *
   * <pre>{@code
   * Arbitrary<PayPeriod> periods = Moneys.payPeriods();
   * }</pre>
   *
   * @return pay periods
   */
  public static Arbitrary<PayPeriod> payPeriods() {
    return Arbitraries.of(PayPeriod.class);
  }

  /**
   * Rates of pay with a positive amount in a currency.
   *
   * <pre>{@code
   * Arbitrary<PayRate> rates = Moneys.payRates(Currency.getInstance("GBP"));
   * }</pre>
   *
   * @param currency the currency
   * @return rates of any period
   */
  public static Arbitrary<PayRate> payRates(Currency currency) {
    return Combinators.combine(positiveMoney(currency), payPeriods()).as(PayRate::of);
  }

  /**
   * Rates of pay in any accepted currency.
   *
   * <pre>{@code
   * Arbitrary<PayRate> rates = Moneys.payRates();
   * }</pre>
   *
   * @return rates of any period
   */
  public static Arbitrary<PayRate> payRates() {
    return Combinators.combine(currencies(), unscaled(1, LIMIT), payPeriods())
        .as((currency, units, period) -> PayRate.of(of(units, currency), period));
  }

  /**
   * Valid pay ranges in any accepted currency, the minimum at most the maximum.
   *
   * <pre>{@code
   * Arbitrary<PayRange> ranges = Moneys.payRanges();
   * }</pre>
   *
   * @return pay ranges of any period
   */
  public static Arbitrary<PayRange> payRanges() {
    return Combinators.combine(currencies(), unscaled(0, LIMIT), unscaled(0, LIMIT), payPeriods())
        .as((currency, a, b, period) -> PayRange.of(of(Math.min(a, b), currency),
            of(Math.max(a, b), currency), period));
  }

  private static Arbitrary<Long> unscaled(long min, long max) {
    return Arbitraries.longs().between(min, max);
  }

  private static Money of(long units, Currency currency) {
    return Money.of(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency);
  }
}
