package dev.hirekit.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds durations one at a time into what becomes a {@link DurationSummary}. */
final class DurationTally {
  private final boolean exact;
  private long count;
  private Duration total = Duration.ZERO;
  private Duration min = Duration.ZERO;
  private Duration max = Duration.ZERO;
  /** Sketch: the count per bucket key. */
  private long[] buckets = new long[0];
  /** Exact: the count per duration in nanoseconds. */
  private final Map<Long, Long> values;

  DurationTally(boolean exact) {
    this.exact = exact;
    this.values = exact ? new HashMap<>() : Map.of();
  }

  void add(Duration duration) {
    if (count == 0 || duration.compareTo(min) < 0) {
      min = duration;
    }
    if (count == 0 || duration.compareTo(max) > 0) {
      max = duration;
    }
    count++;
    total = total.plus(duration);
    long key = DurationSketch.keyOf(exact, nanos(duration));
    if (exact) {
      values.merge(key, 1L, Long::sum);
    } else {
      if (key >= buckets.length) {
        buckets = Arrays.copyOf(buckets, (int) Math.max(key + 1, buckets.length * 2L));
      }
      buckets[(int) key]++;
    }
  }

  DurationSummary summary() {
    List<Long> keys = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    if (exact) {
      new TreeMap<>(values).forEach((k, c) -> {
        keys.add(k);
        counts.add(c);
      });
    } else {
      for (int k = 0; k < buckets.length; k++) {
        if (buckets[k] > 0) {
          keys.add((long) k);
          counts.add(buckets[k]);
        }
      }
    }
    return new DurationSummary(count, total, min, max,
        new DurationSketch(exact, keys, counts));
  }

  /** The duration in nanoseconds, or {@link Long#MAX_VALUE} beyond about 292 years. */
  static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
