package dev.hirekit.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EquityTest {

  private static Equity.Builder rsus(String amount) {
    Equity.Builder builder = Equity.builder();
    builder.kind(EquityKind.RSUS).amount(new BigDecimal(amount)).vestingMonths(48)
        .cliffMonths(12);
    return builder;
  }

  @Test
  void holdsEveryField() {
    Equity options = Equity.builder()
        .kind(EquityKind.OPTIONS)
        .amount(new BigDecimal("10000"))
        .vestingMonths(48)
        .cliffMonths(12)
        .strikePrice(Money.of("1.25", "USD"))
        .build();

    assertThat(options.kind()).isEqualTo(EquityKind.OPTIONS);
    assertThat(options.amount()).isEqualTo(new BigDecimal("10000"));
    assertThat(options.vestingMonths()).isEqualTo(48);
    assertThat(options.cliffMonths()).isEqualTo(12);
    assertThat(options.strikePrice()).contains(Money.of("1.25", "USD"));
  }

  @Test
  void keepsTheAmountWithoutTrailingZeros() {
    Equity grant = rsus("1200.00").build();

    assertThat(grant.amount()).isEqualTo(new BigDecimal("1200"));
    assertThat(grant).isEqualTo(rsus("1200").build()).hasSameHashCodeAs(rsus("1.2E+3").build());
    assertThat(rsus("12.50").build().amount()).isEqualTo(new BigDecimal("12.5"));
  }

  @Test
  void allowsAPercentUpToAHundred() {
    Equity whole = rsus("100").kind(EquityKind.PERCENT).build();
    Equity tiny = rsus("0.0001").kind(EquityKind.PERCENT).build();

    assertThat(whole.amount()).isEqualTo(new BigDecimal("100"));
    assertThat(tiny.amount()).isEqualTo(new BigDecimal("0.0001"));
  }

  @Test
  void rejectsZeroUnits() {
    assertThatThrownBy(() -> rsus("0").build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.amount: 0 is not positive; give a number of RSUS above zero");
  }

  @Test
  void rejectsNegativeUnits() {
    assertThatThrownBy(() -> rsus("-10").kind(EquityKind.SHARES).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.amount: -10 is not positive; give a number of SHARES above zero");
  }

  @Test
  void rejectsAPercentAboveAHundred() {
    assertThatThrownBy(() -> rsus("100.01").kind(EquityKind.PERCENT).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.amount: 100.01 is not a percent above 0 and at most 100;"
            + " give a percent such as 0.5");
  }

  @Test
  void rejectsAPercentOfZero() {
    assertThatThrownBy(() -> rsus("0.0").kind(EquityKind.PERCENT).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.amount: 0.0 is not a percent above 0 and at most 100;"
            + " give a percent such as 0.5");
  }

  @Test
  void rejectsVestingOfLessThanAMonth() {
    assertThatThrownBy(() -> rsus("1").vestingMonths(0).cliffMonths(0).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.vestingMonths: 0 is below 1;"
            + " give a vesting period of at least one month");
  }

  @Test
  void rejectsANegativeCliff() {
    assertThatThrownBy(() -> rsus("1").cliffMonths(-1).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.cliffMonths: -1 is not between 0 and vestingMonths 48;"
            + " give a cliff no longer than the vesting period");
  }

  @Test
  void rejectsACliffLongerThanVesting() {
    assertThatThrownBy(() -> rsus("1").build().withCliffMonths(49))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.cliffMonths: 49 is not between 0 and vestingMonths 48;"
            + " give a cliff no longer than the vesting period");
  }

  @Test
  void allowsACliffOfTheWholeVestingPeriod() {
    assertThat(rsus("1").vestingMonths(12).cliffMonths(12).build().cliffMonths()).isEqualTo(12);
  }

  @Test
  void rejectsAStrikePriceForAnotherKind() {
    assertThatThrownBy(() -> rsus("1").strikePrice(Money.of("1", "USD")).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.strikePrice: is only for OPTIONS, not RSUS;"
            + " remove it or use kind OPTIONS");
  }

  @Test
  void rejectsAStrikePriceOfZero() {
    assertThatThrownBy(() -> rsus("1").kind(EquityKind.OPTIONS).strikePrice(Money.of("0", "EUR"))
            .build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Equity.strikePrice: 0.00 EUR is not positive; give a price above zero");
  }

  @Test
  void requiresEveryMandatoryField() {
    assertThatThrownBy(() -> Equity.builder().kind(EquityKind.RSUS).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("amount")
        .hasMessageContaining("vestingMonths")
        .hasMessageContaining("cliffMonths");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Equity grant = rsus("1200").build();

    Equity copy = grant.withKind(EquityKind.OPTIONS).withStrikePrice(Money.of("2", "USD"))
        .withAmount(new BigDecimal("5000")).withVestingMonths(36).withCliffMonths(6);

    assertThat(grant).isEqualTo(rsus("1200").build());
    assertThat(copy.kind()).isEqualTo(EquityKind.OPTIONS);
    assertThat(copy.strikePrice()).contains(Money.of("2", "USD"));
    assertThat(copy.amount()).isEqualTo(new BigDecimal("5000"));
    assertThat(copy.vestingMonths()).isEqualTo(36);
    assertThat(copy.cliffMonths()).isEqualTo(6);
  }

  @Test
  void toStringShowsTheGrant() {
    assertThat(rsus("1200.00").build()).hasToString(
        "Equity{kind=RSUS, amount=1200, vestingMonths=48, cliffMonths=12}");
  }
}
