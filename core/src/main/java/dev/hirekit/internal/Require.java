package dev.hirekit.internal;

import dev.hirekit.InvalidValueException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Validation rules shared by the value types; every failure is an {@link InvalidValueException}. */
public final class Require {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private Require() {}

  /**
   * Checks an identifier: 1 to 128 characters, letters, digits and {@code . _ : -}, starting with a
   * letter or digit.
   */
  public static void identifier(String type, String value) {
    if (value == null) {
      throw new InvalidValueException(type, "value", "is missing; give a non-blank identifier");
    }
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new InvalidValueException(type, "value", "'" + value + "' is not an identifier; use 1 to"
          + " 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
  }

  /** Checks that a text field is not blank; the value itself is never echoed. */
  public static String nonBlank(String type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(type, field, "must not be blank; give some text");
    }
    return value;
  }

  /** Checks that every text of a collection is not blank. */
  public static void noBlanks(String type, String field, Collection<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        throw new InvalidValueException(type, field, "must not hold a blank entry; remove it");
      }
    }
  }

  /** Checks that a collection is not empty. */
  public static void nonEmpty(String type, String field, Collection<?> values, String hint) {
    if (values.isEmpty()) {
      throw new InvalidValueException(type, field, "must not be empty; " + hint);
    }
  }

  /** Checks that the keys of the elements are distinct and names the first repeated one. */
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

  /** Checks a condition of a value. */
  public static void that(boolean condition, String type, String field, String problem) {
    if (!condition) {
      throw new InvalidValueException(type, field, problem);
    }
  }
}
