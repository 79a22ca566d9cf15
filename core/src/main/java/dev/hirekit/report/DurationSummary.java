package dev.hirekit.report;

import dev.hirekit.InvalidValueException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Count, total, minimum, maximum and percentiles of a set of durations (the time spent in a
 * stage, to hire, to answer an offer). Count, total, minimum and maximum are exact; percentiles
 * come from the {@link DurationSketch}, exact or within its stated error, and never outside the
 * minimum and maximum.
 *
 * <pre>{@code
 * DurationSummary time = stage.time();
 * time.count();   // finished visits
 * time.median();  // Optional[PT26H]
 * time.p90();
 * time.max();
 * }</pre>
 *
 * @param count how many durations
 * @param total their sum
 * @param min the shortest, {@link Duration#ZERO} when there is none
 * @param max the longest, {@link Duration#ZERO} when there is none
 * @param sketch their distribution, holding {@code count} durations
 */
public record DurationSummary(long count, Duration total, Duration min, Duration max,
    DurationSketch sketch) {

  /**
   * Checks that the figures agree (else {@link InvalidValueException}): the sketch holds {@code
   * count} durations, none when empty, from min's key to max's; {@code min <= max}; the total
   * lies between {@code count * min} and {@code count * max}, and an exact sketch's durations
   * add up to it.
   *
   * @param count how many durations
   * @param total their sum
   * @param min the shortest
   * @param max the longest
   * @param sketch their distribution
   */
  public DurationSummary {
    Figures.count(count, "DurationSummary", "count");
    Figures.nonNegative(total, "DurationSummary", "total");
    Figures.nonNegative(min, "DurationSummary", "min");
    Figures.nonNegative(max, "DurationSummary", "max");
    Figures.given(sketch, "DurationSummary", "sketch");
    Figures.agree(sketch.count() == count, "DurationSummary", "sketch", "holds "
        + sketch.count() + " durations, not the count " + count);
    if (count == 0) {
      Figures.agree(total.isZero() && min.isZero() && max.isZero(), "DurationSummary", "total",
          "is not zero, or min or max is not, for no durations; an empty summary is all zero");
    } else {
      Figures.agree(min.compareTo(max) <= 0, "DurationSummary", "min", "is above max");
      Figures.agree(Figures.atLeast(total, min, count) && Figures.atMost(total, max, count),
          "DurationSummary", "total", "is outside count x min .. count x max");
      List<Long> keys = sketch.keys();
      Figures.agree(keys.get(0) == DurationSketch.keyOf(sketch.exact(), DurationTally.nanos(min))
          && keys.get(keys.size() - 1) == DurationSketch.keyOf(sketch.exact(),
              DurationTally.nanos(max)), "DurationSummary", "sketch", "does not start at min's "
          + "key and end at max's; a sketch holds the summary's own durations");
      if (sketch.exact() && total.compareTo(Duration.ofNanos(Long.MAX_VALUE)) < 0) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < keys.size(); i++) {
          sum = sum.add(BigInteger.valueOf(keys.get(i)).multiply(
              BigInteger.valueOf(sketch.counts().get(i))));
        }
        Figures.agree(sum.equals(BigInteger.valueOf(total.toNanos())), "DurationSummary",
            "total", "is not the sum of the exact sketch's durations");
      }
    }
  }

  /**
   * No durations.
   *
   * @param exact whether its percentiles will be exact
   * @return the empty summary
   */
  public static DurationSummary empty(boolean exact) {
    return new DurationSummary(0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
        DurationSketch.empty(exact));
  }

  /**
   * The summary of some durations.
   *
   * <pre>{@code
   * DurationSummary.of(false, List.of(Duration.ofHours(2), Duration.ofHours(30))).median();
   * }</pre>
   *
   * @param exact whether percentiles are exact (else from the 1 % sketch)
   * @param durations the durations, none negative
   * @return the summary
   * @throws InvalidValueException if a duration is missing or negative
   */
  public static DurationSummary of(boolean exact, Iterable<Duration> durations) {
    DurationTally tally = new DurationTally(exact);
    for (Duration d : Figures.given(durations, "DurationSummary", "durations")) {
      tally.add(Figures.nonNegative(d, "DurationSummary", "durations"));
    }
    return tally.summary();
  }

  /**
   * The mean.
   *
   * @return the total divided by the count (to the nanosecond), empty when there is none
   */
  public Optional<Duration> mean() {
    return count == 0 ? Optional.empty() : Optional.of(total.dividedBy(count));
  }

  /**
   * The median (nearest rank).
   *
   * @return the median, empty when there is none
   */
  public Optional<Duration> median() {
    return percentile(0.5);
  }

  /**
   * The 90th percentile (nearest rank).
   *
   * @return p90, empty when there is none
   */
  public Optional<Duration> p90() {
    return percentile(0.9);
  }

  /**
   * A percentile (nearest rank): the exact minimum or maximum at the first and last rank,
   * otherwise from the sketch, kept within the minimum and the maximum.
   *
   * @param q the fraction, in (0, 1]
   * @return the duration, empty when there is none
   * @throws InvalidValueException if {@code q} is not in (0, 1]
   */
  public Optional<Duration> percentile(double q) {
    Optional<Duration> estimate = sketch.percentile(q);
    if (estimate.isEmpty()) {
      return estimate;
    }
    long rank = Math.max(1, (long) Math.ceil(q * count));
    if (rank >= count) {
      return Optional.of(max);
    } else if (rank == 1) {
      return Optional.of(min);
    }
    Duration d = estimate.get();
    return Optional.of(d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d);
  }

  /**
   * Both summaries together.
   *
   * @param other another summary of the same kind (exact or sketch)
   * @return the summary of both sets of durations
   * @throws InvalidValueException if one is exact and the other a sketch, or the total would
   *     exceed the longest {@link Duration}
   */
  public DurationSummary merge(DurationSummary other) {
    DurationSketch merged = sketch.merge(other.sketch);
    if (count == 0) {
      return new DurationSummary(other.count, other.total, other.min, other.max, merged);
    }
    if (other.count == 0) {
      return new DurationSummary(count, total, min, max, merged);
    }
    return new DurationSummary(Math.addExact(count, other.count),
        Figures.plus(total, other.total, "DurationSummary", "total"),
        min.compareTo(other.min) <= 0 ? min : other.min,
        max.compareTo(other.max) >= 0 ? max : other.max, merged);
  }
}
