package dev.hirekit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.testing.Moneys;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.LongRange;

class MoneyProperties {

  @Provide
  Arbitrary<Money> money() {
    return Moneys.money();
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Moneys.currencies();
  }

  @Provide
  Arbitrary<Tuple2<Money, Money>> pairs() {
    return Moneys.currencies().flatMap(c -> Combinators
        .combine(Moneys.money(c), Moneys.money(c)).as(Tuple::of));
  }

  /** A non-negative amount and a strictly greater one, in one currency. */
  @Provide
  Arbitrary<Tuple2<Money, Money>> orderedPairs() {
    return Moneys.currencies().flatMap(c -> Combinators
        .combine(Moneys.nonNegativeMoney(c), Moneys.positiveMoney(c))
        .as((low, gap) -> Tuple.of(low, low.plus(gap))));
  }

  @Provide
  Arbitrary<Tuple3<Money, Money, Money>> triples() {
    return Moneys.currencies().flatMap(c -> Combinators
        .combine(Moneys.money(c), Moneys.money(c), Moneys.money(c))
        .as(Tuple::of));
  }

  @Provide
  Arbitrary<Tuple2<Money, Money>> mismatched() {
    return Combinators.combine(Moneys.money(), Moneys.money())
        .as(Tuple::of)
        .filter(t -> !t.get1().currency().equals(t.get2().currency()));
  }

  @Property
  void plusIsCommutative(@ForAll("pairs") Tuple2<Money, Money> p) {
    assertThat(p.get1().plus(p.get2())).isEqualTo(p.get2().plus(p.get1()));
  }

  @Property
  void plusIsAssociative(@ForAll("triples") Tuple3<Money, Money, Money> t) {
    assertThat(t.get1().plus(t.get2()).plus(t.get3()))
        .isEqualTo(t.get1().plus(t.get2().plus(t.get3())));
  }

  @Property
  void minusUndoesPlus(@ForAll("pairs") Tuple2<Money, Money> p) {
    assertThat(p.get1().plus(p.get2()).minus(p.get2())).isEqualTo(p.get1());
  }

  @Property
  void zeroIsTheIdentityOfPlus(@ForAll("money") Money money) {
    Money zero = Money.zero(money.currency());

    assertThat(money.plus(zero)).isEqualTo(money);
    assertThat(zero.plus(money)).isEqualTo(money);
    assertThat(money.minus(money)).isEqualTo(zero);
  }

  @Property
  void compareToAgreesWithTheAmount(@ForAll("pairs") Tuple2<Money, Money> p) {
    int byMoney = Integer.signum(p.get1().compareTo(p.get2()));

    assertThat(byMoney).isEqualTo(Integer.signum(p.get1().amount().compareTo(p.get2().amount())));
    assertThat(byMoney == 0).isEqualTo(p.get1().equals(p.get2()));
    assertThat(Integer.signum(p.get2().compareTo(p.get1()))).isEqualTo(-byMoney);
    assertThat(p.get1().isGreaterThan(p.get2())).isEqualTo(byMoney > 0);
  }

  @Property
  void differentCurrenciesAlwaysThrow(@ForAll("mismatched") Tuple2<Money, Money> p) {
    Money a = p.get1();
    Money b = p.get2();
    String codes = a.currency().getCurrencyCode() + " and " + b.currency().getCurrencyCode()
        + "; convert to " + a.currency().getCurrencyCode() + " first";

    assertThatThrownBy(() -> a.plus(b)).isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: plus needs one currency, got " + codes);
    assertThatThrownBy(() -> a.minus(b)).isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: minus needs one currency, got " + codes);
    assertThatThrownBy(() -> a.compareTo(b)).isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: compareTo needs one currency, got " + codes);
  }

  @Property
  void scaleIsAlwaysTheCurrencyDefault(
      @ForAll("currencies") Currency currency,
      @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long units,
      @ForAll("fewerDigits") int less) {
    int digits = currency.getDefaultFractionDigits();
    BigDecimal amount = BigDecimal.valueOf(units, Math.max(0, digits - less));

    Money money = Money.of(amount, currency);

    assertThat(money.amount().scale()).isEqualTo(digits);
    assertThat(money.amount()).isEqualByComparingTo(amount);
  }

  @Provide
  Arbitrary<Integer> fewerDigits() {
    return Arbitraries.integers().between(0, 4);
  }

