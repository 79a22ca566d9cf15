package dev.hirekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of event, one at a time, and what it does to the report: figures computed by hand
 * for small walks through the seed plan (its take-home optional here, so that it can be
 * skipped), and every event refused where the application cannot be.
 */
class ReportEveryEventTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  private static final MemberId FINANCE = MemberId.of("appr-finance");
  private static final MemberId CEO = MemberId.of("appr-ceo");
  private static final Actor APPROVER_FINANCE = Actor.member(FINANCE, HiringRole.APPROVER);
  private static final Actor APPROVER_CEO = Actor.member(CEO, HiringRole.APPROVER);
  private static final InterviewPlan PLAN = SeedRole.plan().withStages(
      SeedRole.plan().stages().stream().map(s -> s.id().value().equals("take-home")
          ? s.withOptional(true) : s).collect(Collectors.toList()));
  private static final Role ROLE = SeedRole.role(PLAN).open(Actor.system(), T0.minusSeconds(60));
  private static final ReportQuery EXACT = ReportQuery.builder().exactPercentiles().build();

  private static Instant h(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static Actor candidate(String name) {
    return Actor.candidate(CandidateId.of("cand-" + name));
  }

  private static Application apply(String name, int hour) {
    return Application.apply(ApplicationId.of("app-" + name), CandidateId.of("cand-" + name),
        ROLE, candidate(name), h(hour));
  }

  private static Application prospect(String name, int hour) {
    return Application.prospect(ApplicationId.of("app-" + name), CandidateId.of("cand-" + name),
        ROLE, RECRUITER, h(hour));
  }

  private static Map<String, StageFigures> stages(PipelineReport report, int version) {
    return report.funnel(SeedRole.ROLE, version).orElseThrow().stages().stream()
        .collect(Collectors.toMap(s -> s.stage().value(), Function.identity()));
  }

  private static Compensation terms() {
    return Compensation.builder().base(PayRate.of(Money.of("190000", "USD"), PayPeriod.YEARLY))
        .startDate(LocalDate.of(2026, 5, 4)).employmentType(EmploymentType.FULL_TIME).build();
  }

  /** Applied at {@code hour} and advanced hourly to the offer stage (five hours later). */
  private static Application atOffer(String name, int hour) {
    Application app = apply(name, hour);
    for (int i = 1; i <= 5; i++) {
      app = app.advance(RECRUITER, h(hour + i));
    }
    return app;
  }

  @Test
  void aSkipAndAMoveForwardAdvanceAMoveBackDoesNot() {
    Application app = apply("a", 0).advance(RECRUITER, h(1))
        .skip(RECRUITER, h(3), "strong portfolio")                   // screen -> interviews
        .moveTo(RECRUITER, h(6), StageId.of("screen"))               // back to the screen
        .moveTo(RECRUITER, h(10), StageId.of("take-home"));          // the next stage
    Map<String, StageFigures> s = stages(EXACT.over(List.of(app)), 1);
    assertThat(s.get("application").advanced()).isEqualTo(1);
    assertThat(s.get("screen").entries()).isEqualTo(2);
    assertThat(s.get("screen").advanced()).isEqualTo(2);
    assertThat(s.get("screen").time().total()).isEqualTo(Duration.ofHours(6));
    assertThat(s.get("interviews").movedBack()).isEqualTo(1);
    assertThat(s.get("interviews").time().total()).isEqualTo(Duration.ofHours(3));
    assertThat(s.get("take-home").stillThere()).isEqualTo(1);
    assertThat(s.get("take-home").time().count()).isZero();
    assertThat(s.get("screen").reachedLater()).isEqualTo(1);
    assertThat(s.get("interviews").reachedLater()).isZero();
    assertThat(EXACT.over(List.of(app)).timeToFirstDecision().max())
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aProspectEntersTheFunnelWhenConvertedAndARejectedProspectNever() {
    Application converted = prospect("p", 0)
        .reject(RECRUITER, h(1), RejectionReason.of(RejectionSide.WE_REJECTED, "not-now"))
        .reopen(RECRUITER, h(2), "asked again")
        .convert(ROLE, RECRUITER, h(3))
        .advance(RECRUITER, h(5));
    Application withdrawn = prospect("q", 0).withdraw(candidate("q"), h(4), "not looking");
    PipelineReport report = EXACT.over(List.of(converted, withdrawn));
    assertThat(report.prospects()).isEqualTo(2);
    assertThat(report.applications()).isEqualTo(1);
    Map<String, StageFigures> s = stages(report, 1);
    assertThat(s.get("application").entries()).isEqualTo(1);
    assertThat(s.get("application").rejected()).isZero();
    assertThat(s.get("application").time().total()).isEqualTo(Duration.ofHours(2));
    assertThat(report.timeToFirstDecision().total()).isEqualTo(Duration.ofHours(2));
    assertThat(report.sources().unknown().applications()).isEqualTo(1);
  }

  @Test
  void aRejectionEndsTheVisitAndAReopeningStartsAnother() {
    Application app = apply("r", 0).advance(RECRUITER, h(1))
        .reject(RECRUITER, h(4), RejectionReason.of(RejectionSide.THEY_WITHDREW, "salary"))
        .reopen(RECRUITER, h(8), "came back");
    PipelineReport report = EXACT.over(List.of(app));
    StageFigures screen = stages(report, 1).get("screen");
    assertThat(screen.entries()).isEqualTo(2);
    assertThat(screen.reached()).isEqualTo(1);
    assertThat(screen.rejectedBySide()).isEqualTo(Map.of(RejectionSide.THEY_WITHDREW, 1L));
    assertThat(screen.rejectedByCode()).isEqualTo(Map.of("salary", 1L));
    assertThat(screen.stillThere()).isEqualTo(1);
    assertThat(screen.time().total()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void aHireCountsUntilItIsUndoneAndItsOfferClosesAsTheUnhireSays() {
    Application hired = hired("h", 0).application();
    Staffing.Staffed renege = hired("n", 1);
    Application reneged = Staffing.unhire(renege.role(), renege.application(), RECRUITER, h(30),
        UnhireReason.CANDIDATE_RENEGED, "took another job").application();
    Staffing.Staffed reverse = hired("v", 2);
    Application reversed = Staffing.unhire(reverse.role(), reverse.application(), RECRUITER,
        h(30), UnhireReason.HIRE_REVERSED, "failed the background check").application();
    PipelineReport report = EXACT.over(List.of(hired, reneged, reversed));
    assertThat(report.hires()).isEqualTo(1);
    assertThat(stages(report, 1).get("offer").hired()).isEqualTo(3);
    assertThat(stages(report, 1).get("application").hiredLater()).isEqualTo(1);
    assertThat(report.timeToHire().count()).isEqualTo(1);
    assertThat(report.timeToHire().total()).isEqualTo(Duration.ofHours(10));
    assertThat(report.offers().accepted()).isEqualTo(3);
    assertThat(report.offers().extendToAnswer().count()).isEqualTo(3);
    OfferFigures renegeOffers = EXACT.over(List.of(reneged)).offers();
    assertThat(renegeOffers.declined()).isEqualTo(1);                 // closed as declined
    assertThat(renegeOffers.rescinded()).isZero();
    OfferFigures reversalOffers = EXACT.over(List.of(reversed)).offers();
    assertThat(reversalOffers.rescinded()).isEqualTo(1);              // closed as rescinded
    assertThat(reversalOffers.declined()).isZero();
  }

  /** Applied at {@code hour}, offered (no approval) at +6, accepted at +8, hired at +10. */
  private static Staffing.Staffed hired(String name, int hour) {
    Application accepted = atOffer(name, hour)
        .draftOffer(RECRUITER, h(hour + 6), OfferId.of("offer-" + name), terms(), h(hour + 200),
            ApprovalChain.none())
        .extendOffer(RECRUITER, h(hour + 6))
        .acceptOffer(candidate(name), h(hour + 8));
    return Staffing.hire(ROLE, accepted, RECRUITER, h(hour + 10), SeedRole.OPENING);
  }

  @Test
  void aMigrationEndsTheVisitOnTheOldVersionAndStartsOneOnTheNew() {
    InterviewPlan next = PLAN.withVersion(2);
    Map<StageId, StageId> same = new java.util.HashMap<>();
    PLAN.stages().forEach(s -> same.put(s.id(), s.id()));
    Application moving = apply("m", 0).advance(RECRUITER, h(1))
        .migrate(RECRUITER, h(3), next, same);
    Application closed = apply("c", 0)
        .reject(RECRUITER, h(1), RejectionReason.of(RejectionSide.WE_REJECTED, "not-now"))
        .migrate(RECRUITER, h(2), next, same);
    PipelineReport report = EXACT.over(List.of(moving, closed));
    assertThat(stages(report, 1).get("screen").migrated()).isEqualTo(1);
    assertThat(stages(report, 1).get("screen").time().total()).isEqualTo(Duration.ofHours(2));
    assertThat(stages(report, 2).get("screen").entries()).isEqualTo(1);
    assertThat(stages(report, 2).get("screen").stillThere()).isEqualTo(1);
    assertThat(stages(report, 2).get("application").entries()).isZero();
    assertThat(stages(report, 1).get("application").rejected()).isEqualTo(1);
  }

  @Test
  void everyOfferStepCountsOncePerVersion() {
    Application app = atOffer("o", 0)
        .draftOffer(RECRUITER, h(6), OfferId.of("offer-o"), terms(), h(300),
            ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CEO))
        .submitOfferForApproval(RECRUITER, h(7))
        .approveOffer(APPROVER_FINANCE, h(8))                 // one of two: not yet approved
        .approveOffer(APPROVER_CEO, h(9))
        .extendOffer(RECRUITER, h(10))
        .declineOffer(candidate("o"), h(12), "base too low")
        .reviseOffer(RECRUITER, h(13), terms(), h(300))
        .submitOfferForApproval(RECRUITER, h(14))
        .declineOfferApproval(APPROVER_FINANCE, h(15), "over budget")
        .submitOfferForApproval(RECRUITER, h(16))
        .approveOffer(APPROVER_FINANCE, h(17))
        .approveOffer(APPROVER_CEO, h(18))
        .extendOffer(RECRUITER, h(19))
        .acceptOffer(candidate("o"), h(25));
    OfferFigures offers = EXACT.over(List.of(app)).offers();
    assertThat(offers).isEqualTo(new OfferFigures(1, 3, 2, 1, 2, 1, 1, 0, 0, 1,
        DurationSummary.of(true, List.of(Duration.ofHours(2), Duration.ofHours(6)))));
    assertThat(offers.acceptanceRate()).isEqualTo(0.5);
    assertThat(offers.revisionsPerOffer()).isEqualTo(1.0);
  }

  @Test
  void offersThatLapseAreWithdrawnOrCloseWithTheirApplicationCountAsSuch() {
    Application expired = offered("e").expireOffer(Actor.system(), h(60));
    Application rescinded = offered("s").rescindOffer(RECRUITER, h(8), "role frozen");
    Application withdrawn = offered("w").withdraw(candidate("w"), h(8), "took another job");
    Application rejected = offered("j").reject(RECRUITER, h(8),
        RejectionReason.of(RejectionSide.WE_REJECTED, "failed-checks"));
    Application reneged = offered("g").acceptOffer(candidate("g"), h(8))
        .declineOffer(candidate("g"), h(9), "changed my mind");
    OfferFigures offers = EXACT.over(List.of(expired, rescinded, withdrawn, rejected, reneged))
        .offers();
    assertThat(offers.drafted()).isEqualTo(5);
    assertThat(offers.extended()).isEqualTo(5);
    assertThat(offers.expired()).isEqualTo(1);
    assertThat(offers.rescinded()).isEqualTo(2);                 // by event, and with rejection
    assertThat(offers.declined()).isEqualTo(2);                  // with withdrawal, and reneged
    assertThat(offers.accepted()).isEqualTo(1);
    assertThat(offers.extendToAnswer().count()).isEqualTo(1);    // the acceptance only
    assertThat(offers.acceptanceRate()).isEqualTo(0.2);
    assertThat(EXACT.over(List.of(withdrawn)).offers().declined()).isEqualTo(1);
    assertThat(EXACT.over(List.of(withdrawn)).offers().rescinded()).isZero();
    assertThat(EXACT.over(List.of(rejected)).offers().rescinded()).isEqualTo(1);
    assertThat(EXACT.over(List.of(rejected)).offers().declined()).isZero();
  }

  @Test
  void theFirstDecisionIsWhicheverComesFirstOfSkipMoveAndRejection() {
    StageId screen = StageId.of("screen");
    StageId takeHome = StageId.of("take-home");
    Application skipped = Application.apply(ApplicationId.of("app-k"),
        CandidateId.of("cand-k"), ROLE, RECRUITER, h(0), screen, "referred")
        .skip(RECRUITER, h(2), "portfolio");
    Application moved = Application.apply(ApplicationId.of("app-v"), CandidateId.of("cand-v"),
        ROLE, RECRUITER, h(0), takeHome, "referred").moveTo(RECRUITER, h(3), screen);
    Application rejected = apply("x", 0).reject(RECRUITER, h(4),
        RejectionReason.of(RejectionSide.WE_REJECTED, "not-now"));
    Application withdrawn = apply("y", 0).withdraw(candidate("y"), h(5), "moved away");
    Application migrated = apply("z", 0).migrate(RECRUITER, h(6), PLAN.withVersion(2),
        PLAN.stages().stream().collect(Collectors.toMap(s -> s.id(), s -> s.id())));
    assertThat(EXACT.over(List.of(skipped)).timeToFirstDecision().max())
        .isEqualTo(Duration.ofHours(2));
    assertThat(EXACT.over(List.of(moved)).timeToFirstDecision().max())
        .isEqualTo(Duration.ofHours(3));
    assertThat(EXACT.over(List.of(rejected)).timeToFirstDecision().max())
        .isEqualTo(Duration.ofHours(4));
    PipelineReport rest = EXACT.over(List.of(withdrawn, migrated));
    assertThat(rest.timeToFirstDecision().count()).isZero();         // neither decides
    assertThat(stages(rest, 1).get("application").withdrawn()).isEqualTo(1);
    assertThat(stages(rest, 1).get("application").migrated()).isEqualTo(1);
    assertThat(stages(rest, 2).get("application").stillThere()).isEqualTo(1);
    assertThat(stages(EXACT.over(List.of(moved)), 1).get("take-home").movedBack())
        .isEqualTo(1);
  }

  /** At the offer stage, an offer extended at hour 6 that expires at hour 48. */
  private static Application offered(String name) {
    return atOffer(name, 0).draftOffer(RECRUITER, h(6), OfferId.of("offer-" + name), terms(),
        h(48), ApprovalChain.none()).extendOffer(RECRUITER, h(6));
  }

  private static List<ApplicationEvent> with(Application app, ApplicationEvent extra) {
    List<ApplicationEvent> events = new ArrayList<>(app.history());
    events.add(extra);
    return events;
  }

  private static void refused(List<ApplicationEvent> events, String problem) {
    assertThatThrownBy(() -> EXACT.overEvents(events)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void everyEventIsRefusedWhereTheApplicationCannotBe() {
    Application active = apply("f", 0).advance(RECRUITER, h(1));
    ApplicationId id = active.id();
    Application closed = active.reject(RECRUITER, h(2),
        RejectionReason.of(RejectionSide.WE_REJECTED, "not-now"));
    long next = active.version() + 1;
    refused(with(active, new ApplicationEvent.Converted(id, next, StageId.of("screen"),
        java.util.Optional.empty(), h(3), RECRUITER)), "is not possible for an application that "
        + "is active");
    refused(with(active, new ApplicationEvent.Reopened(id, next, java.util.Optional.empty(),
        "again", h(3), RECRUITER)), "that is active");
    refused(with(active, new ApplicationEvent.Unhired(id, next, SeedRole.OPENING,
        UnhireReason.HIRE_REVERSED, "no", h(3), RECRUITER)), "that is active");
    long afterClose = closed.version() + 1;
    refused(with(closed, new ApplicationEvent.Hired(id, afterClose, SeedRole.OPENING,
        LocalDate.of(2026, 5, 4), h(3), RECRUITER)), "that is closed");
    refused(with(closed, new ApplicationEvent.Rejected(id, afterClose,
        RejectionReason.of(RejectionSide.WE_REJECTED, "again"), h(3), RECRUITER)),
        "that is closed");
    refused(with(closed, new ApplicationEvent.Withdrawn(id, afterClose, "gone", h(3),
        candidate("f"))), "that is closed");
    ApplicationEvent.Applied first = (ApplicationEvent.Applied) active.history().get(0);
    refused(with(active, new ApplicationEvent.Applied(id, next, first.candidate(),
        first.role(), first.plan(), first.team(), first.stage(), java.util.Optional.empty(),
        h(3), RECRUITER)), "creates an application that already exists");
    refused(with(active, new ApplicationEvent.Migrated(id, next, PLAN.withVersion(2),
        Map.of(StageId.of("application"), StageId.of("application")), h(3), RECRUITER)),
        "maps no stage of the new plan to screen");
    refused(with(active, new ApplicationEvent.Moved(id, next, StageId.of("screen"),
        StageId.of("nowhere"), h(3), RECRUITER)), "enters nowhere, which is not a stage");
    refused(with(active, new ApplicationEvent.Moved(id, next, StageId.of("offer"),
        StageId.of("application"), h(3), RECRUITER)), "leaves offer, but the application is at "
        + "screen");
    refused(with(active, new ApplicationEvent.Skipped(id, next, StageId.of("offer"),
        StageId.of("interviews"), List.of(), "no", h(3), RECRUITER)), "leaves offer");
    Application drafted = offered("d");
    refused(with(drafted, new ApplicationEvent.OfferExtended(drafted.id(),
        drafted.version() + 1, OfferId.of("offer-d"), 2, h(7), RECRUITER)),
        "acts on version 2 of offer offer-d, but the current offer is version 1 of offer-d");
    refused(with(drafted, new ApplicationEvent.OfferExtended(drafted.id(),
        drafted.version() + 1, OfferId.of("offer-x"), 1, h(7), RECRUITER)),
        "acts on version 1 of offer offer-x");
    ReportTally tally = EXACT.tally();
    assertThat(tally.add(active.history().get(0)).add(active.history().get(1)).report()
        .applications()).isEqualTo(1);
  }
}
