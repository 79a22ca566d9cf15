package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.ApplicationEvent.Advanced;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.Hired;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.application.ApplicationEvent.Moved;
import dev.hirekit.application.ApplicationEvent.OfferAccepted;
import dev.hirekit.application.ApplicationEvent.OfferApprovalDeclined;
import dev.hirekit.application.ApplicationEvent.OfferApproved;
import dev.hirekit.application.ApplicationEvent.OfferDeclined;
import dev.hirekit.application.ApplicationEvent.OfferDrafted;
import dev.hirekit.application.ApplicationEvent.OfferExpired;
import dev.hirekit.application.ApplicationEvent.OfferExtended;
import dev.hirekit.application.ApplicationEvent.OfferRescinded;
import dev.hirekit.application.ApplicationEvent.OfferRevised;
import dev.hirekit.application.ApplicationEvent.OfferSubmittedForApproval;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.application.ApplicationEvent.ReferenceRecorded;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.internal.History;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.Actor;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.Policy;
import dev.hirekit.lifecycle.RolePolicy;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.offer.ApprovalChain;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Over 500 lines of code: the aggregate, its commands, the rules that apply each event, plan
// navigation and stage visits still share this file. Splitting them into files of one concern
// each is the "rooms of their own" part of the store-ready aggregates issue, not done yet.

/**
 * One candidate's application to one role, and everything that happened to it.
 *
 * <p>An application runs on a snapshot of its role's interview plan, so editing the role never
 * corrupts it ({@link #migrate} moves it onto a newer plan version stage by stage). Every action
 * is checked against {@link #LIFECYCLE} (and, for offers, {@link Offer#LIFECYCLE}), recorded as an
 * {@link ApplicationEvent} with who and when, and returns a new application; a refused action
 * throws {@link IllegalTransitionException} (or {@link InvalidValueException} for a bad
 * argument) and changes nothing. The state is exactly the replay of the history: {@code
 * Application.replay(app.history()).equals(app)}.
 *
 * <pre>{@code
 * Application app = Application.apply(ApplicationId.of("app-7"), candidateId, role, recruiter,
 *     t0);
 * app = app.advance(recruiter, t1);                        // to the screen
 * app.allowedActions(interviewer);                        // e.g. [SUBMIT_SCORECARD]
 * app = app.reject(recruiter, t2,
 *     RejectionReason.of(RejectionSide.WE_REJECTED, "take-home-below-bar"));
 * app = app.reopen(recruiter, t3, "second look");         // back at the stage it left
 * }</pre>
 */
@Value.Immutable
public abstract class Application {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private static final Guard<Application> NEXT_STAGE = Guard.when("a next stage",
      a -> a.nextStage().isPresent());
  private static final Guard<Application> EXIT_RULE = Guard.of("the stage's exit rule met",
      Application::exitRefusal);
  private static final Guard<Application> OPTIONAL_NEXT = Guard.when("optional stages to skip",
      a -> !a.skipTargets().isEmpty());
  private static final Guard<Application> MOVE_TARGET = Guard.when("a stage to move to",
      a -> !a.moveTargets().isEmpty());
  private static final Guard<Application> OFFER_STAGE = Guard.of("an offer stage",
      a -> a.currentStage().filter(s -> s.kind() == StageKind.OFFER).isPresent()
          ? Optional.empty()
          : Optional.of("stage " + a.stage().map(StageId::value).orElse("(none)")
              + " is not an offer stage"));
  private static final Guard<Application> ACCEPTED_OFFER = Guard.of("an accepted offer",
      a -> a.currentOffer().filter(o -> o.status() == OfferStatus.ACCEPTED).isPresent()
          ? Optional.empty()
          : Optional.of("the current offer is "
              + a.currentOffer().map(o -> o.status().name()).orElse("missing")
              + ", not ACCEPTED"));
  private static final Guard<Application> NO_OPEN_OFFER = Guard.of("no live or accepted offer",
      a -> a.openOffer().map(o -> Optional.of("offer " + o.id() + " v" + o.version() + " is "
          + o.status() + "; revise or close it first")).orElse(Optional.empty()));
  private static final Guard<Application> LEFT_A_STAGE = Guard.when("left from a stage",
      a -> a.stage().isPresent());
  private static final Guard<Application> LEFT_AS_PROSPECT = Guard.when("left as a prospect",
      a -> a.stage().isEmpty());
  private static final Guard<Application> SCORABLE = Guard.ofActor(
      "an interview of the stage this actor may still score", Application::scoreRefusal);
  private static final Guard<Application> OWN_CANDIDATE = Guard.ofActor(
      "the application's own candidate, if a candidate acts",
      (a, actor) -> a.foreignCandidate(actor)
          ? Optional.of(actor + " is not the candidate of this application") : Optional.empty());

  /**
   * The text that replaces every required free text (a reason or note) of an anonymized
   * application's history; see {@link #anonymize()}.
   */
  public static final String ERASED = "(erased)";

  /** The rules of every application: statuses, actions, guards and the default policy. */
  public static final TransitionTable<ApplicationStatus, ApplicationAction, Application>
      LIFECYCLE = table();

  private static TransitionTable<ApplicationStatus, ApplicationAction, Application> table() {
    TransitionTable.Builder<ApplicationStatus, ApplicationAction, Application> t =
        TransitionTable.<ApplicationStatus, ApplicationAction, Application>builder(
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
                OFFER_STAGE.and(ACCEPTED_OFFER))
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
    return t.policy(RolePolicy.builder(ApplicationAction.class)
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
            .allowCandidate(ApplicationAction.APPLY, ApplicationAction.CONVERT,
                ApplicationAction.WITHDRAW)
            .build())
        .build();
  }

  Application() {}

  /**
   * The application's id.
   *
   * @return the id
   */
  public abstract ApplicationId id();

  /**
   * Who applied.
   *
   * @return the candidate's id
   */
  public abstract CandidateId candidateId();

  /**
   * The role applied to.
   *
   * @return the role's id
   */
  public abstract RoleId roleId();

  /**
   * The plan this application runs on: a snapshot of the role's plan when it applied, or the
   * plan it last migrated to.
   *
   * @return the plan
   */
  public abstract InterviewPlan plan();

  /**
   * The hiring team of the role when the application was created (a snapshot, recorded in the
   * creating event). A {@link dev.hirekit.lifecycle.TeamPolicy}, such as the one of {@link
   * HiringPolicy#team()}, checks every member who acts against it.
   *
   * @return the hiring team, possibly empty
   */
  public abstract HiringTeam hiringTeam();

  /**
   * Where it stands.
   *
   * @return the status
   */
  public abstract ApplicationStatus status();

  /**
   * The current stage; for a rejected, withdrawn or hired application the stage it was at. Empty
   * for a prospect (and a rejected or withdrawn prospect).
   *
   * @return the stage's id
   */
  public abstract Optional<StageId> stage();

  /**
   * Every offer version made, oldest first; the last is the current one.
   *
   * @return the offers
   */
  public abstract List<Offer> offers();

  /**
   * The scorecards submitted, in order.
   *
   * @return the scorecards
   */
  public abstract List<Scorecard> scorecards();

  /**
   * The reference checks recorded, in order.
   *
   * @return the references
   */
  public abstract List<Reference> references();

  /**
   * Why it was rejected, while rejected.
   *
   * @return the reason
   */
  public abstract Optional<RejectionReason> rejection();

  /**
   * The opening the hire filled, while hired.
   *
   * @return the opening
   */
  public abstract Optional<OpeningId> hiredInto();

  /**
   * The first day of work, while hired.
   *
   * @return the start date
   */
  public abstract Optional<LocalDate> startDate();

  /**
   * Everything that happened, oldest first.
   *
   * @return the events
   */
  public List<ApplicationEvent> history() {
    return log();
  }

  /** The events as a list that appends in constant time; {@link #history()} shows it. */
  abstract History<ApplicationEvent> log();

  /**
   * Who may perform which action on this application: the application policy of the {@link
   * HiringPolicy} it was created or replayed under (the default one of {@link #LIFECYCLE} for
   * {@link #apply}), unless replaced with {@link #withPolicy}. Checked bound to {@link
   * #hiringTeam()}. Part of equality, so applications under different policies are never equal;
   * not recorded in the history nor shown by {@code toString()}.
   *
   * @return the policy
   */
  public abstract Policy<ApplicationAction> policy();

