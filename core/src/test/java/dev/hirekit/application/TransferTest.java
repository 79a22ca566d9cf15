package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.APP;
import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.T0;
import static dev.hirekit.application.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.Transferred;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.PlanFunnel;
import dev.hirekit.report.ReportQuery;
import dev.hirekit.report.StageFigures;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.slate.Slate;
import dev.hirekit.slate.SlateEntry;
import dev.hirekit.slate.SlateId;
import dev.hirekit.slate.SlateStanding;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transferring an application to another role keeps its history and its date. */
class TransferTest {
  static final RoleId NYC = RoleId.of("forward-deployed-engineer-nyc");

  static Role nyc() {
    return SeedRole.role(NYC).open(Actor.system(), T0.minus(Duration.ofDays(1)));
  }

  @Test
  void aTransferKeepsTheIdTheCandidateTheHistoryAndTheDate() {
    Application atTakeHome = Fixtures.applied().advance(RECRUITER, t(1))
        .advance(RECRUITER, t(2));
    Application moved = atTakeHome.transfer(nyc(), RECRUITER, t(3), "prefers New York");

    assertThat(moved.id()).isEqualTo(APP);
    assertThat(moved.candidateId()).isEqualTo(CANDIDATE_ID);
    assertThat(moved.roleId()).isEqualTo(NYC);
    assertThat(moved.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(moved.stage()).contains(SeedRole.APPLICATION);
    assertThat(moved.history()).startsWith(atTakeHome.history().toArray(ApplicationEvent[]::new))
        .hasSize(atTakeHome.history().size() + 1);
    assertThat(moved.history().get(0).at()).isEqualTo(t(0));
    assertThat(moved.history().get(moved.history().size() - 1)).isInstanceOfSatisfying(
        Transferred.class, e -> {
          assertThat(e.from()).isEqualTo(SeedRole.ROLE);
          assertThat(e.role()).isEqualTo(NYC);
          assertThat(e.type()).isEqualTo("application.transferred");
          assertThat(e.toString()).doesNotContain("prefers New York").contains("<redacted>");
        });
    assertThat(Application.replay(moved.history())).isEqualTo(moved);
    assertThat(moved.stageVisits()).hasSize(4);
  }

  @Test
  void aTransferEntersAtANamedStageOfTheNewPlan() {
    Application moved = Fixtures.applied().advance(RECRUITER, t(1)).advance(RECRUITER, t(2))
        .transfer(nyc(), RECRUITER, t(3), SeedRole.TAKE_HOME, "screened for SF already");
    assertThat(moved.stage()).contains(SeedRole.TAKE_HOME);
    assertThat(moved.plan()).isEqualTo(nyc().plan().orElseThrow());
  }

  @Test
  void aRefusedTransferNamesWhyAndChangesNothing() {
    Application app = Fixtures.applied();
    List<ApplicationEvent> before = new ArrayList<>(app.history());

    assertThatThrownBy(() -> app.transfer(Fixtures.openRole(), RECRUITER, t(1), "again"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("already on role " + SeedRole.ROLE);
    assertThatThrownBy(() -> app.transfer(SeedRole.role(NYC), RECRUITER, t(1), "draft"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("role " + NYC + " is DRAFT")
        .hasMessageContaining("OPEN role");
    assertThatThrownBy(() -> app.transfer(nyc().hold(Actor.system(), t(0)), RECRUITER, t(1),
        "held")).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ON_HOLD");
    assertThatThrownBy(() -> app.transfer(nyc(), RECRUITER, t(1),
        dev.hirekit.plan.StageId.of("no-such-stage"), "why"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("no-such-stage is not a stage of role " + NYC);
    assertThatThrownBy(() -> app.transfer(nyc(), RECRUITER, t(1), " "))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> app.transfer(nyc(), INTERVIEWER_ALICE, t(1), "why"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("TRANSFER");
    assertThatThrownBy(() -> app.transfer(nyc(), CANDIDATE, t(1), "why"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(app.history()).isEqualTo(before);
  }

  @Test
  void onlyAnActiveApplicationWithoutALiveOrAcceptedOfferTransfers() {
    Application extended = Fixtures.withExtendedOffer();
    assertThatThrownBy(() -> extended.transfer(nyc(), RECRUITER, t(8), "why"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("offer offer-1 v1 is EXTENDED");
    assertThat(extended.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.TRANSFER);
    Application rejected = Fixtures.applied().reject(RECRUITER, t(1),
        RejectionReason.of(RejectionSide.WE_REJECTED, "skills"));
    assertThatThrownBy(() -> rejected.transfer(nyc(), RECRUITER, t(2), "why"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("REJECTED");

    Application declined = extended.declineOffer(CANDIDATE, t(8), "wants New York");
    assertThat(declined.allowedActions(RECRUITER)).contains(ApplicationAction.TRANSFER);
    Application moved = declined.transfer(nyc(), RECRUITER, t(9), SeedRole.OFFER,
        "the New York team has the seat she wants");
    assertThat(moved.offers()).isEmpty();
    assertThat(moved.currentOffer()).isEmpty();
    assertThat(moved.allowedActions(RECRUITER)).contains(ApplicationAction.DRAFT_OFFER);
    assertThatThrownBy(() -> moved.draftOffer(RECRUITER, t(10), Fixtures.OFFER,
        Fixtures.terms("190000"), t(24 * 20), ApprovalChain.none()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("offer id offer-1 was an offer of this application's earlier role");
    assertThat(moved.draftOffer(RECRUITER, t(10), dev.hirekit.offer.OfferId.of("offer-ny"),
        Fixtures.terms("190000"), t(24 * 20), ApprovalChain.none()).offers()).hasSize(1);
    assertThat(SlateStanding.of(moved)).isEqualTo(SlateStanding.AVAILABLE);
  }

  @Test
  void whatBelongsToTheOldRolesPlanStartsAfreshAndReferencesStay() {
    Application atInterviews = Fixtures.atInterviews()
        .submitScorecard(INTERVIEWER_ALICE, t(4), Fixtures.card(
            SeedRole.TECHNICAL_INTERVIEW, Fixtures.ALICE, Recommendation.STRONG_YES))
        .recordReference(RECRUITER, t(4), Reference.builder().referee("Grace")
            .relationship(RefereeRelationship.MANAGER).outcome(ReferenceOutcome.POSITIVE)
            .checkedBy(MemberId.of("rec-1")).build());
    Application moved = atInterviews.transfer(nyc(), RECRUITER, t(5), SeedRole.INTERVIEWS,
        "better fit");

    assertThat(atInterviews.scorecards()).hasSize(1);
    assertThat(moved.scorecards()).isEmpty();
    // the same interview of the new plan is to be scored again: the old card does not count
    assertThat(moved.scorableInterviews(INTERVIEWER_ALICE))
        .contains(SeedRole.TECHNICAL_INTERVIEW);
    assertThat(moved.references()).isEqualTo(atInterviews.references());
    assertThat(moved.history()).anyMatch(e -> e instanceof ApplicationEvent.ScorecardSubmitted);
  }

  @Test
  void aReplayedTransferIsCheckedAsTheActionWouldBe() {
    Application app = Fixtures.applied();
    Role nyc = nyc();
    Transferred fromElsewhere = new Transferred(APP, 2, RoleId.of("elsewhere"), NYC,
        nyc.plan().orElseThrow(), nyc.hiringTeam(), SeedRole.APPLICATION, "why", t(1), RECRUITER);
    Transferred toItself = new Transferred(APP, 2, SeedRole.ROLE, SeedRole.ROLE,
        nyc.plan().orElseThrow(), nyc.hiringTeam(), SeedRole.APPLICATION, "why", t(1), RECRUITER);
    Transferred byACandidate = new Transferred(APP, 2, SeedRole.ROLE, NYC,
        nyc.plan().orElseThrow(), nyc.hiringTeam(), SeedRole.APPLICATION, "why", t(1), CANDIDATE);

    for (Transferred forged : List.of(fromElsewhere, toItself, byACandidate)) {
      List<ApplicationEvent> history = new ArrayList<>(app.history());
      history.add(forged);
      assertThatThrownBy(() -> Application.replay(history))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Test
  void theTeamPolicyAsksForBothTeams() {
    MemberId sam = MemberId.of("rec-sam");
    Actor recruiter = Actor.member(sam, HiringRole.RECRUITER);
    HiringTeam sfTeam = HiringTeam.of(TeamMember.of(sam, HiringRole.RECRUITER));
    Role sf = SeedRole.role().setTeam(Actor.system(), T0.minus(Duration.ofDays(2)), sfTeam)
        .open(Actor.system(), T0.minus(Duration.ofDays(1)));
    Role nycOff = nyc();
    Role nycOn = nycOff.setTeam(Actor.system(), T0, sfTeam);
    Application app = HiringPolicy.team().apply(APP, CANDIDATE_ID, sf, recruiter, t(0));

    assertThat(app.transferTargets(List.of(sf, nycOff, nycOn, nycOn), recruiter))
        .containsExactly(NYC);
    assertThat(app.transferTargets(List.of(nycOff), recruiter)).isEmpty();
    assertThatThrownBy(() -> app.transfer(nycOff, recruiter, t(1), "why"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("on role " + NYC + "'s hiring team");
    assertThat(app.transfer(nycOn, recruiter, t(1), "why").hiringTeam()).isEqualTo(sfTeam);
    assertThat(app.transferTargets(List.of(nycOn), INTERVIEWER_ALICE)).isEmpty();
  }

  @Test
  void anonymizingErasesTheReason() {
    Application moved = Fixtures.applied().transfer(nyc(), RECRUITER, t(1), "her partner moved");
    Application anon = moved.anonymize();
    assertThat(anon.history().get(1)).isInstanceOfSatisfying(Transferred.class,
        e -> assertThat(e.reason()).isEqualTo(Application.ERASED));
    assertThat(anon.roleId()).isEqualTo(NYC);
  }

  @Test
  void aSlateOfTheOldRoleSaysTheApplicationWasTransferredAndRanksItAgainWhenItComesBack() {
    Application app = Fixtures.applied();
    Slate slate = Slate.draft(SlateId.of("sf"), SeedRole.ROLE, RECRUITER, t(0))
        .rank(RECRUITER, t(1), SlateEntry.of(app.id(), 1));
    Application moved = app.transfer(nyc(), RECRUITER, t(2), "New York");

    assertThat(slate.next(List.of(moved)).passedOver()).singleElement()
        .satisfies(p -> assertThat(p.standing()).isEqualTo(SlateStanding.TRANSFERRED));
    Application back = moved.transfer(Fixtures.openRole(), RECRUITER, t(3), "back to SF");
    assertThat(slate.next(List.of(back)).next()).extracting(SlateEntry::application)
        .containsExactly(app.id());
  }

  @Test
  void aReportCountsTheVisitAsTransferredOnTheOldRoleAndAnEntryOnTheNew() {
    Application moved = Fixtures.applied().advance(RECRUITER, t(1))
        .transfer(nyc(), RECRUITER, t(2), SeedRole.SCREEN, "New York");
    PipelineReport report = ReportQuery.all().tally().add(moved).report();

    PlanFunnel sf = report.funnels().stream().filter(f -> f.role().equals(SeedRole.ROLE))
        .findFirst().orElseThrow();
    PlanFunnel ny = report.funnels().stream().filter(f -> f.role().equals(NYC))
        .findFirst().orElseThrow();
    StageFigures sfScreen = sf.stages().get(1);
    assertThat(sfScreen.transferred()).isEqualTo(1);
    assertThat(sfScreen.stillThere()).isZero();
    assertThat(ny.stages().get(1).entries()).isEqualTo(1);
    assertThat(ny.stages().get(1).stillThere()).isEqualTo(1);
    assertThat(report.applications()).isEqualTo(1);
    assertThat(report.toString()).doesNotContain("New York");
  }

  @Test
  void transferTargetsListOpenRolesOtherThanItsOwnWhenTheActorMayTransfer() {
    Application app = Fixtures.applied();
    assertThat(app.transferTargets(List.of(Fixtures.openRole(), nyc(), SeedRole.role(
        RoleId.of("draft-role"))), RECRUITER)).containsExactly(NYC);
    assertThat(app.transferTargets(List.of(nyc()), Fixtures.COORDINATOR)).isEmpty();
    assertThatThrownBy(() -> app.transferTargets(null, RECRUITER))
        .isInstanceOf(InvalidValueException.class);
  }
}
