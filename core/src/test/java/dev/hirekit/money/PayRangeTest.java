package dev.hirekit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import org.junit.jupiter.api.Test;

class PayRangeTest {
  private static final Money LOW = Money.of("185000", "USD");
  private static final Money HIGH = Money.of("235000", "USD");

  @Test
  void holdsBoundsAndPeriod() {
    PayRange range = PayRange.of(LOW, HIGH, PayPeriod.YEARLY);

    assertThat(range.min()).isEqualTo(LOW);
    assertThat(range.max()).isEqualTo(HIGH);
    assertThat(range.period()).isEqualTo(PayPeriod.YEARLY);
  }

  @Test
  void builderBuildsTheSameRangeAsOf() {
    PayRange built = PayRange.builder().min(LOW).max(HIGH).period(PayPeriod.YEARLY).build();

    assertThat(built).isEqualTo(PayRange.of(LOW, HIGH, PayPeriod.YEARLY))
        .hasSameHashCodeAs(PayRange.of(LOW, HIGH, PayPeriod.YEARLY));
  }

  @Test
  void allowsEqualBoundsAndZero() {
    Money zero = Money.of("0", "EUR");

    assertThat(PayRange.of(zero, zero, PayPeriod.HOURLY).contains(zero)).isTrue();
  }

  @Test
  void containsItsBoundsAndWhatLiesBetween() {
    PayRange range = PayRange.of(LOW, HIGH, PayPeriod.YEARLY);

    assertThat(range.contains(LOW)).isTrue();
    assertThat(range.contains(HIGH)).isTrue();
    assertThat(range.contains(Money.of("200000", "USD"))).isTrue();
    assertThat(range.contains(Money.of("184999.99", "USD"))).isFalse();
    assertThat(range.contains(Money.of("235000.01", "USD"))).isFalse();
  }

  @Test
  void containsRejectsAnotherCurrency() {
    PayRange range = PayRange.of(LOW, HIGH, PayPeriod.YEARLY);

    assertThatThrownBy(() -> range.contains(Money.of("200000", "EUR")))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: compareTo needs one currency, got USD and EUR;"
            + " convert to USD first");
  }

  @Test
  void rejectsBoundsInTwoCurrencies() {
    assertThatThrownBy(() -> PayRange.of(LOW, Money.of("235000", "EUR"), PayPeriod.YEARLY))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRange.max: is in EUR but min is in USD; give both bounds in one currency");
  }

  @Test
  void rejectsANegativeMin() {
    assertThatThrownBy(() -> PayRange.of(Money.of("-1", "USD"), HIGH, PayPeriod.YEARLY))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRange.min: -1.00 USD is negative; give zero or more");
  }

  @Test
  void rejectsAMaxBelowTheMin() {
    assertThatThrownBy(() -> PayRange.of(HIGH, LOW, PayPeriod.YEARLY))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRange.max: 185000.00 USD is below min 235000.00 USD;"
            + " give a max of at least the min");
  }

  @Test
  void withCopiesAreCheckedToo() {
    PayRange range = PayRange.of(LOW, HIGH, PayPeriod.YEARLY);

    assertThatThrownBy(() -> range.withMax(Money.of("1", "USD")))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRange.max: 1.00 USD is below min 185000.00 USD;"
            + " give a max of at least the min");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    PayRange range = PayRange.of(LOW, HIGH, PayPeriod.YEARLY);

    PayRange monthly = range.withPeriod(PayPeriod.MONTHLY).withMin(Money.of("0", "USD"));

    assertThat(monthly.period()).isEqualTo(PayPeriod.MONTHLY);
    assertThat(monthly.min()).isEqualTo(Money.of("0", "USD"));
    assertThat(range).isEqualTo(PayRange.of(LOW, HIGH, PayPeriod.YEARLY));
  }

  @Test
  void builderRequiresEveryField() {
    assertThatThrownBy(() -> PayRange.builder().min(LOW).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("max")
        .hasMessageContaining("period");
  }
}