  /**
   * A copy whose later actions are checked against another policy, e.g. one that lets
   * coordinators reject. The states, actions and guards stay those of {@link #LIFECYCLE}.
   *
   * @param value the policy
   * @return the copy
   */
  public abstract Application withPolicy(Policy<ApplicationAction> value);

  /**
   * Who may perform which offer action on this application's offers: the offer policy of the
   * {@link HiringPolicy} it was created or replayed under, unless replaced with {@link
   * #withOfferPolicy}. Checked bound to {@link #hiringTeam()}. Part of equality, like {@link
   * #policy()}.
   *
   * @return the offer policy
   */
  public abstract Policy<OfferAction> offerPolicy();

  /**
   * A copy whose later offer actions are checked against another policy.
   *
   * @param value the offer policy
   * @return the copy
   */
  public abstract Application withOfferPolicy(Policy<OfferAction> value);

  /** The table with this application's policy bound to its team; computed once per instance. */
  @Value.Lazy
  TransitionTable<ApplicationStatus, ApplicationAction, Application> rules() {
    Policy<ApplicationAction> bound = policy().within(hiringTeam());
    return bound == LIFECYCLE.policy() ? LIFECYCLE : LIFECYCLE.withPolicy(bound);
  }

  /** The offer policy bound to this application's team; computed once per instance. */
  @Value.Lazy
  Policy<OfferAction> offerRules() {
    return offerPolicy().within(hiringTeam());
  }

  @Value.Check
  void check() {
    stage().ifPresent(s -> Require.that(plan().contains(s), "Application", "stage",
        s + " is not a stage of plan v" + plan().version() + "; use a stage of the plan"));
    boolean needsStage = status() == ApplicationStatus.ACTIVE
        || status() == ApplicationStatus.HIRED;
    Require.that(!needsStage || stage().isPresent(), "Application", "stage",
        "is missing while " + status() + "; an active or hired application is at a stage");
    Require.that(status() != ApplicationStatus.PROSPECT || stage().isEmpty(), "Application",
        "stage", "is set for a prospect; a prospect is at no stage");
    Require.that(offers().stream().filter(o -> o.status().isLive()).count() <= 1,
        "Application", "offers", "holds more than one live offer; at most one is live");
    Require.that(status() != ApplicationStatus.HIRED
        || currentOffer().filter(o -> o.status() == OfferStatus.ACCEPTED).isPresent(),
        "Application", "offers", "has no accepted offer while HIRED; a hire needs one");
    Require.that(status() != ApplicationStatus.HIRED
        || currentStage().filter(s -> s.kind() == StageKind.OFFER).isPresent(),
        "Application", "stage", "is not an offer stage while HIRED; a hire is made at one");
    Require.that(hiredInto().isPresent() == (status() == ApplicationStatus.HIRED),
        "Application", "hiredInto", "must be set exactly while HIRED");
    Require.that(!history().isEmpty(), "Application", "history",
        "is empty; an application starts with an Applied or Prospected event");
  }

  // ---------------------------------------------------------------- creation

  /**
   * A candidate applies to an open role and starts at the first stage of its plan, under the
   * default {@link HiringPolicy#roles()}; {@link HiringPolicy#team()} offers the same call with
   * the hiring team checked.
   *
   * @param id the new application's id
   * @param candidate who applies
   * @param role the role, which must be open and have a plan
   * @param by the candidate themself (no one else's candidate), or a team member on their
   *     behalf
   * @param at when
   * @return the active application
   * @throws IllegalTransitionException if the role is not open or has no plan, or the actor may
   *     not apply for this candidate
   */
  public static Application apply(ApplicationId id, CandidateId candidate, Role role, Actor by,
      Instant at) {
    return HiringPolicy.roles().apply(id, candidate, role, by, at);
  }

  /**
   * A team member enters an application at a named stage (e.g. a referral straight to
   * interviews). Passing over stages is a team decision: a candidate applies at the first stage
   * only.
   *
   * @param id the new application's id
   * @param candidate who applies
   * @param role the role, which must be open and have a plan
   * @param by a team member who may apply
   * @param at when
   * @param entry the entry stage, a stage of the role's plan
   * @param reason why it skips the stages before, not blank
   * @return the active application
   * @throws IllegalTransitionException if the role is not open, the actor may not apply, or a
   *     candidate asks for a stage past the first
   * @throws InvalidValueException if the stage is not in the plan or the reason is blank
   */
  public static Application apply(ApplicationId id, CandidateId candidate, Role role, Actor by,
      Instant at, StageId entry, String reason) {
    return HiringPolicy.roles().apply(id, candidate, role, by, at, entry, reason);
  }

  /**
   * Records a lead for an open role: a prospect, not yet applied, at no stage.
   *
   * @param id the new application's id
   * @param candidate the lead
   * @param role the role, which must be open and have a plan
   * @param by who sources them (a team member; not the candidate)
   * @param at when
   * @return the prospect
   * @throws IllegalTransitionException if the role is not open or the actor may not prospect
   */
  public static Application prospect(ApplicationId id, CandidateId candidate, Role role,
      Actor by, Instant at) {
    return HiringPolicy.roles().prospect(id, candidate, role, by, at);
  }

  static Application create(HiringPolicy policy, ApplicationId id, CandidateId candidate,
      Role role, Actor by, Instant at, StageId entry, String reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(candidate, "candidate");
    InterviewPlan plan = requireOpen(id, role, ApplicationAction.APPLY, by);
    return start(new Applied(id, candidate, role.id(), plan, role.hiringTeam(),
        entry == null ? plan.first().id() : entry, Optional.ofNullable(reason), at, by), policy);
  }

  static Application createProspect(HiringPolicy policy, ApplicationId id,
      CandidateId candidate, Role role, Actor by, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(candidate, "candidate");
    InterviewPlan plan = requireOpen(id, role, ApplicationAction.PROSPECT, by);
    return start(new Prospected(id, candidate, role.id(), plan, role.hiringTeam(), at, by),
        policy);
  }

