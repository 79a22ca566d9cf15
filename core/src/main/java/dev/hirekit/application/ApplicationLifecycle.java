package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.team.HiringRole;
import java.util.Optional;

/**
 * The lifecycle of an application as data: its statuses, the actions between them, the guards
 * each action needs and the default policy; published as {@link Application#LIFECYCLE}.
 */
final class ApplicationLifecycle {
  private static final Guard<Application, Actor> NEXT_STAGE = Guard.when("a next stage",
      a -> StageRoutes.next(a).isPresent());
  private static final Guard<Application, Actor> EXIT_RULE = Guard.of("the stage's exit rule met",
      Application::exitRefusal);
  private static final Guard<Application, Actor> OPTIONAL_NEXT = Guard.when(
      "optional stages to skip",
      a -> !a.skipTargets().isEmpty());
  private static final Guard<Application, Actor> MOVE_TARGET = Guard.when("a stage to move to",
      a -> !a.moveTargets().isEmpty());
  static final Guard<Application, Actor> OFFER_STAGE = Guard.of("an offer stage",
      a -> a.currentStage().filter(s -> s.kind() == StageKind.OFFER).isPresent()
          ? Optional.empty()
          : Optional.of("stage " + a.stage().map(StageId::value).orElse("(none)")
              + " is not an offer stage"));
  private static final Guard<Application, Actor> ACCEPTED_OFFER = Guard.of("an accepted offer",
      a -> a.currentOffer().filter(o -> o.status() == OfferStatus.ACCEPTED).isPresent()
          ? Optional.empty()
          : Optional.of("the current offer is "
              + a.currentOffer().map(o -> o.status().name()).orElse("missing")
              + ", not ACCEPTED"));
  private static final Guard<Application, Actor> NO_OPEN_OFFER = Guard.of(
      "no live or accepted offer",
      a -> a.openOffer().map(o -> Optional.of("offer " + o.id() + " v" + o.version() + " is "
          + o.status() + "; revise or close it first")).orElse(Optional.empty()));
  private static final Guard<Application, Actor> LEFT_A_STAGE = Guard.when("left from a stage",
      a -> a.stage().isPresent());
  private static final Guard<Application, Actor> LEFT_AS_PROSPECT = Guard.when("left as a prospect",
      a -> a.stage().isEmpty());
  private static final Guard<Application, Actor> SCORABLE = Guard.ofActor(
      "an interview of the stage this actor may still score", Scoring::refusal);
  private static final Guard<Application, Actor> AMENDABLE = Guard.ofActor(
      "a submitted scorecard of the stage this actor may amend", Scoring::amendRefusal);
  private static final Guard<Application, Actor> OWN_CANDIDATE = Guard.ofActor(
      "the application's own candidate, if a candidate acts",
      (a, actor) -> a.foreignCandidate(actor)
          ? Optional.of(actor + " is not the candidate of this application") : Optional.empty());

  private static final Guard<Application, Actor> RULED_STAGE = Guard.when(
      "a stage with decision rules",
      a -> a.currentStage().filter(s -> !s.decisionRules().isEmpty()).isPresent());
  private static final Guard<Application, Actor> UNMET_DECISION = Guard.of(
      "an unmet decision rule of the stage", Decisions::nothingToOverride);

