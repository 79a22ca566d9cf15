package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.AccommodationOutcome;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RequirementOutcome;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Examples of {@link Applications.Step#argumentsFit}: for each way a step's arguments can miss
 * the application, the step says so and running it is refused; where they fit, it runs.
 */
class StepArgumentsTest {
  private static final Compensation TERMS = Offers.compensations().sample();
  private static final Actor ALICE = Actor.member(Applications.ALICE, HiringRole.INTERVIEWER);
  private static final Actor BOB = Actor.member(Applications.BOB, HiringRole.INTERVIEWER);
  private static final Actor COORDINATOR = Applications.ACTORS.get(1);
  private static final Actor RECRUITER = Applications.ACTORS.get(0);
  private static final Instant AT = Applications.START.plus(Duration.ofHours(1));
  private static final InterviewId TECH = InterviewId.of("tech");
  private static final InterviewId VALUES = InterviewId.of("values");
  private static final InterviewPlan PLAN = InterviewPlan.of(
      Stage.builder().id(StageId.of("onsite")).name("Onsite").kind(StageKind.INTERVIEW)
          .addFormat(StageFormat.ON_SITE)
          .addInterview(Interview.builder().id(TECH).name("Technical")
              .focus(InterviewFocus.TECHNICAL).duration(Duration.ofHours(1))
              .addInterviewers(Applications.ALICE).build())
          .addInterview(Interview.builder().id(VALUES).name("Values")
              .focus(InterviewFocus.NON_TECHNICAL).duration(Duration.ofHours(1)).build())
          .build(),
      Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
          .addFormat(StageFormat.ASYNC).build());

  private static Application onsite() {
    return Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(PLAN), Actor.candidate(Applications.CANDIDATE), Applications.START);
  }

  private static Application prospect() {
    return Application.prospect(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(PLAN), RECRUITER, Applications.START);
  }

  private static ApplicationSteps.SubmitScorecard card(InterviewId interview, MemberId by,
      Actor actor) {
    return new ApplicationSteps.SubmitScorecard(interview, by, Recommendation.YES, actor,
        Duration.ZERO);
  }

  private static void fitsAndRuns(Applications.Step step, Application app) {
    assertThat(step.argumentsFit(app, AT)).as("fits: %s", step).isTrue();
    assertThat(step.run(app, AT).history()).hasSize(app.history().size() + 1);
  }

  private static void missesAndIsRefused(Applications.Step step, Application app) {
    assertThat(step.argumentsFit(app, AT)).as("misses: %s", step).isFalse();
    assertThatThrownBy(() -> step.run(app, AT)).isInstanceOfAny(
        IllegalTransitionException.class, InvalidValueException.class);
  }

  @Test
  void aScorecardFitsAnInterviewOfTheCurrentStageByOneOfItsPanel() {
    Application app = onsite();
    fitsAndRuns(card(TECH, Applications.ALICE, ALICE), app);
    fitsAndRuns(card(VALUES, Applications.BOB, BOB), app);
    missesAndIsRefused(card(TECH, Applications.BOB, BOB), app);
    missesAndIsRefused(card(InterviewId.of("nowhere"), Applications.ALICE, ALICE), app);
  }

  @Test
  void aScorecardForSomeoneElseFitsOnlyWhenACoordinatorEntersIt() {
    Application app = onsite();
    fitsAndRuns(card(VALUES, Applications.BOB, COORDINATOR), app);
    missesAndIsRefused(card(VALUES, Applications.BOB, ALICE), app);
  }

  @Test
  void aSecondScorecardOfTheSameInterviewerForTheSameInterviewMisses() {
    Application carded = card(TECH, Applications.ALICE, ALICE).run(onsite(), AT);
    missesAndIsRefused(card(TECH, Applications.ALICE, ALICE), carded);
    fitsAndRuns(card(VALUES, Applications.ALICE, ALICE), carded);
  }

  @Test
  void anOfferFitsWithALaterExpiryAndANewId() {
    Application app = onsite().advance(RECRUITER, AT);
    fitsAndRuns(draft("offer-a", Duration.ofDays(1)), app);
    missesAndIsRefused(draft("offer-a", Duration.ZERO), app);
    missesAndIsRefused(draft("offer-a", Duration.ofHours(-1)), app);
    Application drafted = draft("offer-a", Duration.ofDays(1)).run(app, AT)
        .rescindOffer(RECRUITER, AT, "budget");
    missesAndIsRefused(draft("offer-a", Duration.ofDays(1)), drafted);
    fitsAndRuns(draft("offer-b", Duration.ofDays(1)), drafted);
  }

  private static ApplicationSteps.DraftOffer draft(String id, Duration expiresIn) {
    return new ApplicationSteps.DraftOffer(OfferId.of(id), TERMS, ApprovalChain.none(),
        expiresIn, RECRUITER, Duration.ZERO);
  }

  @Test
  void aMigrationThatDropsTheCurrentStageFitsOnlyWithoutOne() {
    fitsAndRuns(new ApplicationSteps.Migrate(true, RECRUITER, Duration.ZERO), onsite());
    missesAndIsRefused(new ApplicationSteps.Migrate(false, RECRUITER, Duration.ZERO), onsite());
    fitsAndRuns(new ApplicationSteps.Migrate(true, RECRUITER, Duration.ZERO), prospect());
    fitsAndRuns(new ApplicationSteps.Migrate(false, RECRUITER, Duration.ZERO), prospect());
  }
  private static final InterviewPlan WITH_OPTIONAL = InterviewPlan.of(
      Stage.builder().id(StageId.of("review")).name("Review").kind(StageKind.APPLICATION_REVIEW)
          .addFormat(StageFormat.ASYNC).build(),
      Stage.builder().id(StageId.of("take-home")).name("Take-home").kind(StageKind.ASSESSMENT)
          .addFormat(StageFormat.ASYNC).optional(true).build(),
      Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
          .addFormat(StageFormat.ASYNC).build());
  private static final StageId ELSEWHERE = StageId.of("elsewhere");

  @Test
  void skipsMovesAndReopeningsFitTheTargetsTheApplicationOffers() {
    Application app = Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(WITH_OPTIONAL), Actor.candidate(Applications.CANDIDATE),
        Applications.START);
    assertThat(app.skipTargets()).isNotEmpty();
    assertThat(app.moveTargets()).isNotEmpty();
    fitsAndRuns(new ApplicationSteps.Skip(null, RECRUITER, Duration.ZERO), app);
    fitsAndRuns(new ApplicationSteps.Skip(app.skipTargets().get(0), RECRUITER, Duration.ZERO),
        app);
    missesAndIsRefused(new ApplicationSteps.Skip(ELSEWHERE, RECRUITER, Duration.ZERO), app);
    fitsAndRuns(new ApplicationSteps.Move(app.moveTargets().get(0), RECRUITER, Duration.ZERO),
        app);
    missesAndIsRefused(new ApplicationSteps.Move(ELSEWHERE, RECRUITER, Duration.ZERO), app);
    Application rejected = new ApplicationSteps.Simple(
        dev.hirekit.application.ApplicationAction.ADVANCE, RECRUITER, Duration.ZERO)
        .run(app, AT).reject(RECRUITER, AT, Applications.rejectionReasons().sample());
    assertThat(rejected.reopenTargets()).isNotEmpty();
    fitsAndRuns(new ApplicationSteps.Reopen(null, RECRUITER, Duration.ZERO), rejected);
    fitsAndRuns(new ApplicationSteps.Reopen(rejected.reopenTargets().get(0), RECRUITER,
        Duration.ZERO), rejected);
    missesAndIsRefused(new ApplicationSteps.Reopen(ELSEWHERE, RECRUITER, Duration.ZERO),
        rejected);
  }

  @Test
  void aTransferFitsTheOtherRoleAStageOfItsPlanAndATeamThatLetsTheActorIn() {
    Application app = onsite();
    RoleId own = app.roleId();
    StageId offer = StageId.of("offer");
    fitsAndRuns(transfer(Applications.OTHER_ROLE, null), app);
    fitsAndRuns(transfer(Applications.OTHER_ROLE, offer), app);
    missesAndIsRefused(transfer(own, null), app);
    missesAndIsRefused(transfer(Applications.OTHER_ROLE, ELSEWHERE), app);
    Application moved = transfer(Applications.OTHER_ROLE, offer).run(app, AT);
    assertThat(moved.roleId()).isEqualTo(Applications.OTHER_ROLE);
    assertThat(moved.stage()).contains(offer);
    assertThat(moved.hiringTeam()).isEqualTo(Applications.otherRole(PLAN).hiringTeam());
    // and back, but not onto the role it is on
    fitsAndRuns(transfer(own, null), moved);
    missesAndIsRefused(transfer(Applications.OTHER_ROLE, null), moved);
    // a policy that lets everyone do anything on the team the application applied with, and
    // nothing on the other role's: the transfer is listed, its arguments miss, it is refused
    Policy<ApplicationAction, Application> homeOnly = new Policy<>() {
      @Override
      public boolean allows(Actor actor, ApplicationAction action, Application subject) {
        return true;
      }

      @Override
      public Policy<ApplicationAction, Application> within(HiringTeam team) {
        return team.members().isEmpty() ? this : (actor, action, subject) -> false;
      }
    };
    Application guarded = app.withPolicy(homeOnly);
    assertThat(guarded.allowedActions(RECRUITER)).contains(ApplicationAction.TRANSFER);
    missesAndIsRefused(transfer(Applications.OTHER_ROLE, null), guarded);
  }

  @Test
  void aTransferredApplicationIsLinkedHiredAndUnhiredOnTheRoleItMovedTo() {
    Application moved = transfer(Applications.OTHER_ROLE, StageId.of("offer")).run(onsite(), AT);
    fitsAndRuns(new ApplicationSteps.ConsiderFor(Applications.OPENING, RECRUITER, Duration.ZERO),
        moved);
    Application accepted = moved.draftOffer(RECRUITER, AT, OfferId.of("offer-1"), TERMS,
            AT.plus(Duration.ofDays(9)), ApprovalChain.none())
        .extendOffer(RECRUITER, AT)
        .acceptOffer(Actor.candidate(Applications.CANDIDATE), AT);
    assertThat(Applications.role(accepted).id()).isEqualTo(Applications.OTHER_ROLE);
    ApplicationSteps.Hire hire = new ApplicationSteps.Hire(RECRUITER, Duration.ZERO);
    fitsAndRuns(hire, accepted);
    Application hired = hire.run(accepted, AT);
    assertThat(hired.roleId()).isEqualTo(Applications.OTHER_ROLE);
    fitsAndRuns(new ApplicationSteps.Unhire(Applications.unhireReasons().sample(), RECRUITER,
        Duration.ZERO), hired);
  }

  private static ApplicationSteps.Transfer transfer(RoleId to, StageId entry) {
    return new ApplicationSteps.Transfer(to, entry, RECRUITER, Duration.ZERO);
  }

  @Test
  void hiringAndUnhiringFitAnyApplicationThatMayTakeThem() {
    Application accepted = Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
            Applications.role(InterviewPlan.of(PLAN.stages().get(1))),
            Actor.candidate(Applications.CANDIDATE), Applications.START)
        .draftOffer(RECRUITER, AT, OfferId.of("offer-1"), TERMS, AT.plus(Duration.ofDays(9)),
            ApprovalChain.none())
        .extendOffer(RECRUITER, AT)
        .acceptOffer(Actor.candidate(Applications.CANDIDATE), AT);
    fitsAndRuns(new ApplicationSteps.OfferStep(dev.hirekit.offer.OfferAction.RESCIND, RECRUITER,
        Duration.ZERO, TERMS), accepted);
    ApplicationSteps.Hire hire = new ApplicationSteps.Hire(RECRUITER, Duration.ZERO);
    fitsAndRuns(hire, accepted);
    Application hired = hire.run(accepted, AT);
    assertThat(hired.status()).isEqualTo(dev.hirekit.application.ApplicationStatus.HIRED);
    fitsAndRuns(new ApplicationSteps.Unhire(Applications.unhireReasons().sample(), RECRUITER,
        Duration.ZERO), hired);
  }

  private static ApplicationSteps.OfferStep offerStep(
      dev.hirekit.offer.OfferAction action, int minutes) {
    return new ApplicationSteps.OfferStep(action, RECRUITER, Duration.ofMinutes(minutes), TERMS);
  }

  @Test
  void anApproverIsReplacedOnlyWhileAGroupAwaitsApprovals() {
    Application drafted = Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
            Applications.role(InterviewPlan.of(PLAN.stages().get(1))),
            Actor.candidate(Applications.CANDIDATE), Applications.START)
        .draftOffer(RECRUITER, AT, OfferId.of("offer-1"), TERMS, AT.plus(Duration.ofDays(9)),
            ApprovalChain.of(dev.hirekit.approval.ApprovalGroup.of("finance", 1, Offers.FINANCE)));
    ApplicationSteps.OfferStep replace =
        offerStep(dev.hirekit.offer.OfferAction.REPLACE_APPROVER, 0);
    Application pending = drafted.submitOfferForApproval(RECRUITER, AT);
    fitsAndRuns(replace, pending);
    missesAndIsRefused(replace, pending.approveOffer(
        Actor.member(Offers.FINANCE, HiringRole.APPROVER), AT));
    // the finance approver is replaced by the first generated approver outside the group
    assertThat(replace.run(pending, AT).currentOffer().orElseThrow().approvalChain().approvers())
        .containsExactly(Offers.CEO);
  }

  @Test
  void aContingencyIsClearedOrFailedOnlyWhileOneIsPending() {
    Application accepted = Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
            Applications.role(InterviewPlan.of(PLAN.stages().get(1))),
            Actor.candidate(Applications.CANDIDATE), Applications.START)
        .draftOffer(RECRUITER, AT, OfferId.of("offer-1"), TERMS, AT.plus(Duration.ofDays(9)),
            ApprovalChain.none(), dev.hirekit.offer.OfferDetails.builder()
                .addContingency(dev.hirekit.offer.Contingency.of(
                    dev.hirekit.offer.ContingencyKind.REFERENCES))
                .addContingency(dev.hirekit.offer.Contingency.of(
                    dev.hirekit.offer.ContingencyKind.BACKGROUND_CHECK)).build())
        .extendOffer(RECRUITER, AT)
        .acceptOffer(Actor.candidate(Applications.CANDIDATE), AT);
    ApplicationSteps.OfferStep clearSecond =
        offerStep(dev.hirekit.offer.OfferAction.CLEAR_CONTINGENCY, 1);
    ApplicationSteps.OfferStep failFirst =
        offerStep(dev.hirekit.offer.OfferAction.FAIL_CONTINGENCY, 0);
    fitsAndRuns(clearSecond, accepted);
    assertThat(clearSecond.run(accepted, AT).currentOffer().orElseThrow()
        .clearedContingencies()).containsExactly(dev.hirekit.offer.ContingencyKind.BACKGROUND_CHECK);
    fitsAndRuns(failFirst, accepted);
    assertThat(failFirst.run(accepted, AT).currentOffer().orElseThrow().failedContingencies())
        .containsExactly(dev.hirekit.offer.ContingencyKind.REFERENCES);
    Application settled = clearSecond.run(failFirst.run(accepted, AT), AT);
    missesAndIsRefused(clearSecond, settled);
    missesAndIsRefused(failFirst, settled);
  }

  @Test
  void anAmendmentFitsOnlyACardAlreadySubmitted() {
    ApplicationSteps.AmendScorecard amend = new ApplicationSteps.AmendScorecard(TECH,
        Applications.ALICE, Recommendation.NO, ALICE, Duration.ZERO);
    missesAndIsRefused(amend, onsite());
    Application carded = card(TECH, Applications.ALICE, ALICE).run(onsite(), AT);
    fitsAndRuns(amend, carded);
    missesAndIsRefused(new ApplicationSteps.AmendScorecard(VALUES, Applications.ALICE,
        Recommendation.NO, ALICE, Duration.ZERO), carded);
  }

  private static final StageId CASE_DAY = StageId.of("case-day");
  private static final InterviewPlan WITH_CHOICES = InterviewPlan.of(
      Stage.builder().id(StageId.of("review")).name("Review").kind(StageKind.APPLICATION_REVIEW)
          .addFormat(StageFormat.ASYNC).build(),
      Stage.builder().id(CASE_DAY).name("Case day").kind(StageKind.INTERVIEW)
          .addFormat(StageFormat.ON_SITE).addFormat(StageFormat.VIDEO)
          .addChoices(StageChoice.ofFormats(StageFormat.ON_SITE, StageFormat.VIDEO))
          .addOptIns("recording").build(),
      Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
          .addFormat(StageFormat.ASYNC).build());

  private static Application caseDayAhead() {
    return Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(WITH_CHOICES), Actor.candidate(Applications.CANDIDATE),
        Applications.START);
  }

  @Test
  void choicesAndOptInsFitOnlyAStageAheadAndWhatItOffers() {
    Application app = caseDayAhead();
    fitsAndRuns(new ChoiceSteps.Choose(CASE_DAY, "format", "VIDEO", RECRUITER, Duration.ZERO),
        app);
    missesAndIsRefused(new ChoiceSteps.Choose(CASE_DAY, "format", "ASYNC", RECRUITER,
        Duration.ZERO), app);
    missesAndIsRefused(new ChoiceSteps.Choose(CASE_DAY, "exercise", "VIDEO", RECRUITER,
        Duration.ZERO), app);
    missesAndIsRefused(new ChoiceSteps.Choose(ELSEWHERE, "format", "VIDEO", RECRUITER,
        Duration.ZERO), app);
    fitsAndRuns(new ChoiceSteps.Opt(true, CASE_DAY, "recording", RECRUITER, Duration.ZERO), app);
    fitsAndRuns(new ChoiceSteps.Opt(false, CASE_DAY, "recording", RECRUITER, Duration.ZERO), app);
    missesAndIsRefused(new ChoiceSteps.Opt(true, CASE_DAY, "lunch", RECRUITER, Duration.ZERO),
        app);
    missesAndIsRefused(new ChoiceSteps.Opt(false, ELSEWHERE, "recording", RECRUITER,
        Duration.ZERO), app);
    Application past = app.advance(RECRUITER, AT).choose(RECRUITER, AT, CASE_DAY, "format", "VIDEO")
        .advance(RECRUITER, AT);
    missesAndIsRefused(new ChoiceSteps.Choose(CASE_DAY, "format", "VIDEO", RECRUITER,
        Duration.ZERO), past);
    missesAndIsRefused(new ChoiceSteps.Opt(true, CASE_DAY, "recording", RECRUITER,
        Duration.ZERO), past);
  }

  @Test
  void anAccommodationIsArrangedOnlyOnceAndOnlyWhenRequested() {
    Application app = caseDayAhead();
    missesAndIsRefused(new ChoiceSteps.ArrangeAccommodation(1, AccommodationOutcome.ARRANGED,
        RECRUITER, Duration.ZERO), app);
    missesAndIsRefused(new ChoiceSteps.RequestAccommodation(ELSEWHERE, RECRUITER,
        Duration.ZERO), app);
    fitsAndRuns(new ChoiceSteps.RequestAccommodation(CASE_DAY, RECRUITER, Duration.ZERO), app);
    Application requested = new ChoiceSteps.RequestAccommodation(CASE_DAY, RECRUITER,
        Duration.ZERO).run(app, AT);
    long request = requested.accommodations().get(0).request();
    missesAndIsRefused(new ChoiceSteps.ArrangeAccommodation(request + 1,
        AccommodationOutcome.ARRANGED, RECRUITER, Duration.ZERO), requested);
    ChoiceSteps.ArrangeAccommodation arrange = new ChoiceSteps.ArrangeAccommodation(request,
        AccommodationOutcome.ARRANGED, RECRUITER, Duration.ZERO);
    fitsAndRuns(arrange, requested);
    missesAndIsRefused(arrange, arrange.run(requested, AT));
  }

  @Test
  void aScheduleNamesAnInterviewOfTheCurrentStage() {
    Application app = onsite();
    missesAndIsRefused(new ApplicationSteps.ScheduleInterview(InterviewId.of("lunch"),
        Duration.ofHours(2), RECRUITER, Duration.ZERO), app);
    fitsAndRuns(new ApplicationSteps.ScheduleInterview(TECH, Duration.ofHours(2), RECRUITER,
        Duration.ZERO), app);
  }

  @Test
  void materialOfAStageWithAWindowFitsOnlyAtTheStageOnceBookedOrHandedIn() {
    StageId home = StageId.of("home");
    Stage screen = Stage.builder().id(StageId.of("screen")).name("Screen")
        .kind(StageKind.SCREEN).addFormat(StageFormat.PHONE)
        .addAsks(ArtifactAsk.optional("cv", ArtifactKind.CV)).build();
    Stage takeHome = Stage.builder().id(home).name("Take-home").kind(StageKind.ASSESSMENT)
        .addFormat(StageFormat.ASYNC).addAsks(ArtifactAsk.of("solution", ArtifactKind.TAKE_HOME))
        .addTimeRule(TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS)).build();
    Stage review = Stage.builder().id(StageId.of("review")).name("Review")
        .kind(StageKind.SCREEN).addFormat(StageFormat.VIDEO)
        .addAsks(ArtifactAsk.of("statement", ArtifactKind.WRITTEN_ANSWERS)).build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Actor candidate = Actor.candidate(Applications.CANDIDATE);
    Application app = Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(InterviewPlan.of(screen, takeHome, review, offer)), candidate,
        Applications.START);
    ArtifactSteps.Submit solution = new ArtifactSteps.Submit(home, "solution", candidate,
        Duration.ZERO);
    // a stage without a window takes its material ahead; one with a window does not
    fitsAndRuns(new ArtifactSteps.Submit(StageId.of("review"), "statement", candidate,
        Duration.ZERO), app);
    missesAndIsRefused(solution, app);
    Application atHome = app.advance(RECRUITER, AT);
    missesAndIsRefused(solution, atHome);
    ApplicationSteps.BookWindow book = new ApplicationSteps.BookWindow(Duration.ofHours(1),
        candidate, Duration.ZERO);
    fitsAndRuns(book, atHome);
    Application booked = book.run(atHome, AT);
    missesAndIsRefused(new ArtifactSteps.Submit(home, "lunch", candidate, Duration.ZERO),
        booked);
    fitsAndRuns(solution, booked);
    // back at the stage, a new visit without a booking: the handed-in material may be replaced
    Application back = solution.run(booked, AT).moveTo(RECRUITER, AT, StageId.of("screen"))
        .advance(RECRUITER, AT);
    assertThat(back.bookedWindow()).isEmpty();
    fitsAndRuns(solution, back);
  }

  @Test
  void aCheckFitsOnlyARequirementOfThePlanAndRecordsItsOutcome() {
    InterviewPlan plan = InterviewPlan.builder().from(PLAN)
        .requirements(RequirementSteps.REQUIREMENTS).build();
    Application app = Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(plan), Actor.candidate(Applications.CANDIDATE), Applications.START);
    RequirementSteps.Check visa = new RequirementSteps.Check("visa", RequirementOutcome.MET,
        RECRUITER, Duration.ZERO);
    RequirementSteps.Check work = new RequirementSteps.Check("right-to-work",
        RequirementOutcome.NOT_MET, RECRUITER, Duration.ZERO);

    missesAndIsRefused(visa, app);
    fitsAndRuns(work, app);
    missesAndIsRefused(work, onsite());
    assertThat(work.action()).isEqualTo(ApplicationAction.CHECK_REQUIREMENT);
    assertThat(work.offerAction()).isNull();
    assertThat(work.run(app, AT).requirementOutcomes())
        .containsEntry("right-to-work", RequirementOutcome.NOT_MET);
    Applications.Step guided = RequirementSteps.guided(app, 1, RECRUITER, Duration.ZERO);
    assertThat(guided).isEqualTo(new RequirementSteps.Check("clearance",
        RequirementOutcome.MET, RECRUITER, Duration.ZERO));
    assertThat(RequirementSteps.guided(app, 15, RECRUITER, Duration.ZERO))
        .as("15 / 5 %% 4 = 3: not met").isEqualTo(new RequirementSteps.Check("clearance",
            RequirementOutcome.NOT_MET, RECRUITER, Duration.ZERO));
  }
}
