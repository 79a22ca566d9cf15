package dev.hirekit.application;

import dev.hirekit.application.ApplicationEvent.AccommodationArranged;
import dev.hirekit.application.ApplicationEvent.AccommodationRequested;
import dev.hirekit.application.ApplicationEvent.Advanced;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.ChoiceMade;
import dev.hirekit.application.ApplicationEvent.ConsideredFor;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.Hired;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.application.ApplicationEvent.Moved;
import dev.hirekit.application.ApplicationEvent.OfferAccepted;
import dev.hirekit.application.ApplicationEvent.OfferApprovalDeclined;
import dev.hirekit.application.ApplicationEvent.OfferApproved;
import dev.hirekit.application.ApplicationEvent.OfferApproverReplaced;
import dev.hirekit.application.ApplicationEvent.OfferContingencyCleared;
import dev.hirekit.application.ApplicationEvent.OfferContingencyFailed;
import dev.hirekit.application.ApplicationEvent.OfferDeclined;
import dev.hirekit.application.ApplicationEvent.OfferDrafted;
import dev.hirekit.application.ApplicationEvent.OfferExpired;
import dev.hirekit.application.ApplicationEvent.OfferExtended;
import dev.hirekit.application.ApplicationEvent.OfferRescinded;
import dev.hirekit.application.ApplicationEvent.OfferRevised;
import dev.hirekit.application.ApplicationEvent.OfferSubmittedForApproval;
import dev.hirekit.application.ApplicationEvent.OptedIn;
import dev.hirekit.application.ApplicationEvent.OptedOut;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.application.ApplicationEvent.ReferenceRecorded;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.StageId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every application event type in one place: its stable name, the action it records, its effect
 * on the application, how it moves the stage (for stage visits) and its erased form (for
 * anonymization). Recording, replay, stage visits, erasure and type names all look an event up
 * here, and a lookup of a type without a rule fails loudly: there is no default branch, and a
 * test checks that every permitted event type has a rule.
 */
final class EventRules {
  /** How an event changes the application, given the builder already at the new status. */
  @FunctionalInterface
  interface Effect<E extends ApplicationEvent> {
    void apply(Application before, ImmutableApplication.Builder next, E event);
  }

  /** The stage an event leaves the application at, for stage visits. */
  @FunctionalInterface
  interface StageAfter<E extends ApplicationEvent> {
    Optional<StageId> after(E event, Optional<StageId> current);
  }

  /** The status an event names itself, when the table allows several; empty to let it decide. */
  @FunctionalInterface
  interface Target<E extends ApplicationEvent> {
    Optional<ApplicationStatus> of(E event);
  }

  /** The event with its free texts erased. */
  @FunctionalInterface
  interface Eraser<E extends ApplicationEvent> {
    E erased(E event, Erasure erasure);
  }

  /**
   * One event type's rule.
   *
   * @param type the event record
   * @param name the stable type name
   * @param action the {@link ApplicationAction} or {@link OfferAction} it records
   * @param effect what it does to the application
   * @param target the status it names, if the table allows several
   * @param stage where it leaves the stage; {@link #KEEPS} if it does not touch it
   * @param eraser its erased form
   */
  record Rule<E extends ApplicationEvent>(Class<E> type, String name, Enum<?> action,
      Effect<E> effect, Target<E> target, StageAfter<E> stage, Eraser<E> eraser) {

    Optional<ApplicationStatus> target(ApplicationEvent event) {
      return target.of(type.cast(event));
    }

    void apply(Application before, ImmutableApplication.Builder next, ApplicationEvent event) {
      effect.apply(before, next, type.cast(event));
    }

    boolean keepsStage() {
      return stage == KEEPS;
    }

    Optional<StageId> stageAfter(ApplicationEvent event, Optional<StageId> current) {
      return stage.after(type.cast(event), current);
    }

    ApplicationEvent erased(ApplicationEvent event, Erasure erasure) {
      return eraser.erased(type.cast(event), erasure);
    }

    /** The application action it records, or empty for an offer event. */
    Optional<ApplicationAction> applicationAction() {
      return action instanceof ApplicationAction a ? Optional.of(a) : Optional.empty();
    }
  }

  /** The marker of an event that leaves the stage as it is. */
  @SuppressWarnings("rawtypes")
  private static final StageAfter KEEPS = (event, current) -> current;

