package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.ALICE;
import static dev.hirekit.application.Fixtures.APP;
import static dev.hirekit.application.Fixtures.APPROVER_CEO;
import static dev.hirekit.application.Fixtures.APPROVER_FINANCE;
import static dev.hirekit.application.Fixtures.BOB;
import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.INTERVIEWER_BOB;
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
import static dev.hirekit.role.SeedRole.REFERENCES;
import static dev.hirekit.role.SeedRole.SCREEN;
import static dev.hirekit.role.SeedRole.TAKE_HOME;
import static dev.hirekit.role.SeedRole.TECHNICAL_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationTest {

  private static final StageId OFFER_STAGE_ID = SeedRole.OFFER;
  private static final RejectionReason BELOW_BAR =
      RejectionReason.of(RejectionSide.WE_REJECTED, "below-bar");

  private static Role roleWith(InterviewPlan plan) {
    return SeedRole.role(plan).open(Actor.system(), t(-24));
  }

  private static InterviewPlan planWhere(StageId id, java.util.function.UnaryOperator<Stage> f) {
    InterviewPlan plan = SeedRole.plan();
    return plan.withStages(plan.stages().stream()
        .map(s -> s.id().equals(id) ? f.apply(s) : s).collect(Collectors.toList()));
  }

  // ---------------------------------------------------------------- apply and prospect

  @Test
  void applyingStartsActiveAtTheFirstStageOfASnapshotOfThePlan() {
    Application app = applied();

    assertThat(app.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(app.stage()).contains(APPLICATION);
    assertThat(app.plan()).isEqualTo(SeedRole.plan());
    assertThat(app.history()).singleElement().isInstanceOf(ApplicationEvent.Applied.class);
    assertThat(app.allowedActions(RECRUITER)).containsExactly(ApplicationAction.ADVANCE,
        ApplicationAction.MOVE, ApplicationAction.REJECT, ApplicationAction.WITHDRAW,
        ApplicationAction.RECORD_REFERENCE, ApplicationAction.MIGRATE,
        ApplicationAction.REQUEST_ACCOMMODATION, ApplicationAction.CONSIDER_FOR,
        ApplicationAction.TRANSFER);
  }

  @Test
  void applyingNeedsAnOpenRole() {
    assertThatThrownBy(() -> Application.apply(APP, CANDIDATE_ID, SeedRole.role(), CANDIDATE,
        t(0)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot APPLY (role forward-deployed-engineer-sf"
            + " is DRAFT, not OPEN); allowed now: []");
  }

  @Test
  void applyingNeedsARoleWithAPlan() {
    Role noPlan = SeedRole.unplanned();
    assertThatThrownBy(() -> Application.apply(APP, CANDIDATE_ID, noPlan, CANDIDATE, t(0)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot APPLY (role forward-deployed-engineer-sf"
            + " is DRAFT, not OPEN); allowed now: []");
    assertThatThrownBy(() -> noPlan.open(RECRUITER, t(0)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("requires an interview plan");
  }

  @Test
  void anInterviewerMayNotApplyOnSomeonesBehalf() {
    assertThatThrownBy(() -> Application.apply(APP, CANDIDATE_ID, openRole(), INTERVIEWER_ALICE,
        t(0)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot APPLY (member int-alice [INTERVIEWER] may"
            + " not APPLY); allowed now: []");
  }

  @Test
  void applyingAtALaterStageNeedsAReasonAndAStageOfThePlan() {
    Application app = Application.apply(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0),
        INTERVIEWS, "referred by the CTO");
    assertThat(app.stage()).contains(INTERVIEWS);

    assertThatThrownBy(() -> Application.apply(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0),
        INTERVIEWS, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.reason: must not be blank; give some text");
    assertThatThrownBy(() -> Application.apply(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0),
        StageId.of("nowhere"), "because"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.stage: nowhere is not a stage of the role's plan; enter at a"
            + " stage of the plan");
  }

  @Test
  void aProspectIsAtNoStageUntilConverted() {
    Application prospect = Application.prospect(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0));
    assertThat(prospect.status()).isEqualTo(ApplicationStatus.PROSPECT);
    assertThat(prospect.stage()).isEmpty();
    assertThat(prospect.allowedActions(RECRUITER)).containsExactly(ApplicationAction.CONVERT,
        ApplicationAction.REJECT, ApplicationAction.WITHDRAW, ApplicationAction.MIGRATE,
        ApplicationAction.CONSIDER_FOR);

    Application converted = prospect.convert(openRole(), CANDIDATE, t(1));
    assertThat(converted.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(converted.stage()).contains(APPLICATION);

    assertThatThrownBy(() -> converted.convert(openRole(), RECRUITER, t(2)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot CONVERT (no CONVERT from ACTIVE);"
            + " allowed now: [ADVANCE, MOVE, REJECT, WITHDRAW, RECORD_REFERENCE, MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR, TRANSFER]");
  }

  @Test
  void aRejectedProspectReopensAsAProspect() {
    Application prospect = Application.prospect(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0))
        .reject(RECRUITER, t(1), BELOW_BAR);
    assertThat(prospect.reopenTargets()).isEmpty();

    Application reopened = prospect.reopen(RECRUITER, t(2), "new role fits");
    assertThat(reopened.status()).isEqualTo(ApplicationStatus.PROSPECT);
    assertThat(reopened.rejection()).isEmpty();

    assertThatThrownBy(() -> prospect.reopen(RECRUITER, t(2), SCREEN, "straight to a call"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is REJECTED: cannot REOPEN (a prospect reopens as a"
            + " prospect, at no stage); allowed now: [REOPEN, MIGRATE]");
  }

  // ---------------------------------------------------------------- moving through the plan

  @Test
  void advancingMovesToTheNextStage() {
    Application app = applied().advance(RECRUITER, t(1));
    assertThat(app.stage()).contains(SCREEN);
    assertThat(app.history().get(1))
        .isEqualTo(new ApplicationEvent.Advanced(APP, 2, APPLICATION, SCREEN, t(1), RECRUITER));
  }

  @Test
  void advancingPastTheLastStageIsRefused() {
    assertThatThrownBy(() -> atOffer().advance(RECRUITER, t(6)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot ADVANCE (requires a next stage);"
            + " allowed now: [MOVE, REJECT, WITHDRAW, RECORD_REFERENCE, DRAFT_OFFER, MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR, TRANSFER]");
  }

  @Test
  void anInterviewerMayNotAdvance() {
    assertThatThrownBy(() -> atInterviews().advance(INTERVIEWER_ALICE, t(4)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot ADVANCE (member int-alice [INTERVIEWER]"
            + " may not ADVANCE); allowed now: [SUBMIT_SCORECARD]");
  }

  @Test
  void leavingAStageForwardWaitsForItsScorecardsAndThreshold() {
    InterviewPlan plan = planWhere(INTERVIEWS, s -> s.withRequiredScorecards(2)
        .withMinimumRecommendation(Recommendation.YES));
    Application app = Application.apply(APP, CANDIDATE_ID, roleWith(plan), CANDIDATE, t(0))
        .advance(RECRUITER, t(1)).advance(RECRUITER, t(2)).advance(RECRUITER, t(3));

    assertThatThrownBy(() -> app.advance(RECRUITER, t(4)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot ADVANCE (stage interviews needs 2"
            + " submitted scorecards, has 0); allowed now: [MOVE, REJECT, WITHDRAW,"
            + " RECORD_REFERENCE, MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR, SCHEDULE_INTERVIEW, TRANSFER]");
    assertThat(app.moveTargets()).containsExactly(APPLICATION, SCREEN, TAKE_HOME);

    Application oneNo = app
        .submitScorecard(INTERVIEWER_ALICE, t(4), card(TECHNICAL_INTERVIEW, ALICE,
            Recommendation.YES))
        .submitScorecard(INTERVIEWER_BOB, t(4), card(NON_TECHNICAL_INTERVIEW, BOB,
            Recommendation.NO));
    assertThatThrownBy(() -> oneNo.advance(RECRUITER, t(5)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(stage interviews needs every recommendation at least YES, has"
            + " NO)");

    Application twoYes = app
        .submitScorecard(INTERVIEWER_ALICE, t(4), card(TECHNICAL_INTERVIEW, ALICE,
            Recommendation.STRONG_YES))
        .submitScorecard(INTERVIEWER_BOB, t(4), card(NON_TECHNICAL_INTERVIEW, BOB,
            Recommendation.YES));
    assertThat(twoYes.advance(RECRUITER, t(5)).stage()).contains(REFERENCES);
  }

  @Test
  void scorecardsOfAnEarlierStageDoNotCountTowardsALaterOne() {
    dev.hirekit.plan.InterviewId call = dev.hirekit.plan.InterviewId.of("screen-call");
    InterviewPlan plan = planWhere(SCREEN, s -> s.withInterviews(List.of(
            dev.hirekit.plan.Interview.builder().id(call).name("Call")
                .focus(dev.hirekit.plan.InterviewFocus.NON_TECHNICAL)
                .duration(java.time.Duration.ofMinutes(30)).build()))
        .withRequiredScorecards(1));
    InterviewPlan twoAtInterviews = plan.withStages(plan.stages().stream()
        .map(s -> s.id().equals(INTERVIEWS) ? s.withRequiredScorecards(2) : s)
        .collect(Collectors.toList()));
    Application atInterviews = Application.apply(APP, CANDIDATE_ID, roleWith(twoAtInterviews),
            RECRUITER, t(0), SCREEN, "referral")
        .submitScorecard(INTERVIEWER_ALICE, t(1), card(call, ALICE, Recommendation.YES))
        .advance(RECRUITER, t(2)).advance(RECRUITER, t(3))
        .submitScorecard(INTERVIEWER_BOB, t(4), card(TECHNICAL_INTERVIEW, BOB,
            Recommendation.YES));
    assertThatThrownBy(() -> atInterviews.advance(RECRUITER, t(5)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(stage interviews needs 2 submitted scorecards, has 1)");
  }

  @Test
  void movingGoesBackAnywhereButForwardOnlyToTheNextStage() {
    Application app = atInterviews();
    assertThat(app.moveTargets()).containsExactly(APPLICATION, SCREEN, TAKE_HOME, REFERENCES);
    assertThat(app.moveTo(RECRUITER, t(4), SCREEN).stage()).contains(SCREEN);
    assertThat(app.moveTo(RECRUITER, t(4), REFERENCES).history().get(4))
        .isEqualTo(new ApplicationEvent.Moved(APP, 5, INTERVIEWS, REFERENCES, t(4), RECRUITER));

    assertThatThrownBy(() -> app.moveTo(RECRUITER, t(4), OFFER_STAGE_ID))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot MOVE (cannot move to offer; move"
            + " targets: [application, screen, take-home, references]); allowed now: [ADVANCE,"
            + " MOVE, REJECT, WITHDRAW, RECORD_REFERENCE, MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR, SCHEDULE_INTERVIEW, TRANSFER]");
    assertThatThrownBy(() -> app.moveTo(RECRUITER, t(4), INTERVIEWS))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot move to interviews");
  }

  @Test
  void optionalStagesAreSkippedOnlyWhenAskedWithAReason() {
    InterviewPlan plan = planWhere(REFERENCES, s -> s.withOptional(true));
    Application app = Application.apply(APP, CANDIDATE_ID, roleWith(plan), CANDIDATE, t(0))
        .advance(RECRUITER, t(1)).advance(RECRUITER, t(2)).advance(RECRUITER, t(3));
    assertThat(app.skipTargets()).containsExactly(OFFER_STAGE_ID);
    assertThat(app.advance(RECRUITER, t(4)).stage()).contains(REFERENCES);

    Application skipped = app.skip(RECRUITER, t(4), "references done for the last role");
    assertThat(skipped.stage()).contains(OFFER_STAGE_ID);
    assertThat(skipped.history().get(4)).isEqualTo(new ApplicationEvent.Skipped(APP, 5,
        INTERVIEWS, OFFER_STAGE_ID, List.of(REFERENCES), "references done for the last role", t(4),
        RECRUITER));
    assertThat(app.skipTo(RECRUITER, t(4), OFFER_STAGE_ID, "same").stage())
        .contains(OFFER_STAGE_ID);

    assertThatThrownBy(() -> app.skip(RECRUITER, t(4), ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.reason: must not be blank; give some text");
    assertThatThrownBy(() -> applied().skip(RECRUITER, t(1), "in a hurry"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot SKIP (requires optional stages to"
            + " skip); allowed now: [ADVANCE, MOVE, REJECT, WITHDRAW, RECORD_REFERENCE,"
            + " MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR, TRANSFER]");
  }

  @Test
  void aRequiredStageIsNeverSkipped() {
    assertThatThrownBy(() -> applied().skipTo(RECRUITER, t(1), TAKE_HOME, "strong profile"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot SKIP (requires optional stages to skip)");
  }

  // ---------------------------------------------------------------- scorecards and references

  @Test
  void scorecardsAreForInterviewsOfTheCurrentStageOncePerInterviewer() {
    Application app = atInterviews().submitScorecard(INTERVIEWER_ALICE, t(4),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.YES));
    assertThat(app.scorecards()).hasSize(1);

    assertThatThrownBy(() -> app.submitScorecard(INTERVIEWER_ALICE, t(5),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.STRONG_YES)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot SUBMIT_SCORECARD (int-alice already"
            + " submitted a scorecard for interviews-technical; scorecards are immutable once"
            + " submitted); allowed now: [SUBMIT_SCORECARD, AMEND_SCORECARD]");
    assertThatThrownBy(() -> app.submitScorecard(INTERVIEWER_ALICE, t(5),
        card(TECHNICAL_INTERVIEW, BOB, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(a member submits only their own scorecard, not int-bob's;");
    assertThatThrownBy(() -> app.submitScorecard(INTERVIEWER_ALICE, t(5),
        card(dev.hirekit.plan.InterviewId.of("elsewhere"), ALICE, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(interview elsewhere is not held in stage interviews)");
    assertThatThrownBy(() -> applied().submitScorecard(INTERVIEWER_ALICE, t(1),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot SUBMIT_SCORECARD (stage application"
            + " holds no interviews to score); allowed now: []");
  }

  @Test
  void aScorecardComesFromAnInterviewerTheInterviewLists() {
    InterviewPlan plan = planWhere(INTERVIEWS, s -> s.withInterviews(s.interviews().stream()
        .map(i -> i.withInterviewers(List.of(BOB))).collect(Collectors.toList())));
    Application app = Application.apply(APP, CANDIDATE_ID, roleWith(plan), RECRUITER, t(0),
        INTERVIEWS, "referral");
    assertThatThrownBy(() -> app.submitScorecard(INTERVIEWER_ALICE, t(1),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.YES)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(int-alice has no interview of stage interviews left to score:"
            + " each interviewer scores each interview they hold once)");
    assertThat(app.submitScorecard(INTERVIEWER_BOB, t(1),
        card(TECHNICAL_INTERVIEW, BOB, Recommendation.YES)).scorecards()).hasSize(1);
  }

  @Test
  void referencesAreRecordedWhileActive() {
    Reference ref = Reference.builder().referee("Pat Example")
        .relationship(RefereeRelationship.MANAGER).outcome(ReferenceOutcome.POSITIVE)
        .checkedBy(RECRUITER.memberId().orElseThrow()).build();
    Application app = atInterviews().advance(RECRUITER, t(4))
        .recordReference(RECRUITER, t(5), ref);
    assertThat(app.references()).containsExactly(ref);
    assertThat(app.history().get(app.history().size() - 1).toString())
        .doesNotContain("Pat Example");
  }

  // ---------------------------------------------------------------- reject, withdraw, reopen

  @Test
  void aRejectionKeepsItsStageAndIsUndoneByReopen() {
    Application rejected = atInterviews().reject(RECRUITER, t(4), BELOW_BAR);
    assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.stage()).contains(INTERVIEWS);
    assertThat(rejected.rejection()).contains(BELOW_BAR);
    assertThat(rejected.allowedActions(RECRUITER))
        .containsExactly(ApplicationAction.REOPEN, ApplicationAction.MIGRATE);
    assertThat(rejected.reopenTargets()).containsExactly(APPLICATION, SCREEN, TAKE_HOME,
        INTERVIEWS);

    Application reopened = rejected.reopen(RECRUITER, t(5), "second look");
    assertThat(reopened.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(reopened.stage()).contains(INTERVIEWS);
    assertThat(reopened.rejection()).isEmpty();
    assertThat(rejected.reopen(RECRUITER, t(5), SCREEN, "redo the call").stage())
        .contains(SCREEN);

    assertThatThrownBy(() -> rejected.advance(RECRUITER, t(5)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is REJECTED: cannot ADVANCE (no ADVANCE from REJECTED);"
            + " allowed now: [REOPEN, MIGRATE]");
    assertThatThrownBy(() -> rejected.reopen(RECRUITER, t(5), REFERENCES, "jump"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is REJECTED: cannot REOPEN (cannot reopen at references;"
            + " reopen targets: [application, screen, take-home, interviews]); allowed now:"
            + " [REOPEN, MIGRATE]");
    assertThatThrownBy(() -> rejected.reopen(RECRUITER, t(5), " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.reason: must not be blank; give some text");
  }

  @Test
  void theCandidateWithdrawsOnlyTheirOwnApplication() {
    Application withdrawn = atInterviews().withdraw(CANDIDATE, t(4), "took another job");
    assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(withdrawn.reopen(RECRUITER, t(5), "came back").status())
        .isEqualTo(ApplicationStatus.ACTIVE);

    Actor stranger = Actor.candidate(CandidateId.of("cand-99"));
    assertThat(atInterviews().allowedActions(stranger)).isEmpty();
    assertThatThrownBy(() -> atInterviews().withdraw(stranger, t(4), "prank"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot WITHDRAW (candidate cand-99 is not the"
            + " candidate of this application); allowed now: []");
  }

  // ---------------------------------------------------------------- offers and hiring

  @Test
  void anOfferIsDraftedOnlyAtAnOfferStageAndOnlyOneIsLive() {
    assertThatThrownBy(() -> atInterviews().draftOffer(RECRUITER, t(4), OFFER,
        terms("185000"), t(400), ApprovalChain.none()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot DRAFT_OFFER (stage interviews is not an"
            + " offer stage); allowed now: [ADVANCE, MOVE, REJECT, WITHDRAW, RECORD_REFERENCE,"
            + " MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR, SCHEDULE_INTERVIEW, TRANSFER]");

    Application drafted = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"), t(400),
        ApprovalChain.none());
    assertThat(drafted.liveOffer()).get().extracting(o -> o.status())
        .isEqualTo(OfferStatus.DRAFT);
    assertThatThrownBy(() -> drafted.draftOffer(RECRUITER, t(7),
        dev.hirekit.offer.OfferId.of("offer-2"), terms("190000"), t(400), ApprovalChain.none()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(offer offer-1 v1 is DRAFT; revise or close it first)");
    assertThatThrownBy(() -> atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"),
        t(6), ApprovalChain.none()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Offer.expiresAt: 2026-03-02T15:00:00Z is not after 2026-03-02T15:00:00Z;"
            + " give an expiry in the future");
  }

  @Test
  void anOfferWithAnApprovalChainIsApprovedKOfNBeforeItIsExtended() {
    Application app = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"), t(400),
        twoOfTwo());
    assertThat(app.allowedOfferActions(RECRUITER, t(6))).containsExactly(
        OfferAction.SUBMIT_FOR_APPROVAL, OfferAction.RESCIND, OfferAction.REVISE);
    assertThatThrownBy(() -> app.extendOffer(RECRUITER, t(7)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is DRAFT: cannot EXTEND (requires no approval chain);"
            + " allowed now: [SUBMIT_FOR_APPROVAL, RESCIND, REVISE]");

    Application pending = app.submitOfferForApproval(RECRUITER, t(7))
        .approveOffer(APPROVER_FINANCE, t(8));
    assertThat(pending.currentOffer().orElseThrow().status())
        .isEqualTo(OfferStatus.PENDING_APPROVAL);
    Application approved = pending.approveOffer(APPROVER_CEO, t(9));
    assertThat(approved.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.APPROVED);
    assertThat(approved.extendOffer(RECRUITER, t(10)).currentOffer().orElseThrow().status())
        .isEqualTo(OfferStatus.EXTENDED);

    Application declined = pending.declineOfferApproval(APPROVER_CEO, t(9), "over band");
    assertThat(declined.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.DRAFT);
    assertThat(declined.currentOffer().orElseThrow().approvals()).isEmpty();
  }

  @Test
  void hiringNeedsAnAcceptedOfferAtAnOfferStage() {
    Application extended = withExtendedOffer();
    assertThatThrownBy(() -> extended.hire(openRole(), RECRUITER, t(8), OPENING))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot HIRE (the current offer is EXTENDED, not"
            + " ACCEPTED); allowed now: [MOVE, REJECT, WITHDRAW, RECORD_REFERENCE, MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR]");

    Application hired = extended.acceptOffer(CANDIDATE, t(8))
        .hire(openRole(), RECRUITER, t(9), OPENING);
    assertThat(hired.status()).isEqualTo(ApplicationStatus.HIRED);
    assertThat(hired.hiredInto()).contains(OPENING);
    assertThat(hired.startDate()).contains(LocalDate.of(2026, 5, 4));
    assertThat(hired.allowedActions(RECRUITER))
        .containsExactly(ApplicationAction.UNHIRE, ApplicationAction.MIGRATE);
    assertThat(hired.allowedOfferActions(RECRUITER, t(10))).isEmpty();
    assertThatThrownBy(() -> hired.rescindOffer(RECRUITER, t(10), "budget cut"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is HIRED: cannot RESCIND (offers are acted on only while"
            + " the application is ACTIVE; unhire first); allowed now: []");
  }

  @Test
  void rejectingRescindsTheLiveOfferInTheSameStep() {
    Application rejected = withExtendedOffer().reject(RECRUITER, t(8), BELOW_BAR);
    assertThat(rejected.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.RESCINDED);
    assertThat(rejected.liveOffer()).isEmpty();
    assertThat(rejected.history()).hasSize(withExtendedOffer().history().size() + 1);
  }

  @Test
  void withdrawingDeclinesAnAcceptedOfferInTheSameStep() {
    Application withdrawn = withExtendedOffer().acceptOffer(CANDIDATE, t(8))
        .withdraw(CANDIDATE, t(9), "changed my mind");
    assertThat(withdrawn.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.DECLINED);
  }

  @Test
  void unhiringAfterARenegeWithdrawsAndDeclinesTheOffer() {
    Application hired = withExtendedOffer().acceptOffer(CANDIDATE, t(8))
        .hire(openRole(), RECRUITER, t(9), OPENING);
    Application reneged = hired.unhire(RECRUITER, t(10), UnhireReason.CANDIDATE_RENEGED,
        "counter-offer from current employer");
    assertThat(reneged.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(reneged.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.DECLINED);
    assertThat(reneged.hiredInto()).isEmpty();

    Application reversed = hired.unhire(RECRUITER, t(10), UnhireReason.HIRE_REVERSED,
        "failed background check");
    assertThat(reversed.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(reversed.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.RESCINDED);
    assertThat(reversed.rejection()).contains(
        RejectionReason.of(RejectionSide.WE_REJECTED, "hire-reversed"));

    assertThatThrownBy(() -> withExtendedOffer().unhire(RECRUITER, t(8),
        UnhireReason.HIRE_REVERSED, "never hired"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot UNHIRE (no UNHIRE from ACTIVE)");
  }

  @Test
  void aDeclinedOfferIsRevisedIntoANewDraftVersion() {
    Application declined = withExtendedOffer().declineOffer(CANDIDATE, t(8), "base too low");
    assertThat(declined.status()).isEqualTo(ApplicationStatus.ACTIVE);

    Application revised = declined.reviseOffer(RECRUITER, t(9), terms("200000"), t(500));
    assertThat(revised.offers()).extracting(o -> o.version() + " " + o.status())
        .containsExactly("1 SUPERSEDED", "2 DRAFT");
    assertThat(revised.currentOffer().orElseThrow().compensation()).isEqualTo(terms("200000"));

    Application accepted = revised.extendOffer(RECRUITER, t(10)).acceptOffer(CANDIDATE, t(11));
    assertThatThrownBy(() -> accepted.reviseOffer(RECRUITER, t(12), terms("1"), t(500)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v2 is ACCEPTED: cannot REVISE (no REVISE from ACCEPTED);"
            + " allowed now: [DECLINE, RESCIND]");
  }

  @Test
  void anOfferIsAcceptedOnlyBeforeItExpires() {
    Application app = withExtendedOffer();
    Application late = app;
    assertThatThrownBy(() -> late.acceptOffer(CANDIDATE, t(24 * 14)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXTENDED: cannot ACCEPT (the offer expired at"
            + " 2026-03-16T09:00:00Z); allowed now: [DECLINE]");
    Application expired = app.expireOffer(Actor.system(), t(24 * 14));
    assertThat(expired.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
  }

  @Test
  void aCandidateMayAnswerAnOfferButNotExtendIt() {
    Application app = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"), t(400),
        ApprovalChain.none());
    assertThat(app.allowedOfferActions(CANDIDATE, t(7))).isEmpty();
    assertThat(app.extendOffer(RECRUITER, t(7)).allowedOfferActions(CANDIDATE, t(8)))
        .containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE);
  }

  // ---------------------------------------------------------------- history

  @Test
  void replayingTheHistoryRebuildsTheApplication() {
    Application app = withExtendedOffer().declineOffer(CANDIDATE, t(8), "no")
        .reviseOffer(RECRUITER, t(9), terms("200000"), t(500))
        .extendOffer(RECRUITER, t(10)).acceptOffer(CANDIDATE, t(11))
        .hire(openRole(), RECRUITER, t(12), OPENING);
    assertThat(Application.replay(app.history())).isEqualTo(app);
  }

  @Test
  void aHistoryThatBreaksARuleIsRejected() {
    List<ApplicationEvent> history = new ArrayList<>(withExtendedOffer().history());
    history.remove(1);
    assertThatThrownBy(() -> Application.replay(history))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot ADVANCE (the event is number 3 but application app-7 is"
            + " at version 1; the next event is number 2)");

    List<ApplicationEvent> headless = new ArrayList<>(applied().advance(RECRUITER, t(1))
        .history());
    headless.remove(0);
    assertThatThrownBy(() -> Application.replay(headless))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.history: starts with application.advanced; an application"
            + " starts with application.applied or application.prospected");

    List<ApplicationEvent> twice = new ArrayList<>(applied().history());
    twice.add(twice.get(0));
    assertThatThrownBy(() -> Application.replay(twice))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot APPLY (application app-7 already exists)");

    assertThatThrownBy(() -> Application.replay(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.history: must not be empty; give the events, starting with"
            + " Applied or Prospected");
  }

  @Test
  void anOfferEventThatNamesAnotherOfferVersionIsRefused() {
    Application extended = withExtendedOffer();
    long next = extended.version() + 1;
    ApplicationEvent acceptsV2 = new ApplicationEvent.OfferAccepted(APP, next, OFFER, 2, t(8),
        CANDIDATE);
    assertThatThrownBy(() -> extended.record(acceptsV2))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot ACCEPT (the event acts on offer"
            + " offer-1 v2, but the current offer is offer-1 v1); allowed now: [ACCEPT, DECLINE]");
    ApplicationEvent acceptsOther = new ApplicationEvent.OfferAccepted(APP, next,
        dev.hirekit.offer.OfferId.of("offer-9"), 1, t(8), CANDIDATE);
    assertThatThrownBy(() -> extended.record(acceptsOther))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the event acts on offer offer-9 v1, but the current offer is"
            + " offer-1 v1)");
    assertThat(extended.record(new ApplicationEvent.OfferAccepted(APP, next, OFFER, 1, t(8),
        CANDIDATE)).currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.ACCEPTED);
  }

  @Test
  void aForgedAdvanceThatLeavesAnotherStageIsRefused() {
    Application app = applied().advance(RECRUITER, t(1));
    assertThatThrownBy(() -> app.record(new ApplicationEvent.Advanced(APP, 3, APPLICATION,
        TAKE_HOME, t(2), RECRUITER)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the event leaves application but the application is at screen)");
  }

  @Test
  void aHistoryWhoseFirstEventIsNotNumberOneIsRefused() {
    ApplicationEvent.Applied first = (ApplicationEvent.Applied) applied().history().get(0);
    ApplicationEvent.Applied second = new ApplicationEvent.Applied(APP, 2, first.candidate(),
        first.role(), first.plan(), first.team(), first.stage(), first.reason(), first.at(),
        first.by());
    assertThatThrownBy(() -> Application.replay(List.of(second)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.history: starts with event number 2; the creating event is"
            + " number 1");
  }

  @Test
  void anotherCandidateCannotActOnTheOfferAndNoOfferActsOnAClosedApplication() {
    Application extended = withExtendedOffer();
    Actor stranger = Actor.candidate(dev.hirekit.candidate.CandidateId.of("cand-other"));
    assertThatThrownBy(() -> extended.acceptOffer(stranger, t(8)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(candidate cand-other is not the candidate of this application)");
    Application rejected = extended.reject(RECRUITER, t(8),
        RejectionReason.of(RejectionSide.WE_REJECTED, "no"));
    assertThatThrownBy(() -> rejected.extendOffer(RECRUITER, t(9)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(offers are acted on only while the application is ACTIVE)");
  }

  @Test
  void aDraftedOfferIsVersionOne() {
    Application at = atOffer();
    assertThatThrownBy(() -> at.record(new ApplicationEvent.OfferDrafted(APP, at.version() + 1,
        OFFER, 2, terms("185000"), t(300), ApprovalChain.none(), t(6), RECRUITER)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(a drafted offer is version 1, not 2; a later version comes from"
            + " a revision)");
  }

  @Test
  void eventsMayNotGoBackInTime() {
    assertThatThrownBy(() -> applied().advance(RECRUITER, t(-1)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot ADVANCE (event time"
            + " 2026-03-02T08:00:00Z is before the previous event at 2026-03-02T09:00:00Z);"
            + " allowed now: [ADVANCE, MOVE, REJECT, WITHDRAW, RECORD_REFERENCE, MIGRATE,"
            + " REQUEST_ACCOMMODATION, CONSIDER_FOR, TRANSFER]");
  }

  @Test
  void stageVisitsGiveTimeInStage() {
    Application app = atInterviews().reject(RECRUITER, t(10), BELOW_BAR)
        .reopen(RECRUITER, t(20), "second look");
    assertThat(app.stageVisits()).containsExactly(
        new StageVisit(APPLICATION, t(0), Optional.of(t(1))),
        new StageVisit(SCREEN, t(1), Optional.of(t(2))),
        new StageVisit(TAKE_HOME, t(2), Optional.of(t(3))),
        new StageVisit(INTERVIEWS, t(3), Optional.of(t(10))),
        new StageVisit(INTERVIEWS, t(20), Optional.empty()));
    assertThat(app.stageVisits().get(3).duration(t(30))).hasHours(7);
    assertThat(app.stageVisits().get(4).duration(t(30))).hasHours(10);
  }

  // ---------------------------------------------------------------- migration

  @Test
  void migratingMapsTheApplicationOntoANewerPlanVersion() {
    InterviewPlan v2 = SeedRole.plan().withVersion(2).withStages(SeedRole.plan().stages()
        .stream().filter(s -> !s.id().equals(TAKE_HOME)).collect(Collectors.toList()));
    Application atTakeHome = applied().advance(RECRUITER, t(1)).advance(RECRUITER, t(2));

    Application migrated = atTakeHome.migrate(RECRUITER, t(3), v2,
        Map.of(TAKE_HOME, INTERVIEWS));
    assertThat(migrated.plan()).isEqualTo(v2);
    assertThat(migrated.stage()).contains(INTERVIEWS);
    assertThat(Application.replay(migrated.history())).isEqualTo(migrated);

    assertThatThrownBy(() -> atTakeHome.migrate(RECRUITER, t(3), SeedRole.plan(), Map.of()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot MIGRATE (plan v1 is not newer than v1)");
    assertThatThrownBy(() -> atTakeHome.migrate(RECRUITER, t(3), v2, Map.of(SCREEN, SCREEN)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot MIGRATE (the mapping does not say where the current stage"
            + " take-home goes)");
    assertThatThrownBy(() -> atTakeHome.migrate(RECRUITER, t(3), v2,
        Map.of(TAKE_HOME, TAKE_HOME)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the mapping take-home -> take-home does not lead from a stage of"
            + " v1 to a stage of v2)");
  }

  @Test
  void aReplacedPolicyDecidesWhoMayActAndSurvivesReplay() {
    dev.hirekit.actor.Policy<ApplicationAction, Application> coordinatorsReject =
        (actor, action, subject) -> action == ApplicationAction.REJECT
            ? actor.actsAs(dev.hirekit.team.HiringRole.COORDINATOR)
            : Application.DEFAULT_POLICY.allows(actor, action, subject);
    Application app = atInterviews().withPolicy(coordinatorsReject);
    assertThat(app).as("applications under different policies are not equal")
        .isNotEqualTo(atInterviews());
    assertThat(app.history()).isEqualTo(atInterviews().history());
    assertThat(app.allowedActions(Fixtures.COORDINATOR)).contains(ApplicationAction.REJECT);
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.REJECT);
    assertThatThrownBy(() -> app.reject(RECRUITER, t(4), BELOW_BAR))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(member rec-1 [RECRUITER] may not REJECT)");

    Application rejected = app.reject(Fixtures.COORDINATOR, t(4), BELOW_BAR);
    assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThatThrownBy(() -> Application.replay(rejected.history()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(member coord-1 [COORDINATOR] may not REJECT)");
    assertThat(Application.replay(rejected.history(), coordinatorsReject,
        dev.hirekit.offer.Offer.DEFAULT_POLICY)).isEqualTo(rejected);
  }

  @Test
  void aReplacedOfferPolicyGovernsTheApplicationsOffers() {
    Application app = atOffer().withOfferPolicy((actor, action, subject) ->
        action != OfferAction.EXTEND || actor.actsAs(dev.hirekit.team.HiringRole.HIRING_MANAGER))
        .draftOffer(RECRUITER, t(6), OFFER, terms("185000"), t(400), ApprovalChain.none());
    assertThat(app.allowedOfferActions(RECRUITER, t(7))).doesNotContain(OfferAction.EXTEND);
    assertThatThrownBy(() -> app.extendOffer(RECRUITER, t(7)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(member rec-1 [RECRUITER] may not EXTEND)");
  }

  // ------------------------------------------------ regressions found by mutation testing

  @Test
  void editedSkipAndMoveEventsThatLeaveTheWrongStageAreRejected() {
    InterviewPlan plan = planWhere(REFERENCES, s -> s.withOptional(true));
    Application atInterviews = Application.apply(APP, CANDIDATE_ID, roleWith(plan), RECRUITER,
        t(0), INTERVIEWS, "referral");
    assertThatThrownBy(() -> atInterviews.record(new ApplicationEvent.Skipped(APP, 2, SCREEN,
        OFFER_STAGE_ID, List.of(REFERENCES), "why", t(1), RECRUITER)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the event leaves screen but the application is at interviews)");
    assertThatThrownBy(() -> atInterviews.record(new ApplicationEvent.Moved(APP, 2, SCREEN,
        APPLICATION, t(1), RECRUITER)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the event leaves screen but the application is at interviews)");
    assertThatThrownBy(() -> atInterviews.record(new ApplicationEvent.Skipped(APP, 2, INTERVIEWS,
        OFFER_STAGE_ID, List.of(), "why", t(1), RECRUITER)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(the skipped stages [] are not the stages between interviews and"
            + " offer)");
  }

  @Test
  void aConvertedEventNeedsAStageOfThePlanAndAReasonForALaterOne() {
    Application prospect = Application.prospect(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0));
    assertThatThrownBy(() -> prospect.convert(openRole(), RECRUITER, t(1), StageId.of("nowhere"), "why"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is PROSPECT: cannot CONVERT (nowhere is not a stage of plan"
            + " v1); allowed now: [CONVERT, REJECT, WITHDRAW, MIGRATE, CONSIDER_FOR]");
    assertThatThrownBy(() -> prospect.record(new ApplicationEvent.Converted(APP, 2, INTERVIEWS,
        Optional.empty(), t(1), RECRUITER)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.reason: is missing for entry at interviews; say why the stages"
            + " before it are passed over");
    assertThat(prospect.convert(openRole(), RECRUITER, t(1), INTERVIEWS, "met at a meetup").stage())
        .contains(INTERVIEWS);
  }

  @Test
  void movingWithAReasonOntoTheCurrentStageIsRefused() {
    InterviewPlan plan = planWhere(REFERENCES, s -> s.withOptional(true));
    Application app = Application.apply(APP, CANDIDATE_ID, roleWith(plan), RECRUITER, t(0),
        INTERVIEWS, "referral");
    assertThatThrownBy(() -> app.skipTo(RECRUITER, t(1), INTERVIEWS, "stay"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(cannot skip to interviews; skip targets: [offer])");
  }

  @Test
  void aRunOfOptionalStagesThatEndsThePlanCannotBeSkipped() {
    InterviewPlan plan = SeedRole.plan().withStages(SeedRole.plan().stages().stream()
        .map(s -> s.id().equals(OFFER_STAGE_ID) ? s.withKind(dev.hirekit.plan.StageKind.DECISION)
            .withOptional(true) : s.id().equals(REFERENCES) ? s.withOptional(true) : s)
        .collect(Collectors.toList()));
    Application app = Application.apply(APP, CANDIDATE_ID, roleWith(plan), RECRUITER, t(0),
        INTERVIEWS, "referral");
    assertThat(app.skipTargets()).containsExactly(OFFER_STAGE_ID);
    Application atReferences = app.advance(RECRUITER, t(1));
    assertThat(atReferences.skipTargets()).isEmpty();
    assertThat(atReferences.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.SKIP);
  }

  @Test
  void stageVisitsSplitAtAMigrationAndEndAtTheHire() {
    InterviewPlan v2 = SeedRole.plan().withVersion(2);
    Application app = withExtendedOffer().migrate(RECRUITER, t(8), v2,
        Map.of(OFFER_STAGE_ID, OFFER_STAGE_ID));
    Application hired = app.acceptOffer(CANDIDATE, t(9))
        .hire(openRole(), RECRUITER, t(10), OPENING);
    List<StageVisit> visits = hired.stageVisits();
    assertThat(visits.subList(visits.size() - 2, visits.size())).containsExactly(
        new StageVisit(OFFER_STAGE_ID, t(5), Optional.of(t(8))),
        new StageVisit(OFFER_STAGE_ID, t(8), Optional.of(t(10))));

    Application prospect = Application.prospect(APP, CANDIDATE_ID, openRole(), RECRUITER, t(0))
        .migrate(RECRUITER, t(1), v2, Map.of());
    assertThat(prospect.stageVisits()).isEmpty();
    assertThat(prospect.plan()).isEqualTo(v2);
  }

  @Test
  void everyOfferActionIsRefusedOnAClosedApplicationByItsOwnName() {
    Application rejected = withExtendedOffer().reject(RECRUITER, t(8), BELOW_BAR);
    List<java.util.function.Function<Application, Application>> actions = List.of(
        a -> a.submitOfferForApproval(RECRUITER, t(9)),
        a -> a.approveOffer(APPROVER_CEO, t(9)),
        a -> a.declineOfferApproval(APPROVER_CEO, t(9), "no"),
        a -> a.extendOffer(RECRUITER, t(9)),
        a -> a.acceptOffer(CANDIDATE, t(9)),
        a -> a.declineOffer(CANDIDATE, t(9), "no"),
        a -> a.rescindOffer(RECRUITER, t(9), "no"),
        a -> a.expireOffer(RECRUITER, t(9)),
        a -> a.reviseOffer(RECRUITER, t(9), terms("1"), t(500)));
    List<String> names = new ArrayList<>();
    for (java.util.function.Function<Application, Application> action : actions) {
      assertThatThrownBy(() -> action.apply(rejected))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            names.add(e.action());
            assertThat(e.reason()).isEqualTo("offers are acted on only while the application is"
                + " ACTIVE");
          });
    }
    assertThat(names).containsExactly("SUBMIT_FOR_APPROVAL", "APPROVE", "DECLINE_APPROVAL",
        "EXTEND", "ACCEPT", "DECLINE", "RESCIND", "EXPIRE", "REVISE");
  }

  @Test
  void anOfferIsRevisedOnlyAtAnOfferStage() {
    Application declined = withExtendedOffer().declineOffer(CANDIDATE, t(8), "no")
        .moveTo(RECRUITER, t(9), REFERENCES);
    assertThat(declined.allowedOfferActions(RECRUITER, t(10))).doesNotContain(OfferAction.REVISE);
    assertThatThrownBy(() -> declined.reviseOffer(RECRUITER, t(10), terms("1"), t(500)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is ACTIVE: cannot REVISE (stage references is not an offer"
            + " stage); allowed now: []");
  }

  @Test
  void aRefusedCreationListsWhatTheActorMayDoInstead() {
    assertThatThrownBy(() -> Application.prospect(APP, CANDIDATE_ID, openRole(),
        Fixtures.COORDINATOR, t(0)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Application app-7 is NEW: cannot PROSPECT (member coord-1 [COORDINATOR] may"
            + " not PROSPECT); allowed now: [APPLY]");
  }

  @Test
  void anOfferIdIsNotUsedTwiceOnAnApplication() {
    Application rescinded = withExtendedOffer().rescindOffer(RECRUITER, t(8), "budget frozen");
    assertThatThrownBy(() -> rescinded.draftOffer(RECRUITER, t(9), OFFER, terms("170000"),
        t(400), ApprovalChain.none()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("(offer id offer-1 is taken; revise that offer or use a new id)");
    assertThat(rescinded.draftOffer(RECRUITER, t(9), dev.hirekit.offer.OfferId.of("offer-2"),
        terms("170000"), t(400), ApprovalChain.none()).offers()).hasSize(2);
  }

  @Test
  void skippingFromTheFirstStageRecordsTheStagesPassedOver() {
    InterviewPlan plan = planWhere(SCREEN, s -> s.withOptional(true));
    Application app = Application.apply(APP, CANDIDATE_ID, roleWith(plan), CANDIDATE, t(0));
    Application skipped = app.skipTo(RECRUITER, t(1), TAKE_HOME, "strong portfolio");
    assertThat(skipped.history().get(1)).isEqualTo(new ApplicationEvent.Skipped(APP, 2,
        APPLICATION, TAKE_HOME, List.of(SCREEN), "strong portfolio", t(1), RECRUITER));
  }

  @Test
  void toStringShowsIdsAndStatusOnly() {
    assertThat(atInterviews()).hasToString("Application{app-7 ACTIVE at interviews}");
  }
}
