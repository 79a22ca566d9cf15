package dev.hirekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.testing.Pipelines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * The sketch keeps its stated error: every percentile within {@link
 * DurationSketch#RELATIVE_ERROR} of the exact nearest-rank percentile; exact summaries are
 * exact; merging equals summarising the union.
 */
class DurationSketchProperties {
  @Provide
  Arbitrary<List<Duration>> durations() {
    return Pipelines.durations().list().ofMaxSize(60);
  }

  @Property
  void sketchPercentilesStayWithinTheirStatedErrorOfTheExactOnes(
      @ForAll("durations") @Size(min = 1) List<Duration> durations,
      @ForAll @DoubleRange(min = 0.001, max = 1.0) @Scale(4) double q) {
    long exact = exactPercentile(durations, q).toNanos();
    long sketched = DurationSummary.of(false, durations).percentile(q).orElseThrow().toNanos();
    assertThat((double) Math.abs(sketched - exact))
        .isLessThanOrEqualTo(DurationSketch.RELATIVE_ERROR * exact * (1 + 1e-9) + 1);
    assertThat(DurationSummary.of(true, durations).percentile(q)).contains(
        exactPercentile(durations, q));
  }

  @Property
  void countTotalMinAndMaxAreExactInBothKinds(@ForAll("durations") List<Duration> durations,
      @ForAll boolean exact) {
    DurationSummary summary = DurationSummary.of(exact, durations);
    assertThat(summary.count()).isEqualTo(durations.size());
    assertThat(summary.total()).isEqualTo(durations.stream().reduce(Duration.ZERO,
        Duration::plus));
    assertThat(summary.min()).isEqualTo(durations.stream().min(Duration::compareTo)
        .orElse(Duration.ZERO));
    assertThat(summary.max()).isEqualTo(durations.stream().max(Duration::compareTo)
        .orElse(Duration.ZERO));
    assertThat(summary.percentile(1.0)).isEqualTo(durations.isEmpty()
        ? java.util.Optional.empty() : java.util.Optional.of(summary.max()));
    assertThat(summary.median().isEmpty()).isEqualTo(durations.isEmpty());
  }

  @Property
  void mergingEqualsSummarisingTheUnion(@ForAll("durations") List<Duration> a,
      @ForAll("durations") List<Duration> b, @ForAll boolean exact) {
    List<Duration> union = new ArrayList<>(a);
    union.addAll(b);
    DurationSummary merged = DurationSummary.of(exact, a).merge(DurationSummary.of(exact, b));
    assertThat(merged).isEqualTo(DurationSummary.of(exact, union));
    assertThat(merged.sketch()).isEqualTo(DurationSummary.of(exact, a).sketch()
        .merge(DurationSummary.of(exact, b).sketch()));
  }

  @Property
  void aSketchCountsEachDurationUnderItsBucketWhateverTheOrder(
      @ForAll("durations") List<Duration> durations) {
    java.util.TreeMap<Long, Long> expected = new java.util.TreeMap<>();
    durations.forEach(d -> expected.merge(DurationSketch.keyOf(false, d.toNanos()), 1L,
        Long::sum));
    DurationSketch sketch = DurationSummary.of(false, durations).sketch();
    assertThat(sketch.keys()).containsExactlyElementsOf(expected.keySet());
    assertThat(sketch.counts()).containsExactlyElementsOf(expected.values());
  }

  private static Duration exactPercentile(List<Duration> durations, double q) {
    List<Duration> sorted = new ArrayList<>(durations);
    Collections.sort(sorted);
    long rank = Math.max(1, (long) Math.ceil(q * sorted.size()));
    return sorted.get((int) rank - 1);
  }
}
