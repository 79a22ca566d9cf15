package dev.hirekit.offer;

import dev.hirekit.money.MoneyArbitraries;
import dev.hirekit.role.EmploymentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random offer values for property suites of any package. */
public final class OfferArbitraries {

  private OfferArbitraries() {}

  /** Units of a grant: 1 to a million, up to two decimals. */
  public static Arbitrary<BigDecimal> units() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000"))
        .ofScale(2);
  }

  /** Percents above 0 and at most 100, up to four decimals. */
  public static Arbitrary<BigDecimal> percents() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100"))
        .ofScale(4);
  }

  /** Valid equity grants of every kind. */
  public static Arbitrary<Equity> equities() {
    return Arbitraries.of(EquityKind.class).flatMap(OfferArbitraries::equities);
  }

  /** Valid equity grants of one kind; options have a strike price or none. */
  public static Arbitrary<Equity> equities(EquityKind kind) {
    Arbitrary<BigDecimal> amounts = kind == EquityKind.PERCENT ? percents() : units();
    return Combinators.combine(amounts, Arbitraries.integers().between(1, 120),
            Arbitraries.integers().between(0, 120),
            MoneyArbitraries.positiveMoney().optional())
        .as((amount, vesting, cliff, strike) -> {
          Equity.Builder builder = Equity.builder();
          builder.kind(kind).amount(amount).vestingMonths(vesting)
              .cliffMonths(Math.min(cliff, vesting));
          if (kind == EquityKind.OPTIONS) {
            builder.strikePrice(strike);
          }
          return builder.build();
        });
  }

  /** Start dates between 2000 and 2099. */
  public static Arbitrary<LocalDate> startDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Valid compensations in any accepted currency, with and without the optional parts. */
  public static Arbitrary<Compensation> compensations() {
    return MoneyArbitraries.currencies().flatMap(OfferArbitraries::compensations);
  }

  /** Valid compensations whose cash is in one currency. */
  public static Arbitrary<Compensation> compensations(Currency currency) {
    return Combinators.combine(MoneyArbitraries.payRates(currency),
            MoneyArbitraries.positiveMoney(currency).optional(),
            MoneyArbitraries.positiveMoney(currency).optional(),
            equities().optional(),
            startDates(),
            Arbitraries.of(EmploymentType.class))
        .as((base, bonus, signOn, equity, start, type) -> Compensation.builder()
            .base(base).bonus(bonus).signOn(signOn).equity(equity).startDate(start)
            .employmentType(type).build());
  }
}
