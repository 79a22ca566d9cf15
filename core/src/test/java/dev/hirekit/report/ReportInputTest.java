package dev.hirekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stream that is not a set of histories, and figures that do not add up, are refused with a
 * message that says what is wrong and what is expected; a refused stream leaves its tally
 * unusable rather than half-counted.
 */
class ReportInputTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  private static final Role ROLE = SeedRole.role().open(Actor.system(), T0.minusSeconds(60));

  private static Application walked(String id) {
    CandidateId candidate = CandidateId.of("cand-" + id);
    return Application.apply(ApplicationId.of(id), candidate, ROLE, Actor.candidate(candidate),
        T0).advance(RECRUITER, T0.plusSeconds(3600)).advance(RECRUITER, T0.plusSeconds(7200));
  }

  private static List<ApplicationEvent> history(String id) {
    return new ArrayList<>(walked(id).history());
  }

  private static InvalidValueException refused(List<ApplicationEvent> events) {
    try {
      ReportQuery.all().overEvents(events);
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("the stream was accepted");
  }

  @Test
  void twoStatesOfOneApplicationAreRefused() {
    Application first = walked("app-1");
    Application later = first.advance(RECRUITER, T0.plusSeconds(9000));
    assertThatThrownBy(() -> ReportQuery.all().over(List.of(first, walked("app-2"), later)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a second state of one application at position 2");
  }

  @Test
  void nullElementsAndFiguresThatContradictEachOtherAreRefused() {
    List<Long> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> new DurationSketch(true, withNull, List.of(1L)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("position 0");
    DurationSketch day = DurationSummary.of(true, List.of(Duration.ofDays(300))).sketch();
    assertThatThrownBy(() -> new DurationSummary(1, Duration.ofHours(1), Duration.ofHours(1),
        Duration.ofHours(1), day)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sketch: does not start at min's key");
    DurationSketch twoHours = DurationSummary.of(true, List.of(Duration.ofHours(1),
        Duration.ofHours(1))).sketch();
    assertThatThrownBy(() -> new DurationSummary(2, Duration.ofMinutes(150),
        Duration.ofHours(1), Duration.ofHours(1), twoHours))
        .hasMessageContaining("total: is outside");
    DurationSummary none = DurationSummary.empty(false);
    assertThatThrownBy(() -> new OfferFigures(1, 0, 0, 0, 0, 5, 0, 0, 0, 0, none))
        .hasMessageContaining("more than the 0 versions extended");
    assertThatThrownBy(() -> new OfferFigures(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, none))
        .hasMessageContaining("more than the 1 versions submitted");
    assertThatThrownBy(() -> new OfferFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, none))
        .hasMessageContaining("with no offer drafted");
    PipelineReport one = ReportQuery.all().over(List.of(walked("app-1")));
    assertThatThrownBy(() -> new PipelineReport(one.scope(), 0, 0, 0, one.funnels(),
        DurationSummary.empty(false), DurationSummary.empty(false), one.offers(),
        SourceYield.empty())).hasMessageContaining("more than the report's 0");
  }

  @Test
  void aGapInTheSequenceIsRefused() {
    List<ApplicationEvent> events = history("app-1");
    events.remove(1);
    assertThat(refused(events)).hasMessageContaining("#3 (application.advanced) of "
        + "application app-1 follows #1").hasMessageContaining("without a gap or a repeat");
  }

  @Test
  void aRepeatedEventIsRefused() {
    List<ApplicationEvent> events = history("app-1");
    events.add(events.get(2));
    assertThat(refused(events).field()).isEqualTo("sequence");
  }

  @Test
  void aHistoryThatDoesNotStartByCreatingTheApplicationIsRefused() {
    List<ApplicationEvent> events = history("app-1");
    events.remove(0);
    assertThat(refused(events)).hasMessageContaining("#2 (application.advanced) of "
        + "application app-1 starts its history here");
  }

  @Test
  void applicationsWhoseEventsAreInterleavedAreRefused() {
    List<ApplicationEvent> one = history("app-1");
    List<ApplicationEvent> two = history("app-2");
    List<ApplicationEvent> events = new ArrayList<>(List.of(one.get(0), two.get(0), one.get(1)));
    assertThat(refused(events)).hasMessageContaining("of application app-1 starts its history");
  }

  @Test
  void anEventDatedBeforeTheOneItFollowsIsRefused() {
    List<ApplicationEvent> events = history("app-1");
    ApplicationEvent.Advanced last = (ApplicationEvent.Advanced) events.remove(2);
    events.add(new ApplicationEvent.Advanced(last.application(), last.sequence(), last.from(),
        last.to(), T0.minusSeconds(1), last.by()));
    assertThat(refused(events).field()).isEqualTo("at");
  }

  @Test
  void aMoveFromAStageTheApplicationIsNotAtIsRefused() {
    List<ApplicationEvent> events = history("app-1");
    ApplicationEvent.Advanced last = (ApplicationEvent.Advanced) events.remove(2);
    events.add(new ApplicationEvent.Advanced(last.application(), 3, StageId.of("offer"),
        last.to(), last.at(), last.by()));
    assertThat(refused(events)).hasMessageContaining("leaves offer, but the application is at "
        + "screen");
  }

  @Test
  void aStageOutsideThePlanIsRefused() {
    List<ApplicationEvent> events = history("app-1");
    ApplicationEvent.Advanced last = (ApplicationEvent.Advanced) events.remove(2);
    events.add(new ApplicationEvent.Advanced(last.application(), 3, last.from(),
        StageId.of("elsewhere"), last.at(), last.by()));
    assertThat(refused(events)).hasMessageContaining("enters elsewhere, which is not a stage of "
        + "plan v1");
  }

  @Test
  void anOfferStepOnAnOfferThatDoesNotExistIsRefused() {
    List<ApplicationEvent> events = history("app-1");
    events.add(new ApplicationEvent.OfferExtended(ApplicationId.of("app-1"), 4,
        OfferId.of("offer-x"), 1, T0.plusSeconds(9000), RECRUITER));
    assertThat(refused(events)).hasMessageContaining("acts on version 1 of offer offer-x, but "
        + "the current offer is none");
  }

  @Test
  void anOfferStepItsLifecycleRefusesIsRefused() {
    Application atOffer = walked("app-1").advance(RECRUITER, T0.plusSeconds(8000))
        .advance(RECRUITER, T0.plusSeconds(9000)).advance(RECRUITER, T0.plusSeconds(10_000));
    Application drafted = atOffer.draftOffer(RECRUITER, T0.plusSeconds(11_000),
        OfferId.of("offer-1"), dev.hirekit.offer.Compensation.builder()
            .base(dev.hirekit.money.PayRate.of(dev.hirekit.money.Money.of("1000", "USD"),
                dev.hirekit.money.PayPeriod.MONTHLY))
            .startDate(java.time.LocalDate.of(2026, 5, 1))
            .employmentType(dev.hirekit.role.EmploymentType.FULL_TIME).build(),
        T0.plus(Duration.ofDays(20)), dev.hirekit.approval.ApprovalChain.none());
    List<ApplicationEvent> events = new ArrayList<>(drafted.history());
    events.add(new ApplicationEvent.OfferAccepted(ApplicationId.of("app-1"),
        events.size() + 1, OfferId.of("offer-1"), 1, T0.plusSeconds(12_000),
        Actor.candidate(CandidateId.of("cand-app-1"))));
    assertThatThrownBy(() -> ReportQuery.all().overEvents(events))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void twoApplicationsClaimingOnePlanVersionWithOtherStagesAreRefused() {
    Role other = SeedRole.role(SeedRole.plan().withStages(SeedRole.plan().stages().subList(0, 3)))
        .open(Actor.system(), T0.minusSeconds(60));
    CandidateId candidate = CandidateId.of("cand-x");
    Application short1 = Application.apply(ApplicationId.of("app-x"), candidate, other,
        Actor.candidate(candidate), T0);
    assertThatThrownBy(() -> ReportQuery.all().over(List.of(walked("app-1"), short1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a plan version's stages never change");
  }

  @Test
  void aRefusedEventLeavesTheTallyUnusableAndATakenReportClosesIt() {
    ReportTally tally = ReportQuery.all().tally();
    List<ApplicationEvent> events = history("app-1");
    tally.add(events.get(0));
    assertThatThrownBy(() -> tally.add(events.get(2))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> tally.add(events.get(1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refused an event");
    assertThatThrownBy(tally::report).isInstanceOf(IllegalStateException.class);

    ReportTally done = ReportQuery.all().tally().add(walked("app-1"));
    PipelineReport report = done.report();
    assertThat(done.report()).isEqualTo(report);
    assertThatThrownBy(() -> done.add(walked("app-2"))).isInstanceOf(
        IllegalStateException.class).hasMessageContaining("already taken");
  }

  @Test
  void figuresThatDoNotAddUpAreRefused() {
    DurationSummary none = DurationSummary.empty(false);
    assertThatThrownBy(() -> new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 0, 0, 2, 1,
        0, Map.of(), Map.of(), 0, 0, 0, 0, 0, none)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entries: is 2, not the sum of the outcomes (1)");
    assertThatThrownBy(() -> new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 0, 0, 1, 0,
        0, Map.of(RejectionSide.WE_REJECTED, 1L), Map.of(), 0, 0, 0, 0, 0, none))
        .hasMessageContaining("rejectedByCode: totals 0, not the 1 rejections by side");
    assertThatThrownBy(() -> new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 2, 0, 1, 0,
        0, Map.of(), Map.of(), 0, 0, 0, 0, 1, none)).hasMessageContaining("reachedLater");
    assertThatThrownBy(() -> new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 0, 0, 1, 1,
        0, Map.of(), Map.of(), 0, 0, 0, 0, 0, none)).hasMessageContaining("time: counts 0 visits");
    assertThatThrownBy(() -> new OfferFigures(Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, 0, 0, 0, none))
        .hasMessageContaining("between 0 and 10^15");
    assertThatThrownBy(() -> new DurationSketch(false, List.of(3L, 2L), List.of(1L, 1L)))
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> new DurationSketch(false, List.of(1L << 40), List.of(1L)))
        .hasMessageContaining("beyond the last bucket");
    assertThatThrownBy(() -> new DurationSummary(2, Duration.ofHours(10), Duration.ofHours(1),
        Duration.ofHours(2), new DurationSketch(true, List.of(1L, 2L), List.of(1L, 1L))))
        .hasMessageContaining("total: is outside count x min .. count x max");
    assertThatThrownBy(() -> new SourceFigures(1, Map.of(StageKind.SCREEN, 2L), 0))
        .hasMessageContaining("above the 1 applications");
  }

  @Test
  void rejectionCodesNeverReachToStringOrAMessage() {
    StageFigures figures = new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 0, 0, 1, 0, 0,
        Map.of(RejectionSide.WE_REJECTED, 1L), Map.of("told-us-about-her-illness", 1L), 0, 0, 0, 0,
        0, DurationSummary.of(false, List.of(Duration.ofHours(3))));
    assertThat(figures.toString()).doesNotContain("illness").contains("<1 codes redacted>");
    PipelineReport report = PipelineReport.empty(ReportQuery.all().scope());
    PlanFunnel funnel = new PlanFunnel(RoleId.of("r"), 1, List.of(figures));
    assertThat(funnel.toString()).doesNotContain("illness");
    assertThatThrownBy(() -> new StageFigures(StageId.of("s"), StageKind.SCREEN, 1, 0, 0, 1, 0,
        0, Map.of(RejectionSide.WE_REJECTED, 1L), Map.of("told-us-about-her-illness", 0L), 0, 0,
        0, 0, 0, DurationSummary.of(false, List.of(Duration.ofHours(3)))))
        .hasMessageNotContaining("illness");
    assertThat(report.toString()).contains("funnels=[]");
  }

  @Test
  void durationsBeyondJavasLongestAreRefusedNotOverflowed() {
    DurationSummary huge = DurationSummary.of(false,
        List.of(Duration.ofSeconds(Long.MAX_VALUE / 2 + 1)));
    assertThatThrownBy(() -> huge.merge(huge)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("total: would exceed the longest duration");
    assertThatThrownBy(() -> DurationSummary.of(true, List.of(huge.max(), huge.max())))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void reportsOfDifferentScopesOrPlansDoNotMerge() {
    PipelineReport elapsed = ReportQuery.all().over(List.of(walked("app-1")));
    PipelineReport exact = ReportQuery.builder().exactPercentiles().build()
        .over(List.of(walked("app-2")));
    assertThatThrownBy(() -> elapsed.merge(exact)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("build both reports with the same query");
    PlanFunnel funnel = elapsed.funnels().get(0);
    PlanFunnel shorter = new PlanFunnel(funnel.role(), 1, funnel.stages().subList(0, 2));
    assertThatThrownBy(() -> funnel.merge(shorter)).hasMessageContaining("only funnels of one "
        + "plan merge");
    assertThatThrownBy(() -> new PipelineReport(elapsed.scope(), 0, 0, 0, List.of(funnel,
        funnel), elapsed.timeToHire(), elapsed.timeToFirstDecision(), elapsed.offers(),
        elapsed.sources())).hasMessageContaining("are not sorted by role then plan version");
    assertThatThrownBy(() -> new PlanFunnel(RoleId.of("r"), 0, funnel.stages()))
        .hasMessageContaining("plan versions start at 1");
  }

  @Test
  void aWindowMustEndAfterItStartsAndACalendarMeasuresAtMostACentury() {
    assertThatThrownBy(() -> ReportQuery.builder().from(T0).to(T0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a window ends after");
    assertThatThrownBy(() -> WorkCalendar.weekdays(ZoneOffset.UTC).workingTime(T0,
        T0.plus(Duration.ofDays(36_600)))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 100 years");
    assertThatThrownBy(() -> DurationSketch.empty(false).percentile(0))
        .hasMessageContaining("a fraction in (0, 1]");
    assertThat(ReportQuery.all().scope()).isEqualTo(new ReportScope(Optional.empty(),
        Optional.empty(), Optional.empty(), false));
  }
}
