package dev.hirekit.json.internal;

import static dev.hirekit.json.internal.NodeTest.refusal;
import static dev.hirekit.json.internal.Trees.list;
import static dev.hirekit.json.internal.Trees.object;
import static dev.hirekit.json.internal.Trees.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.json.conformance.Seed;
import dev.hirekit.report.DurationSketch;
import dev.hirekit.report.DurationSummary;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.StageFigures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pipeline report and its figures: a top-level document whose records are read through
 * their validating constructors, so figures that do not add up are refused at their path, and
 * no refusal repeats a rejection code.
 */
class ReportFormatsTest {
  private static final PipelineReport SEED = Seed.report();

  static PipelineReport report(Map<String, Object> tree) {
    return Formats.of(PipelineReport.class).read(Node.root(tree), Loading.REPLAY);
  }

  /** The seed report's second stage (the call: a rejection, "not-now", and a visit open). */
  static Map<String, Object> call(Map<String, Object> tree) {
    return object(list(object(list(tree.get("funnels")).get(0)).get("stages")).get(1));
  }

  @Test
  void theReportIsADocumentOfItsComponentsAfterTheSchemaVersion() {
    Map<String, Object> tree = written(SEED);
    assertThat(new ArrayList<>(tree.keySet())).containsExactly("schemaVersion", "scope",
        "applications", "prospects", "hires", "funnels", "timeToHire", "timeToFirstDecision",
        "offers", "sources");
    assertThat(tree).containsEntry("schemaVersion", 1L).containsEntry("applications", 2L)
        .containsEntry("hires", 1L).containsEntry("scope", Map.of("exact", false));
    assertThat(call(tree)).containsEntry("stage", "call").containsEntry("kind", "screen")
        .containsEntry("rejectedBySide", Map.of("we_rejected", 1L))
        .containsEntry("rejectedByCode", Map.of("not-now", 1L));
    assertThat(object(tree.get("sources")).get("bySource")).isEqualTo(Map.of("referral",
        written(SEED.sources().bySource().values().iterator().next())));
    assertThat(report(tree)).isEqualTo(SEED);
  }

  @Test
  void aSketchKeepsItsKeysAndCountsAsWholeNumbers() {
    DurationSummary exact = DurationSummary.of(true, List.of(Duration.ofHours(2),
        Duration.ofHours(2), Duration.ofDays(200)));
    Map<String, Object> tree = written(exact.sketch());
    assertThat(tree).containsEntry("exact", true)
        .containsEntry("keys", List.of(7_200_000_000_000L, 17_280_000_000_000_000L))
        .containsEntry("counts", List.of(2L, 1L));
    assertThat(Formats.of(DurationSketch.class).read(Node.root(tree), Loading.REPLAY))
        .isEqualTo(exact.sketch());
    tree.put("counts", List.of(2L, "1"));
    assertThat(refusal(() -> Formats.of(DurationSketch.class).read(Node.root(tree),
        Loading.REPLAY))).hasMessage("$.counts[1]: is a string; expected a whole number");
  }

  @Test
  void figuresThatDoNotAddUpAreRefusedAtTheirPath() {
    Map<String, Object> visits = written(SEED);
    call(visits).put("entries", 4L);
    assertThat(refusal(() -> report(visits))).hasMessage("$.funnels[0].stages[1]: "
        + "StageFigures.entries: is 4, not the sum of the outcomes (3)");

    Map<String, Object> hires = written(SEED);
    hires.put("hires", 0L);
    assertThat(refusal(() -> report(hires))).hasMessage("$: PipelineReport.timeToHire: times 1"
        + " hires, not 0");

    Map<String, Object> sketch = written(SEED);
    object(object(sketch.get("timeToHire")).get("sketch")).put("counts", List.of(2L));
    assertThat(refusal(() -> report(sketch)).path()).isEqualTo("$.timeToHire");

    Map<String, Object> kind = written(SEED);
    object(kind.get("scope")).put("exact", true);
    assertThat(refusal(() -> report(kind))).hasMessageStartingWith("$: PipelineReport.scope:");

    Map<String, Object> forgedSketch = written(SEED);
    Map<String, Object> review =
        object(list(object(list(forgedSketch.get("funnels")).get(0)).get("stages")).get(0));
    object(object(review.get("time")).get("sketch")).put("exact", true);
    assertThat(refusal(() -> report(forgedSketch))).hasMessageStartingWith(
        "$.funnels[0].stages[0].time: DurationSummary.sketch:");
  }

  @Test
  void noRefusalRepeatsARejectionCode() {
    String code = "Ada Quillfeather";
    Map<String, Object> tree = written(SEED);
    Map<String, Object> codes = new LinkedHashMap<>();
    codes.put(code, 0L);
    codes.put("not-now", 1L);
    call(tree).put("rejectedByCode", codes);
    FormatException refused = refusal(() -> report(tree));
    assertThat(refused.getMessage()).doesNotContain(code)
        .isEqualTo("$.funnels[0].stages[1]: StageFigures.rejectedByCode: counts 0 for an entry;"
            + " a count in a breakdown is between 1 and 10^15 (leave empty entries out)");

    codes.put(code, "1");
    assertThat(refusal(() -> report(tree))).hasMessage("$.funnels[0].stages[1].rejectedByCode"
        + ".<entry 0>: is a string; expected a whole number");
    codes.put(code, null);
    assertThat(refusal(() -> report(tree))).hasMessage("$.funnels[0].stages[1].rejectedByCode"
        + ".<entry 0>: is null; an object of the format holds no null");

    Map<String, Object> sides = new LinkedHashMap<>();
    sides.put(code, 1L);
    call(tree).put("rejectedByCode", Map.of("not-now", 1L));
    call(tree).put("rejectedBySide", sides);
    assertThat(refusal(() -> report(tree))).hasMessageStartingWith("$.funnels[0].stages[1]"
        + ".rejectedBySide.<key 0>: is not a known RejectionSide").message()
        .doesNotContain(code);
  }

  @Test
  void aRefusalThatRepeatsNoKeyIsKept() {
    StageFigures stage = SEED.funnels().get(0).stages().get(1);
    Map<String, Object> tree = written(stage);
    tree.put("rejectedByCode", Map.of("not-now", 2L));
    assertThat(refusal(() -> Formats.of(StageFigures.class).read(Node.root(tree),
        Loading.REPLAY))).hasMessage("$: StageFigures.rejectedByCode: totals 2, not the 1"
            + " rejections by side");
  }
}
