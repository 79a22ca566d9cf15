package dev.hirekit.money;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random money values for property suites of any package. */
public final class MoneyArbitraries {
  private static final long LIMIT = 1_000_000_000_000L;

  private MoneyArbitraries() {}

  /**
   * Every ISO-4217 currency of the JDK that has minor units (so not XAU, XXX, ...).
   *
   * @return the currencies, sorted by code
   */
  public static List<Currency> currenciesWithMinorUnits() {
    return Currency.getAvailableCurrencies().stream()
        .filter(c -> c.getDefaultFractionDigits() >= 0)
        .sorted(Comparator.comparing(Currency::getCurrencyCode))
        .collect(Collectors.toList());
  }

  /** Currencies that Money accepts. */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(currenciesWithMinorUnits());
  }

  /** Currencies that Money rejects: pseudo-currencies without minor units. */
  public static Arbitrary<Currency> currenciesWithoutMinorUnits() {
    return Arbitraries.of(Currency.getAvailableCurrencies().stream()
        .filter(c -> c.getDefaultFractionDigits() < 0)
        .sorted(Comparator.comparing(Currency::getCurrencyCode))
        .collect(Collectors.toList()));
  }

  /** Amounts at the scale of a currency, from minus to plus one trillion minor units. */
  public static Arbitrary<Money> money(Currency currency) {
    return unscaled(-LIMIT, LIMIT).map(units -> of(units, currency));
  }

  /** Money in any accepted currency, possibly negative. */
  public static Arbitrary<Money> money() {
    return currencies().flatMap(MoneyArbitraries::money);
  }

  /** Zero or more in a currency. */
  public static Arbitrary<Money> nonNegativeMoney(Currency currency) {
    return unscaled(0, LIMIT).map(units -> of(units, currency));
  }

  /** Zero or more in any accepted currency. */
  public static Arbitrary<Money> nonNegativeMoney() {
    return currencies().flatMap(MoneyArbitraries::nonNegativeMoney);
  }

  /** Above zero in a currency. */
  public static Arbitrary<Money> positiveMoney(Currency currency) {
    return unscaled(1, LIMIT).map(units -> of(units, currency));
  }

  /** Above zero in any accepted currency. */
  public static Arbitrary<Money> positiveMoney() {
    return currencies().flatMap(MoneyArbitraries::positiveMoney);
  }

  /** Rates of pay with a positive amount in a currency. */
  public static Arbitrary<PayRate> payRates(Currency currency) {
    return Combinators.combine(positiveMoney(currency), Arbitraries.of(PayPeriod.class))
        .as(PayRate::of);
  }

  /** Rates of pay in any accepted currency. */
  public static Arbitrary<PayRate> payRates() {
    return currencies().flatMap(MoneyArbitraries::payRates);
  }

  /** Valid pay ranges in any accepted currency. */
  public static Arbitrary<PayRange> payRanges() {
    return currencies().flatMap(currency -> Combinators.combine(
            nonNegativeMoney(currency), nonNegativeMoney(currency), Arbitraries.of(PayPeriod.class))
        .as((a, b, period) -> a.compareTo(b) <= 0
            ? PayRange.of(a, b, period) : PayRange.of(b, a, period)));
  }

  private static Arbitrary<Long> unscaled(long min, long max) {
    return Arbitraries.longs().between(min, max);
  }

  private static Money of(long units, Currency currency) {
    return Money.of(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency);
  }
}
