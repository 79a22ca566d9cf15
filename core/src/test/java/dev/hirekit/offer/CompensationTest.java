package dev.hirekit.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.role.EmploymentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompensationTest {
  private static final PayRate BASE = PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY);
  private static final LocalDate START = LocalDate.of(2026, 3, 1);

  private static Compensation.Builder usd() {
    Compensation.Builder builder = Compensation.builder();
    builder.base(BASE).startDate(START).employmentType(EmploymentType.FULL_TIME);
    return builder;
  }

  @Test
  void holdsEveryField() {
    Equity equity = Equity.builder().kind(EquityKind.RSUS).amount(new BigDecimal("1200"))
        .vestingMonths(48).cliffMonths(12).build();

    Compensation pay = usd()
        .bonus(Money.of("20000", "USD"))
        .signOn(Money.of("10000", "USD"))
        .equity(equity)
        .build();

    assertThat(pay.base()).isEqualTo(BASE);
    assertThat(pay.bonus()).contains(Money.of("20000", "USD"));
    assertThat(pay.signOn()).contains(Money.of("10000", "USD"));
    assertThat(pay.equity()).contains(equity);
    assertThat(pay.startDate()).isEqualTo(START);
    assertThat(pay.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
  }

  @Test
  void optionalPartsMayBeLeftOut() {
    Compensation pay = usd().build();

    assertThat(pay.bonus()).isEmpty();
    assertThat(pay.signOn()).isEmpty();
    assertThat(pay.equity()).isEmpty();
  }

  @Test
  void allowsAStrikePriceInAnotherCurrency() {
    Equity options = Equity.builder().kind(EquityKind.OPTIONS).amount(BigDecimal.TEN)
        .vestingMonths(48).cliffMonths(12).strikePrice(Money.of("1", "EUR")).build();

    assertThat(usd().equity(options).build().equity()).contains(options);
  }

  @Test
  void rejectsABonusInAnotherCurrency() {
    assertThatThrownBy(() -> usd().bonus(Money.of("20000", "EUR")).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.bonus: is in EUR but base is in USD;"
            + " give all cash of a compensation in one currency");
  }

  @Test
  void rejectsASignOnBonusInAnotherCurrency() {
    assertThatThrownBy(() -> usd().signOn(Money.of("1000", "GBP")).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.signOn: is in GBP but base is in USD;"
            + " give all cash of a compensation in one currency");
  }

  @Test
  void rejectsABaseInAnotherCurrencyThanTheBonus() {
    Compensation pay = usd().bonus(Money.of("20000", "USD")).build();

    assertThatThrownBy(() -> pay.withBase(PayRate.of(Money.of("90000", "EUR"), PayPeriod.YEARLY)))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.bonus: is in USD but base is in EUR;"
            + " give all cash of a compensation in one currency");
  }

  @Test
  void rejectsABonusOfZero() {
    assertThatThrownBy(() -> usd().bonus(Money.of("0", "USD")).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.bonus: 0.00 USD is not positive;"
            + " give an amount above zero or leave it out");
  }

  @Test
  void rejectsANegativeSignOnBonus() {
    assertThatThrownBy(() -> usd().build().withSignOn(Money.of("-500", "USD")))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Compensation.signOn: -500.00 USD is not positive;"
            + " give an amount above zero or leave it out");
  }

  @Test
  void requiresBaseStartDateAndEmploymentType() {
    assertThatThrownBy(() -> Compensation.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("base")
        .hasMessageContaining("startDate")
        .hasMessageContaining("employmentType");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Compensation pay = usd().build();

    Compensation copy = pay.withBonus(Money.of("1", "USD")).withSignOn(Money.of("2", "USD"))
        .withStartDate(START.plusDays(14)).withEmploymentType(EmploymentType.CONTRACT);

    assertThat(pay).isEqualTo(usd().build());
    assertThat(copy.bonus()).contains(Money.of("1", "USD"));
    assertThat(copy.signOn()).contains(Money.of("2", "USD"));
    assertThat(copy.startDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(copy.employmentType()).isEqualTo(EmploymentType.CONTRACT);
  }

  @Test
  void toStringShowsThePay() {
    assertThat(usd().bonus(Money.of("20000", "USD")).build()).hasToString(
        "Compensation{base=PayRate{amount=185000.00 USD, period=YEARLY},"
            + " bonus=20000.00 USD, startDate=2026-03-01, employmentType=FULL_TIME}");
  }
}