  private static final Map<Class<?>, Rule<?>> RULES = rules(List.of(
      rule(Applied.class, "application.applied", ApplicationAction.APPLY,
          Effects::applied, (e, c) -> Optional.of(e.stage()),
          (e, x) -> new Applied(e.application(), e.sequence(), e.candidate(), e.role(),
              e.plan(), e.team(), e.stage(), x.erased(e.reason()), e.at(), e.by())),
      rule(Prospected.class, "application.prospected", ApplicationAction.PROSPECT,
          Effects::prospected, keeps(), unchanged()),
      rule(Converted.class, "application.converted", ApplicationAction.CONVERT,
          Effects::converted, (e, c) -> Optional.of(e.stage()),
          (e, x) -> new Converted(e.application(), e.sequence(), e.stage(),
              x.erased(e.reason()), e.at(), e.by())),
      rule(Advanced.class, "application.advanced", ApplicationAction.ADVANCE,
          Effects::advanced, (e, c) -> Optional.of(e.to()), unchanged()),
      rule(Skipped.class, "application.skipped", ApplicationAction.SKIP,
          Effects::skipped, (e, c) -> Optional.of(e.to()),
          (e, x) -> new Skipped(e.application(), e.sequence(), e.from(), e.to(), e.skipped(),
              Application.ERASED, e.at(), e.by())),
      rule(Moved.class, "application.moved", ApplicationAction.MOVE,
          Effects::moved, (e, c) -> Optional.of(e.to()), unchanged()),
      rule(Rejected.class, "application.rejected", ApplicationAction.REJECT,
          Effects::rejected, (e, c) -> Optional.empty(),
          (e, x) -> new Rejected(e.application(), e.sequence(),
              RejectionReason.of(e.reason().side(), Application.ERASED), e.at(), e.by())),
      rule(Withdrawn.class, "application.withdrawn", ApplicationAction.WITHDRAW,
          Effects::withdrawn, (e, c) -> Optional.empty(),
          (e, x) -> new Withdrawn(e.application(), e.sequence(), Application.ERASED, e.at(),
              e.by())),
      rule(Reopened.class, "application.reopened", ApplicationAction.REOPEN,
          Effects::reopened, (e, c) -> e.stage(),
          (e, x) -> new Reopened(e.application(), e.sequence(), e.stage(), Application.ERASED,
              e.at(), e.by())),
      rule(ScorecardSubmitted.class, "application.scorecard_submitted",
          ApplicationAction.SUBMIT_SCORECARD, Effects::scorecardSubmitted, keeps(),
          (e, x) -> new ScorecardSubmitted(e.application(), e.sequence(),
              x.erased(e.scorecard()), e.at(), e.by())),
      rule(ReferenceRecorded.class, "application.reference_recorded",
          ApplicationAction.RECORD_REFERENCE, Effects::referenceRecorded, keeps(),
          (e, x) -> new ReferenceRecorded(e.application(), e.sequence(),
              x.erased(e.reference()), e.at(), e.by())),
      rule(OfferDrafted.class, "offer.drafted", ApplicationAction.DRAFT_OFFER,
          Effects::offerDrafted, keeps(), OfferConditions::erased),
      rule(OfferSubmittedForApproval.class, "offer.submitted_for_approval",
          OfferAction.SUBMIT_FOR_APPROVAL,
          OfferSteps.step((o, e) -> o.submitForApproval(e.by(), e.at(),
              e.conditionalApprovers().map(ApprovalChain::groups).orElse(List.of()))), keeps(),
          unchanged()),
      rule(OfferApproved.class, "offer.approved", OfferAction.APPROVE,
          OfferSteps.step((o, e) -> o.approve(e.by(), e.at())), keeps(), unchanged()),
      rule(OfferApprovalDeclined.class, "offer.approval_declined", OfferAction.DECLINE_APPROVAL,
          OfferSteps.step((o, e) -> o.declineApproval(e.by(), e.at(), e.reason())), keeps(),
          (e, x) -> new OfferApprovalDeclined(e.application(), e.sequence(), e.offer(),
              e.offerVersion(), Application.ERASED, e.at(), e.by())),
      rule(OfferExtended.class, "offer.extended", OfferAction.EXTEND,
          OfferSteps.step((o, e) -> o.extend(e.by(), e.at())), keeps(), unchanged()),
      rule(OfferAccepted.class, "offer.accepted", OfferAction.ACCEPT,
          OfferSteps.step((o, e) -> o.accept(e.by(), e.at())), keeps(), unchanged()),
      rule(OfferDeclined.class, "offer.declined", OfferAction.DECLINE,
          OfferSteps.step((o, e) -> o.decline(e.by(), e.at(), e.reason())), keeps(),
          (e, x) -> new OfferDeclined(e.application(), e.sequence(), e.offer(),
              e.offerVersion(), Application.ERASED, e.at(), e.by())),
      rule(OfferRescinded.class, "offer.rescinded", OfferAction.RESCIND,
          OfferSteps.step((o, e) -> o.rescind(e.by(), e.at(), e.reason())), keeps(),
          (e, x) -> new OfferRescinded(e.application(), e.sequence(), e.offer(),
              e.offerVersion(), Application.ERASED, e.at(), e.by())),
      rule(OfferExpired.class, "offer.expired", OfferAction.EXPIRE,
          OfferSteps.step((o, e) -> o.expire(e.by(), e.at())), keeps(), unchanged()),
      rule(OfferRevised.class, "offer.revised", OfferAction.REVISE,
          OfferSteps::revised, keeps(), unchanged()),
      rule(Hired.class, "application.hired", ApplicationAction.HIRE,
          Effects::hired, (e, c) -> Optional.empty(), unchanged()),
      new Rule<>(Unhired.class, "application.unhired", ApplicationAction.UNHIRE,
          Effects::unhired, e -> Optional.of(e.reason() == UnhireReason.CANDIDATE_RENEGED
              ? ApplicationStatus.WITHDRAWN : ApplicationStatus.REJECTED), keeps(),
          (e, x) -> new Unhired(e.application(), e.sequence(), e.opening(), e.reason(),
              Application.ERASED, e.at(), e.by())),
      rule(Migrated.class, "application.migrated", ApplicationAction.MIGRATE,
          Effects::migrated,
          (e, c) -> c.map(current -> e.stageMapping().get(current)), unchanged()),
      rule(ChoiceMade.class, "application.choice_made", ApplicationAction.CHOOSE,
          Choosing::chosen, keeps(), unchanged()),
      rule(OptedIn.class, "application.opted_in", ApplicationAction.OPT_IN,
          Choosing::optedIn, keeps(), unchanged()),
      rule(OptedOut.class, "application.opted_out", ApplicationAction.OPT_OUT,
          Choosing::optedOut, keeps(), unchanged()),
      rule(AccommodationRequested.class, "application.accommodation_requested",
          ApplicationAction.REQUEST_ACCOMMODATION, Choosing::accommodationRequested, keeps(),
          (e, x) -> new AccommodationRequested(e.application(), e.sequence(), e.stage(),
              Application.ERASED, e.at(), e.by())),
      rule(AccommodationArranged.class, "application.accommodation_arranged",
          ApplicationAction.ARRANGE_ACCOMMODATION, Choosing::accommodationArranged, keeps(),
          unchanged()),
      rule(ConsideredFor.class, "application.considered_for", ApplicationAction.CONSIDER_FOR,
          Considering::considered, keeps(), unchanged()),
      rule(ApplicationEvent.Debriefed.class, "application.debriefed", ApplicationAction.DEBRIEF,
          Decisions::debriefed, keeps(), unchanged()),
      rule(ApplicationEvent.DecisionOverridden.class, "application.decision_overridden",
          ApplicationAction.OVERRIDE_DECISION, Decisions::overridden, keeps(),
          (e, x) -> new ApplicationEvent.DecisionOverridden(e.application(), e.sequence(),
              e.stage(), Application.ERASED, e.at(), e.by())),
      rule(ApplicationEvent.ArtifactSubmitted.class, "application.artifact_submitted",
          ApplicationAction.SUBMIT_ARTIFACT, Submitting::submitted, keeps(),
          (e, x) -> new ApplicationEvent.ArtifactSubmitted(e.application(), e.sequence(),
              e.stage(), e.ask(), x.erased(e.artifact()), e.at(), e.by())),
      rule(ApplicationEvent.ScorecardAmended.class, "application.scorecard_amended",
          ApplicationAction.AMEND_SCORECARD, Scoring::amended, keeps(),
          (e, x) -> new ApplicationEvent.ScorecardAmended(e.application(), e.sequence(),
              x.erased(e.scorecard()), e.at(), e.by())),
      rule(ApplicationEvent.InterviewScheduled.class, "application.interview_scheduled",
          ApplicationAction.SCHEDULE_INTERVIEW, Timing::scheduled, keeps(), unchanged()),
      rule(ApplicationEvent.WindowBooked.class, "application.window_booked",
          ApplicationAction.BOOK_WINDOW, Timing::booked, keeps(), unchanged()),
      rule(OfferApproverReplaced.class, "offer.approver_replaced", OfferAction.REPLACE_APPROVER,
          OfferSteps.step((o, e) -> o.replaceApprover(e.by(), e.at(), e.replaced(),
              e.replacement(), e.reason())), keeps(),
          (e, x) -> new OfferApproverReplaced(e.application(), e.sequence(), e.offer(),
              e.offerVersion(), e.replaced(), e.replacement(), Application.ERASED, e.at(),
              e.by())),
      rule(OfferContingencyCleared.class, "offer.contingency_cleared",
          OfferAction.CLEAR_CONTINGENCY,
          OfferSteps.step((o, e) -> o.clearContingency(e.by(), e.at(), e.contingency())),
          keeps(), unchanged()),
      rule(OfferContingencyFailed.class, "offer.contingency_failed",
          OfferAction.FAIL_CONTINGENCY,
          OfferSteps.step((o, e) -> o.failContingency(e.by(), e.at(), e.contingency())),
          keeps(), unchanged()),
      rule(ApplicationEvent.RequirementChecked.class, "application.requirement_checked",
          ApplicationAction.CHECK_REQUIREMENT, RequirementChecks::checked, keeps(),
          unchanged()),
      rule(ApplicationEvent.Transferred.class, "application.transferred",
          ApplicationAction.TRANSFER, Transfers::transferred, (e, c) -> Optional.of(e.stage()),
          (e, x) -> new ApplicationEvent.Transferred(e.application(), e.sequence(), e.from(),
              e.role(), e.plan(), e.team(), e.stage(), Application.ERASED, e.at(), e.by()))));

