package dev.hirekit.report;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.time.Duration;
import java.util.Map;

/** The checks every report value makes of its components. */
final class Figures {
  private Figures() {}

  static <T> T given(T value, String type, String field) {
    if (value == null) {
      throw new InvalidValueException(type, field, "is missing; give a value");
    }
    return value;
  }

  /** The largest count a report holds: far beyond any pipeline, and safe to add up. */
  static final long MAX_COUNT = 1_000_000_000_000_000L;

  /** A copy of a list whose every element is given (a null one is refused, by position). */
  static <T> java.util.List<T> list(java.util.List<T> values, String type, String field) {
    given(values, type, field);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new InvalidValueException(type, field, "holds no value at position " + i
            + "; give every element");
      }
    }
    return java.util.List.copyOf(values);
  }

  static long count(long value, String type, String field) {
    if (value < 0 || value > MAX_COUNT) {
      throw new InvalidValueException(type, field, "is " + value
          + "; a count is between 0 and 10^15");
    }
    return value;
  }

  static <K> Map<K, Long> counts(Map<K, Long> values, String type, String field) {
    given(values, type, field).forEach((key, value) -> {
      given(key, type, field);
      if (key instanceof String text) {
        Require.name(type, field, text);
      }
      if (given(value, type, field) < 1 || value > MAX_COUNT) {
        throw new InvalidValueException(type, field, "counts " + value + " for "
            + (key instanceof Enum ? key : "an entry") + "; a count in a breakdown is between 1 "
            + "and 10^15 (leave empty entries out)");
      }
    });
    return Map.copyOf(values);
  }

  /** The total of a breakdown; {@link Long#MAX_VALUE} if it would overflow. */
  static long sum(Map<?, Long> values) {
    long total = 0;
    for (long v : values.values()) {
      total = total > Long.MAX_VALUE - v ? Long.MAX_VALUE : total + v;
    }
    return total;
  }

  static Duration nonNegative(Duration value, String type, String field) {
    if (given(value, type, field).isNegative()) {
      throw new InvalidValueException(type, field, "is " + value + "; a duration is at least 0");
    }
    return value;
  }

  static void agree(boolean condition, String type, String field, String problem) {
    if (!condition) {
      throw new InvalidValueException(type, field, problem);
    }
  }

  static <K> Map<K, Long> add(Map<K, Long> a, Map<K, Long> b) {
    java.util.HashMap<K, Long> sum = new java.util.HashMap<>(a);
    b.forEach((key, value) -> sum.merge(key, value, Math::addExact));
    return Map.copyOf(sum);
  }

  /** Whether {@code total >= each * count}; an overflowing product is above any total. */
  static boolean atLeast(Duration total, Duration each, long count) {
    try {
      return total.compareTo(each.multipliedBy(count)) >= 0;
    } catch (ArithmeticException tooLong) {
      return false;
    }
  }

  /** Whether {@code total <= each * count}; an overflowing product is above any total. */
  static boolean atMost(Duration total, Duration each, long count) {
    try {
      return total.compareTo(each.multipliedBy(count)) <= 0;
    } catch (ArithmeticException tooLong) {
      return true;
    }
  }

  /** The sum of two durations; one beyond {@link Duration}'s range is refused. */
  static Duration plus(Duration a, Duration b, String type, String field) {
    try {
      return a.plus(b);
    } catch (ArithmeticException tooLong) {
      throw new InvalidValueException(type, field, "would exceed the longest duration Java "
          + "holds; durations this long come from forged times, not from a hiring process");
    }
  }

  static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
