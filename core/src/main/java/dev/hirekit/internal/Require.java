package dev.hirekit.internal;

import dev.hirekit.InvalidValueException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Validation rules shared by the value types; every failure is an {@link InvalidValueException}.
 *
 * <p>Messages never repeat raw input: a field that may hold personal data is never echoed, and
 * anything else only through {@link #quote(String)}, a short escaped prefix.
 */
public final class Require {
  /** The longest identifier, in characters. */
  public static final int IDENTIFIER_MAX_LENGTH = 128;

  /** How many code points of an input {@link #quote(String)} keeps. */
  public static final int QUOTE_MAX_CODE_POINTS = 32;

  /** The most significant digits of a decimal (as many as IEEE 754 decimal128 holds). */
  public static final int MAX_SIGNIFICANT_DIGITS = 34;

  /** The most decimal places of a decimal. */
  public static final int MAX_SCALE = 34;

  /** 2^113 is above 10^34: an unscaled value of more bits has more than 34 digits. */
  private static final int MAX_UNSCALED_BITS = 113;

  private static final String IDENTIFIER_RULE = "use 1 to " + IDENTIFIER_MAX_LENGTH
      + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

  private Require() {}

  /**
   * Checks an identifier: 1 to 128 characters, ASCII letters, digits and {@code . _ : -},
   * starting with a letter or digit. The message never repeats the value (it could be an e-mail
   * address given by mistake): it says what is wrong and where.
   *
   * @param type the identifier type, e.g. {@code "RoleId"}
   * @param value the text
   */
  public static void identifier(String type, String value) {
    identifier(type, "value", value);
  }

  /**
   * Checks an identifier held by a field of a type, as {@link #identifier(String, String)} does,
   * naming the field in the message.
   *
   * @param type the type, e.g. {@code "Stage"}
   * @param field the field, e.g. {@code "requires"}
   * @param value the text
   */
  public static void identifier(String type, String field, String value) {
    if (value == null) {
      throw new InvalidValueException(type, field, "is missing; give a non-blank identifier");
    }
    if (value.isEmpty() || value.length() > IDENTIFIER_MAX_LENGTH) {
      throw new InvalidValueException(type, field, "is " + value.length()
          + " characters long; " + IDENTIFIER_RULE);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      boolean punctuation = c == '.' || c == '_' || c == ':' || c == '-';
      if (!alphanumeric && !(punctuation && i > 0)) {
        throw new InvalidValueException(type, field, "has " + describe(c) + " at position "
            + (i + 1) + ", which is not allowed " + (i == 0 ? "first" : "there") + "; "
            + IDENTIFIER_RULE);
      }
    }
  }

  /**
   * Whether a text is blank: empty or made only of characters that show nothing, namely white
   * space, space separators (such as U+00A0 and U+3000), control characters, format characters
   * (such as U+200B, U+2060 and U+FEFF), Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the
   * braille blank, variation selectors and the other default-ignorable code points.
   *
   * @param text the text
   * @return true if nothing of it would show
   */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(Require::isInvisible);
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || type == Character.CONTROL || type == Character.FORMAT
        || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
        || c >= 0x180B && c <= 0x180F || c == 0x2800 || c == 0x3164 || c == 0xFFA0
        || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
  }

  /**
   * Checks that a text field is given and not {@link #isBlank(String) blank}; the value itself
   * is never echoed.
   *
   * @param type the value type
   * @param field the field
   * @param value the text
   * @return the text
   */
  public static String nonBlank(String type, String field, String value) {
    if (value == null || isBlank(value)) {
      throw new InvalidValueException(type, field, "must not be blank; give some text");
    }
    return value;
  }

  /**
   * Checks a name or label: not {@link #isBlank(String) blank}, and free of control characters
   * (NUL, line breaks, escapes), lone surrogates and the bidirectional embedding, override and
   * isolate controls (U+202A to U+202E, U+2066 to U+2069). The value is never echoed; the message
   * gives the position and code point of the first character refused.
   *
   * @param type the value type
   * @param field the field
   * @param value the name
   * @return the name
   */
  public static String name(String type, String field, String value) {
    nonBlank(type, field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String problem = null;
      if (Character.getType(c) == Character.CONTROL) {
        problem = "a control character";
      } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        problem = "a bidirectional control";
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problem = "a lone surrogate";
      }
      if (problem != null) {
        throw new InvalidValueException(type, field, "holds " + problem + " ("
            + String.format("U+%04X", (int) c) + ") at position " + (i + 1)
            + "; give printable text");
      }
    }
    return value;
  }

  /**
   * Checks that every text of a collection is given and not blank.
   *
   * @param type the value type
   * @param field the field
   * @param values the texts
   */
  public static void noBlanks(String type, String field, Collection<String> values) {
    for (String value : values) {
      if (value == null || isBlank(value)) {
        throw new InvalidValueException(type, field, "must not hold a blank entry; remove it");
      }
    }
  }

  /**
   * Checks that a collection is not empty.
   *
   * @param type the value type
   * @param field the field
   * @param values the collection
   * @param hint what to give instead
   */
  public static void nonEmpty(String type, String field, Collection<?> values, String hint) {
    if (values.isEmpty()) {
      throw new InvalidValueException(type, field, "must not be empty; " + hint);
    }
  }

  /**
   * Checks that the keys of the elements are distinct and names the first repeated one; for keys
   * that are identifiers, which are never personal data.
   *
   * @param <T> the element type
   * @param <K> the key type, an identifier
   * @param type the value type
   * @param field the field
   * @param values the elements
   * @param key the key of an element
   */
  public static <T, K> void distinct(
      String type, String field, Collection<T> values, Function<T, K> key) {
    Set<K> seen = new HashSet<>();
    for (T value : values) {
      K k = key.apply(value);
      if (!seen.add(k)) {
        throw new InvalidValueException(type, field, "repeats " + k + "; each must be unique");
      }
    }
  }

  /**
   * Checks that the keys of the elements are distinct without echoing the key; for keys that are
   * free text.
   *
   * @param <T> the element type
   * @param <K> the key type
   * @param type the value type
   * @param field the field
   * @param values the elements
   * @param key the key of an element
   * @param problem what to say about a repeated key
   */
  public static <T, K> void distinctUnnamed(String type, String field, Collection<T> values,
      Function<T, K> key, String problem) {
    Set<K> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(key.apply(value))) {
        throw new InvalidValueException(type, field, problem);
      }
    }
  }

  /**
   * Checks the sequence number of an application event: 1 or more. Builds no message unless it
   * fails (events are made on every action).
   *
   * @param sequence the number
   * @param type the event type
   * @throws InvalidValueException if it is below 1
   */
  public static void sequence(long sequence, String type) {
    if (sequence < 1) {
      throw new InvalidValueException(type, "sequence",
          sequence + " is not a sequence number; events are numbered from 1");
    }
  }

  /**
   * Checks the sequence number of a role event: 1 or more. Builds no message unless it fails.
   *
   * @param sequence the number
   * @param type the event type
   * @throws InvalidValueException if it is below 1
   */
  public static void roleSequence(long sequence, String type) {
    if (sequence < 1) {
      throw new InvalidValueException(type, "sequence",
          "is " + sequence + "; the events of a role are numbered from 1");
    }
  }

  /**
   * Checks the offer version an offer event acts on: 1 or more. Builds no message unless it
   * fails.
   *
   * @param version the version
   * @param type the event type
   * @throws InvalidValueException if it is below 1
   */
  public static void offerVersion(int version, String type) {
    if (version < 1) {
      throw new InvalidValueException(type, "offerVersion",
          version + " is not an offer version; versions are numbered from 1");
    }
  }

  /**
   * Checks a condition of a value.
   *
   * @param condition the condition
   * @param type the value type
   * @param field the field
   * @param problem what is wrong and what is allowed instead
   */
  public static void that(boolean condition, String type, String field, String problem) {
    if (!condition) {
      throw new InvalidValueException(type, field, problem);
    }
  }

  /**
   * Checks that an argument is given.
   *
   * @param <T> the argument type
   * @param value the argument
   * @param type the value type
   * @param field the parameter
   * @return the argument
   */
  public static <T> T given(T value, String type, String field) {
    if (value == null) {
      throw MissingValueException.of(type, field);
    }
    return value;
  }

  /**
   * Checks the size of a decimal before any arithmetic on it, in time independent of its size:
   * at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits (as written, trailing zeros
   * included), at most {@value #MAX_SCALE} decimal places, and at most {@code maxIntegerDigits}
   * digits before the decimal point, so below {@code 10^maxIntegerDigits} in magnitude. Zero is
   * returned as it is if its scale is within &plusmn;{@value #MAX_SCALE}, otherwise as {@link
   * BigDecimal#ZERO}, whatever its scale.
   *
   * @param type the value type
   * @param field the field
   * @param value the decimal
   * @param maxIntegerDigits the most digits before the decimal point
   * @return the decimal, or {@link BigDecimal#ZERO} for a zero of an extreme scale
   */
  public static BigDecimal decimal(String type, String field, BigDecimal value,
      int maxIntegerDigits) {
    given(value, type, field);
    if (value.signum() == 0) {
      return Math.abs(value.scale()) <= MAX_SCALE ? value : BigDecimal.ZERO;
    }
    if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS
        || value.precision() > MAX_SIGNIFICANT_DIGITS) {
      throw new InvalidValueException(type, field, "has more than " + MAX_SIGNIFICANT_DIGITS
          + " significant digits; give at most " + MAX_SIGNIFICANT_DIGITS);
    }
    if (value.scale() > MAX_SCALE) {
      throw new InvalidValueException(type, field, "has more than " + MAX_SCALE
          + " decimal places; give at most " + MAX_SCALE);
    }
    if ((long) value.precision() - value.scale() > maxIntegerDigits) {
      throw new InvalidValueException(type, field, "is 10^" + maxIntegerDigits
          + " or more in magnitude; give at most " + maxIntegerDigits
          + " digits before the decimal point");
    }
    return value;
  }

  /**
   * A short, escaped prefix of an input, safe to put in a message or a log line: at most
   * {@value #QUOTE_MAX_CODE_POINTS} code points in single quotes, each one that is not printable
   * ASCII written as <code>&#92;uXXXX</code> (control, format, bidirectional and invisible
   * characters included, a code point beyond U+FFFF as its two surrogates), the quote and
   * backslash escaped, and {@code ...} after the closing quote when the input was cut. Never use it for a
   * field that may hold personal data: such a field is not echoed at all.
   *
   * @param input the input, possibly null
   * @return the quoted prefix, e.g. <code>'USD&#92;u001b[31m'</code>
   */
  public static String quote(String input) {
    if (input == null) {
      return "null";
    }
    StringBuilder quoted = new StringBuilder("'");
    int kept = 0;
    int i = 0;
    while (i < input.length() && kept < QUOTE_MAX_CODE_POINTS) {
      int c = input.codePointAt(i);
      if (c == '\'' || c == '\\') {
        quoted.append('\\').append((char) c);
      } else if (c >= 0x20 && c < 0x7F) {
        quoted.append((char) c);
      } else {
        for (char unit : Character.toChars(c)) {
          quoted.append(String.format("\\u%04x", (int) unit));
        }
      }
      i += Character.charCount(c);
      kept++;
    }
    quoted.append('\'');
    if (i < input.length()) {
      quoted.append("...");
    }
    return quoted.toString();
  }

  private static String describe(char c) {
    String code = String.format("U+%04X", (int) c);
    if (c > 0x20 && c < 0x7F) {
      return "'" + c + "' (" + code + ")";
    }
    return code;
  }
}
