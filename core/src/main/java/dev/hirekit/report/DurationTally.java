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
  /** Sketch: durations of zero (key 0), kept apart from the others' keys. */
  private long zeros;
  /** Sketch: the count per bucket key from {@code base}, over the keys seen so far. */
  private long[] buckets = new long[0];
  private long base;
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
    total = Figures.plus(total, duration, "DurationSummary", "total");
    long key = DurationSketch.keyOf(exact, nanos(duration));
    if (exact) {
      values.merge(key, 1L, Long::sum);
    } else if (key == 0) {
      zeros++;
    } else {
      bucket(key);
    }
  }

  /**
   * Counts a positive bucket key in the array, which spans only the keys seen (about 2 KB for
   * durations from a minute to a month), growing at either end.
   */
  private void bucket(long key) {
    if (buckets.length == 0) {
      buckets = new long[16];
      base = key;
    } else if (key < base) {
      int grow = (int) Math.max(base - key, buckets.length);
      long[] wider = new long[buckets.length + grow];
      System.arraycopy(buckets, 0, wider, grow, buckets.length);
      buckets = wider;
      base -= grow;
    } else if (key - base >= buckets.length) {
      buckets = Arrays.copyOf(buckets, (int) Math.max(key - base + 1, buckets.length * 2L));
    }
    buckets[(int) (key - base)]++;
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
      if (zeros > 0) {
        keys.add(0L);
        counts.add(zeros);
      }
      for (int k = 0; k < buckets.length; k++) {
        if (buckets[k] > 0) {
          keys.add(base + k);
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
