package dev.hirekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The seed pipeline, four applications walked by hand, and its report computed by hand.
 *
 * <p>From Monday 2026-03-02 09:00 UTC (hour 0): A applies at 0, is advanced to the screen at 24,
 * to the take-home at 26, to interviews at 74, to references at 98 and to the offer at 122; an
 * offer is drafted at 123, extended at 124 and accepted at 148; A is hired at 150. B applies at
 * 1, is advanced at 25 and rejected at the screen at 27. C applies at 2, is advanced at 26 and 30,
 * moved back to the screen at 50, advanced again at 52 and withdraws at 60. D applies at 3 and
 * stays. A was referred, B and C applied, D's source is unknown.
 */
class SeedPipelineReportTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor RECRUITER =
      Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  private static final Role ROLE = SeedRole.role().open(Actor.system(), T0.minusSeconds(86_400));
  private static final List<Application> PIPELINE = pipeline();
  private static final Map<CandidateId, SourceKind> SOURCES = Map.of(
      CandidateId.of("cand-a"), SourceKind.REFERRAL, CandidateId.of("cand-b"), SourceKind.APPLIED,
      CandidateId.of("cand-c"), SourceKind.APPLIED);
  private static final ReportQuery QUERY = ReportQuery.builder()
      .sources(id -> Optional.ofNullable(SOURCES.get(id))).exactPercentiles().build();

  private static Instant h(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static Application apply(String name, int hour) {
    CandidateId candidate = CandidateId.of("cand-" + name);
    return Application.apply(ApplicationId.of("app-" + name), candidate, ROLE,
        Actor.candidate(candidate), h(hour));
  }

  private static List<Application> pipeline() {
    Application a = apply("a", 0).advance(RECRUITER, h(24)).advance(RECRUITER, h(26))
        .advance(RECRUITER, h(74)).advance(RECRUITER, h(98)).advance(RECRUITER, h(122))
        .draftOffer(RECRUITER, h(123), OfferId.of("offer-a"), Compensation.builder()
            .base(PayRate.of(Money.of("190000", "USD"), PayPeriod.YEARLY))
            .startDate(LocalDate.of(2026, 4, 6)).employmentType(EmploymentType.FULL_TIME)
            .build(), h(200), ApprovalChain.none())
        .extendOffer(RECRUITER, h(124))
        .acceptOffer(Actor.candidate(CandidateId.of("cand-a")), h(148));
    a = Staffing.hire(ROLE, a, RECRUITER, h(150), SeedRole.OPENING).application();
    Application b = apply("b", 1).advance(RECRUITER, h(25)).reject(RECRUITER, h(27),
        RejectionReason.of(RejectionSide.WE_REJECTED, "not-a-fit"));
    Application c = apply("c", 2).advance(RECRUITER, h(26)).advance(RECRUITER, h(30))
        .moveTo(RECRUITER, h(50), StageId.of("screen")).advance(RECRUITER, h(52))
        .withdraw(Actor.candidate(CandidateId.of("cand-c")), h(60), "took another job");
    Application d = apply("d", 3);
    return List.of(a, b, c, d);
  }

  private static StageFigures stage(PipelineReport report, String id) {
    return report.funnel(SeedRole.ROLE, 1).orElseThrow().stages().stream()
        .filter(s -> s.stage().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theFunnelCountsWhoReachedEachStageAndHowEachVisitEnded() {
    PipelineReport report = QUERY.over(PIPELINE);
    assertThat(report.applications()).isEqualTo(4);
    assertThat(report.hires()).isEqualTo(1);
    assertThat(report.funnel(SeedRole.ROLE, 1).orElseThrow().stageIds()).extracting(
        StageId::value).containsExactly("application", "screen", "take-home", "interviews",
        "references", "offer");

    StageFigures application = stage(report, "application");
    assertThat(application.reached()).isEqualTo(4);
    assertThat(application.advanced()).isEqualTo(3);
    assertThat(application.stillThere()).isEqualTo(1);
    assertThat(application.conversionToNext()).isEqualTo(0.75);
    assertThat(application.conversionToHire()).isEqualTo(0.25);

    StageFigures screen = stage(report, "screen");
    assertThat(screen.reached()).isEqualTo(3);
    assertThat(screen.entries()).isEqualTo(4);                 // C came back once
    assertThat(screen.advanced()).isEqualTo(3);
    assertThat(screen.rejectedBySide()).isEqualTo(Map.of(RejectionSide.WE_REJECTED, 1L));
    assertThat(screen.rejectedByCode()).isEqualTo(Map.of("not-a-fit", 1L));
    assertThat(screen.reachedLater()).isEqualTo(2);
    assertThat(screen.conversionToNext()).isEqualTo(2.0 / 3);

    StageFigures takeHome = stage(report, "take-home");
    assertThat(takeHome.reached()).isEqualTo(2);
    assertThat(takeHome.entries()).isEqualTo(3);
    assertThat(takeHome.advanced()).isEqualTo(1);
    assertThat(takeHome.movedBack()).isEqualTo(1);
    assertThat(takeHome.withdrawn()).isEqualTo(1);
    assertThat(takeHome.conversionToNext()).isEqualTo(0.5);

    StageFigures offer = stage(report, "offer");
    assertThat(offer.hired()).isEqualTo(1);
    assertThat(offer.conversionToNext()).isZero();
    assertThat(offer.conversionToHire()).isEqualTo(1.0);
  }

  @Test
  void timeInStageCountsEveryVisitIncludingReEntries() {
    PipelineReport report = QUERY.over(PIPELINE);
    DurationSummary application = stage(report, "application").time();
    assertThat(application.count()).isEqualTo(3);
    assertThat(application.total()).isEqualTo(Duration.ofHours(72));
    assertThat(application.median()).contains(Duration.ofHours(24));

    DurationSummary screen = stage(report, "screen").time();  // 2, 2, 4 and 2 hours
    assertThat(screen.count()).isEqualTo(4);
    assertThat(screen.total()).isEqualTo(Duration.ofHours(10));
    assertThat(screen.median()).contains(Duration.ofHours(2));
    assertThat(screen.max()).isEqualTo(Duration.ofHours(4));
    DurationSummary sketched = stage(PipelineReport.of(PIPELINE), "screen").time();
    assertThat(sketched.median().orElseThrow()).isCloseTo(Duration.ofHours(2),
        Duration.ofSeconds(72));                             // within 1 % of 2 hours

    DurationSummary takeHome = stage(report, "take-home").time();  // 48, 20 and 8 hours
    assertThat(takeHome.total()).isEqualTo(Duration.ofHours(76));
    assertThat(takeHome.max()).isEqualTo(Duration.ofHours(48));
    assertThat(stage(report, "offer").time().total()).isEqualTo(Duration.ofHours(28));

    assertThat(report.timeToHire().total()).isEqualTo(Duration.ofHours(150));
    assertThat(report.timeToFirstDecision().count()).isEqualTo(3);  // D is undecided
    assertThat(report.timeToFirstDecision().max()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void offersAndSources() {
    PipelineReport report = QUERY.over(PIPELINE);
    assertThat(report.offers().drafted()).isEqualTo(1);
    assertThat(report.offers().extended()).isEqualTo(1);
    assertThat(report.offers().accepted()).isEqualTo(1);
    assertThat(report.offers().acceptanceRate()).isEqualTo(1.0);
    assertThat(report.offers().extendToAnswer().total()).isEqualTo(Duration.ofHours(24));

    assertThat(report.sources().bySource().get(SourceKind.REFERRAL))
        .isEqualTo(new SourceFigures(1, Map.of(StageKind.APPLICATION_REVIEW, 1L,
            StageKind.SCREEN, 1L, StageKind.ASSESSMENT, 1L, StageKind.INTERVIEW, 1L,
            StageKind.REFERENCE_CHECK, 1L, StageKind.OFFER, 1L), 1));
    assertThat(report.sources().bySource().get(SourceKind.APPLIED))
        .isEqualTo(new SourceFigures(2, Map.of(StageKind.APPLICATION_REVIEW, 2L,
            StageKind.SCREEN, 2L, StageKind.ASSESSMENT, 1L), 0));
    assertThat(report.sources().unknown())
        .isEqualTo(new SourceFigures(1, Map.of(StageKind.APPLICATION_REVIEW, 1L), 0));
  }

  @Test
  void businessDaysLeaveTheWeekendOut() {
    PipelineReport report = ReportQuery.builder()
        .calendar(WorkCalendar.weekdays(ZoneOffset.UTC)).build().over(PIPELINE);
    // Monday 09:00 to Sunday 15:00: 15 hours on Monday and four whole weekdays.
    assertThat(report.timeToHire().total()).isEqualTo(Duration.ofHours(111));
    // Extended on Saturday 13:00, accepted on Sunday 13:00: no working time at all.
    assertThat(report.offers().extendToAnswer().total()).isZero();
    assertThat(stage(report, "application").time().total()).isEqualTo(Duration.ofHours(72));
  }

  @Test
  void theTablesShowTheFiguresRowByRow() {
    PipelineReport report = QUERY.over(PIPELINE);
    assertThat(report.funnelTable())
        .contains("Funnel: role forward-deployed-engineer-sf, plan v1")
        .containsPattern("(?m)^screen +3 +4 +3 +0 +1 +0 +0 +0 +0 +0 +66\\.7% +33\\.3%$");
    assertThat(report.timeInStageTable()).contains(
        "Time in stage: role forward-deployed-engineer-sf, plan v1 (elapsed time)",
        "time to hire");
  }

  @Test
  void aWindowTakesTheApplicationsCreatedInItAsOfItsEnd() {
    PipelineReport report = ReportQuery.builder().from(h(1)).to(h(40)).build().over(PIPELINE);
    assertThat(report.applications()).isEqualTo(3);             // B, C and D
    assertThat(stage(report, "take-home").stillThere()).isEqualTo(1);  // C, at hour 40
    assertThat(report.hires()).isZero();
  }
}
