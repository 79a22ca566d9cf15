package dev.hirekit.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayRate;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.testing.Moneys;
import dev.hirekit.testing.Offers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class OfferProperties {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Provide
  Arbitrary<Equity> equities() {
    return Offers.equities();
  }

  @Provide
  Arbitrary<Compensation> compensations() {
    return Offers.compensations();
  }

  @Provide
  Arbitrary<Money> money() {
    return Moneys.money();
  }

  // Equity

  @Property
  void everyGrantKeepsItsRules(@ForAll("equities") Equity equity) {
    assertThat(equity.amount().signum()).isPositive();
    if (equity.kind() == EquityKind.PERCENT) {
      assertThat(equity.amount()).isLessThanOrEqualTo(HUNDRED);
    }
    assertThat(equity.vestingMonths()).isPositive();
    assertThat(equity.cliffMonths()).isBetween(0, equity.vestingMonths());
    assertThat(equity.strikePrice().isEmpty() || equity.kind() == EquityKind.OPTIONS).isTrue();
  }

  @Property
  void amountsAreKeptWithoutTrailingZeros(@ForAll("equities") Equity equity,
      @ForAll("extraZeros") int zeros) {
    BigDecimal padded = equity.amount().setScale(Math.max(0, equity.amount().scale()) + zeros);

    Equity copy = equity.withAmount(padded);

    assertThat(copy).isEqualTo(equity).hasSameHashCodeAs(equity);
    assertThat(copy.amount().scale()).isGreaterThanOrEqualTo(0);
    boolean noTrailingZero = copy.amount().scale() == 0
        || copy.amount().unscaledValue().mod(BigInteger.TEN).signum() != 0;
    assertThat(noTrailingZero).as("no trailing zero in %s", copy.amount()).isTrue();
    assertThat(copy.amount()).isEqualByComparingTo(padded);
  }

  @Provide
  Arbitrary<Integer> extraZeros() {
    return Arbitraries.integers().between(0, 6);
  }

  @Property
  void nonPositiveAmountsAreAlwaysRejected(@ForAll("equities") Equity equity,
      @ForAll("nonPositiveAmounts") BigDecimal amount) {
    String expected = equity.kind() == EquityKind.PERCENT
        ? "Equity.amount: " + amount.toPlainString()
            + " is not a percent above 0 and at most 100; give a percent such as 0.5"
        : "Equity.amount: " + amount.toPlainString() + " is not positive; give a number of "
            + equity.kind() + " above zero";

    assertThatThrownBy(() -> equity.withAmount(amount))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(expected);
  }

  @Provide
  Arbitrary<BigDecimal> nonPositiveAmounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), BigDecimal.ZERO)
        .ofScale(3);
  }

  @Property
  void percentsAboveAHundredAreAlwaysRejected(@ForAll("equitiesOfPercent") Equity equity,
      @ForAll("aboveHundred") BigDecimal amount) {
    assertThatThrownBy(() -> equity.withAmount(amount))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.amount: " + amount.toPlainString()
            + " is not a percent above 0 and at most 100; give a percent such as 0.5");
  }

  @Provide
  Arbitrary<Equity> equitiesOfPercent() {
    return Offers.equities(EquityKind.PERCENT);
  }

  @Provide
  Arbitrary<BigDecimal> aboveHundred() {
    return Arbitraries.bigDecimals().between(new BigDecimal("100.0001"), new BigDecimal("100000"))
        .ofScale(4);
  }

  @Property
  void vestingBelowOneMonthIsAlwaysRejected(@ForAll("equities") Equity equity,
      @ForAll("belowOne") int months) {
    assertThatThrownBy(() -> equity.withCliffMonths(0).withVestingMonths(months))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.vestingMonths: " + months
            + " is below 1; give a vesting period of at least one month");
  }

  @Provide
  Arbitrary<Integer> belowOne() {
    return Arbitraries.integers().between(Integer.MIN_VALUE, 0);
  }

  @Property
  void cliffsOutsideTheVestingPeriodAreAlwaysRejected(@ForAll("equities") Equity equity,
      @ForAll int cliff) {
    if (cliff >= 0 && cliff <= equity.vestingMonths()) {
      assertThat(equity.withCliffMonths(cliff).cliffMonths()).isEqualTo(cliff);
    } else {
      assertThatThrownBy(() -> equity.withCliffMonths(cliff))
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("Equity.cliffMonths: " + cliff + " is not between 0 and vestingMonths "
              + equity.vestingMonths() + "; give a cliff no longer than the vesting period");
    }
  }

  @Property
  void strikePricesOnlyFitOptions(@ForAll("equities") Equity equity,
      @ForAll("money") Money strike) {
    if (equity.kind() != EquityKind.OPTIONS) {
      assertThatThrownBy(() -> equity.withStrikePrice(strike))
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("Equity.strikePrice: is only for OPTIONS, not " + equity.kind()
              + "; remove it or use kind OPTIONS");
    } else if (strike.isNegative() || strike.isZero()) {
      assertThatThrownBy(() -> equity.withStrikePrice(strike))
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("Equity.strikePrice: " + strike
              + " is not positive; give a price above zero");
    } else {
      assertThat(equity.withStrikePrice(strike).strikePrice()).contains(strike);
    }
  }

  @Property
  void equityEqualsAndHashCodeAreConsistent(@ForAll("equities") Equity a,
      @ForAll("equities") Equity b) {
    Equity copy = Equity.builder().from(a).build();

    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.equals(b)).isEqualTo(a.kind() == b.kind() && a.amount().equals(b.amount())
        && a.vestingMonths() == b.vestingMonths() && a.cliffMonths() == b.cliffMonths()
        && a.strikePrice().equals(b.strikePrice()));
  }

  @Property
  void equityWithCopiesLeaveTheOriginal(@ForAll("equities") Equity equity,
      @ForAll("equities") Equity other) {
    Equity before = Equity.builder().from(equity).build();

    Equity copy = equity.withCliffMonths(0).withVestingMonths(other.vestingMonths())
        .withCliffMonths(other.cliffMonths());

    assertThat(equity).isEqualTo(before).hasSameHashCodeAs(before);
    assertThat(copy.vestingMonths()).isEqualTo(other.vestingMonths());
    assertThat(copy.cliffMonths()).isEqualTo(other.cliffMonths());
    assertThat(copy.kind()).isEqualTo(equity.kind());
    assertThat(copy.amount()).isEqualTo(equity.amount());
  }

  // Compensation

  @Property
  void allCashOfACompensationSharesOneCurrency(@ForAll("compensations") Compensation pay) {
    pay.bonus().ifPresent(b -> {
      assertThat(b.currency()).isEqualTo(pay.base().amount().currency());
      assertThat(b.isNegative() || b.isZero()).isFalse();
    });
    pay.signOn().ifPresent(s -> {
      assertThat(s.currency()).isEqualTo(pay.base().amount().currency());
      assertThat(s.isNegative() || s.isZero()).isFalse();
    });
  }

  @Property
  void cashInAnotherCurrencyIsAlwaysRejected(@ForAll("compensations") Compensation pay,
      @ForAll("positiveMoney") Money cash) {
    String base = pay.base().amount().currency().getCurrencyCode();
    String other = cash.currency().getCurrencyCode();
    if (base.equals(other)) {
      assertThat(pay.withBonus(cash).withSignOn(cash).bonus()).contains(cash);
      return;
    }
    String tail = " is in " + other + " but base is in " + base
        + "; give all cash of a compensation in one currency";

    assertThatThrownBy(() -> pay.withBonus(cash))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.bonus:" + tail);
    assertThatThrownBy(() -> pay.withSignOn(cash))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.signOn:" + tail);
  }

  @Provide
  Arbitrary<Money> positiveMoney() {
    return Moneys.positiveMoney();
  }

  @Property
  void aBaseInAnotherCurrencyIsRejectedWhenThereIsCash(
      @ForAll("compensationsAndForeignBase") Tuple2<Compensation, PayRate> p) {
    Compensation pay = p.get1().withSignOn(p.get1().base().amount());
    PayRate base = p.get2();

    assertThatThrownBy(() -> pay.withBase(base))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith(" but base is in " + base.amount().currency().getCurrencyCode()
            + "; give all cash of a compensation in one currency");
  }

  @Provide
  Arbitrary<Tuple2<Compensation, PayRate>> compensationsAndForeignBase() {
    return Combinators.combine(Offers.compensations(), Moneys.payRates())
        .as(Tuple::of)
        .filter(t -> !t.get1().base().amount().currency()
            .equals(t.get2().amount().currency()));
  }

  @Property
  void nonPositiveCashIsAlwaysRejected(@ForAll("compensations") Compensation pay,
      @ForAll("nonNegativeUnits") long units) {
    Money cash = Money.zero(pay.base().amount().currency()).minus(
        Money.of(BigDecimal.valueOf(units, pay.base().amount().amount().scale()),
            pay.base().amount().currency()));

    assertThatThrownBy(() -> pay.withBonus(cash))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.bonus: " + cash
            + " is not positive; give an amount above zero or leave it out");
    assertThatThrownBy(() -> pay.withSignOn(cash))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.signOn: " + cash
            + " is not positive; give an amount above zero or leave it out");
  }

  @Provide
  Arbitrary<Long> nonNegativeUnits() {
    return Arbitraries.longs().between(0, 1_000_000_000L);
  }

  @Property
  void compensationEqualsAndHashCodeAreConsistent(@ForAll("compensations") Compensation a,
      @ForAll("compensations") Compensation b) {
    Compensation copy = Compensation.builder().from(a).build();

    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.equals(b)).isEqualTo(a.base().equals(b.base()) && a.bonus().equals(b.bonus())
        && a.signOn().equals(b.signOn()) && a.equity().equals(b.equity())
        && a.startDate().equals(b.startDate()) && a.employmentType() == b.employmentType());
  }

  @Property
  void compensationWithCopiesLeaveTheOriginal(@ForAll("compensations") Compensation pay,
      @ForAll("equities") Equity equity, @ForAll EmploymentType type,
      @ForAll("startDates") LocalDate start) {
    Compensation before = Compensation.builder().from(pay).build();
    Money cash = pay.base().amount();

    Compensation copy = pay.withBonus(cash).withSignOn(cash).withEquity(equity)
        .withEmploymentType(type).withStartDate(start).withBase(pay.base());

    assertThat(pay).isEqualTo(before).hasSameHashCodeAs(before);
    assertThat(copy.bonus()).contains(cash);
    assertThat(copy.signOn()).contains(cash);
    assertThat(copy.equity()).contains(equity);
    assertThat(copy.employmentType()).isEqualTo(type);
    assertThat(copy.startDate()).isEqualTo(start);
  }

  @Provide
  Arbitrary<LocalDate> startDates() {
    return Offers.startDates();
  }
}
