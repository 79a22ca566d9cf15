package dev.hirekit.json.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** How the format writes the JDK's values: ISO-8601 texts, decimals as strings. */
final class Scalars {
  private Scalars() {}

  static String instant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  static String date(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  static String duration(Duration duration) {
    return duration.toString();
  }

  static String decimal(BigDecimal decimal) {
    return decimal.toPlainString();
  }

  /** A list, in its order. */
  static <T> List<Object> list(Collection<? extends T> values, Function<? super T, Object> write) {
    List<Object> items = new ArrayList<>(values.size());
    values.forEach(v -> items.add(write.apply(v)));
    return Collections.unmodifiableList(items);
  }

  /**
   * A set whose items are written as strings, sorted so the same set is always written alike
   * whatever its iteration order.
   */
  static <T> List<Object> sortedSet(Collection<? extends T> values,
      Function<? super T, String> write) {
    List<String> items = new ArrayList<>(values.size());
    values.forEach(v -> items.add(write.apply(v)));
    Collections.sort(items);
    return Collections.unmodifiableList(new ArrayList<Object>(items));
  }
}
