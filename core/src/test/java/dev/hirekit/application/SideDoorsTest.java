package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.ALICE;
import static dev.hirekit.application.Fixtures.APP;
import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.COORDINATOR;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.OFFER;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.applied;
import static dev.hirekit.application.Fixtures.atInterviews;
import static dev.hirekit.application.Fixtures.atOffer;
import static dev.hirekit.application.Fixtures.card;
import static dev.hirekit.application.Fixtures.openRole;
import static dev.hirekit.application.Fixtures.t;
import static dev.hirekit.application.Fixtures.terms;
import static dev.hirekit.application.Fixtures.twoOfTwo;
import static dev.hirekit.application.Fixtures.withExtendedOffer;
import static dev.hirekit.role.SeedRole.APPLICATION;
import static dev.hirekit.role.SeedRole.INTERVIEWS;
import static dev.hirekit.role.SeedRole.NON_TECHNICAL_INTERVIEW;
import static dev.hirekit.role.SeedRole.OPENING;
import static dev.hirekit.role.SeedRole.SCREEN;
import static dev.hirekit.role.SeedRole.TECHNICAL_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of the doors that once let a rule of the application lifecycle be skipped,
 * each named after the problem it closes.
 */
class SideDoorsTest {
  private static final CandidateId OTHER_ID = CandidateId.of("cand-other");
  private static final Actor OTHER = Actor.candidate(OTHER_ID);
  private static final MemberId TEAM_RECRUITER = MemberId.of("rec-1");
  private static final HiringTeam TEAM = HiringTeam.of(
      TeamMember.of(TEAM_RECRUITER, HiringRole.RECRUITER),
      TeamMember.of(ALICE, HiringRole.INTERVIEWER));

  private static Role teamRole() {
    return SeedRole.role().setTeam(Actor.system(), t(-24), TEAM).open(Actor.system(), t(-24));
  }

  private static Applied appliedEvent(Actor by, StageId stage) {
    return new Applied(APP, 1, CANDIDATE_ID, SeedRole.ROLE, SeedRole.plan(), HiringTeam.empty(),
        stage, stage.equals(APPLICATION) ? Optional.empty() : Optional.of("why"), t(0), by);
  }

  // ---------------------------------------------------------------- 1. applying for others

