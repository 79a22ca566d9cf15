package dev.hirekit.report;

import dev.hirekit.time.WorkCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.RoleId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The report values' own rules, one by one, at their edges: what each constructor refuses and
 * accepts, and the figures each derives.
 */
class ReportValuesTest {
  private static final DurationSummary NONE = DurationSummary.empty(false);
  private static final ReportScope SCOPE = ReportQuery.all().scope();

  private static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
  }

  private static StageFigures stage(String id, long reached, long entries, long advanced,
      long stillThere) {
    List<Duration> spent = new java.util.ArrayList<>();
    for (long i = 0; i < entries - stillThere; i++) {
      spent.add(Duration.ofHours(1));
    }
    return new StageFigures(StageId.of(id), StageKind.SCREEN, reached, 0, 0, entries, advanced,
        0, Map.of(), Map.of(), 0, 0, 0, 0, stillThere, DurationSummary.of(false, spent));
  }

  @Test
  void aSketchHoldsOrderedKeysAndPositiveCountsWithinItsRange() {
    assertThat(new DurationSketch(false, List.of(0L, 5L), List.of(1L, 2L)).count())
        .isEqualTo(3);
    refused(() -> new DurationSketch(false, List.of(-1L), List.of(1L)), "keys");
    refused(() -> new DurationSketch(false, List.of(1L, 1L), List.of(1L, 1L)), "keys");
    refused(() -> new DurationSketch(false, List.of(1L), List.of(0L)), "counts");
    refused(() -> new DurationSketch(false, List.of(1L), List.of(1L, 1L)), "counts");
    refused(() -> new DurationSketch(false, List.of(1L), List.of(1_000_000_000_000_001L)),
        "counts");
    assertThat(new DurationSketch(false, List.of(1L), List.of(1_000_000_000_000_000L)).count())
        .isEqualTo(1_000_000_000_000_000L);
    long last = DurationSketch.keyOf(false, Long.MAX_VALUE);
    assertThat(new DurationSketch(false, List.of(last), List.of(1L)).keys()).containsExactly(last);
    refused(() -> new DurationSketch(false, List.of(last + 1), List.of(1L)), "keys");
    assertThat(new DurationSketch(true, List.of(last + 1), List.of(1L)).keys()).hasSize(1);
    refused(() -> DurationSketch.empty(true).merge(DurationSketch.empty(false)), "exact");
    refused(() -> DurationSketch.empty(true).percentile(1.5), "q");
    assertThat(DurationSketch.empty(true).percentile(1.0)).isEmpty();
  }

  @Test
  void aTallyKeepsItsBucketsWhateverTheOrderAndTheLength() {
    List<Duration> falling = List.of(Duration.ofDays(30), Duration.ofDays(1),
        Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofMillis(1),
        Duration.ofNanos(3), Duration.ZERO, Duration.ofDays(200_000));
    DurationSketch sketch = DurationSummary.of(false, falling).sketch();
    java.util.TreeMap<Long, Long> expected = new java.util.TreeMap<>();
    falling.forEach(d -> expected.merge(DurationSketch.keyOf(false, DurationTally.nanos(d)), 1L,
        Long::sum));
    assertThat(sketch.keys()).containsExactlyElementsOf(expected.keySet());
    assertThat(sketch.counts()).containsExactlyElementsOf(expected.values());
    assertThat(sketch.keys()).contains(DurationSketch.keyOf(false, Long.MAX_VALUE));
    assertThat(DurationTally.nanos(Duration.ofDays(200_000))).isEqualTo(Long.MAX_VALUE);
    assertThat(DurationTally.nanos(Duration.ofSeconds(2))).isEqualTo(2_000_000_000L);
  }

  @Test
  void bucketsAreTheStatedLogarithmsAndStandForTheirMiddle() {
    assertThat(DurationSketch.keyOf(false, 0)).isZero();
    assertThat(DurationSketch.keyOf(false, 1)).isEqualTo(1);
    assertThat(DurationSketch.keyOf(false, 2)).isEqualTo(36);       // ceil(ln 2 / ln g) = 35
    assertThat(DurationSketch.keyOf(true, 12_345)).isEqualTo(12_345);
    assertThat(DurationSketch.representative(0)).isZero();
    assertThat(DurationSketch.representative(1)).isEqualTo(1);
    long hour = Duration.ofHours(1).toNanos();
    long stands = DurationSketch.representative(DurationSketch.keyOf(false, hour));
    assertThat((double) Math.abs(stands - hour)).isLessThanOrEqualTo(0.01 * hour);
    assertThat(DurationSketch.representative(DurationSketch.keyOf(false, Long.MAX_VALUE)))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aSummaryAgreesWithItsSketchAndItsPercentilesStayBetweenMinAndMax() {
    DurationSummary three = DurationSummary.of(false, List.of(Duration.ofHours(1),
        Duration.ofHours(2), Duration.ofHours(10)));
    assertThat(three.mean()).contains(Duration.ofMinutes(260));
    assertThat(three.percentile(0.1)).contains(Duration.ofHours(1));     // rank 1: the min
    assertThat(three.p90()).contains(Duration.ofHours(10));             // rank 3: the max
    assertThat(three.median().orElseThrow()).isCloseTo(Duration.ofHours(2),
        Duration.ofSeconds(72));
    assertThat(NONE.mean()).isEmpty();
    assertThat(NONE.p90()).isEmpty();
    refused(() -> new DurationSummary(-1, Duration.ZERO, Duration.ZERO, Duration.ZERO,
        DurationSketch.empty(false)), "count");
    refused(() -> new DurationSummary(1, Duration.ZERO, Duration.ZERO, Duration.ZERO,
        DurationSketch.empty(false)), "sketch");
    refused(() -> new DurationSummary(0, Duration.ofHours(1), Duration.ZERO, Duration.ZERO,
        DurationSketch.empty(false)), "total");
    refused(() -> new DurationSummary(0, Duration.ZERO, Duration.ZERO, Duration.ofHours(1),
        DurationSketch.empty(false)), "total");
    refused(() -> new DurationSummary(0, Duration.ZERO, Duration.ofHours(1), Duration.ZERO,
        DurationSketch.empty(false)), "total");
    refused(() -> new DurationSummary(0, Duration.ofHours(-1), Duration.ZERO, Duration.ZERO,
        DurationSketch.empty(false)), "total");
    DurationSketch hourAndTwo = three.sketch();
    refused(() -> new DurationSummary(3, Duration.ofHours(13), Duration.ofHours(10),
        Duration.ofHours(1), hourAndTwo), "min");
    DurationSummary one = DurationSummary.of(false, List.of(Duration.ofHours(1)));
    assertThat(new DurationSummary(1, Duration.ofHours(1), Duration.ofHours(1),
        Duration.ofHours(1), one.sketch())).isEqualTo(one);
    DurationSummary twoExact = DurationSummary.of(true, List.of(Duration.ofHours(1),
        Duration.ofHours(3)));
    refused(() -> new DurationSummary(2, Duration.ofHours(5), Duration.ofHours(1),
        Duration.ofHours(3), twoExact.sketch()), "total");
    assertThat(NONE.merge(three)).isEqualTo(three);
    assertThat(three.merge(NONE)).isEqualTo(three);
    DurationSummary shorter = DurationSummary.of(false, List.of(Duration.ofMinutes(30)));
    assertThat(three.merge(shorter).min()).isEqualTo(Duration.ofMinutes(30));
    assertThat(shorter.merge(three).max()).isEqualTo(Duration.ofHours(10));
    assertThat(three.merge(three).min()).isEqualTo(Duration.ofHours(1));
    assertThat(three.merge(three).max()).isEqualTo(Duration.ofHours(10));
  }

  @Test
  void aStagesFiguresAddUpAndMergeOnlyWithTheSameStage() {
    StageFigures call = stage("call", 2, 3, 2, 1);
    assertThat(call.conversionToNext()).isZero();
    assertThat(stage("call", 0, 0, 0, 0).conversionToHire()).isZero();
    refused(() -> stage("call", 0, 1, 1, 0), "reached");
    refused(() -> stage("call", 2, 1, 1, 0), "reached");
    assertThat(stage("call", 1, 1, 1, 0).reached()).isEqualTo(1);
    refused(() -> new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 0, 2, 1, 1, 0,
        Map.of(), Map.of(), 0, 0, 0, 0, 0, DurationSummary.of(false, List.of(Duration.ZERO))),
        "hiredLater");
    refused(() -> call.merge(stage("review", 2, 3, 2, 1)), "stage");
    refused(() -> call.merge(new StageFigures(StageId.of("call"), StageKind.INTERVIEW, 2, 0, 0,
        3, 2, 0, Map.of(), Map.of(), 0, 0, 0, 0, 1, call.time())), "stage");
    assertThat(call.merge(call).entries()).isEqualTo(6);
    refused(() -> new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 0, 0, 1, 0, 0,
        Map.of(RejectionSide.WE_REJECTED, 1L), Map.of(" ", 1L), 0, 0, 0, 0, 0,
        DurationSummary.of(false, List.of(Duration.ZERO))), "rejectedByCode");
  }

  @Test
  void aFunnelNamesEachStageOnceAndMergesOnlyWithItsOwnPlan() {
    PlanFunnel funnel = new PlanFunnel(RoleId.of("r"), 1, List.of(stage("a", 1, 1, 1, 0),
        stage("b", 1, 1, 0, 1)));
    refused(() -> new PlanFunnel(RoleId.of("r"), 1, List.of()), "stages");
    refused(() -> new PlanFunnel(RoleId.of("r"), 1, List.of(stage("a", 1, 1, 1, 0),
        stage("a", 1, 1, 1, 0))), "stages");
    refused(() -> funnel.merge(new PlanFunnel(RoleId.of("q"), 1, funnel.stages())), "stages");
    refused(() -> funnel.merge(new PlanFunnel(RoleId.of("r"), 2, funnel.stages())), "stages");
    refused(() -> funnel.merge(new PlanFunnel(RoleId.of("r"), 1,
        List.of(stage("a", 1, 1, 1, 0), stage("c", 1, 1, 0, 1)))), "stages");
    assertThat(funnel.merge(funnel).stages()).extracting(StageFigures::entries)
        .containsExactly(2L, 2L);
  }

  @Test
  void offersAndSourcesKeepTheirCountsInBounds() {
    assertThat(new OfferFigures(2, 0, 0, 0, 2, 1, 0, 1, 0, 0, NONE).acceptanceRate())
        .isEqualTo(0.5);
    assertThat(new OfferFigures(2, 0, 0, 0, 0, 0, 0, 0, 0, 1, NONE).revisionsPerOffer())
        .isEqualTo(0.5);
    assertThat(OfferFigures.empty(false).revisionsPerOffer()).isZero();
    refused(() -> new OfferFigures(1, 0, 0, 0, 1, 1, 0, 1, 0, 0, NONE), "accepted");
    refused(() -> new OfferFigures(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, NONE), "approved");
    DurationSummary two = DurationSummary.of(false, List.of(Duration.ZERO, Duration.ZERO));
    refused(() -> new OfferFigures(1, 0, 0, 0, 1, 1, 0, 0, 0, 0, two), "extendToAnswer");
    assertThat(new OfferFigures(1, 0, 0, 0, 1, 1, 1, 0, 0, 0, two).extendToAnswer())
        .isEqualTo(two);
    assertThat(new SourceFigures(4, Map.of(), 1).hireRate()).isEqualTo(0.25);
    assertThat(SourceFigures.empty().hireRate()).isZero();
    refused(() -> new SourceFigures(1, Map.of(), 2), "hires");
    assertThat(new SourceFigures(2, Map.of(StageKind.SCREEN, 2L), 2).reached())
        .containsEntry(StageKind.SCREEN, 2L);
    refused(() -> new SourceYield(Map.of(SourceKind.REFERRAL, SourceFigures.empty()),
        SourceFigures.empty()), "bySource");
    SourceYield yield = new SourceYield(Map.of(SourceKind.REFERRAL,
        new SourceFigures(1, Map.of(), 1)), SourceFigures.empty());
    assertThat(yield.merge(yield).bySource().get(SourceKind.REFERRAL).applications())
        .isEqualTo(2);
    assertThat(yield.merge(SourceYield.empty())).isEqualTo(yield);
  }

  @Test
  void aReportsFiguresAgreeWithOneAnother() {
    SourceYield oneApplication = new SourceYield(Map.of(), new SourceFigures(1, Map.of(), 0));
    PlanFunnel funnel = new PlanFunnel(RoleId.of("r"), 1, List.of(stage("a", 1, 1, 0, 1)));
    PipelineReport report = new PipelineReport(SCOPE, 1, 0, 0, List.of(funnel), NONE, NONE,
        OfferFigures.empty(false), oneApplication);
    assertThat(report.funnel(RoleId.of("r"), 1)).contains(funnel);
    assertThat(report.funnel(RoleId.of("r"), 2)).isEmpty();
    assertThat(report.funnel(RoleId.of("q"), 1)).isEmpty();
    refused(() -> new PipelineReport(SCOPE, 1, 0, 2, List.of(), NONE, NONE,
        OfferFigures.empty(false), oneApplication), "hires");
    refused(() -> new PipelineReport(SCOPE, 1, 0, 0, List.of(), NONE,
        DurationSummary.of(false, List.of(Duration.ZERO, Duration.ZERO)),
        OfferFigures.empty(false), oneApplication), "timeToFirstDecision");
    refused(() -> new PipelineReport(SCOPE, 2, 0, 0, List.of(), NONE, NONE,
        OfferFigures.empty(false), oneApplication), "sources");
    refused(() -> new PipelineReport(SCOPE, 1, 0, 0, List.of(), NONE, NONE,
        OfferFigures.empty(false), new SourceYield(Map.of(), new SourceFigures(1, Map.of(),
            1))), "sources");
    refused(() -> new PipelineReport(SCOPE, 0, 0, 0, List.of(), DurationSummary.empty(true),
        NONE, OfferFigures.empty(false), SourceYield.empty()), "scope");
    refused(() -> new PipelineReport(SCOPE, 0, 0, 0, List.of(), NONE,
        DurationSummary.empty(true), OfferFigures.empty(false), SourceYield.empty()), "scope");
    refused(() -> new PipelineReport(SCOPE, 0, 0, 0, List.of(), NONE, NONE,
        OfferFigures.empty(true), SourceYield.empty()), "scope");
    PlanFunnel exactStage = new PlanFunnel(RoleId.of("r"), 1, List.of(new StageFigures(
        StageId.of("a"), StageKind.SCREEN, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0,
        DurationSummary.empty(true))));
    refused(() -> new PipelineReport(SCOPE, 0, 0, 0, List.of(exactStage), NONE, NONE,
        OfferFigures.empty(false), SourceYield.empty()), "scope");
    PlanFunnel second = new PlanFunnel(RoleId.of("r"), 2, List.of(stage("a", 1, 1, 0, 1)));
    PlanFunnel other = new PlanFunnel(RoleId.of("s"), 1, List.of(stage("a", 1, 1, 0, 1)));
    PipelineReport a = new PipelineReport(SCOPE, 1, 0, 0, List.of(funnel, other), NONE, NONE,
        OfferFigures.empty(false), oneApplication);
    PipelineReport b = new PipelineReport(SCOPE, 1, 0, 0, List.of(second), NONE, NONE,
        OfferFigures.empty(false), oneApplication);
    assertThat(a.merge(b).funnels()).extracting(f -> f.role().value() + f.planVersion())
        .containsExactly("r1", "r2", "s1");
    assertThat(b.merge(a)).isEqualTo(a.merge(b));
    assertThat(a.merge(a).funnels()).hasSize(2);
    refused(() -> a.merge(PipelineReport.empty(new ReportScope(Optional.of(Instant.EPOCH),
        Optional.empty(), Optional.empty(), false))), "scope");
  }

  @Test
  void aScopesWindowAndCalendarNameAreChecked() {
    Instant t = Instant.parse("2026-03-02T09:00:00Z");
    ReportScope window = new ReportScope(Optional.of(t), Optional.of(t.plusSeconds(60)),
        Optional.empty(), false);
    assertThat(window.covers(t)).isTrue();
    assertThat(window.covers(t.minusNanos(1))).isFalse();
    assertThat(window.covers(t.plusSeconds(60))).isFalse();
    assertThat(window.covers(t.plusSeconds(59))).isTrue();
    refused(() -> new ReportScope(Optional.of(t), Optional.of(t), Optional.empty(), false),
        "to");
    refused(() -> new ReportScope(Optional.empty(), Optional.empty(),
        Optional.of("x".repeat(201)), false), "calendar");
    assertThat(new ReportScope(Optional.empty(), Optional.empty(),
        Optional.of("x".repeat(200)), false).calendar()).isPresent();
    refused(() -> new ReportScope(Optional.empty(), Optional.empty(),
        Optional.of("tab\there"), false), "calendar");
    assertThat(ReportQuery.builder().exactPercentiles().build().toString())
        .isEqualTo("ReportQuery[ReportScope[from=Optional.empty, to=Optional.empty, "
            + "calendar=Optional.empty, exact=true]]");
    dev.hirekit.candidate.Candidate ana = dev.hirekit.candidate.Candidate.builder()
        .id(dev.hirekit.candidate.CandidateId.of("cand-ana")).name("Ana")
        .source(dev.hirekit.candidate.Source.sourced()).build();
    assertThat(ReportQuery.builder().sources(List.of(ana)).build().over(List.of())
        .sources()).isEqualTo(SourceYield.empty());
    Map<dev.hirekit.candidate.CandidateId, SourceKind> none = new HashMap<>();
    assertThat(ReportQuery.builder().sources(id -> Optional.ofNullable(none.get(id))).build()
        .over(List.of())).isEqualTo(PipelineReport.empty(SCOPE));
  }

  @Test
  void aCalendarIsItsDaysAndNamesThem() {
    WorkCalendar weekdays = WorkCalendar.weekdays(ZoneOffset.UTC);
    assertThat(weekdays.name()).isEqualTo("Z MON,TUE,WED,THU,FRI, 0 days off #e3b0c44298fc1c14");
    WorkCalendar holiday = weekdays.withDaysOff(List.of(LocalDate.of(2026, 3, 4)));
    assertThat(holiday.name()).startsWith("Z MON,TUE,WED,THU,FRI, 1 days off #")
        .isNotEqualTo(weekdays.withDaysOff(List.of(LocalDate.of(2026, 3, 5))).name());
    assertThat(holiday.isWorkingDay(LocalDate.of(2026, 3, 4))).isFalse();
    assertThat(holiday.isWorkingDay(LocalDate.of(2026, 3, 3))).isTrue();
    assertThat(holiday.toString()).isEqualTo("WorkCalendar[" + holiday.name() + "]");
    assertThat(holiday).isEqualTo(weekdays.withDaysOff(List.of(LocalDate.of(2026, 3, 4))))
        .hasSameHashCodeAs(weekdays.withDaysOff(List.of(LocalDate.of(2026, 3, 4))))
        .isNotEqualTo(weekdays).isNotEqualTo("a calendar");
    WorkCalendar weekend = weekdays.withWorkdays(EnumSet.of(DayOfWeek.SATURDAY,
        DayOfWeek.SUNDAY));
    assertThat(weekend.name()).startsWith("Z SAT,SUN, 0 days off");
    assertThat(weekend).isNotEqualTo(weekdays);
    assertThat(WorkCalendar.weekdays(java.time.ZoneId.of("Europe/Paris"))).isNotEqualTo(weekdays);
    refused(() -> weekdays.withWorkdays(List.of()), "workdays");
    List<DayOfWeek> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    refused(() -> weekdays.withWorkdays(withNull), "workdays");
    List<LocalDate> nullDay = new java.util.ArrayList<>();
    nullDay.add(null);
    refused(() -> weekdays.withDaysOff(nullDay), "daysOff");
    Instant monday = Instant.parse("2026-03-02T00:00:00Z");
    assertThat(holiday.workingTime(monday, monday.plus(Duration.ofDays(7))))
        .isEqualTo(Duration.ofHours(96));
    assertThat(weekdays.workingTime(monday, monday)).isZero();
    assertThat(weekdays.workingTime(monday, monday.plus(Duration.ofDays(36_525))))
        .isPositive();
    refused(() -> weekdays.workingTime(monday, monday.plus(Duration.ofDays(36_526))), "to");
  }
}
