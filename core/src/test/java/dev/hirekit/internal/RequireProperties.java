package dev.hirekit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The shared rules against hostile input: quoting, blankness, names and decimal bounds. */
class RequireProperties {

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(100),
        Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(20_000));
  }

  @Property
  void aQuoteIsShortPrintableAsciiAndAPrefixOfTheInput(@ForAll("anyText") String input) {
    String quoted = Require.quote(input);

    assertThat(quoted).matches("[\\x20-\\x7E]*").startsWith("'")
        .hasSizeLessThanOrEqualTo(2 + 3 + Require.QUOTE_MAX_CODE_POINTS * 12);
    boolean cut = input.codePointCount(0, input.length()) > Require.QUOTE_MAX_CODE_POINTS;
    assertThat(quoted.endsWith("'...")).isEqualTo(cut);
    String body = quoted.substring(1, quoted.length() - (cut ? 4 : 1));
    assertThat(unescape(body)).isEqualTo(input.substring(0,
        cut ? input.offsetByCodePoints(0, Require.QUOTE_MAX_CODE_POINTS) : input.length()));
  }

  private static String unescape(String body) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && body.charAt(i + 1) == 'u') {
        text.append((char) Integer.parseInt(body.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\') {
        text.append(body.charAt(++i));
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  @Example
  void quotingEscapesControlFormatAndBidiCharacters() {
    assertThat(Require.quote("a\u001B[1m\u202E\u200B'\\")).isEqualTo(
        "'a\\u001b[1m\\u202e\\u200b\\'\\\\'");
    assertThat(Require.quote(null)).isEqualTo("null");
    assertThat(Require.quote("x".repeat(33))).isEqualTo("'" + "x".repeat(32) + "'...");
    assertThat(Require.quote("x".repeat(32))).isEqualTo("'" + "x".repeat(32) + "'");
  }

  @Provide
  Arbitrary<String> invisible() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\u00A0', '\u200B', '\u200C',
        '\u200D', '\u2060', '\uFEFF', '\u3000', '\u3164', '\u115F', '\u1160', '\uFFA0', '\u2800',
        '\u034F', '\u180E', '\uFE0F', '\u0000', '\u001B', '\u202E').ofMaxLength(50);
  }

  @Property
  void textOfInvisibleCharactersOnlyIsBlank(@ForAll("invisible") String text,
      @ForAll("invisible") String more) {
    assertThat(Require.isBlank(text)).isTrue();
    assertThat(Require.isBlank(text + "a" + more)).isFalse();
    assertThatThrownBy(() -> Require.nonBlank("T", "f", text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("T.f: must not be blank; give some text");
  }

  @Property
  void aNameRefusesAControlCharacterAnywhereGivingItsPosition(
      @ForAll("printable") String before, @ForAll @IntRange(min = 0, max = 0x1F) int control,
      @ForAll("printable") String after) {
    String name = "N" + before + (char) control + after;
    assertThatThrownBy(() -> Require.name("T", "f", name))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("T.f: holds a control character (" + String.format("U+%04X", control)
            + ") at position " + (before.length() + 2) + "; give printable text");
    assertThat(Require.name("T", "f", "N" + before + after)).isEqualTo("N" + before + after);
  }

  @Provide
  Arbitrary<String> printable() {
    return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00C0', '\u024F')
        .ofMaxLength(30);
  }

  @Property
  void aDecimalWithinTheBoundsIsKept(@ForAll @IntRange(min = 1, max = 15) int digits,
      @ForAll @IntRange(min = 0, max = 19) int scale, @ForAll boolean negative) {
    BigDecimal value = new BigDecimal(BigInteger.TEN.pow(digits + scale).subtract(BigInteger.ONE),
        scale);
    BigDecimal signed = negative ? value.negate() : value;
    assertThat(Require.decimal("T", "f", signed, 15)).isSameAs(signed);
  }

  @Property
  void aDecimalBeyondTheBoundsIsRefusedAtOnce(
      @ForAll @IntRange(min = 16, max = Integer.MAX_VALUE) int digits) {
    BigDecimal huge = BigDecimal.ONE.scaleByPowerOfTen(digits - 1);
    assertThatThrownBy(() -> Require.decimal("T", "f", huge, 15))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("T.f: is 10^15 or more in magnitude; give at most 15 digits before the"
            + " decimal point");
    BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-Math.min(digits, 1_000_000_000) - 19);
    assertThatThrownBy(() -> Require.decimal("T", "f", tiny, 15))
        .hasMessage("T.f: has more than 34 decimal places; give at most 34");
  }

  @Property
  void aDecimalWithTooManyDigitsIsRefused(@ForAll @IntRange(min = 35, max = 5_000) int digits) {
    BigDecimal long_ = new BigDecimal(BigInteger.TEN.pow(digits).subtract(BigInteger.ONE), digits);
    assertThatThrownBy(() -> Require.decimal("T", "f", long_, 15))
        .hasMessage("T.f: has more than 34 significant digits; give at most 34");
  }

  @Property
  void zeroOfAnyScaleIsZero(@ForAll int scale) {
    BigDecimal zero = BigDecimal.valueOf(0, scale);
    BigDecimal result = Require.decimal("T", "f", zero, 15);
    assertThat(result.signum()).isZero();
    assertThat(Math.abs(result.scale())).isLessThanOrEqualTo(34);
  }

  @Example
  void missingValueExceptionsNameTheGeneratedValueType() {
    assertThat(MissingValueException.valueType(String.class)).isEmpty();
    assertThat(MissingValueException.callerType()).isEqualTo("value");
    assertThat(new MissingValueException("x")).hasMessage("value.x: is missing (null); give a"
        + " value");
    assertThat(new MissingValueException(new String[] {"a"}))
        .hasMessage("value.a: is required but was not set; set it before build()");
    assertThat(new MissingValueException(new String[0]).field()).isEqualTo("?");
  }
}
