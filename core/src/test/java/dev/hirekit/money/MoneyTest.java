package dev.hirekit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void fitsAmountToTheScaleOfUsd() {
    Money money = Money.of("185000", "USD");

    assertThat(money.amount()).isEqualTo(new BigDecimal("185000.00"));
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money.currency()).isEqualTo(USD);
  }

  @Test
  void fitsAmountToNoDecimalsForJpy() {
    assertThat(Money.of("1500", "JPY").amount()).isEqualTo(new BigDecimal("1500"));
    assertThat(Money.of("1500.00", "JPY").amount().scale()).isZero();
  }

  @Test
  void fitsAmountToThreeDecimalsForBhd() {
    assertThat(Money.of("1.5", "BHD").amount()).isEqualTo(new BigDecimal("1.500"));
  }

  @Test
  void dropsTrailingZerosBeyondTheScale() {
    assertThat(Money.of("19.9900", "EUR").amount()).isEqualTo(new BigDecimal("19.99"));
  }

  @Test
  void fitsExponentNotation() {
    assertThat(Money.of("1E+3", "USD").amount()).isEqualTo(new BigDecimal("1000.00"));
  }

  @Test
  void ofBigDecimalAndOfStringAgree() {
    assertThat(Money.of(new BigDecimal("42.5"), USD)).isEqualTo(Money.of("42.50", "USD"));
  }

  @Test
  void rejectsTextThatIsNotANumber() {
    assertThatThrownBy(() -> Money.of("12,50", "EUR"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Money.amount: '12,50' is not a decimal number; write it like 185000 or 19.99");
  }

  @Test
  void rejectsAnUnknownCurrencyCode() {
    assertThatThrownBy(() -> Money.of("1", "ABC"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Money.currency: 'ABC' is not an ISO-4217 currency code;"
            + " use a code such as USD, EUR or JPY");
  }

  @Test
  void rejectsAPseudoCurrencyWithoutMinorUnit() {
    assertThatThrownBy(() -> Money.of("1", "XAU"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Money.currency: XAU has no minor unit;"
            + " use a national currency such as USD, EUR or JPY");
  }

  @Test
  void rejectsMoreDecimalsThanUsdAllows() {
    assertThatThrownBy(() -> Money.of("1.234", "USD"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Money.amount: 1.234 has more decimal places than USD allows; give at most 2");
  }

  @Test
  void rejectsDecimalsForJpy() {
    assertThatThrownBy(() -> Money.of("1.5", "JPY"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Money.amount: 1.5 has more decimal places than JPY allows; give at most 0");
  }

  @Test
  void exceptionNamesTypeAndField() {
    assertThatThrownBy(() -> Money.of("1.5", "JPY"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Money");
          assertThat(e.field()).isEqualTo("amount");
        });
  }

  @Test
  void addsInOneCurrency() {
    assertThat(Money.of("185000", "USD").plus(Money.of("5000.50", "USD")))
        .isEqualTo(Money.of("190000.50", "USD"));
  }

  @Test
  void subtractsInOneCurrencyAndMayGoNegative() {
    Money difference = Money.of("10", "USD").minus(Money.of("12.5", "USD"));

    assertThat(difference).isEqualTo(Money.of("-2.50", "USD"));
    assertThat(difference.isNegative()).isTrue();
  }

  @Test
  void plusRejectsAnotherCurrency() {
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: plus needs one currency, got USD and EUR;"
            + " convert to USD first");
  }

  @Test
  void minusRejectsAnotherCurrency() {
    assertThatThrownBy(() -> Money.of("1", "EUR").minus(Money.of("1", "GBP")))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: minus needs one currency, got EUR and GBP;"
            + " convert to EUR first");
  }

  @Test
  void compareToRejectsAnotherCurrency() {
    assertThatThrownBy(() -> Money.of("1", "JPY").compareTo(Money.of("1", "USD")))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: compareTo needs one currency, got JPY and USD;"
            + " convert to JPY first");
  }

  @Test
  void isGreaterThanRejectsAnotherCurrency() {
    assertThatThrownBy(() -> Money.of("1", "USD").isGreaterThan(Money.of("1", "EUR")))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.currency: compareTo needs one currency, got USD and EUR;"
            + " convert to USD first");
  }

  @Test
  void currencyMismatchIsAnInvalidValue() {
    assertThat(new CurrencyMismatchException("plus", USD, Currency.getInstance("EUR")))
        .isInstanceOf(InvalidValueException.class)
        .extracting(InvalidValueException::field)
        .isEqualTo("currency");
  }

  @Test
  void comparesAmountsRegardlessOfInputScale() {
    assertThat(Money.of("10", "USD").compareTo(Money.of("10.00", "USD"))).isZero();
    assertThat(Money.of("10.01", "USD").isGreaterThan(Money.of("10", "USD"))).isTrue();
    assertThat(Money.of("9.99", "USD").isGreaterThan(Money.of("10", "USD"))).isFalse();
  }

  @Test
  void multipliesAndRoundsHalfEven() {
    assertThat(Money.of("100", "USD").times(new BigDecimal("1.10")))
        .isEqualTo(Money.of("110", "USD"));
    assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5")))
        .isEqualTo(Money.of("0.02", "USD"));
    assertThat(Money.of("0.15", "USD").times(new BigDecimal("0.5")))
        .isEqualTo(Money.of("0.08", "USD"));
  }

  @Test
  void zeroHasTheScaleOfTheCurrency() {
    Money zero = Money.zero(Currency.getInstance("BHD"));

    assertThat(zero.isZero()).isTrue();
    assertThat(zero.isNegative()).isFalse();
    assertThat(zero.amount()).isEqualTo(new BigDecimal("0.000"));
  }

  @Test
  void equalsIsByAmountAndCurrency() {
    assertThat(Money.of("1", "USD")).isEqualTo(Money.of("1.00", "USD"))
        .hasSameHashCodeAs(Money.of("1.00", "USD"))
        .isNotEqualTo(Money.of("1", "CAD"))
        .isNotEqualTo(Money.of("1.01", "USD"));
  }

  @Test
  void toStringIsPlainAmountAndCode() {
    assertThat(Money.of("185000", "USD")).hasToString("185000.00 USD");
    assertThat(Money.of("1E+3", "JPY")).hasToString("1000 JPY");
    assertThat(Money.of("-0.5", "BHD")).hasToString("-0.500 BHD");
  }
}