  @Test
  void aCandidateCannotApplyOnBehalfOfAnotherCandidate() {
    assertThatThrownBy(() -> Application.apply(APP, CANDIDATE_ID, openRole(), OTHER, t(0)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot APPLY (candidate cand-other may not APPLY"
            + " for another candidate); allowed now: [APPLY]");
    assertThat(Application.apply(APP, CANDIDATE_ID, openRole(), CANDIDATE, t(0)).status())
        .isEqualTo(ApplicationStatus.ACTIVE);
  }

  // ---------------------------------------------------------------- 2. the first event's actor

  @Test
  void replayRefusesAHistoryThatStartsWithAnInterviewerApplying() {
    assertThatThrownBy(() -> Application.replay(List.of(appliedEvent(INTERVIEWER_ALICE,
        APPLICATION))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot APPLY (member int-alice [INTERVIEWER] may"
            + " not APPLY); allowed now: []");
  }

  @Test
  void replayRefusesAHistoryThatStartsWithAnotherCandidateApplying() {
    assertThatThrownBy(() -> Application.replay(List.of(appliedEvent(OTHER, APPLICATION))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("candidate cand-other may not APPLY for another candidate");
  }

  @Test
  void replayRefusesAHistoryThatStartsWithTheCandidateProspectingThemself() {
    Prospected prospected = new Prospected(APP, 1, CANDIDATE_ID, SeedRole.ROLE, SeedRole.plan(),
        HiringTeam.empty(), t(0), CANDIDATE);
    assertThatThrownBy(() -> Application.replay(List.of(prospected)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot PROSPECT (candidate cand-42 may not"
            + " PROSPECT); allowed now: [APPLY]");
  }

  @Test
  void replayUnderTheTeamPolicyRefusesAHistoryThatStartsWithAMemberNotOnTheTeam() {
    Applied byStranger = new Applied(APP, 1, CANDIDATE_ID, SeedRole.ROLE, SeedRole.plan(), TEAM,
        APPLICATION, Optional.empty(), t(0),
        Actor.member(MemberId.of("stranger"), HiringRole.RECRUITER));
    assertThatThrownBy(() -> HiringPolicy.team().replay(List.of(byStranger)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("member stranger [RECRUITER] may not APPLY");
    Applied byTeam = new Applied(APP, 1, CANDIDATE_ID, SeedRole.ROLE, SeedRole.plan(), TEAM,
        APPLICATION, Optional.empty(), t(0), RECRUITER);
    assertThat(HiringPolicy.team().replay(List.of(byTeam)).hiringTeam()).isEqualTo(TEAM);
  }

  // ---------------------------------------------------------------- 3. entry past the first stage

  @Test
  void aCandidateCannotApplyStraightToTheOfferStage() {
    assertThatThrownBy(() -> Application.apply(APP, CANDIDATE_ID, openRole(), CANDIDATE, t(0),
        SeedRole.OFFER, "I am great"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot APPLY (a candidate enters at the first"
            + " stage, application; entry at offer is a team decision); allowed now: [APPLY]");
    assertThatThrownBy(() -> Application.replay(List.of(appliedEvent(CANDIDATE, SeedRole.OFFER))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("entry at offer is a team decision");
    assertThat(Application.apply(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0), SeedRole.OFFER,
        "returning employee").stage()).contains(SeedRole.OFFER);
  }

  @Test
  void aCandidateCannotConvertStraightToTheOfferStage() {
    Application prospect = Application.prospect(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0));

    assertThat(prospect.convertTargets(CANDIDATE)).containsExactly(APPLICATION);
    assertThat(prospect.convertTargets(RECRUITER)).hasSize(6);
    assertThatThrownBy(() -> prospect.convert(openRole(), CANDIDATE, t(1), SeedRole.OFFER,
        "skip it all"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(a candidate converts at the first stage, application; entry at"
            + " offer is a team decision)");
    assertThat(prospect.convert(openRole(), CANDIDATE, t(1)).stage()).contains(APPLICATION);
  }

  // ---------------------------------------------------------------- 4. migration

  private static InterviewPlan v2() {
    return SeedRole.plan().withVersion(2);
  }

  private static Map<StageId, StageId> everyStageTo(StageId target) {
    return SeedRole.plan().stages().stream()
        .collect(Collectors.toMap(Stage::id, s -> target));
  }

  @Test
  void migratingEveryStageToTheOfferStageIsRefused() {
    Application app = applied();
    assertThatThrownBy(() -> app.migrate(RECRUITER, t(1), v2(), everyStageTo(SeedRole.OFFER)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the mapping puts the application at offer, past stage"
            + " application of v2 that no stage it has passed maps to; a migration maps"
            + " positions and never grants progress: map it to application or earlier)");
  }

  @Test
  void migrationCannotLeaveAHiredApplicationAtAScreen() {
    Application hired = withExtendedOffer().acceptOffer(CANDIDATE, t(8))
        .hire(openRole(), RECRUITER, t(9), OPENING);
    Map<StageId, StageId> back = Map.of(SeedRole.OFFER, SCREEN);
    assertThatThrownBy(() -> hired.migrate(RECRUITER, t(10), v2(), back))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(a hired application stays at an offer stage; screen is not one)");
    assertThat(hired.migrate(RECRUITER, t(10), v2(), Map.of(SeedRole.OFFER, SeedRole.OFFER))
        .status()).isEqualTo(ApplicationStatus.HIRED);
  }

  @Test
  void aCoordinatorCannotSkipByMigrating() {
    InterviewPlan optionalTakeHome = v2().withStages(SeedRole.plan().stages().stream()
        .map(s -> s.id().equals(SeedRole.TAKE_HOME) ? s.withOptional(true) : s)
        .collect(Collectors.toList()));
    Application atScreen = applied().advance(RECRUITER, t(1));
    Application onV2 = atScreen.migrate(COORDINATOR, t(2), optionalTakeHome,
        Map.of(SCREEN, SCREEN)).advance(RECRUITER, t(3)).moveTo(RECRUITER, t(4), SCREEN);

    assertThat(onV2.allowedActions(COORDINATOR)).doesNotContain(ApplicationAction.SKIP);
    InterviewPlan v3 = optionalTakeHome.withVersion(3);
    assertThatThrownBy(() -> onV2.migrate(COORDINATOR, t(5), v3, Map.of(SCREEN, INTERVIEWS)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("past stage screen of v3");
  }

  // ---------------------------------------------------------------- 6. introspection

  /** At the interview stage of a plan whose interviews list Bob as their one interviewer. */
  private static Application atInterviewsWhereBobInterviews() {
    InterviewPlan plan = SeedRole.plan().withStages(SeedRole.plan().stages().stream()
        .map(s -> s.withInterviews(s.interviews().stream()
            .map(i -> i.withInterviewers(List.of(MemberId.of("int-bob"))))
            .collect(Collectors.toList())))
        .collect(Collectors.toList()));
    Role role = SeedRole.role(plan).open(Actor.system(), t(-1));
    Application app = Application.apply(APP, CANDIDATE_ID, role, RECRUITER, t(0), INTERVIEWS,
        "referral");
    return app;
  }

  @Test
  void submitScorecardIsNotListedForAMemberOnNoInterviewOfTheStage() {
    Application app = atInterviewsWhereBobInterviews();

    assertThat(app.allowedActions(INTERVIEWER_ALICE))
        .doesNotContain(ApplicationAction.SUBMIT_SCORECARD);
    assertThat(app.scorableInterviews(INTERVIEWER_ALICE)).isEmpty();
    assertThat(app.scorableInterviews(Fixtures.INTERVIEWER_BOB))
        .containsExactly(TECHNICAL_INTERVIEW, NON_TECHNICAL_INTERVIEW);
  }

  @Test
  void aCoordinatorIsOfferedAnInterviewOnlyWhileOneOfItsListedInterviewersHasNotScored() {
    Application app = atInterviewsWhereBobInterviews();
    assertThat(app.scorableInterviews(COORDINATOR))
        .containsExactly(TECHNICAL_INTERVIEW, NON_TECHNICAL_INTERVIEW);

    Application bobScoredOne = app.submitScorecard(COORDINATOR, t(1),
        card(TECHNICAL_INTERVIEW, MemberId.of("int-bob"), Recommendation.YES));
    assertThat(bobScoredOne.scorableInterviews(COORDINATOR))
        .containsExactly(NON_TECHNICAL_INTERVIEW);
    assertThat(bobScoredOne.history().get(1).by()).isEqualTo(COORDINATOR);
    assertThat(bobScoredOne.scorecards().get(0).interviewer()).isEqualTo(MemberId.of("int-bob"));
  }

  @Test
  void submitScorecardIsNotListedForAnInterviewerWhoScoredAllTheirInterviews() {
    Application app = atInterviews()
        .submitScorecard(INTERVIEWER_ALICE, t(4), card(TECHNICAL_INTERVIEW, ALICE,
            Recommendation.YES));
    assertThat(app.scorableInterviews(INTERVIEWER_ALICE))
        .containsExactly(NON_TECHNICAL_INTERVIEW);
    Application scored = app.submitScorecard(INTERVIEWER_ALICE, t(5),
        card(NON_TECHNICAL_INTERVIEW, ALICE, Recommendation.YES));

    assertThat(scored.allowedActions(INTERVIEWER_ALICE))
        .doesNotContain(ApplicationAction.SUBMIT_SCORECARD);
    assertThat(scored.scorableInterviews(INTERVIEWER_ALICE)).isEmpty();
    assertThat(scored.allowedActions(Fixtures.INTERVIEWER_BOB))
        .contains(ApplicationAction.SUBMIT_SCORECARD);
    assertThat(scored.scorableInterviews(Actor.system()))
        .containsExactly(TECHNICAL_INTERVIEW, NON_TECHNICAL_INTERVIEW);
  }

  @Test
  void theEngineLevelViewDoesNotListWithdrawForAnotherCandidate() {
    Application app = applied();
    assertThat(Application.LIFECYCLE.allowedActions(app.status(), OTHER, app)).isEmpty();
    assertThat(Application.LIFECYCLE.allowedActions(app.status(), CANDIDATE, app))
        .containsExactly(ApplicationAction.WITHDRAW, ApplicationAction.REQUEST_ACCOMMODATION);
    assertThat(Application.LIFECYCLE.refusal(app.status(), ApplicationAction.WITHDRAW, OTHER,
        app)).contains("candidate cand-other is not the candidate of this application");
  }

  @Test
  void targetQueriesListNothingForAnActorWhoMayNotAct() {
    Application app = atInterviews();
    assertThat(app.moveTargets()).isNotEmpty();
    assertThat(app.moveTargets(INTERVIEWER_ALICE)).isEmpty();
    assertThat(app.moveTargets(RECRUITER)).isEqualTo(app.moveTargets());
    assertThat(app.skipTargets(CANDIDATE)).isEmpty();
    Application rejected = app.reject(RECRUITER, t(4),
        RejectionReason.of(RejectionSide.WE_REJECTED, "not-now"));
    assertThat(rejected.reopenTargets(RECRUITER)).isEqualTo(rejected.reopenTargets());
    assertThat(rejected.reopenTargets(COORDINATOR)).isEmpty();
    assertThat(app.convertTargets(RECRUITER)).isEmpty();
  }

  // ---------------------------------------------------------------- 7. hire and convert see the role

  private static Application accepted() {
    return withExtendedOffer().acceptOffer(CANDIDATE, t(8));
  }

  @Test
  void hireRefusesAnOpeningThatDoesNotExist() {
    OpeningId nowhere = OpeningId.of("no-such-seat");
    assertThat(accepted().hireTargets(openRole(), RECRUITER)).containsExactly(OPENING);
    assertThatThrownBy(() -> accepted().hire(openRole(), RECRUITER, t(9), nowhere))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot HIRE (opening no-such-seat is not an"
            + " open opening of role forward-deployed-engineer-sf; open openings:"
            + " [forward-deployed-engineer-sf-1]); allowed now: [MOVE, REJECT, WITHDRAW, HIRE,"
            + " RECORD_REFERENCE, MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR]");
  }

  @Test
  void hireRefusesAFilledOpening() {
    OpeningId second = OpeningId.of("second-seat");
    Role role = SeedRole.role().addOpening(RECRUITER, t(-2), second).open(RECRUITER, t(-1))
        .fillOpening(RECRUITER, t(0), OPENING);
    assertThat(accepted().hireTargets(role, RECRUITER)).containsExactly(second);
    assertThatThrownBy(() -> accepted().hire(role, RECRUITER, t(9), OPENING))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("opening forward-deployed-engineer-sf-1 is not an open opening");
    Role closed = role.close(RECRUITER, t(1), RoleCloseReason.CANCELLED);
    assertThat(accepted().hireTargets(closed, RECRUITER)).isEmpty();
    assertThatThrownBy(() -> accepted().hire(closed, RECRUITER, t(9), second))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("role forward-deployed-engineer-sf is CLOSED; a hire fills an"
            + " opening of an open or held role");
  }

  @Test
  void hireTakesTheStartDateOfTheAcceptedOffer() {
    Application hired = accepted().hire(openRole(), RECRUITER, t(9), OPENING);
    assertThat(hired.startDate()).contains(terms("185000").startDate());

    List<ApplicationEvent> forged = new ArrayList<>(accepted().history());
    forged.add(new ApplicationEvent.Hired(APP, forged.size() + 1, OPENING,
        LocalDate.of(2031, 1, 1), t(9), RECRUITER));
    assertThatThrownBy(() -> Application.replay(forged))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the start date 2031-01-01 is not the accepted offer's"
            + " 2026-05-04; revise the offer to change it)");
  }

  @Test
  void hireAndConvertRefuseAnotherRole() {
    Role other = SeedRole.role(dev.hirekit.role.RoleId.of("another-role"))
        .open(RECRUITER, t(-1));
    assertThatThrownBy(() -> accepted().hire(other, RECRUITER, t(9), OPENING))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.role: role another-role is not the role of application app-7"
            + " (forward-deployed-engineer-sf); pass its own role");
    assertThat(accepted().hireTargets(other, RECRUITER)).isEmpty();
    Application prospect = Application.prospect(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0));
    assertThatThrownBy(() -> prospect.convert(other, RECRUITER, t(1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aProspectDoesNotConvertOnAClosedRole() {
    Application prospect = Application.prospect(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0));
    Role closed = openRole().close(RECRUITER, t(1), RoleCloseReason.CANCELLED);

    assertThatThrownBy(() -> prospect.convert(closed, CANDIDATE, t(2)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is PROSPECT: cannot CONVERT (role"
            + " forward-deployed-engineer-sf is CLOSED; a prospect converts only while its role"
            + " is OPEN); allowed now: [CONVERT, WITHDRAW]");
  }

  // ---------------------------------------------------------------- 8. the hiring team

  @Test
  void theTeamPolicyRefusesAMemberNotOnTheTeam() {
    Actor stranger = Actor.member(MemberId.of("stranger"), HiringRole.RECRUITER);
    assertThatThrownBy(() -> HiringPolicy.team().apply(APP, CANDIDATE_ID, teamRole(), stranger,
        t(0)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("member stranger [RECRUITER] may not APPLY: stranger is not on the"
            + " hiring team");
    Application app = HiringPolicy.team().apply(APP, CANDIDATE_ID, teamRole(), RECRUITER, t(0));
    assertThat(app.allowedActions(stranger)).isEmpty();
    assertThatThrownBy(() -> app.advance(stranger, t(1)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("member stranger [RECRUITER] may not ADVANCE");
    assertThat(Application.apply(APP, CANDIDATE_ID, teamRole(), stranger, t(0)).status())
        .as("the default policy trusts declared roles")
        .isEqualTo(ApplicationStatus.ACTIVE);
  }

  @Test
  void theTeamPolicyRefusesARoleTheTeamDoesNotGive() {
    Actor aliceAsRecruiter = Actor.member(ALICE, HiringRole.RECRUITER);
    Application app = HiringPolicy.team().apply(APP, CANDIDATE_ID, teamRole(), CANDIDATE,
        t(0));
    assertThat(app.allowedActions(aliceAsRecruiter)).isEmpty();
    assertThatThrownBy(() -> app.reject(aliceAsRecruiter, t(1),
        RejectionReason.of(RejectionSide.WE_REJECTED, "no")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(member int-alice [RECRUITER] may not REJECT: the hiring team gives"
            + " int-alice only [INTERVIEWER])");
    assertThat(app.advance(RECRUITER, t(1)).stage()).contains(SCREEN);
  }

  @Test
  void hiringPoliciesSayWhichTheyAre() {
    assertThat(HiringPolicy.roles()).hasToString("HiringPolicy[roles]");
    assertThat(HiringPolicy.team()).hasToString("HiringPolicy[team]");
    assertThat(HiringPolicy.of(Application.DEFAULT_POLICY, dev.hirekit.offer.Offer
        .DEFAULT_POLICY)).hasToString("HiringPolicy[custom]");
    assertThat(HiringPolicy.roles().applications()).isSameAs(Application.DEFAULT_POLICY);
    assertThat(HiringPolicy.team().offers()).isInstanceOf(dev.hirekit.actor.TeamPolicy.class);
  }

  @Test
  void theTeamPolicyKeepsTheTeamTheApplicationWasCreatedUnder() {
    Application app = HiringPolicy.team().apply(APP, CANDIDATE_ID, teamRole(), CANDIDATE,
        t(0));
    Application loaded = HiringPolicy.team().replay(app.history());
    assertThat(loaded).isEqualTo(app);
    assertThat(loaded.hiringTeam()).isEqualTo(TEAM);
    assertThat(loaded.advance(RECRUITER, t(1)).stage()).contains(SCREEN);
  }

  @Test
  void theTeamPolicyChecksOfferActionsToo() {
    Actor approver = Actor.member(MemberId.of("appr-finance"), HiringRole.APPROVER);
    Application atOffer = HiringPolicy.team().apply(APP, CANDIDATE_ID, teamRole(), RECRUITER,
        t(0), SeedRole.OFFER, "returning employee");
    Application pending = atOffer.draftOffer(RECRUITER, t(1), OFFER, terms("185000"), t(300),
        ApprovalChain.of(dev.hirekit.approval.ApprovalMode.PARALLEL, 1,
            MemberId.of("appr-finance"))).submitOfferForApproval(RECRUITER, t(2));
    assertThat(pending.allowedOfferActions(approver, t(3))).isEmpty();
    assertThatThrownBy(() -> pending.approveOffer(approver, t(3)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("may not APPROVE");
  }

  // ---------------------------------------------------------------- 9. the system and approvals

  @Test
  void theSystemCannotApproveAnOfferAndIsNotToldItCan() {
    Application pending = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"),
        t(300), twoOfTwo()).submitOfferForApproval(RECRUITER, t(7));
    assertThat(RolePolicy.builder(OfferAction.class).build()
        .allows(Actor.system(), OfferAction.APPROVE, null)).isTrue();
    assertThat(pending.allowedOfferActions(Actor.system(), t(8)))
        .doesNotContain(OfferAction.APPROVE, OfferAction.DECLINE_APPROVAL);
    assertThatThrownBy(() -> pending.approveOffer(Actor.system(), t(8)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("system is not an approver the chain awaits now");
  }

  // ---------------------------------------------------------------- scorecards on behalf

  @Test
  void aCoordinatorEntersAScorecardForAnInterviewerRecordedAsByTheCoordinator() {
    Application app = atInterviews();
    assertThat(app.scorableInterviews(COORDINATOR))
        .containsExactly(TECHNICAL_INTERVIEW, NON_TECHNICAL_INTERVIEW);

    Application entered = app.submitScorecard(COORDINATOR, t(4),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.YES));
    assertThat(entered.scorecards()).singleElement()
        .extracting(dev.hirekit.feedback.Scorecard::interviewer).isEqualTo(ALICE);
    assertThat(entered.history()).last().extracting(ApplicationEvent::by).isEqualTo(COORDINATOR);
    assertThat(entered.scorableInterviews(INTERVIEWER_ALICE))
        .containsExactly(NON_TECHNICAL_INTERVIEW);
    assertThatThrownBy(() -> app.submitScorecard(Fixtures.INTERVIEWER_BOB, t(4),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.YES)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(a member submits only their own scorecard, not int-alice's; a"
            + " coordinator may enter it for them)");
  }
}