  @Property
  void tooManyDecimalsAreAlwaysRejected(@ForAll("currencies") Currency currency,
      @ForAll("nonMultiplesOfTen") long units) {
    int digits = currency.getDefaultFractionDigits();
    BigDecimal amount = BigDecimal.valueOf(units, digits + 1);

    assertThatThrownBy(() -> Money.of(amount, currency))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Money.amount: " + amount.toPlainString() + " has more decimal places than "
            + currency.getCurrencyCode() + " allows; give at most " + digits);
  }

  @Provide
  Arbitrary<Long> nonMultiplesOfTen() {
    return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).filter(l -> l % 10 != 0);
  }

  @Property
  void pseudoCurrenciesAreAlwaysRejected(
      @ForAll("pseudoCurrencies") Currency currency, @ForAll long units) {
    assertThatThrownBy(() -> Money.of(BigDecimal.valueOf(units), currency))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Money.currency: " + currency.getCurrencyCode() + " has no minor unit;"
            + " use a national currency such as USD, EUR or JPY");
  }

  @Provide
  Arbitrary<Currency> pseudoCurrencies() {
    return Moneys.currenciesWithoutMinorUnits();
  }

  @Property
  void timesOneIsTheIdentity(@ForAll("money") Money money) {
    assertThat(money.times(BigDecimal.ONE)).isEqualTo(money);
    assertThat(money.times(new BigDecimal("1.000"))).isEqualTo(money);
  }

  @Property
  void ofBigDecimalAgreesWithOfString(@ForAll("money") Money money) {
    Money parsed = Money.of(money.amount().toString(), money.currency().getCurrencyCode());

    assertThat(parsed).isEqualTo(money).hasSameHashCodeAs(money);
    assertThat(Money.of(money.amount().toPlainString(), money.currency().getCurrencyCode()))
        .isEqualTo(money);
  }

  @Property
  void equalsAndHashCodeAreConsistent(@ForAll("money") Money a, @ForAll("money") Money b) {
    Money copy = Money.of(a.amount(), a.currency());

    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    assertThat(a.equals(b)).isEqualTo(
        a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0);
  }

  @Property
  void toStringIsPlainAmountAndCode(@ForAll("money") Money money) {
    assertThat(money).hasToString(
        money.amount().toPlainString() + " " + money.currency().getCurrencyCode());
  }

  // PayRange

  @Provide
  Arbitrary<PayRange> ranges() {
    return Moneys.payRanges();
  }

  @Property
  void everyBuiltRangeIsOrderedAndContainsItsBounds(@ForAll("ranges") PayRange range) {
    assertThat(range.min().compareTo(range.max())).isLessThanOrEqualTo(0);
    assertThat(range.contains(range.min())).isTrue();
    assertThat(range.contains(range.max())).isTrue();
    assertThat(range.min().isNegative()).isFalse();
  }

  @Property
  void invertedBoundsAreAlwaysRejected(@ForAll("orderedPairs") Tuple2<Money, Money> p,
      @ForAll PayPeriod period) {
    Money low = p.get1();
    Money high = p.get2();

    assertThatThrownBy(() -> PayRange.of(high, low, period))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRange.max: " + low + " is below min " + high
            + "; give a max of at least the min");
  }

  @Property
  void negativeMinIsAlwaysRejected(@ForAll("negativeAndMax") Tuple2<Money, Money> p,
      @ForAll PayPeriod period) {
    assertThatThrownBy(() -> PayRange.of(p.get1(), p.get2(), period))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRange.min: " + p.get1() + " is negative; give zero or more");
  }

  @Provide
  Arbitrary<Tuple2<Money, Money>> negativeAndMax() {
    return Moneys.currencies().flatMap(c -> Combinators.combine(
        Moneys.positiveMoney(c).map(m -> Money.zero(c).minus(m)),
        Moneys.money(c)).as(Tuple::of));
  }

  @Property
  void boundsInTwoCurrenciesAreAlwaysRejected(@ForAll("mismatched") Tuple2<Money, Money> p,
      @ForAll PayPeriod period) {
    assertThatThrownBy(() -> PayRange.of(p.get1(), p.get2(), period))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRange.max: is in " + p.get2().currency().getCurrencyCode()
            + " but min is in " + p.get1().currency().getCurrencyCode()
            + "; give both bounds in one currency");
  }

  @Property
  void rangeWithCopiesLeaveTheOriginal(@ForAll("ranges") PayRange range,
      @ForAll PayPeriod period) {
    PayRange before = PayRange.builder().from(range).build();

    PayRange copy = range.withPeriod(period).withMin(Money.zero(range.min().currency()))
        .withMax(range.max().plus(range.max()));

    assertThat(range).isEqualTo(before).hasSameHashCodeAs(before);
    assertThat(copy.period()).isEqualTo(period);
    assertThat(copy.min().isZero()).isTrue();
    assertThat(copy.max()).isEqualTo(range.max().plus(range.max()));
  }

  @Property
  void rangeEqualsAndHashCodeAreConsistent(@ForAll("ranges") PayRange a,
      @ForAll("ranges") PayRange b) {
    PayRange copy = PayRange.of(a.min(), a.max(), a.period());

    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.equals(b)).isEqualTo(a.min().equals(b.min()) && a.max().equals(b.max())
        && a.period() == b.period());
  }

  // PayRate

  @Provide
  Arbitrary<PayRate> rates() {
    return Moneys.payRates();
  }

  @Property
  void everyRateIsPositive(@ForAll("rates") PayRate rate) {
    assertThat(rate.amount().isNegative() || rate.amount().isZero()).isFalse();
  }

  @Property
  void nonPositiveRatesAreAlwaysRejected(@ForAll("nonPositive") Money amount,
      @ForAll PayPeriod period) {
    assertThatThrownBy(() -> PayRate.of(amount, period))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRate.amount: " + amount + " is not positive; give an amount above zero");
  }

  @Provide
  Arbitrary<Money> nonPositive() {
    return Moneys.nonNegativeMoney().map(m -> Money.zero(m.currency()).minus(m));
  }

  @Property
  void rateWithCopiesLeaveTheOriginal(@ForAll("rates") PayRate rate, @ForAll PayPeriod period) {
    PayRate before = PayRate.of(rate.amount(), rate.period());
    Money doubled = rate.amount().plus(rate.amount());

    PayRate copy = rate.withPeriod(period).withAmount(doubled);

    assertThat(rate).isEqualTo(before).hasSameHashCodeAs(before);
    assertThat(copy).isEqualTo(PayRate.of(doubled, period));
  }
}
