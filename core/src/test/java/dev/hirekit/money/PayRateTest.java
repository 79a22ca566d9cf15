package dev.hirekit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import org.junit.jupiter.api.Test;

class PayRateTest {

  @Test
  void holdsAmountAndPeriod() {
    PayRate rate = PayRate.of(Money.of("95", "USD"), PayPeriod.HOURLY);

    assertThat(rate.amount()).isEqualTo(Money.of("95.00", "USD"));
    assertThat(rate.period()).isEqualTo(PayPeriod.HOURLY);
    assertThat(rate).isEqualTo(PayRate.builder()
        .amount(Money.of("95", "USD")).period(PayPeriod.HOURLY).build());
  }

  @Test
  void rejectsZero() {
    assertThatThrownBy(() -> PayRate.of(Money.of("0", "USD"), PayPeriod.YEARLY))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRate.amount: 0.00 USD is not positive; give an amount above zero");
  }

  @Test
  void rejectsANegativeAmount() {
    assertThatThrownBy(() -> PayRate.of(Money.of("-5", "JPY"), PayPeriod.DAILY))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRate.amount: -5 JPY is not positive; give an amount above zero");
  }

  @Test
  void withAmountIsChecked() {
    PayRate rate = PayRate.of(Money.of("95", "USD"), PayPeriod.HOURLY);

    assertThatThrownBy(() -> rate.withAmount(Money.of("0", "USD")))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("PayRate.amount: 0.00 USD is not positive; give an amount above zero");
  }

  @Test
  void toStringShowsAmountAndPeriod() {
    assertThat(PayRate.of(Money.of("95", "USD"), PayPeriod.HOURLY))
        .hasToString("PayRate{amount=95.00 USD, period=HOURLY}");
  }
}