  private static InterviewPlan requireOpen(ApplicationId id, Role role, ApplicationAction action,
      Actor by) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(by, "by");
    // An open role has a plan: the role's lifecycle opens only a role with one.
    String refusal = role.status() == RoleStatus.OPEN ? null
        : "role " + role.id() + " is " + role.status() + ", not OPEN";
    if (refusal != null) {
      LOG.trace("application {} refused: NEW, {} by {}: {}", id, action, by, refusal);
      throw new IllegalTransitionException("Application", id.value(), "NEW", action.name(),
          refusal, List.of());
    }
    return role.plan().orElseThrow();
  }

  /**
   * Rebuilds an application from its history, checking every event against the rules of the
   * default {@link HiringPolicy#roles()}: the creating event and its actor as {@link #apply}
   * checks them (the role's state at that time aside, which the history cannot show), then each
   * later event as the action that records it. Use it for any history that comes from outside
   * your own trusted store, e.g. a document a client sends.
   *
   * @param history the events, oldest first, starting with {@link Applied} or {@link
   *     Prospected}
   * @return the application
   * @throws IllegalTransitionException if an event is not legal where it stands, by its actor
   * @throws InvalidValueException if the history is empty, does not start with a creating event
   *     or holds a bad value
   */
  public static Application replay(List<ApplicationEvent> history) {
    return HiringPolicy.roles().replay(history);
  }

  /**
   * Rebuilds an application from its history under other policies (those it was run with); the
   * same as {@code HiringPolicy.of(policy, offerPolicy).replay(history)}.
   *
   * @param history the events, oldest first, starting with {@link Applied} or {@link
   *     Prospected}
   * @param policy who may perform which application action
   * @param offerPolicy who may perform which offer action
   * @return the application, carrying both policies
   * @throws IllegalTransitionException if an event is not legal where it stands
   * @throws InvalidValueException if the history is empty, does not start with a creating event
   *     or holds a bad value
   */
  public static Application replay(List<ApplicationEvent> history,
      Policy<ApplicationAction> policy, Policy<OfferAction> offerPolicy) {
    return HiringPolicy.of(policy, offerPolicy).replay(history);
  }

  static Application replayUnder(HiringPolicy policy, List<ApplicationEvent> history) {
    Objects.requireNonNull(history, "history");
    Require.nonEmpty("Application", "history", history,
        "give the events, starting with Applied or Prospected");
    Application application = start(history.get(0), policy);
    for (ApplicationEvent event : history.subList(1, history.size())) {
      application = application.record(event);
    }
    return application;
  }

  /**
   * The application a creating event makes, under a policy, after checking the event as its
   * action: the actor may create it (the policy, bound to the team the event records), a
   * candidate only for themself, and only a team member enters past the first stage.
   */
  private static Application start(ApplicationEvent event, HiringPolicy policy) {
    Objects.requireNonNull(event, "event");
    ImmutableApplication.Builder built = ImmutableApplication.builder()
        .policy(policy.applications()).offerPolicy(policy.offers())
        .log(History.<ApplicationEvent>empty().append(event));
    ApplicationAction action;
    StageId entry = null;
    if (event instanceof Applied applied) {
      Require.that(applied.plan().contains(applied.stage()), "Application", "stage",
          applied.stage() + " is not a stage of the role's plan; enter at a stage of the plan");
      requireEntryReason(applied.plan(), applied.stage(), applied.reason());
      action = ApplicationAction.APPLY;
      entry = applied.stage();
      built.id(applied.application()).candidateId(applied.candidate()).roleId(applied.role())
          .plan(applied.plan()).hiringTeam(applied.team()).status(ApplicationStatus.ACTIVE)
          .stage(applied.stage());
    } else if (event instanceof Prospected prospected) {
      action = ApplicationAction.PROSPECT;
      built.id(prospected.application()).candidateId(prospected.candidate())
          .roleId(prospected.role()).plan(prospected.plan()).hiringTeam(prospected.team())
          .status(ApplicationStatus.PROSPECT);
    } else {
      throw new InvalidValueException("Application", "history", "starts with "
          + event.getClass().getSimpleName() + "; an application starts with Applied or"
          + " Prospected");
    }
    Application application = built.build();
    Actor by = event.by();
    Policy<ApplicationAction> bound = application.policy().within(application.hiringTeam());
    String refusal = null;
    if (!bound.allows(by, action)) {
      refusal = bound.refusal(by, action);
    } else if (application.foreignCandidate(by)) {
      refusal = by + " may not " + action + " for another candidate";
    } else if (entry != null && by.kind() == Actor.Kind.CANDIDATE
        && !entry.equals(application.plan().first().id())) {
      refusal = "a candidate enters at the first stage, "
          + application.plan().first().id() + "; entry at " + entry
          + " is a team decision";
    }
    if (refusal != null) {
      List<String> allowed = LIFECYCLE.starts().keySet().stream()
          .filter(a -> bound.allows(by, a)).map(Enum::name).collect(Collectors.toList());
      LOG.trace("application {} refused: NEW, {} by {}: {}", application.id(), action, by,
          refusal);
      throw new IllegalTransitionException("Application", application.id().value(), "NEW",
          action.name(), refusal, allowed);
    }
    LOG.debug("application {} {} for role {} by {}", application.id(), action,
        application.roleId(), by);
    return application;
  }

  private static void requireEntryReason(InterviewPlan plan, StageId entry,
      Optional<String> reason) {
    if (!plan.first().id().equals(entry)) {
      Require.that(reason.isPresent(), "Application", "reason", "is missing for entry at "
          + entry + "; say why the stages before it are passed over");
    }
    reason.ifPresent(r -> Require.nonBlank("Application", "reason", r));
  }

  /**
   * How many events the application has recorded: the sequence number of its last event, the events
   * being numbered 1, 2, 3, ... in {@link #history()} order (1 for a new application). A store
   * appends the events after the version it loaded, checking that it still holds that version.
   *
   * <pre>{@code
   * long loaded = application.version();
   * Application next = ...;                                        // one or more actions
   * store.append(next.id(), loaded, next.eventsAfter(loaded)); // expected version: loaded
   * }</pre>
   *
   * @return the version
   */
  public long version() {
    return history().size();
  }

  /**
   * The events recorded after a version, oldest first: what a store appends when it loaded
   * that version.
   *
   * @param version a version this application has had, from 0 to {@link #version()}
   * @return the later events, possibly none
   * @throws InvalidValueException if the version is negative or after {@link #version()}
   */
  public List<ApplicationEvent> eventsAfter(long version) {
    Require.that(version >= 0 && version <= version(), "Application", "version", version
        + " is not a version of " + id() + "; give 0 to " + version());
    return history().subList((int) version, history().size());
  }

  // ---------------------------------------------------------------- views

  /**
   * The current stage of the plan, if the application is at one.
   *
   * @return the stage
   */
  public Optional<Stage> currentStage() {
    return stage().flatMap(plan()::stage);
  }

  /**
   * The latest offer version, whatever its status.
   *
   * @return the current offer
   */
  public Optional<Offer> currentOffer() {
    return offers().isEmpty() ? Optional.empty()
        : Optional.of(offers().get(offers().size() - 1));
  }

  /**
   * The live offer (draft, pending approval, approved or extended), if any.
   *
   * @return the live offer
   */
  public Optional<Offer> liveOffer() {
    return currentOffer().filter(o -> o.status().isLive());
  }

  private Optional<Offer> openOffer() {
    return currentOffer().filter(o -> o.status().isLive() || o.status() == OfferStatus.ACCEPTED);
  }

  /**
   * The actions this actor may perform now; an action succeeds only if it is listed here and its
   * arguments are among the valid targets the actor's query lists: {@link #convertTargets},
   * {@link #moveTargets(Actor)}, {@link #skipTargets(Actor)}, {@link #reopenTargets(Actor)},
   * {@link #scorableInterviews(Actor)} and, since a hire also needs an open opening of the role,
   * {@link #hireTargets(Role, Actor)}. An action listed here has at least one valid target, the
   * role's openings for a hire aside.
   *
   * @param actor who would act
   * @return the legal actions
   */
  public Set<ApplicationAction> allowedActions(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return rules().allowedActions(status(), actor, this);
  }

  private List<StageId> ifAllowed(ApplicationAction action, Actor actor, List<StageId> targets) {
    return allowedActions(actor).contains(action) ? targets : List.of();
  }

  /**
   * The stages this actor may convert this prospect to now: the first stage for the candidate
   * themself, any stage for a team member who may convert (a later stage needs a reason).
   *
   * @param actor who would convert
   * @return the stages, in plan order; empty unless the actor may convert now
   */
  public List<StageId> convertTargets(Actor actor) {
    List<StageId> all = actor.kind() == Actor.Kind.CANDIDATE ? List.of(plan().first().id())
        : plan().stages().stream().map(Stage::id).collect(Collectors.toList());
    return ifAllowed(ApplicationAction.CONVERT, actor, all);
  }

  /**
   * The stages this actor may move the application to now: {@link #moveTargets()} if the actor
   * may move it at all.
   *
   * @param actor who would move it
   * @return the stages, in plan order
   */
  public List<StageId> moveTargets(Actor actor) {
    return ifAllowed(ApplicationAction.MOVE, actor, moveTargets());
  }

  /**
   * The stages this actor may skip to now: {@link #skipTargets()} if the actor may skip.
   *
   * @param actor who would skip
   * @return the stages, in plan order
   */
  public List<StageId> skipTargets(Actor actor) {
    return ifAllowed(ApplicationAction.SKIP, actor, skipTargets());
  }

  /**
   * The stages this actor may reopen the application at now: {@link #reopenTargets()} if the
   * actor may reopen it (a prospect reopens at no stage, so this is empty for one).
   *
   * @param actor who would reopen it
   * @return the stages, in plan order
   */
  public List<StageId> reopenTargets(Actor actor) {
    return ifAllowed(ApplicationAction.REOPEN, actor, reopenTargets());
  }

  /**
   * The interviews of the current stage this actor may submit a scorecard for now: for a member,
   * the interviews they are an interviewer of (or that name no interviewers) and have not scored
   * yet, submitted as themself; for a coordinator (who enters cards on interviewers' behalf,
   * recorded as by the coordinator, for the interviewer) and for the system, also the interviews
   * that still await a card from some eligible interviewer. Empty for a candidate and for an
   * actor who may not score.
   *
   * @param actor who would submit
   * @return the interviews, in stage order
   */
  public List<InterviewId> scorableInterviews(Actor actor) {
    return allowedActions(actor).contains(ApplicationAction.SUBMIT_SCORECARD)
        ? interviewsToScore(actor) : List.of();
  }

  private Optional<String> scoreRefusal(Actor actor) {
    Stage here = currentStage().orElseThrow();
    if (here.interviews().isEmpty()) {
      return Optional.of("stage " + here.id() + " holds no interviews to score");
    }
    if (!interviewsToScore(actor).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(actor.kind() == Actor.Kind.CANDIDATE
        ? "a candidate does not score interviews"
        : actor.kind() == Actor.Kind.SYSTEM
            ? "every interviewer of stage " + here.id() + " has scored"
            : actor.memberId().orElseThrow() + " has no interview of stage " + here.id()
                + " left to score: each interviewer scores each interview they hold once");
  }

  private List<InterviewId> interviewsToScore(Actor actor) {
    if (status() != ApplicationStatus.ACTIVE || actor.kind() == Actor.Kind.CANDIDATE) {
      return List.of();
    }
    List<InterviewId> open = new ArrayList<>();
    boolean forOthers = actor.kind() == Actor.Kind.SYSTEM
        || actor.actsAs(HiringRole.COORDINATOR);
    for (Interview interview : currentStage().orElseThrow().interviews()) {
      boolean own = actor.memberId().filter(m -> mayScore(interview, m)).isPresent();
      boolean forSomeone = forOthers && (interview.interviewers().isEmpty()
          || interview.interviewers().stream().anyMatch(m -> mayScore(interview, m)));
      if (own || forSomeone) {
        open.add(interview.id());
      }
    }
    return open;
  }

  private boolean mayScore(Interview interview, dev.hirekit.team.MemberId member) {
    return (interview.interviewers().isEmpty() || interview.interviewers().contains(member))
        && scorecards().stream().noneMatch(c -> c.interview().equals(interview.id())
            && c.interviewer().equals(member));
  }

  /**
   * The openings of the role this actor may hire the candidate into now: the role's open
   * openings, if the role is this application's, open or on hold, and the actor may hire now.
   *
   * @param role the application's role as it stands
   * @param actor who would hire
   * @return the opening ids, in role order
   */
  public List<OpeningId> hireTargets(Role role, Actor actor) {
    if (hireRefusal(role).isPresent()
        || !allowedActions(actor).contains(ApplicationAction.HIRE)) {
      return List.of();
    }
    return role.openOpenings().stream().map(dev.hirekit.role.Opening::id)
        .collect(Collectors.toList());
  }

  private Optional<String> hireRefusal(Role role) {
    if (!role.id().equals(roleId())) {
      return Optional.of("role " + role.id() + " is not this application's role " + roleId());
    }
    if (role.status() != RoleStatus.OPEN && role.status() != RoleStatus.ON_HOLD) {
      return Optional.of("role " + role.id() + " is " + role.status()
          + "; a hire fills an opening of an open or held role");
    }
    return Optional.empty();
  }

  /**
   * The offer actions this actor may perform on the current offer now.
   *
   * @param actor who would act
   * @param at when
   * @return the legal offer actions
   */
  public Set<OfferAction> allowedOfferActions(Actor actor, Instant at) {
    Set<OfferAction> allowed = EnumSet.noneOf(OfferAction.class);
    for (OfferAction action : OfferAction.values()) {
      if (offerRefusal(action, actor, at).isEmpty()) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * The stages {@link #moveTo(Actor, Instant, StageId)} may go to now: any earlier stage, and the
   * next stage when the current stage's exit rule is met.
   *
   * @return the stages, in plan order
   */
  public List<StageId> moveTargets() {
    if (status() != ApplicationStatus.ACTIVE) {
      return List.of();
    }
    int here = plan().indexOf(stage().orElseThrow());
    List<StageId> targets = new ArrayList<>();
    for (int i = 0; i < here; i++) {
      targets.add(plan().stages().get(i).id());
    }
    if (here + 1 < plan().stages().size() && exitRefusal().isEmpty()) {
      targets.add(plan().stages().get(here + 1).id());
    }
    return targets;
  }

  /**
   * The stages a skip may land on now: those after a run of optional stages that follows the
   * current stage, up to and including the first required stage after it. Empty unless the
   * next stage is optional and the current stage's exit rule is met.
   *
   * @return the stages, in plan order
   */
  public List<StageId> skipTargets() {
    if (status() != ApplicationStatus.ACTIVE || exitRefusal().isPresent()) {
      return List.of();
    }
    List<Stage> stages = plan().stages();
    int here = plan().indexOf(stage().orElseThrow());
    List<StageId> targets = new ArrayList<>();
    for (int i = here + 2; i < stages.size() && stages.get(i - 1).optional(); i++) {
      targets.add(stages.get(i).id());
    }
    return targets;
  }

  /**
   * The stages a reopen may return to: the stage left and any earlier one. Empty for a
   * prospect, which returns to being a prospect.
   *
   * @return the stages, in plan order
   */
  public List<StageId> reopenTargets() {
    if (stage().isEmpty() || (status() != ApplicationStatus.REJECTED
        && status() != ApplicationStatus.WITHDRAWN)) {
      return List.of();
    }
    int left = plan().indexOf(stage().get());
    return plan().stages().subList(0, left + 1).stream().map(Stage::id)
        .collect(Collectors.toList());
  }

  /**
   * Each stay in a stage, derived from the history: time in stage is a query over these.
   *
   * @return the visits, oldest first
   */
  public List<StageVisit> stageVisits() {
    List<StageVisit> visits = new ArrayList<>();
    StageId current = null;
    Instant entered = null;
    for (ApplicationEvent event : history()) {
      Optional<StageId> next = Optional.ofNullable(current);
      boolean changes = true;
      if (event instanceof Applied applied) {
        next = Optional.of(applied.stage());
      } else if (event instanceof Converted converted) {
        next = Optional.of(converted.stage());
      } else if (event instanceof Advanced advanced) {
        next = Optional.of(advanced.to());
      } else if (event instanceof Skipped skipped) {
        next = Optional.of(skipped.to());
      } else if (event instanceof Moved moved) {
        next = Optional.of(moved.to());
      } else if (event instanceof Reopened reopened) {
        next = reopened.stage();
      } else if (event instanceof Migrated migrated && current != null) {
        next = Optional.of(migrated.stageMapping().get(current));
      } else if (event instanceof Rejected || event instanceof Withdrawn
          || event instanceof Hired) {
        next = Optional.empty();
      } else {
        changes = false;
      }
      if (!changes) {
        continue;
      }
      if (current != null) {
        visits.add(new StageVisit(current, entered, Optional.of(event.at())));
      }
      current = next.orElse(null);
      entered = event.at();
    }
    if (current != null) {
      visits.add(new StageVisit(current, entered, Optional.empty()));
    }
    return visits;
  }

  private Optional<StageId> nextStage() {
    return stage().flatMap(plan()::next).map(Stage::id);
  }

  /**
   * Why the current stage may not be left forward yet, if it may not; read by several guards
   * and views, so computed once per instance.
   */
  @Value.Lazy
  Optional<String> exitRefusal() {
    Optional<Stage> here = currentStage();
    if (here.isEmpty()) {
      return Optional.empty();
    }
    Stage stage = here.get();
    Set<InterviewId> interviews = stage.interviews().stream().map(Interview::id)
        .collect(Collectors.toSet());
    List<Scorecard> cards = scorecards().stream()
        .filter(c -> interviews.contains(c.interview()))
        .collect(Collectors.toList());
    if (cards.size() < stage.requiredScorecards()) {
      return Optional.of("stage " + stage.id() + " needs " + stage.requiredScorecards()
          + " submitted scorecards, has " + cards.size());
    }
    return stage.minimumRecommendation().flatMap(minimum -> cards.stream()
        .filter(c -> !c.recommendation().isAtLeast(minimum))
        .findFirst()
        .map(c -> "stage " + stage.id() + " needs every recommendation at least " + minimum
            + ", has " + c.recommendation()));
  }

  boolean foreignCandidate(Actor actor) {
    return actor.kind() == Actor.Kind.CANDIDATE
        && !actor.candidateId().orElseThrow().equals(candidateId());
  }

  // ---------------------------------------------------------------- personal data

  /**
   * The same application with every free text that may name people erased from its history, for
   * a GDPR erasure request (anonymize the {@link dev.hirekit.candidate.Candidate} too). Each event
   * is mapped to its erased form and the state is replayed from the erased history under this
   * application's policies, so {@code Application.replay(anon.history(), policy, offerPolicy)}
   * equals the result:
   *
   * <ul>
   *   <li>replaced by {@link #ERASED}: the reasons of entering at a later stage, skipping,
   *       withdrawing, reopening, declining an offer's approval, declining and rescinding an
   *       offer, the note of an unhire (so an offer's {@link Offer#reason()} is erased too), and
   *       the codes of rejection reasons;
   *   <li>removed: the notes of scorecards, references and rejection reasons;
   *   <li>referees renamed {@code "Referee 1"}, {@code "Referee 2"}, ... by first appearance (the
   *       same referee keeps the same number), and the attributes of a scorecard's ratings
   *       renamed {@code "attribute 1"}, {@code "attribute 2"}, ... by position.
   * </ul>
   *
   * <p>Everything else stays identical: ids, status, stage, plan, hiring team, stage visits and
   * their times, every event's type, time and actor, recommendations and rating scores,
   * reference relationships and outcomes, offers (ids, versions, statuses, compensation, expiry,
   * approvals), rejection sides, hire and start date. Anonymizing an anonymized application
   * changes nothing.
   *
   * <pre>{@code
   * Application anon = application.anonymize();
   * anon.status().equals(application.status()); // true
   * }</pre>
   *
   * @return the anonymized application
   * @throws IllegalTransitionException if the history does not replay under the current
   *     policies (it was recorded under other ones)
   */
  public Application anonymize() {
    List<ApplicationEvent> erased = Erasure.erase(history());
    if (erased.equals(history())) {
      return this;
    }
    Application anonymous = replay(erased, policy(), offerPolicy());
    LOG.debug("application {} anonymized", id());
    return anonymous;
  }

  // ---------------------------------------------------------------- actions

  /**
   * Turns a prospect into an active application at the first stage, while its role is open.
   *
   * @param role this application's role, as it stands now
   * @param by the candidate themself, or a team member who may convert
   * @param at when
   * @return the active application
   * @throws IllegalTransitionException if not a prospect, not allowed, or the role is not open
   * @throws InvalidValueException if the role is not this application's
   */
  public Application convert(Role role, Actor by, Instant at) {
    return converted(role, new Converted(plan().first().id(), Optional.empty(), at, by));
  }

  /**
   * Turns a prospect into an active application at a named stage, while its role is open (see
   * {@link #convertTargets(Actor)}): passing over stages is a team decision, never the
   * candidate's.
   *
   * @param role this application's role, as it stands now
   * @param by a team member who may convert
   * @param at when
   * @param entry the entry stage
   * @param reason why the stages before are passed over, not blank
   * @return the active application
   * @throws IllegalTransitionException if not a prospect, not allowed, the role is not open, or
   *     a candidate asks for a stage past the first
   * @throws InvalidValueException if the role is not this application's
   */
  public Application convert(Role role, Actor by, Instant at, StageId entry, String reason) {
    return converted(role, new Converted(entry, Optional.of(reason), at, by));
  }

  private Application converted(Role role, Converted event) {
    requireOwnRole(role);
    if (role.status() != RoleStatus.OPEN) {
      throw refuse(ApplicationAction.CONVERT, event.by(), "role " + role.id() + " is "
          + role.status() + "; a prospect converts only while its role is OPEN");
    }
    return record(event);
  }

  private void requireOwnRole(Role role) {
    Objects.requireNonNull(role, "role");
    Require.that(role.id().equals(roleId()), "Application", "role", "role " + role.id()
        + " is not the role of application " + id() + " (" + roleId() + "); pass its own role");
  }

  /**
   * Moves to the next stage, once the current stage's exit rule is met.
   *
   * @param by who acts
   * @param at when
   * @return the application at the next stage
   * @throws IllegalTransitionException if there is no next stage, the exit rule is not met, or
   *     the application is not active
   */
  public Application advance(Actor by, Instant at) {
    StageId from = stage().orElse(plan().first().id());
    StageId to = nextStage().orElse(from);
    return record(new Advanced(from, to, at, by));
  }

  /**
   * Moves forward over the run of optional stages after the current one, to the first required
   * stage after them.
   *
   * @param by who acts
   * @param at when
   * @param reason why they are skipped, not blank
   * @return the application at the stage after the skipped ones
   * @throws IllegalTransitionException if the next stage is not optional or the exit rule is not
   *     met
   */
  public Application skip(Actor by, Instant at, String reason) {
    List<StageId> targets = skipTargets();
    StageId from = stage().orElse(plan().first().id());
    StageId to = targets.isEmpty() ? from : targets.get(targets.size() - 1);
    return record(new Skipped(from, to, between(from, to), reason, at, by));
  }

  /**
   * Moves to an earlier stage, or forward to the next stage (see {@link #moveTargets()}).
   *
   * @param by who acts
   * @param at when
   * @param target the stage to go to
   * @return the application at the target
   * @throws IllegalTransitionException if the target is not a legal move
   */
  public Application moveTo(Actor by, Instant at, StageId target) {
    return record(new Moved(stage().orElse(plan().first().id()), target, at, by));
  }

  /**
   * Moves forward over optional stages to a target (see {@link #skipTargets()}).
   *
   * @param by who acts
   * @param at when
   * @param target the stage to land on
   * @param reason why the stages between are skipped, not blank
   * @return the application at the target
   * @throws IllegalTransitionException if the stages between are not all optional
   */
  public Application moveTo(Actor by, Instant at, StageId target, String reason) {
    StageId from = stage().orElse(plan().first().id());
    return record(new Skipped(from, target, between(from, target), reason, at, by));
  }

  private List<StageId> between(StageId from, StageId to) {
    int a = plan().indexOf(from);
    int b = plan().indexOf(to);
    if (a < 0 || b <= a) {
      return List.of();
    }
    return plan().stages().subList(a + 1, b).stream().map(Stage::id)
        .collect(Collectors.toList());
  }

  /**
   * Rejects the application; a live or accepted offer is rescinded in the same step.
   *
   * @param by who acts
   * @param at when
   * @param reason why
   * @return the rejected application
   * @throws IllegalTransitionException if not a prospect or active, or not allowed
   */
  public Application reject(Actor by, Instant at, RejectionReason reason) {
    return record(new Rejected(reason, at, by));
  }

  /**
   * The candidate withdraws; a live or accepted offer is declined in the same step.
   *
   * @param by the candidate, or a team member recording it
   * @param at when
   * @param reason why, not blank
   * @return the withdrawn application
   * @throws IllegalTransitionException if not a prospect or active, or not allowed
   */
  public Application withdraw(Actor by, Instant at, String reason) {
    return record(new Withdrawn(reason, at, by));
  }

  /**
   * Undoes a rejection or withdrawal, back at the stage it left (a prospect stays a prospect).
   *
   * @param by who acts
   * @param at when
   * @param reason why, not blank
   * @return the reopened application
   * @throws IllegalTransitionException if not rejected or withdrawn, or not allowed
   */
  public Application reopen(Actor by, Instant at, String reason) {
    return record(new Reopened(stage(), reason, at, by));
  }

  /**
   * Undoes a rejection or withdrawal, at the stage left or an earlier one (see {@link
   * #reopenTargets()}).
   *
   * @param by who acts
   * @param at when
   * @param target the stage to return to
   * @param reason why, not blank
   * @return the reopened application
   * @throws IllegalTransitionException if not legal now, or the target is not allowed
   */
  public Application reopen(Actor by, Instant at, StageId target, String reason) {
    return record(new Reopened(Optional.of(target), reason, at, by));
  }

  /**
   * Hires the candidate into an open opening of the role, at an offer stage with an accepted
   * offer; the start date is the accepted offer's. To fill the opening in the same step, call
   * {@link Staffing#hire(Role, Application, Actor, Instant, OpeningId)}, which returns both the
   * hired application and the role, and save them in one transaction.
   *
   * @param role this application's role, as it stands now (open or on hold)
   * @param by who acts
   * @param at when
   * @param opening the opening filled, one of {@link #hireTargets(Role, Actor)}
   * @return the hired application
   * @throws IllegalTransitionException if not at an offer stage with an accepted offer, not
   *     allowed, the role is not open or held, or the opening is not one of its open openings
   * @throws InvalidValueException if the role is not this application's
   */
  public Application hire(Role role, Actor by, Instant at, OpeningId opening) {
    requireOwnRole(role);
    Objects.requireNonNull(opening, "opening");
    Optional<String> refusal = hireRefusal(role);
    if (refusal.isEmpty() && role.opening(opening).filter(o -> o.isOpen()).isEmpty()) {
      refusal = Optional.of("opening " + opening + " is not an open opening of role "
          + role.id() + "; open openings: " + role.openOpenings().stream()
              .map(o -> o.id().value()).collect(Collectors.toList()));
    }
    if (refusal.isPresent()) {
      throw refuse(ApplicationAction.HIRE, by, refusal.get());
    }
    // The start date agreed in the current offer; record refuses unless that offer is accepted.
    LocalDate startDate = currentOffer().map(o -> o.compensation().startDate())
        .orElse(LocalDate.MIN);
    return record(new Hired(opening, startDate, at, by));
  }

  /**
   * Undoes a hire: a candidate who reneged is withdrawn (offer declined), a reversed hire is
   * rejected (offer rescinded). The opening it filled opens again through {@link
   * Staffing#apply(Role, ApplicationEvent)}.
   *
   * @param by who acts
   * @param at when
   * @param reason reneged or reversed
   * @param note what happened, not blank
   * @return the withdrawn or rejected application
   * @throws IllegalTransitionException if not hired, or not allowed
   */
  public Application unhire(Actor by, Instant at, UnhireReason reason, String note) {
    return record(new Unhired(hiredInto().orElse(OpeningId.of("none")), reason, note, at, by));
  }

  /**
   * An interviewer submits a scorecard for an interview of the current stage; one per
   * interviewer per interview.
   *
   * @param by the interviewer
   * @param at when
   * @param scorecard the scorecard
   * @return the application with the scorecard
   * @throws IllegalTransitionException if not legal now, or the scorecard does not fit
   */
  public Application submitScorecard(Actor by, Instant at, Scorecard scorecard) {
    return record(new ScorecardSubmitted(scorecard, at, by));
  }

  /**
   * Records a reference check.
   *
   * @param by who acts
   * @param at when
   * @param reference the reference
   * @return the application with the reference
   * @throws IllegalTransitionException if not active, or not allowed
   */
  public Application recordReference(Actor by, Instant at, Reference reference) {
    return record(new ReferenceRecorded(reference, at, by));
  }

  /**
   * Drafts an offer, at an offer stage, when there is no live or accepted offer.
   *
   * @param by who acts
   * @param at when
   * @param offer the new offer's id, not used before on this application
   * @param compensation the terms
   * @param expiresAt when it lapses once extended, after {@code at}
   * @param approvalChain who must approve it
   * @return the application with the draft
   * @throws IllegalTransitionException if not legal now
   */
  public Application draftOffer(Actor by, Instant at, OfferId offer, Compensation compensation,
      Instant expiresAt, ApprovalChain approvalChain) {
    return record(new OfferDrafted(offer, compensation, expiresAt, approvalChain, at, by));
  }

  /**
   * Sends the current offer to its approval chain.
   *
   * @param by who acts
   * @param at when
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application submitOfferForApproval(Actor by, Instant at) {
    return record(new OfferSubmittedForApproval(at, by));
  }

  /**
   * An awaited approver approves the current offer.
   *
   * @param by the approver
   * @param at when
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application approveOffer(Actor by, Instant at) {
    return record(new OfferApproved(at, by));
  }

  /**
   * An awaited approver declines the current offer; it returns to draft.
   *
   * @param by the approver
   * @param at when
   * @param reason why, not blank
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application declineOfferApproval(Actor by, Instant at, String reason) {
    return record(new OfferApprovalDeclined(reason, at, by));
  }

  /**
   * Makes the current offer to the candidate.
   *
   * @param by who acts
   * @param at when
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application extendOffer(Actor by, Instant at) {
    return record(new OfferExtended(at, by));
  }

  /**
   * The candidate accepts the current offer, before it expires.
   *
   * @param by the candidate, or a recruiter recording it
   * @param at when
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application acceptOffer(Actor by, Instant at) {
    return record(new OfferAccepted(at, by));
  }

  /**
   * The candidate declines the current offer (or reneges on an accepted one before the hire).
   *
   * @param by the candidate, or a recruiter recording it
   * @param at when
   * @param reason why, not blank
   * @return the application, still active
   * @throws IllegalTransitionException if not legal now
   */
  public Application declineOffer(Actor by, Instant at, String reason) {
    return record(new OfferDeclined(reason, at, by));
  }

  /**
   * The company withdraws the current offer.
   *
   * @param by who acts
   * @param at when
   * @param reason why, not blank
   * @return the application, still active
   * @throws IllegalTransitionException if not legal now (a hired application is unhired first)
   */
  public Application rescindOffer(Actor by, Instant at, String reason) {
    return record(new OfferRescinded(reason, at, by));
  }

  /**
   * Marks the current offer expired once its expiry has passed.
   *
   * @param by who acts, usually the system
   * @param at the current time, given by the caller
   * @return the application
   * @throws IllegalTransitionException if not extended or not yet expired
   */
  public Application expireOffer(Actor by, Instant at) {
    return record(new OfferExpired(at, by));
  }

  /**
   * Supersedes the current offer by a next version with new terms; approval starts again.
   *
   * @param by who acts
   * @param at when
   * @param compensation the new terms
   * @param expiresAt the new expiry, after {@code at}
   * @return the application with the new draft
   * @throws IllegalTransitionException if not legal now (an accepted offer is rescinded first)
   */
  public Application reviseOffer(Actor by, Instant at, Compensation compensation,
      Instant expiresAt) {
    return record(new OfferRevised(compensation, expiresAt, at, by));
  }

  /**
   * Moves the application onto a newer version of the plan, stage by stage.
   *
   * @param by who acts
   * @param at when
   * @param newPlan the new plan, of a higher version
   * @param stageMapping for each old stage the application refers to, its new stage; must hold
   *     the current stage
   * @return the application on the new plan
   * @throws IllegalTransitionException if the plan is not newer or the mapping does not fit
   */
  public Application migrate(Actor by, Instant at, InterviewPlan newPlan,
      Map<StageId, StageId> stageMapping) {
    return record(new Migrated(newPlan, stageMapping, at, by));
  }

  // ---------------------------------------------------------------- the rules, event by event

  /**
   * Records an event: checks that it is legal where the application stands, by its actor at
   * its time, and returns the application with it applied. Every action method goes through
   * here, and so does {@link #replay(List)}.
   *
   * @param event the event
   * @return the application after the event
   * @throws IllegalTransitionException if the event is not legal now
   * @throws InvalidValueException if it carries a bad value (a blank reason, a stage outside the
   *     plan)
   */
  Application record(ApplicationEvent event) {
    Objects.requireNonNull(event, "event");
    Application next = applied(event);
    LOG.debug("application {} {} -> {} by {}", id(), event.getClass().getSimpleName(),
        next.status(), event.by());
    return next;
  }

  private Application applied(ApplicationEvent event) {
    ApplicationAction action = actionOf(event);
    if (event instanceof Applied || event instanceof Prospected) {
      throw refuse(event, "application " + id() + " already exists");
    }
    Instant previous = history().get(history().size() - 1).at();
    if (event.at().isBefore(previous)) {
      throw refuse(event, "event time " + event.at() + " is before the previous event at "
          + previous);
    }
    if (foreignCandidate(event.by())) {
      throw refuse(event, event.by() + " is not the candidate of this application");
    }
    if (action == null) {
      return offerEvent(event);
    }
    ApplicationStatus target = event instanceof Unhired undone
        ? rules().fireTo(id().value(), status(), action,
            undone.reason() == UnhireReason.CANDIDATE_RENEGED
                ? ApplicationStatus.WITHDRAWN : ApplicationStatus.REJECTED,
            event.by(), this)
        : rules().fire(id().value(), status(), action, event.by(), this);
    ImmutableApplication.Builder next = ImmutableApplication.builder().from(this).status(target)
        .log(log().append(event));
    if (event instanceof Converted converted) {
      requireStage(action, event.by(), converted.stage());
      requireEntryReason(plan(), converted.stage(), converted.reason());
      if (!convertTargets(event.by()).contains(converted.stage())) {
        throw refuse(action, event.by(), "a candidate converts at the first stage, "
            + plan().first().id() + "; entry at " + converted.stage() + " is a team decision");
      }
      return next.stage(converted.stage()).build();
    }
    if (event instanceof Advanced advanced) {
      requireFrom(action, event.by(), advanced.from());
      if (!Optional.of(advanced.to()).equals(nextStage())) {
        throw refuse(action, event.by(), advanced.to() + " is not the next stage after "
            + advanced.from());
      }
      return next.stage(advanced.to()).build();
    }
    if (event instanceof Skipped skipped) {
      requireFrom(action, event.by(), skipped.from());
      Require.nonBlank("Application", "reason", skipped.reason());
      if (!skipTargets().contains(skipped.to())) {
        throw refuse(action, event.by(), "cannot skip to " + skipped.to() + "; skip targets: "
            + skipTargets());
      }
      if (!skipped.skipped().equals(between(skipped.from(), skipped.to()))) {
        throw refuse(action, event.by(), "the skipped stages " + skipped.skipped()
            + " are not the stages between " + skipped.from() + " and " + skipped.to());
      }
      return next.stage(skipped.to()).build();
    }
    if (event instanceof Moved moved) {
      requireFrom(action, event.by(), moved.from());
      if (!moveTargets().contains(moved.to())) {
        throw refuse(action, event.by(), "cannot move to " + moved.to() + "; move targets: "
            + moveTargets());
      }
      return next.stage(moved.to()).build();
    }
    if (event instanceof Rejected rejected) {
      return closingOffer(next, OfferStatus.RESCINDED, "application rejected")
          .rejection(rejected.reason()).build();
    }
    if (event instanceof Withdrawn withdrawn) {
      Require.nonBlank("Application", "reason", withdrawn.reason());
      return closingOffer(next, OfferStatus.DECLINED, "application withdrawn").build();
    }
    if (event instanceof Reopened reopened) {
      Require.nonBlank("Application", "reason", reopened.reason());
      if (target == ApplicationStatus.PROSPECT) {
        if (reopened.stage().isPresent()) {
          throw refuse(action, event.by(), "a prospect reopens as a prospect, at no stage");
        }
      } else if (reopened.stage().isEmpty()
          || !reopenTargets().contains(reopened.stage().get())) {
        throw refuse(action, event.by(), "cannot reopen at "
            + reopened.stage().map(StageId::value).orElse("no stage") + "; reopen targets: "
            + reopenTargets());
      }
      return next.stage(reopened.stage()).rejection(Optional.empty()).build();
    }
    if (event instanceof ScorecardSubmitted submitted) {
      return next.addScorecards(checkedScorecard(action, submitted)).build();
    }
    if (event instanceof ReferenceRecorded recorded) {
      return next.addReferences(recorded.reference()).build();
    }
    if (event instanceof OfferDrafted drafted) {
      Offer.requireExpiryAfter(drafted.expiresAt(), drafted.at());
      if (offers().stream().anyMatch(o -> o.id().equals(drafted.offer()))) {
        throw refuse(action, event.by(), "offer id " + drafted.offer()
            + " is taken; revise that offer or use a new id");
      }
      return next.addOffers(Offer.draft(drafted.offer(), drafted.compensation(),
          drafted.expiresAt(), drafted.approvalChain()).withPolicy(offerRules())).build();
    }
    if (event instanceof Hired hired) {
      LocalDate agreed = currentOffer().orElseThrow().compensation().startDate();
      if (!hired.startDate().equals(agreed)) {
        throw refuse(action, event.by(), "the start date " + hired.startDate()
            + " is not the accepted offer's " + agreed + "; revise the offer to change it");
      }
      return next.hiredInto(hired.opening()).startDate(hired.startDate()).build();
    }
    if (event instanceof Unhired unhired) {
      Require.nonBlank("Application", "note", unhired.note());
      if (!hiredInto().orElseThrow().equals(unhired.opening())) {
        throw refuse(action, event.by(), "the hire filled opening " + hiredInto().get()
            + ", not " + unhired.opening());
      }
      boolean reneged = unhired.reason() == UnhireReason.CANDIDATE_RENEGED;
      next = closingOffer(next, reneged ? OfferStatus.DECLINED : OfferStatus.RESCINDED,
          reneged ? "candidate reneged" : "hire reversed")
          .hiredInto(Optional.empty()).startDate(Optional.empty());
      if (!reneged) {
        next.rejection(RejectionReason.of(RejectionSide.WE_REJECTED, "hire-reversed"));
      }
      return next.build();
    }
    Migrated migrated = (Migrated) event;
    return next.plan(migrated.plan()).stage(checkedMigration(action, migrated)).build();
  }

  /** The application action each event records; offer events are absent. */
  private static final Map<Class<?>, ApplicationAction> ACTIONS = Map.ofEntries(
      Map.entry(Applied.class, ApplicationAction.APPLY),
      Map.entry(Prospected.class, ApplicationAction.PROSPECT),
      Map.entry(Converted.class, ApplicationAction.CONVERT),
      Map.entry(Advanced.class, ApplicationAction.ADVANCE),
      Map.entry(Skipped.class, ApplicationAction.SKIP),
      Map.entry(Moved.class, ApplicationAction.MOVE),
      Map.entry(Rejected.class, ApplicationAction.REJECT),
      Map.entry(Withdrawn.class, ApplicationAction.WITHDRAW),
      Map.entry(Reopened.class, ApplicationAction.REOPEN),
      Map.entry(ScorecardSubmitted.class, ApplicationAction.SUBMIT_SCORECARD),
      Map.entry(ReferenceRecorded.class, ApplicationAction.RECORD_REFERENCE),
      Map.entry(OfferDrafted.class, ApplicationAction.DRAFT_OFFER),
      Map.entry(Hired.class, ApplicationAction.HIRE),
      Map.entry(Unhired.class, ApplicationAction.UNHIRE),
      Map.entry(Migrated.class, ApplicationAction.MIGRATE));

  /** The offer action each offer event records. */
  private static final Map<Class<?>, OfferAction> OFFER_ACTIONS = Map.of(
      OfferSubmittedForApproval.class, OfferAction.SUBMIT_FOR_APPROVAL,
      OfferApproved.class, OfferAction.APPROVE,
      OfferApprovalDeclined.class, OfferAction.DECLINE_APPROVAL,
      OfferExtended.class, OfferAction.EXTEND,
      OfferAccepted.class, OfferAction.ACCEPT,
      OfferDeclined.class, OfferAction.DECLINE,
      OfferRescinded.class, OfferAction.RESCIND,
      OfferExpired.class, OfferAction.EXPIRE,
      OfferRevised.class, OfferAction.REVISE);

  /** The application action an event records, or null for an offer event. */
  private static ApplicationAction actionOf(ApplicationEvent event) {
    return ACTIONS.get(event.getClass());
  }

  private ImmutableApplication.Builder closingOffer(ImmutableApplication.Builder next,
      OfferStatus outcome, String reason) {
    Optional<Offer> open = openOffer();
    if (open.isEmpty()) {
      return next;
    }
    List<Offer> offers = new ArrayList<>(offers());
    offers.set(offers.size() - 1, open.get().closeWithApplication(outcome, reason));
    return next.offers(offers);
  }

  private void requireStage(ApplicationAction action, Actor by, StageId stage) {
    if (!plan().contains(stage)) {
      throw refuse(action, by, stage + " is not a stage of plan v" + plan().version());
    }
  }

  private void requireFrom(ApplicationAction action, Actor by, StageId from) {
    if (!stage().equals(Optional.of(from))) {
      throw refuse(action, by, "the event leaves " + from + " but the application is at "
          + stage().map(StageId::value).orElse("no stage"));
    }
  }

  private Scorecard checkedScorecard(ApplicationAction action, ScorecardSubmitted submitted) {
    Scorecard card = submitted.scorecard();
    Actor by = submitted.by();
    Stage here = currentStage().orElseThrow();
    Optional<Interview> interview = here.interviews().stream()
        .filter(i -> i.id().equals(card.interview())).findFirst();
    if (interview.isEmpty()) {
      throw refuse(action, by, "interview " + card.interview() + " is not held in stage "
          + here.id());
    }
    if (by.kind() == Actor.Kind.MEMBER && !by.actsAs(HiringRole.COORDINATOR)
        && !by.memberId().orElseThrow().equals(card.interviewer())) {
      throw refuse(action, by, "a member submits only their own scorecard, not "
          + card.interviewer() + "'s; a coordinator may enter it for them");
    }
    if (!interview.get().interviewers().isEmpty()
        && !interview.get().interviewers().contains(card.interviewer())) {
      throw refuse(action, by, card.interviewer() + " is not an interviewer of "
          + card.interview());
    }
    if (scorecards().stream().anyMatch(c -> c.interview().equals(card.interview())
        && c.interviewer().equals(card.interviewer()))) {
      throw refuse(action, by, card.interviewer() + " already submitted a scorecard for "
          + card.interview() + "; scorecards are immutable once submitted");
    }
    return card;
  }

  private Optional<StageId> checkedMigration(ApplicationAction action, Migrated migrated) {
    Actor by = migrated.by();
    if (migrated.plan().version() <= plan().version()) {
      throw refuse(action, by, "plan v" + migrated.plan().version() + " is not newer than v"
          + plan().version());
    }
    for (Map.Entry<StageId, StageId> entry : migrated.stageMapping().entrySet()) {
      if (!plan().contains(entry.getKey()) || !migrated.plan().contains(entry.getValue())) {
        throw refuse(action, by, "the mapping " + entry.getKey() + " -> " + entry.getValue()
            + " does not lead from a stage of v" + plan().version() + " to a stage of v"
            + migrated.plan().version());
      }
    }
    if (stage().isEmpty()) {
      return Optional.empty();
    }
    StageId current = stage().get();
    if (!migrated.stageMapping().containsKey(current)) {
      throw refuse(action, by, "the mapping does not say where the current stage " + current
          + " goes");
    }
    StageId target = migrated.stageMapping().get(current);
    Optional<String> gained = progressGained(migrated.plan(), migrated.stageMapping(), target);
    if (gained.isPresent()) {
      throw refuse(action, by, gained.get());
    }
    if (status() == ApplicationStatus.HIRED
        && migrated.plan().stage(target).orElseThrow().kind() != StageKind.OFFER) {
      throw refuse(action, by, "a hired application stays at an offer stage; " + target
          + " is not one");
    }
    return Optional.of(target);
  }

  /**
   * Why a migration to {@code target} would grant progress the rules did not, if it would: every
   * stage of the new plan before the target must be the image of a stage the application had
   * already left behind (one before its current stage in the old plan); a stage the mapping does
   * not name maps to the stage of the same id, if the new plan has one.
   */
  private Optional<String> progressGained(InterviewPlan newPlan, Map<StageId, StageId> mapping,
      StageId target) {
    int here = plan().indexOf(stage().orElseThrow());
    Set<StageId> passed = new java.util.HashSet<>();
    for (Stage leftBehind : plan().stages().subList(0, here)) {
      StageId left = leftBehind.id();
      StageId image = mapping.getOrDefault(left, newPlan.contains(left) ? left : null);
      if (image != null) {
        passed.add(image);
      }
    }
    for (Stage before : newPlan.stages().subList(0, newPlan.indexOf(target))) {
      if (!passed.contains(before.id())) {
        return Optional.of("the mapping puts the application at " + target + ", past stage "
            + before.id() + " of v" + newPlan.version() + " that no stage it has passed maps to;"
            + " a migration maps positions and never grants progress: map it to " + before.id()
            + " or earlier");
      }
    }
    return Optional.empty();
  }

  private Application offerEvent(ApplicationEvent event) {
    Optional<String> refusal = applicationRefusal(offerActionOf(event));
    if (refusal.isPresent()) {
      throw refuse(event, refusal.get());
    }
    Offer current = currentOffer().orElseThrow().withPolicy(offerRules());
    Actor by = event.by();
    Instant at = event.at();
    List<Offer> offers = new ArrayList<>(offers());
    if (event instanceof OfferRevised revised) {
      Offer.Revision revision = current.revise(by, at, revised.compensation(),
          revised.expiresAt());
      offers.set(offers.size() - 1, revision.superseded());
      offers.add(revision.next());
    } else {
      UnaryOperator<Offer> step = offerStep(event);
      offers.set(offers.size() - 1, step.apply(current));
    }
    return ImmutableApplication.builder().from(this).offers(offers).log(log().append(event))
        .build();
  }

  private static UnaryOperator<Offer> offerStep(ApplicationEvent event) {
    Actor by = event.by();
    Instant at = event.at();
    if (event instanceof OfferSubmittedForApproval) {
      return o -> o.submitForApproval(by, at);
    } else if (event instanceof OfferApproved) {
      return o -> o.approve(by, at);
    } else if (event instanceof OfferApprovalDeclined declined) {
      return o -> o.declineApproval(by, at, declined.reason());
    } else if (event instanceof OfferExtended) {
      return o -> o.extend(by, at);
    } else if (event instanceof OfferAccepted) {
      return o -> o.accept(by, at);
    } else if (event instanceof OfferDeclined declined) {
      return o -> o.decline(by, at, declined.reason());
    } else if (event instanceof OfferRescinded rescinded) {
      return o -> o.rescind(by, at, rescinded.reason());
    }
    return o -> o.expire(by, at);
  }

  private static OfferAction offerActionOf(ApplicationEvent event) {
    return OFFER_ACTIONS.get(event.getClass());
  }

  /** Why the application itself does not let an offer action happen now, if it does not. */
  private Optional<String> applicationRefusal(OfferAction action) {
    if (status() != ApplicationStatus.ACTIVE) {
      return Optional.of("offers are acted on only while the application is ACTIVE"
          + (status() == ApplicationStatus.HIRED ? "; unhire first" : ""));
    }
    if (currentOffer().isEmpty()) {
      return Optional.of("there is no offer; draft one first");
    }
    if (action == OfferAction.REVISE) {
      return OFFER_STAGE.refusal(this, Actor.system());
    }
    return Optional.empty();
  }

  private Optional<String> offerRefusal(OfferAction action, Actor actor, Instant at) {
    if (foreignCandidate(actor)) {
      return Optional.of(actor + " is not the candidate of this application");
    }
    Optional<String> refusal = applicationRefusal(action);
    if (refusal.isPresent()) {
      return refusal;
    }
    return currentOffer().orElseThrow().withPolicy(offerRules()).refusal(action, actor, at);
  }

  private IllegalTransitionException refuse(ApplicationEvent event, String reason) {
    ApplicationAction action = actionOf(event);
    if (action != null) {
      return refuse(action, event.by(), reason);
    }
    LOG.trace("application {} refused: {}, {} by {}: {}", id(), status(), offerActionOf(event),
        event.by(), reason);
    return new IllegalTransitionException("Application", id().value(), status().name(),
        offerActionOf(event).name(), reason, allowedOfferActions(event.by(), event.at())
            .stream().map(Enum::name).collect(Collectors.toList()));
  }

  private IllegalTransitionException refuse(ApplicationAction action, Actor by, String reason) {
    LOG.trace("application {} refused: {}, {} by {}: {}", id(), status(), action, by, reason);
    return new IllegalTransitionException("Application", id().value(), status().name(),
        action.name(), reason, allowedActions(by).stream().map(Enum::name)
            .collect(Collectors.toList()));
  }

  /** Ids, status and stage only: no personal data. */
  @Override
  public String toString() {
    return "Application{" + id() + " " + status()
        + stage().map(s -> " at " + s).orElse("") + "}";
  }
}