  private EventRules() {}

  private static <E extends ApplicationEvent> Rule<E> rule(Class<E> type, String name,
      Enum<?> action, Effect<E> effect, StageAfter<E> stage, Eraser<E> eraser) {
    return new Rule<>(type, name, action, effect, e -> Optional.empty(), stage, eraser);
  }

  @SuppressWarnings("unchecked")
  private static <E extends ApplicationEvent> StageAfter<E> keeps() {
    return KEEPS;
  }

  private static <E extends ApplicationEvent> Eraser<E> unchanged() {
    return (event, erasure) -> event;
  }

  private static Map<Class<?>, Rule<?>> rules(List<Rule<?>> rules) {
    Map<Class<?>, Rule<?>> byType = new LinkedHashMap<>();
    for (Rule<?> rule : rules) {
      if (byType.put(rule.type(), rule) != null) {
        throw new IllegalStateException("two rules for " + rule.type());
      }
    }
    return Map.copyOf(byType);
  }

  /**
   * Every event type by its stable name, sorted by name.
   *
   * @return the types
   */
  static Map<String, Class<? extends ApplicationEvent>> types() {
    Map<String, Class<? extends ApplicationEvent>> types = new TreeMap<>();
    RULES.values().forEach(rule -> types.put(rule.name(), rule.type()));
    return Collections.unmodifiableMap(types);
  }

  /**
   * The rule of an event.
   *
   * @throws IllegalStateException for an event type without a rule, which a test forbids
   */
  static Rule<?> of(ApplicationEvent event) {
    return of(event.getClass());
  }

  /**
   * The rule of an event type.
   *
   * @throws IllegalStateException for a type without a rule, which a test forbids
   */
  static Rule<?> of(Class<?> type) {
    Rule<?> rule = RULES.get(type);
    if (rule == null) {
      throw new IllegalStateException("no rule for application event type " + type.getName()
          + "; add one to EventRules");
    }
    return rule;
  }
}
