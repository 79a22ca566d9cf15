package dev.hirekit.report;

import dev.hirekit.InvalidValueException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The distribution of a set of durations, kept small enough to merge: either exact (every
 * distinct duration, to the nanosecond, with its count) or a sketch of logarithmic buckets
 * whose percentiles are within {@link #RELATIVE_ERROR} of the exact ones.
 *
 * <p><b>The sketch.</b> A duration of {@code v} nanoseconds ({@code v > 0}) falls in bucket
 * {@code i = ceil(log(v) / log(g))}, where {@code g = (1 + a) / (1 - a)} and {@code a} is {@link
 * #RELATIVE_ERROR} (1 %); a bucket stands for the value {@code 2 g^i / (g + 1)}, which is within
 * {@code a} of every value in the bucket, {@code (g^(i-1), g^i]}. A percentile is the bucket
 * holding the value of that rank, so its estimate is within 1 % of the exact percentile (plus
 * half a nanosecond of rounding); {@link DurationSummary} also keeps it inside the observed
 * minimum and maximum. Zero
 * durations have a bucket of their own, the key 0; a positive one is stored under key {@code i +
 * 1}. Logarithms are {@link StrictMath}'s, so every JVM buckets alike and sketches built on
 * different machines merge exactly. Memory: one counter per occupied bucket, at most about 2,200
 * for durations up to 292 years, however many durations are added.
 *
 * <p><b>Exact.</b> Keys are the durations in nanoseconds: memory grows with the number of
 * distinct durations. Ask for it with {@link ReportQuery.Builder#exactPercentiles()}.
 *
 * <p>Both kinds merge by adding counts per key, so a merged sketch equals the sketch of the
 * union, exactly.
 *
 * <pre>{@code
 * DurationSketch sketch = report.timeToHire().sketch();
 * Optional<Duration> p90 = sketch.percentile(0.9);
 * }</pre>
 *
 * @param exact whether keys are exact durations in nanoseconds (else bucket keys)
 * @param keys the occupied keys, strictly increasing
 * @param counts how many durations fell under each key, each at least 1
 */
public record DurationSketch(boolean exact, List<Long> keys, List<Long> counts) {
  /** The sketch's stated relative error: 1 %. */
  public static final double RELATIVE_ERROR = 0.01;

  private static final double GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
  private static final double LOG_GAMMA = StrictMath.log(GAMMA);

  /**
   * Checks that keys strictly increase, are not negative, that every count is at least 1 and
   * that there is a count per key (else {@link InvalidValueException}).
   *
   * @param exact whether keys are exact durations in nanoseconds
   * @param keys the occupied keys, strictly increasing
   * @param counts how many durations fell under each key
   */
  public DurationSketch {
    keys = Figures.list(keys, "DurationSketch", "keys");
    counts = Figures.list(counts, "DurationSketch", "counts");
    if (keys.size() != counts.size()) {
      throw new InvalidValueException("DurationSketch", "counts", "has " + counts.size()
          + " counts for " + keys.size() + " keys; give one count per key");
    }
    long previous = -1;
    for (int i = 0; i < keys.size(); i++) {
      long key = keys.get(i);
      if (key <= previous) {
        throw new InvalidValueException("DurationSketch", "keys", "are not strictly increasing"
            + " and at least 0 at position " + i + "; give each occupied key once, in order");
      }
      previous = key;
      if (counts.get(i) < 1 || counts.get(i) > Figures.MAX_COUNT) {
        throw new InvalidValueException("DurationSketch", "counts", "has " + counts.get(i)
            + " at position " + i + "; a count is between 1 and 10^15 (leave empty keys out)");
      }
    }
    if (!exact && previous > maxBucketKey()) {
      throw new InvalidValueException("DurationSketch", "keys", "holds bucket key " + previous
          + ", beyond the last bucket " + maxBucketKey() + "; keys of a sketch come from "
          + "durations of at most 292 years");
    }
  }

  /**
   * An empty distribution.
   *
   * @param exact whether it keeps exact durations
   * @return the empty distribution
   */
  public static DurationSketch empty(boolean exact) {
    return new DurationSketch(exact, List.of(), List.of());
  }

  /**
   * How many durations it holds.
   *
   * @return the total of the counts ({@link Long#MAX_VALUE} if it would overflow)
   */
  public long count() {
    long total = 0;
    for (long c : counts) {
      total = total > Long.MAX_VALUE - c ? Long.MAX_VALUE : total + c;
    }
    return total;
  }

  /**
   * The duration at a rank: the smallest duration such that at least the fraction {@code q} of
   * all durations are at most it (the nearest-rank percentile); exact, or within {@link
   * #RELATIVE_ERROR} for a sketch.
   *
   * @param q the fraction, in (0, 1]: 0.5 for the median, 0.9 for p90
   * @return the duration, empty when the sketch holds none
   * @throws InvalidValueException if {@code q} is not in (0, 1]
   */
  public Optional<Duration> percentile(double q) {
    if (!(q > 0 && q <= 1)) {
      throw new InvalidValueException("DurationSketch", "q", "is " + q
          + "; a percentile is a fraction in (0, 1], e.g. 0.5 for the median");
    }
    long total = count();
    if (total == 0) {
      return Optional.empty();
    }
    long rank = Math.max(1, (long) Math.ceil(q * total));
    long seen = 0;
    for (int i = 0; i < keys.size(); i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        long key = keys.get(i);
        return Optional.of(Duration.ofNanos(exact ? key : representative(key)));
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + total);
  }

  /**
   * This distribution and another together: counts added per key.
   *
   * @param other another distribution of the same kind
   * @return the distribution of both
   * @throws InvalidValueException if one is exact and the other a sketch
   */
  public DurationSketch merge(DurationSketch other) {
    if (exact != other.exact) {
      throw new InvalidValueException("DurationSketch", "exact", "differs: an exact "
          + "distribution cannot merge with a sketch; build both reports with the same query");
    }
    List<Long> k = new ArrayList<>(keys.size() + other.keys.size());
    List<Long> c = new ArrayList<>(keys.size() + other.keys.size());
    int i = 0;
    int j = 0;
    while (i < keys.size() || j < other.keys.size()) {
      long a = i < keys.size() ? keys.get(i) : Long.MAX_VALUE;
      long b = j < other.keys.size() ? other.keys.get(j) : Long.MAX_VALUE;
      if (a < b) {
        k.add(a);
        c.add(counts.get(i++));
      } else if (b < a) {
        k.add(b);
        c.add(other.counts.get(j++));
      } else {
        k.add(a);
        c.add(Math.addExact(counts.get(i++), other.counts.get(j++)));
      }
    }
    return new DurationSketch(exact, k, c);
  }

  /**
   * The key a duration is counted under.
   *
   * @param exact whether keys are exact durations
   * @param nanos the duration in nanoseconds, at least 0
   * @return the key
   */
  static long keyOf(boolean exact, long nanos) {
    if (exact || nanos == 0) {
      return nanos;
    }
    return 1 + (long) Math.ceil(StrictMath.log(nanos) / LOG_GAMMA);
  }

  /** The value a bucket key stands for, in nanoseconds. */
  static long representative(long key) {
    if (key == 0) {
      return 0;
    }
    double value = 2 * StrictMath.pow(GAMMA, key - 1) / (GAMMA + 1);
    return value >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(value);
  }

  private static long maxBucketKey() {
    return keyOf(false, Long.MAX_VALUE);
  }
}