  /** The default policy, by hiring role; the candidate applies, converts and withdraws. */
  static final RolePolicy<ApplicationAction, Application> POLICY =
      RolePolicy.builder(ApplicationAction.class)
        .allow(ApplicationAction.APPLY, HiringRole.RECRUITER, HiringRole.COORDINATOR,
                HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.PROSPECT, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.CONVERT, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.ADVANCE, HiringRole.RECRUITER, HiringRole.COORDINATOR,
                HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.SKIP, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.MOVE, HiringRole.RECRUITER, HiringRole.COORDINATOR,
                HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.REJECT, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.WITHDRAW, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.REOPEN, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.HIRE, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.UNHIRE, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.SUBMIT_SCORECARD, HiringRole.INTERVIEWER,
                HiringRole.HIRING_MANAGER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.RECORD_REFERENCE, HiringRole.RECRUITER,
                HiringRole.COORDINATOR, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.DRAFT_OFFER, HiringRole.RECRUITER,
                HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.MIGRATE, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.CONSIDER_FOR, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.DEBRIEF, HiringRole.HIRING_MANAGER, HiringRole.RECRUITER)
        .allow(ApplicationAction.OVERRIDE_DECISION, HiringRole.HIRING_MANAGER)
        .allowCandidate(ApplicationAction.APPLY, ApplicationAction.CONVERT,
                ApplicationAction.WITHDRAW)
        .allow(ApplicationAction.CHOOSE, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.OPT_IN, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.OPT_OUT, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.REQUEST_ACCOMMODATION, HiringRole.RECRUITER,
                HiringRole.COORDINATOR)
        .allow(ApplicationAction.ARRANGE_ACCOMMODATION, HiringRole.RECRUITER,
                HiringRole.COORDINATOR, HiringRole.HIRING_MANAGER)
        .allowCandidate(ApplicationAction.CHOOSE, ApplicationAction.OPT_IN,
                ApplicationAction.OPT_OUT, ApplicationAction.REQUEST_ACCOMMODATION)
        .allow(ApplicationAction.SUBMIT_ARTIFACT, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allowCandidate(ApplicationAction.SUBMIT_ARTIFACT)
        .allow(ApplicationAction.AMEND_SCORECARD, HiringRole.INTERVIEWER,
                HiringRole.HIRING_MANAGER, HiringRole.COORDINATOR)
        .allow(ApplicationAction.SCHEDULE_INTERVIEW, HiringRole.RECRUITER,
                HiringRole.COORDINATOR, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.BOOK_WINDOW, HiringRole.RECRUITER, HiringRole.COORDINATOR)
        .allowCandidate(ApplicationAction.BOOK_WINDOW)
        .allow(ApplicationAction.CHECK_REQUIREMENT, HiringRole.RECRUITER,
                HiringRole.COORDINATOR, HiringRole.HIRING_MANAGER)
        .allow(ApplicationAction.TRANSFER, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
        .build();

  private ApplicationLifecycle() {}

  static TransitionTable<ApplicationStatus, ApplicationAction, Application, Actor> table() {
    TransitionTable.Builder<ApplicationStatus, ApplicationAction, Application, Actor> t =
        TransitionTable.<ApplicationStatus, ApplicationAction, Application, Actor>builder(
                "Application", ApplicationStatus.class, ApplicationAction.class)
            .start(ApplicationAction.APPLY, ApplicationStatus.ACTIVE)
            .start(ApplicationAction.PROSPECT, ApplicationStatus.PROSPECT)
            .on(ApplicationStatus.PROSPECT, ApplicationAction.CONVERT, ApplicationStatus.ACTIVE,
                OWN_CANDIDATE)
            .on(ApplicationStatus.ACTIVE, ApplicationAction.ADVANCE, ApplicationStatus.ACTIVE,
                NEXT_STAGE.and(EXIT_RULE))
            .on(ApplicationStatus.ACTIVE, ApplicationAction.SKIP, ApplicationStatus.ACTIVE,
                OPTIONAL_NEXT.and(EXIT_RULE))
            .on(ApplicationStatus.ACTIVE, ApplicationAction.MOVE, ApplicationStatus.ACTIVE,
                MOVE_TARGET)
            .on(ApplicationStatus.ACTIVE, ApplicationAction.SUBMIT_SCORECARD,
                ApplicationStatus.ACTIVE, SCORABLE)
            .on(ApplicationStatus.ACTIVE, ApplicationAction.RECORD_REFERENCE,
                ApplicationStatus.ACTIVE)
            .on(ApplicationStatus.ACTIVE, ApplicationAction.DRAFT_OFFER, ApplicationStatus.ACTIVE,
                OFFER_STAGE.and(NO_OPEN_OFFER))
            .on(ApplicationStatus.ACTIVE, ApplicationAction.HIRE, ApplicationStatus.HIRED,
                OFFER_STAGE.and(ACCEPTED_OFFER).and(OfferConditions.CONTINGENCIES_CLEARED)
                    .and(RequirementChecks.REQUIREMENTS_MET))
            .on(ApplicationStatus.PROSPECT, ApplicationAction.REJECT, ApplicationStatus.REJECTED)
            .on(ApplicationStatus.ACTIVE, ApplicationAction.REJECT, ApplicationStatus.REJECTED)
            .on(ApplicationStatus.PROSPECT, ApplicationAction.WITHDRAW,
                ApplicationStatus.WITHDRAWN, OWN_CANDIDATE)
            .on(ApplicationStatus.ACTIVE, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN,
                OWN_CANDIDATE)
            .on(ApplicationStatus.REJECTED, ApplicationAction.REOPEN, ApplicationStatus.ACTIVE,
                LEFT_A_STAGE)
            .on(ApplicationStatus.REJECTED, ApplicationAction.REOPEN, ApplicationStatus.PROSPECT,
                LEFT_AS_PROSPECT)
            .on(ApplicationStatus.WITHDRAWN, ApplicationAction.REOPEN, ApplicationStatus.ACTIVE,
                LEFT_A_STAGE)
            .on(ApplicationStatus.WITHDRAWN, ApplicationAction.REOPEN,
                ApplicationStatus.PROSPECT, LEFT_AS_PROSPECT)
            .on(ApplicationStatus.HIRED, ApplicationAction.UNHIRE, ApplicationStatus.WITHDRAWN)
            .on(ApplicationStatus.HIRED, ApplicationAction.UNHIRE, ApplicationStatus.REJECTED);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      t.on(status, ApplicationAction.MIGRATE, status);
    }
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.CHOOSE, ApplicationStatus.ACTIVE,
        Choosing.CHOICE_AHEAD);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.OPT_IN, ApplicationStatus.ACTIVE,
        Choosing.OPT_IN_AHEAD);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.OPT_OUT, ApplicationStatus.ACTIVE,
        Choosing.OPT_IN_AHEAD);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.REQUEST_ACCOMMODATION,
        ApplicationStatus.ACTIVE, Choosing.OWN);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.ARRANGE_ACCOMMODATION,
        ApplicationStatus.ACTIVE, Choosing.PENDING_ACCOMMODATION);
    t.on(ApplicationStatus.PROSPECT, ApplicationAction.CONSIDER_FOR, ApplicationStatus.PROSPECT)
        .on(ApplicationStatus.ACTIVE, ApplicationAction.CONSIDER_FOR, ApplicationStatus.ACTIVE);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.DEBRIEF, ApplicationStatus.ACTIVE,
            RULED_STAGE)
        .on(ApplicationStatus.ACTIVE, ApplicationAction.OVERRIDE_DECISION,
            ApplicationStatus.ACTIVE, UNMET_DECISION);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.SUBMIT_ARTIFACT, ApplicationStatus.ACTIVE,
            Submitting.ASK_AHEAD)
        .on(ApplicationStatus.ACTIVE, ApplicationAction.AMEND_SCORECARD,
            ApplicationStatus.ACTIVE, AMENDABLE);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.SCHEDULE_INTERVIEW,
            ApplicationStatus.ACTIVE, Timing.INTERVIEW_TO_SCHEDULE)
        .on(ApplicationStatus.ACTIVE, ApplicationAction.BOOK_WINDOW, ApplicationStatus.ACTIVE,
            Timing.WINDOW_TO_BOOK);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.CHECK_REQUIREMENT,
        ApplicationStatus.ACTIVE, RequirementChecks.REQUIREMENT_TO_CHECK);
    t.on(ApplicationStatus.ACTIVE, ApplicationAction.TRANSFER, ApplicationStatus.ACTIVE,
        NO_OPEN_OFFER);
    return t.policy(POLICY).build();
  }

}
