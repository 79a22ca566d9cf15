package dev.hirekit.application;

// Over 500 code lines on purpose: this is the aggregate's public API, one method per action and
// per query, each a few lines that delegate to the package-private class of its concern
// (Intake, Recording, StageRoutes, Scoring, Choosing, Submitting, Timing, Decisions, ...).
// Splitting the public methods across classes would split the API users call.

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.ApplicationEvent.Advanced;
import dev.hirekit.application.ApplicationEvent.Applied;
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
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.application.ApplicationEvent.ReferenceRecorded;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.internal.History;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.offer.ApprovalRule;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferDetails;
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
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.time.Due;
import dev.hirekit.time.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One candidate's application to one role, and everything that happened to it.
 *
 * <p>An application runs on a snapshot of its role's interview plan, so editing the role never
 * corrupts it ({@link #migrate} moves it onto a newer plan version stage by stage, and {@link
 * #transfer} to another role, keeping its history). Every action is checked against {@link
 * #LIFECYCLE} (and, for offers, {@link Offer#LIFECYCLE}), recorded as an {@link
 * ApplicationEvent} with who and when, and returns a new application; a refused action
 * throws {@link IllegalTransitionException} (or {@link InvalidValueException} for a bad
 * argument) and changes nothing. The state is exactly the replay of the history: {@code
 * Application.replay(app.history()).equals(app)}.
 *
 * <p>Every event names the application and its sequence number, so a store appends {@link
 * #eventsAfter(long)} the {@link #version()} it loaded with an expected-version check; {@link
 * #replay(List)} (for histories from outside) and {@link HiringPolicy#load} (for your own store)
 * rebuild an application, under the {@link HiringPolicy} whose policies it then carries. A hire
 * and an unhire change the role too, so they go through {@link Staffing}, in one step.
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

  /**
   * The text that replaces every required free text (a reason or note) of an anonymized
   * application's history; see {@link #anonymize()}.
   */
  public static final String ERASED = "(erased)";

  /**
   * Who may perform which application action by default, by hiring role: recruiters and hiring
   * managers run the pipeline, coordinators move and convert, interviewers score; the candidate
   * applies, converts their own prospect and withdraws. {@link HiringPolicy#roles()} uses it.
   */
  public static final Policy<ApplicationAction, Application> DEFAULT_POLICY =
      ApplicationLifecycle.POLICY;

  /** The rules of every application: statuses, actions, guards and the default policy. */
  public static final TransitionTable<ApplicationStatus, ApplicationAction, Application, Actor>
      LIFECYCLE = ApplicationLifecycle.table();

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
   * The role the application is for: the role applied to, or the role it was last {@link
   * #transfer transferred} to.
   *
   * @return the role's id
   */
  public abstract RoleId roleId();

  /**
   * The plan this application runs on: a snapshot of the role's plan when it applied (or was
   * transferred to the role), or the plan it last migrated to.
   *
   * @return the plan
   */
  public abstract InterviewPlan plan();

  /**
   * The hiring team of the role when the application was created (a snapshot, recorded in the
   * creating event). A {@link dev.hirekit.actor.TeamPolicy}, such as the one of {@link
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
   * Every offer version made, oldest first; the last is the current one. These are the recorded
   * values; ask {@link #currentOffer()} or {@link #allowedOfferActions} what may be done now.
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
  public abstract Policy<ApplicationAction, Application> policy();

  /**
   * A copy whose later actions are checked against another policy, e.g. one that lets
   * coordinators reject. The states, actions and guards stay those of {@link #LIFECYCLE}.
   *
   * @param value the policy
   * @return the copy
   */
  public abstract Application withPolicy(Policy<ApplicationAction, Application> value);

  /**
   * Who may perform which offer action on this application's offers: the offer policy of the
   * {@link HiringPolicy} it was created or replayed under, unless replaced with {@link
   * #withOfferPolicy}. Checked bound to {@link #hiringTeam()}. Part of equality, like {@link
   * #policy()}.
   *
   * @return the offer policy
   */
  public abstract Policy<OfferAction, Offer.Context> offerPolicy();

  /**
   * A copy whose later offer actions are checked against another policy.
   *
   * @param value the offer policy
   * @return the copy
   */
  public abstract Application withOfferPolicy(Policy<OfferAction, Offer.Context> value);

  /** The table with this application's policy bound to its team; computed once per instance. */
  @Value.Lazy
  TransitionTable<ApplicationStatus, ApplicationAction, Application, Actor> rules() {
    Policy<ApplicationAction, Application> bound = policy().within(hiringTeam());
    return bound == DEFAULT_POLICY ? LIFECYCLE : LIFECYCLE.withPolicy(bound);
  }

  /** The offer policy bound to this application's team; computed once per instance. */
  @Value.Lazy
  Policy<OfferAction, Offer.Context> offerRules() {
    return offerPolicy().within(hiringTeam());
  }

  @Value.Check
  void check() {
    // Checked on every action: no message is built unless a check fails.
    if (stage().isPresent() && !plan().contains(stage().get())) {
      throw new InvalidValueException("Application", "stage", stage().get()
          + " is not a stage of plan v" + plan().version() + "; use a stage of the plan");
    }
    boolean needsStage = status() == ApplicationStatus.ACTIVE
        || status() == ApplicationStatus.HIRED;
    if (needsStage && stage().isEmpty()) {
      throw new InvalidValueException("Application", "stage", "is missing while " + status()
          + "; an active or hired application is at a stage");
    }
    Require.that(status() != ApplicationStatus.PROSPECT || stage().isEmpty(), "Application",
        "stage", "is set for a prospect; a prospect is at no stage");
    int live = 0;
    for (Offer offer : offers()) {
      live += offer.status().isLive() ? 1 : 0;
    }
    Require.that(live <= 1, "Application", "offers",
        "holds more than one live offer; at most one is live");
    Require.that(status() != ApplicationStatus.HIRED
        || currentOffer().filter(o -> o.status() == OfferStatus.ACCEPTED).isPresent(),
        "Application", "offers", "has no accepted offer while HIRED; a hire needs one");
    Require.that(status() != ApplicationStatus.HIRED
        || currentOffer().flatMap(OfferConditions::uncleared).isEmpty(),
        "Application", "offers", "has an uncleared contingency while HIRED; a hire waits for"
        + " every contingency");
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
      Policy<ApplicationAction, Application> policy,
      Policy<OfferAction, Offer.Context> offerPolicy) {
    return HiringPolicy.of(policy, offerPolicy).replay(history);
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
   * The latest offer version, whatever its status, under this application's offer policy bound
   * to its hiring team, also after a load or {@link #withOfferPolicy}: its {@link
   * Offer#allowedActions} never list an action that policy refuses. The application adds its
   * own conditions (active, a revision only at an offer stage); {@link #allowedOfferActions}
   * lists what may be done through it.
   *
   * @return the current offer
   */
  public Optional<Offer> currentOffer() {
    return offers().isEmpty() ? Optional.empty()
        : Optional.of(offers().get(offers().size() - 1).withPolicy(offerRules()));
  }

  /**
   * The live offer (draft, pending approval, approved or extended), if any.
   *
   * @return the live offer
   */
  public Optional<Offer> liveOffer() {
    return currentOffer().filter(o -> o.status().isLive());
  }

  Optional<Offer> openOffer() {
    return currentOffer().filter(o -> o.status().isLive() || o.status() == OfferStatus.ACCEPTED);
  }

  /**
   * The actions this actor may perform now; an action succeeds only if it is listed here and its
   * arguments are among the valid targets the actor's query lists: {@link #convertTargets},
   * {@link #moveTargets(Actor)}, {@link #skipTargets(Actor)}, {@link #reopenTargets(Actor)},
   * {@link #scorableInterviews(Actor)} and, since a hire also needs an open opening of the role,
   * {@link #hireTargets(Role, Actor)}. An action listed here has at least one valid target, the
   * role's openings for a hire and the roles for a {@link #transferTargets transfer} aside.
   *
   * @param actor who would act
   * @return the legal actions
   */
  public Set<ApplicationAction> allowedActions(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return rules().allowedActions(status(), actor, this);
  }

  private <T> List<T> ifAllowed(ApplicationAction action, Actor actor, List<T> targets) {
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
        ? Scoring.interviewsToScore(this, actor) : List.of();
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
      if (OfferSteps.refusal(this, action, actor, at).isEmpty()) {
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
    return StageRoutes.moveTargets(this);
  }

  /**
   * The stages a skip may land on now: those after a run of optional stages that follows the
   * current stage, up to and including the first required stage after it. Empty unless the
   * next stage is optional and the current stage's exit rule is met.
   *
   * @return the stages, in plan order
   */
  public List<StageId> skipTargets() {
    return StageRoutes.skipTargets(this);
  }

  /**
   * The stages a reopen may return to: the stage left and any earlier one. Empty for a
   * prospect, which returns to being a prospect.
   *
   * @return the stages, in plan order
   */
  public List<StageId> reopenTargets() {
    return StageRoutes.reopenTargets(this);
  }

  /**
   * Each stay in a stage, derived from the history: time in stage is a query over these.
   *
   * @return the visits, oldest first
   */
  public List<StageVisit> stageVisits() {
    return StageVisits.of(history());
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
    Optional<String> unchosen = Choosing.unchosen(this, stage);
    if (unchosen.isPresent()) {
      return unchosen;
    }
    Optional<String> unsubmitted = Submitting.unsubmitted(this, stage);
    if (unsubmitted.isPresent()) {
      return unsubmitted;
    }
    Optional<String> unmet = RequirementChecks.unmet(this, stage);
    if (unmet.isPresent()) {
      return unmet;
    }
    Set<InterviewId> interviews = stage.interviews().stream().map(Interview::id)
        .collect(Collectors.toSet());
    List<Scorecard> cards = scorecards().stream()
        .filter(c -> interviews.contains(c.interview()))
        .collect(Collectors.toList());
    if (cards.size() < stage.requiredScorecards()) {
      return Optional.of("stage " + stage.id() + " needs " + stage.requiredScorecards()
          + " submitted scorecards, has " + cards.size());
    }
    Optional<String> minimum = stage.minimumRecommendation().flatMap(m -> cards.stream()
        .filter(c -> !c.recommendation().isAtLeast(m))
        .findFirst()
        .map(c -> "stage " + stage.id() + " needs every recommendation at least " + m
            + ", has " + c.recommendation()));
    return minimum.isPresent() ? minimum : Decisions.refusal(this);
  }

  /** The choices, opt-ins and accommodations the history holds; computed once per instance. */
  @Value.Lazy
  Choosing choosing() {
    return Choosing.of(Transfers.onRole(history()));
  }

  /**
   * The choices made for a stage (see {@link Stage#choices()}): by choice name, the option
   * chosen last. A choice not yet made is absent.
   *
   * <pre>{@code
   * app.choicesAt(StageId.of("onsite")).get("format");   // "VIDEO"
   * }</pre>
   *
   * @param stage the stage
   * @return the choices, unmodifiable
   */
  public Map<String, String> choicesAt(StageId stage) {
    return choosing().choicesAt(stage);
  }

  /**
   * The candidate's answers to a stage's opt-ins (see {@link Stage#optIns()}): by option, true
   * for in and false for out, the latest answer counting. An option not yet answered is absent.
   *
   * @param stage the stage
   * @return the answers, unmodifiable
   */
  public Map<String, Boolean> optInsAt(StageId stage) {
    return choosing().optInsAt(stage);
  }

  /**
   * The accommodation requests, oldest first, each with the team's answer once given.
   *
   * @return the accommodations
   */
  public List<Accommodation> accommodations() {
    return choosing().accommodations();
  }

  /**
   * The stages this actor may make a choice for now: the current stage and later ones that
   * offer choices, if the actor may {@link ApplicationAction#CHOOSE}.
   *
   * @param actor who would choose
   * @return the stages, in plan order
   */
  public List<StageId> choiceTargets(Actor actor) {
    return ifAllowed(ApplicationAction.CHOOSE, actor, Choosing.choiceStages(this));
  }

  /**
   * The stages this actor may answer an opt-in of now: the current stage and later ones that
   * declare opt-ins, if the actor may {@link ApplicationAction#OPT_IN} (the same stages serve
   * {@link ApplicationAction#OPT_OUT}).
   *
   * @param actor who would answer
   * @return the stages, in plan order
   */
  public List<StageId> optInTargets(Actor actor) {
    return ifAllowed(ApplicationAction.OPT_IN, actor, Choosing.optInStages(this));
  }

  /**
   * The accommodation requests this actor may answer now: the pending ones, by the sequence
   * number of their event, if the actor may {@link ApplicationAction#ARRANGE_ACCOMMODATION}.
   *
   * @param actor who would answer
   * @return the request numbers, oldest first
   */
  public List<Long> accommodationsToArrange(Actor actor) {
    return allowedActions(actor).contains(ApplicationAction.ARRANGE_ACCOMMODATION)
        ? Choosing.pending(this) : List.of();
  }

  /** The artifacts the history holds; computed once per instance. */
  @Value.Lazy
  Submitting submitting() {
    return Submitting.of(Transfers.onRole(history()));
  }

  /**
   * The artifacts submitted for the stages' {@link Stage#asks() asks}: per stage and ask the
   * latest submission (an earlier one stays in the history), oldest submission first. The
   * team's view; an interviewer's is {@link #visibleArtifacts(StageId)}.
   *
   * <pre>{@code
   * app.artifacts().size();   // 2: the CV and the take-home hand-in
   * }</pre>
   *
   * @return the artifacts
   */
  public List<SubmittedArtifact> artifacts() {
    return submitting().all();
  }

  /**
   * The artifacts submitted for one stage's asks, the latest per ask.
   *
   * @param stage the stage
   * @return the artifacts, oldest submission first
   */
  public List<SubmittedArtifact> artifactsAt(StageId stage) {
    return submitting().at(stage);
  }

  /**
   * The artifacts an interviewer of a stage may see: those of that stage and of the stages
   * before it in the plan, never those of a stage after the application's current one (material
   * submitted ahead shows once the application gets there). Material follows the candidate
   * forward: a later stage's interviewers see what earlier stages asked for.
   *
   * <pre>{@code
   * List<SubmittedArtifact> seen = app.visibleArtifacts(StageId.of("onsite"));
   * }</pre>
   *
   * @param stage a stage of the plan, the interviewer's
   * @return the artifacts, oldest submission first
   * @throws dev.hirekit.InvalidValueException if the stage is not in the plan
   */
  public List<SubmittedArtifact> visibleArtifacts(StageId stage) {
    return Submitting.visibleAt(this, stage);
  }

  /**
   * The stages this actor may submit an artifact for now: the current stage and later ones
   * that ask for material, if the actor may {@link ApplicationAction#SUBMIT_ARTIFACT}.
   *
   * @param actor who would submit
   * @return the stages, in plan order
   */
  public List<StageId> artifactTargets(Actor actor) {
    return ifAllowed(ApplicationAction.SUBMIT_ARTIFACT, actor, Submitting.askStages(this));
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
    return converted(role, new Converted(id(), next(), plan().first().id(), Optional.empty(), at,
        by));
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
    return converted(role, new Converted(id(), next(), entry, Optional.of(reason), at, by));
  }

  private Application converted(Role role, Converted event) {
    requireOwnRole(role);
    if (role.status() != RoleStatus.OPEN) {
      throw refused(ApplicationAction.CONVERT, event.by(), "role " + role.id() + " is "
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
    StageId to = StageRoutes.next(this).orElse(from);
    return record(new Advanced(id(), next(), from, to, at, by));
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
    return record(new Skipped(id(), next(), from, to,
        StageRoutes.between(plan(), from, to), reason, at, by));
  }

  /**
   * Moves to an earlier stage, or forward to the next stage (see {@link #moveTargets()}). To pass
   * over optional stages, {@link #skipTo(Actor, Instant, StageId, String)}.
   *
   * @param by who acts
   * @param at when
   * @param target the stage to go to
   * @return the application at the target
   * @throws IllegalTransitionException if the target is not a legal move
   */
  public Application moveTo(Actor by, Instant at, StageId target) {
    return record(new Moved(id(), next(), stage().orElse(plan().first().id()), target, at,
        by));
  }

  /**
   * Skips forward over optional stages to a target (see {@link #skipTargets()}); {@link
   * #skip(Actor, Instant, String)} goes to the last of those targets.
   *
   * @param by who acts
   * @param at when
   * @param target the stage to land on
   * @param reason why the stages between are skipped, not blank
   * @return the application at the target
   * @throws IllegalTransitionException if the stages between are not all optional
   */
  public Application skipTo(Actor by, Instant at, StageId target, String reason) {
    StageId from = stage().orElse(plan().first().id());
    return record(new Skipped(id(), next(), from, target,
        StageRoutes.between(plan(), from, target), reason, at, by));
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
    return record(new Rejected(id(), next(), reason, at, by));
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
    return record(new Withdrawn(id(), next(), reason, at, by));
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
    return record(new Reopened(id(), next(), stage(), reason, at, by));
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
    return record(new Reopened(id(), next(), Optional.of(target), reason, at, by));
  }

  /**
   * The application side of a hire, for {@link Staffing#hire}, which fills the opening in the
   * same step: at an offer stage with an accepted offer, into an open opening of the role, with
   * the accepted offer's start date.
   */
  Application hire(Role role, Actor by, Instant at, OpeningId opening) {
    requireOwnRole(role);
    Objects.requireNonNull(opening, "opening");
    Optional<String> refusal = hireRefusal(role);
    if (refusal.isEmpty() && role.opening(opening).filter(o -> o.isOpen()).isEmpty()) {
      refusal = Optional.of("opening " + opening + " is not an open opening of role "
          + role.id() + "; open openings: " + role.openOpenings().stream()
              .map(o -> o.id().value()).collect(Collectors.toList()));
    }
    if (refusal.isPresent()) {
      throw refused(ApplicationAction.HIRE, by, refusal.get());
    }
    // The start date agreed in the current offer; record refuses unless that offer is accepted.
    LocalDate startDate = currentOffer().map(o -> o.compensation().startDate())
        .orElse(LocalDate.MIN);
    return record(new Hired(id(), next(), opening, startDate, at, by));
  }

  /**
   * Links the application (a prospect or active) to an open opening of its role: the seat it
   * is considered for, e.g. one of two openings with different target start dates. A later link
   * replaces it; {@link #consideredFor()} reads it back. The role is checked as it stands, as
   * for a hire.
   *
   * <pre>{@code
   * application = application.considerFor(role, recruiter, now, OpeningId.of("sre-dublin-2"));
   * application.consideredFor(); // Optional[sre-dublin-2]
   * }</pre>
   *
   * @param role the application's role as it stands
   * @param by who acts
   * @param at when
   * @param opening an open opening of the role, other than the current link
   * @return the application linked to the opening
   * @throws IllegalTransitionException if not legal now, the opening is not open in the role or
   *     is already the link
   * @throws InvalidValueException if the role is not the application's
   */
  public Application considerFor(Role role, Actor by, Instant at, OpeningId opening) {
    requireOwnRole(role);
    Require.given(opening, "Application", "opening");
    Optional<String> refusal = Considering.refusal(this, role, opening);
    if (refusal.isPresent()) {
      throw refused(ApplicationAction.CONSIDER_FOR, by, refusal.get());
    }
    return record(new ApplicationEvent.ConsideredFor(id(), next(), opening, at, by));
  }

  /**
   * The opening of its role this application is considered for, as the latest {@link
   * #considerFor} named it.
   *
   * @return the opening, or empty if never linked
   */
  public Optional<OpeningId> consideredFor() {
    return Considering.link(this);
  }

  /**
   * The openings this actor may consider the application for now: the role's open openings
   * other than the current link, if the role is this application's and the actor may {@link
   * ApplicationAction#CONSIDER_FOR} now.
   *
   * @param role the application's role as it stands
   * @param actor who would act
   * @return the opening ids, in role order
   */
  public List<OpeningId> considerTargets(Role role, Actor actor) {
    Objects.requireNonNull(role, "role");
    return Considering.targets(this, role, actor);
  }

  /**
   * The application side of an unhire, for {@link Staffing#unhire}, which reopens the opening in
   * the same step: a candidate who reneged is withdrawn (offer declined), a reversed hire is
   * rejected (offer rescinded).
   */
  Application unhire(Actor by, Instant at, UnhireReason reason, String note) {
    return record(new Unhired(id(), next(), hiredInto().orElse(OpeningId.of("none")), reason,
        note, at, by));
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
    return record(new ScorecardSubmitted(id(), next(), scorecard, at, by));
  }

  /**
   * Amends a submitted scorecard of the current stage: the new card, for the same interview and
   * interviewer, replaces it in {@link #scorecards()} and in the stage's exit and decision
   * rules; the original stays in the history, unchanged (see {@link #scorecardVersions}). The
   * interviewer amends their own card; a coordinator may amend it for them.
   *
   * <pre>{@code
   * app = app.amendScorecard(interviewer, later, card.withRecommendation(Recommendation.NO));
   * }</pre>
   *
   * @param by the interviewer, or a coordinator for them
   * @param at when
   * @param scorecard the amended card
   * @return the application with the amended card
   * @throws IllegalTransitionException if not legal now, no card is there to amend, or the
   *     card does not fit
   */
  public Application amendScorecard(Actor by, Instant at, Scorecard scorecard) {
    return record(new ApplicationEvent.ScorecardAmended(id(), next(), scorecard, at, by));
  }

  /**
   * Every version of one interviewer's card for one interview, as the history holds them: the
   * original as submitted first, then each amendment; the last is the one {@link #scorecards()}
   * holds. Empty if no card was submitted.
   *
   * @param interview the interview
   * @param interviewer the interviewer
   * @return the versions, oldest first
   */
  public List<Scorecard> scorecardVersions(InterviewId interview, MemberId interviewer) {
    return Scoring.versions(this, interview, interviewer);
  }

  /**
   * The interviews of the current stage whose card this actor may amend now: their own cards,
   * or any card for a coordinator; empty unless the actor may {@link
   * ApplicationAction#AMEND_SCORECARD}.
   *
   * @param actor who would amend
   * @return the interviews, in card order
   */
  public List<InterviewId> amendableInterviews(Actor actor) {
    return ifAllowed(ApplicationAction.AMEND_SCORECARD, actor,
        Scoring.interviewsToAmend(this, actor));
  }

  /**
   * Submits an artifact for an ask of the current stage or a later one: a reference to the
   * material (URI, media type, checksum, size), never its content. A later submission for the
   * same ask replaces it in {@link #artifacts()}; the history keeps both. The URI is personal
   * data, erased by {@link #anonymize()}.
   *
   * <pre>{@code
   * app = app.submitArtifact(candidate, at, StageId.of("take-home"), "solution", artifact);
   * }</pre>
   *
   * @param by the candidate, or a recruiter or coordinator for them
   * @param at when
   * @param stage the stage asking for it, the current one or a later one
   * @param ask the name of the stage's ask
   * @param artifact the reference
   * @return the application with the artifact
   * @throws IllegalTransitionException if not active, not allowed, the stage is behind or does
   *     not make the ask
   */
  public Application submitArtifact(Actor by, Instant at, StageId stage, String ask,
      Artifact artifact) {
    return record(new ApplicationEvent.ArtifactSubmitted(id(), next(), stage, ask, artifact, at,
        by));
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
    return record(new ReferenceRecorded(id(), next(), reference, at, by));
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
    return record(new OfferDrafted(id(), next(), offer, 1, compensation, expiresAt,
        approvalChain, at, by));
  }

  /**
   * Drafts an offer with a justification and contingencies, at an offer stage, when there is no
   * live or accepted offer.
   *
   * @param by who acts
   * @param at when
   * @param offer the new offer's id, not used before on this application
   * @param compensation the terms
   * @param expiresAt when it lapses once extended, after {@code at}
   * @param approvalChain who must approve it
   * @param details its justification and contingencies
   * @return the application with the draft
   * @throws IllegalTransitionException if not legal now
   */
  public Application draftOffer(Actor by, Instant at, OfferId offer, Compensation compensation,
      Instant expiresAt, ApprovalChain approvalChain, OfferDetails details) {
    return record(new OfferDrafted(id(), next(), offer, 1, compensation, expiresAt,
        approvalChain, Optional.of(Require.given(details, "Offer", "details")), at, by));
  }

  /**
   * Another member takes the place of a pending approver of the current offer's current group.
   *
   * @param by who acts
   * @param at when
   * @param replaced a pending approver of the current group
   * @param replacement who takes their place, not already in that group
   * @param reason why, not blank
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application replaceOfferApprover(Actor by, Instant at, MemberId replaced,
      MemberId replacement, String reason) {
    return record(new OfferApproverReplaced(id(), next(), offerId(), offerVersion(), replaced,
        replacement, reason, at, by));
  }

  /**
   * Clears a pending contingency of the accepted current offer.
   *
   * @param by who acts
   * @param at when
   * @param contingency the contingency's kind
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application clearOfferContingency(Actor by, Instant at, ContingencyKind contingency) {
    return record(new OfferContingencyCleared(id(), next(), offerId(), offerVersion(),
        contingency, at, by));
  }

  /**
   * Records that a pending contingency of the accepted current offer failed; the offer may then
   * be rescinded with {@link Offer#failureReason(ContingencyKind)}.
   *
   * @param by who acts
   * @param at when
   * @param contingency the contingency's kind
   * @return the application
   * @throws IllegalTransitionException if not legal now
   */
  public Application failOfferContingency(Actor by, Instant at, ContingencyKind contingency) {
    return record(new OfferContingencyFailed(id(), next(), offerId(), offerVersion(),
        contingency, at, by));
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
    return record(new OfferSubmittedForApproval(id(), next(), offerId(), offerVersion(), at, by));
  }

  /**
   * Sends the current offer to its approval chain, first adding the groups of the conditional
   * approval rules whose thresholds its terms cross. The rules are evaluated now, once: the event
   * records the groups they added, so a replay adds the same ones whatever the rules are then.
   *
   * <pre>{@code
   * app = app.submitOfferForApproval(recruiter, now, List.of(
   *     ApprovalRule.signOnAbove(Money.of("10000", "EUR"), ApprovalGroup.of("finance", 1, cfo))));
   * }</pre>
   *
   * @param by who acts
   * @param at when
   * @param rules the conditional approval rules, possibly none
   * @return the application
   * @throws IllegalTransitionException if not legal now (an offer with no chain at all is
   *     extended without approval, so it cannot be submitted)
   */
  public Application submitOfferForApproval(Actor by, Instant at,
      Collection<ApprovalRule> rules) {
    Require.given(rules, "Application", "rules");
    List<ApprovalGroup> added = currentOffer().map(o -> ApprovalRule.groupsFor(o, rules))
        .orElse(List.of());
    return record(new OfferSubmittedForApproval(id(), next(), offerId(), offerVersion(),
        Optional.of(ApprovalChain.ofGroups(added)), at, by));
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
    return record(new OfferApproved(id(), next(), offerId(), offerVersion(), at, by));
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
    return record(new OfferApprovalDeclined(id(), next(), offerId(), offerVersion(), reason, at,
        by));
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
    return record(new OfferExtended(id(), next(), offerId(), offerVersion(), at, by));
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
    return record(new OfferAccepted(id(), next(), offerId(), offerVersion(), at, by));
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
    return record(new OfferDeclined(id(), next(), offerId(), offerVersion(), reason, at, by));
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
    return record(new OfferRescinded(id(), next(), offerId(), offerVersion(), reason, at, by));
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
    return record(new OfferExpired(id(), next(), offerId(), offerVersion(), at, by));
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
    return record(new OfferRevised(id(), next(), offerId(), offerVersion(), compensation,
        expiresAt, at, by));
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
    return record(new Migrated(id(), next(), newPlan, stageMapping, at, by));
  }

  /**
   * Moves this active application to another open role, at the first stage of that role's plan.
   * Its id, candidate, date and history stay; see {@link #transfer(Role, Actor, Instant, StageId,
   * String)} for what starts afresh.
   *
   * <pre>{@code
   * app = app.transfer(fdeNyc, recruiter, now, "prefers the New York team");
   * }</pre>
   *
   * @param to the role it moves to, which must be open
   * @param by who acts: someone the policy lets transfer on both roles' hiring teams
   * @param at when
   * @param reason why, not blank
   * @return the application on the new role
   * @throws IllegalTransitionException if not active, an offer is live or accepted, the role is
   *     not open or is this application's own, or the actor may not transfer on either team
   * @throws InvalidValueException if the reason is blank
   */
  public Application transfer(Role to, Actor by, Instant at, String reason) {
    return record(Transfers.event(this, to, by, at, Optional.empty(), reason));
  }

  /**
   * Moves this active application to another open role, entering at a named stage of that
   * role's plan (see {@link #transferTargets}). The application keeps its id, candidate, date,
   * history and references; what belonged to the old role's plan and openings (scorecards,
   * offers, debriefs, choices, accommodations, artifacts, schedules, requirement checks and the
   * opening considered) starts afresh, and the history keeps it. Whether the move fits your rules
   * across applications (the same role family, stage credits for a later entry stage) is {@link
   * dev.hirekit.candidacy.CandidacyRules#check} with {@code Proposal.transfer}.
   *
   * @param to the role it moves to, which must be open
   * @param by who acts: someone the policy lets transfer on both roles' hiring teams
   * @param at when
   * @param entry the entry stage, a stage of the new role's plan
   * @param reason why it moves (and passes over the stages before the entry), not blank
   * @return the application on the new role
   * @throws IllegalTransitionException if not active, an offer is live or accepted, the role is
   *     not open or is this application's own, the stage is not in its plan, or the actor may
   *     not transfer on either team
   * @throws InvalidValueException if the reason is blank
   */
  public Application transfer(Role to, Actor by, Instant at, StageId entry, String reason) {
    Objects.requireNonNull(entry, "entry");
    return record(Transfers.event(this, to, by, at, Optional.of(entry), reason));
  }

  /**
   * The roles among {@code roles} this actor may transfer the application to now: the open ones
   * other than its own whose hiring team the policy lets the actor transfer into, if the actor
   * may transfer at all. Any stage of such a role's plan is a valid entry.
   *
   * @param roles the roles to consider, as they stand
   * @param actor who would transfer
   * @return the role ids, in the order given, without repeats
   */
  public List<RoleId> transferTargets(Collection<Role> roles, Actor actor) {
    return Transfers.targets(this, roles, actor);
  }

  /**
   * The candidate (or a team member on their behalf) picks one alternative of a choice the
   * current stage or a later one offers; a later pick of the same choice replaces it.
   *
   * @param by the candidate, or a recruiter or coordinator on their behalf
   * @param at when
   * @param stage the stage offering the choice, the current one or a later one
   * @param choice the choice's name
   * @param option one of its options
   * @return the application with the choice
   * @throws IllegalTransitionException if not active, not allowed, the stage is behind or does
   *     not offer the choice, or the option is not one of the choice's
   */
  public Application choose(Actor by, Instant at, StageId stage, String choice, String option) {
    return record(new ApplicationEvent.ChoiceMade(id(), next(), stage, choice, option, at, by));
  }

  /**
   * The candidate opts in to an option the current stage or a later one declares.
   *
   * @param by the candidate, or a recruiter or coordinator on their behalf
   * @param at when
   * @param stage the stage declaring the option
   * @param option the option, one of the stage's {@link Stage#optIns()}
   * @return the application with the answer
   * @throws IllegalTransitionException if not legal now, or the stage does not declare it
   */
  public Application optIn(Actor by, Instant at, StageId stage, String option) {
    return record(new ApplicationEvent.OptedIn(id(), next(), stage, option, at, by));
  }

  /**
   * The candidate opts out of an option the current stage or a later one declares.
   *
   * @param by the candidate, or a recruiter or coordinator on their behalf
   * @param at when
   * @param stage the stage declaring the option
   * @param option the option, one of the stage's {@link Stage#optIns()}
   * @return the application with the answer
   * @throws IllegalTransitionException if not legal now, or the stage does not declare it
   */
  public Application optOut(Actor by, Instant at, StageId stage, String option) {
    return record(new ApplicationEvent.OptedOut(id(), next(), stage, option, at, by));
  }

  /**
   * The candidate asks for an accommodation at the current or a later stage. The need is
   * personal data: it is kept in the history and {@link #accommodations()}, never logged or
   * shown, and erased by {@link #anonymize()}.
   *
   * @param by the candidate, or a recruiter or coordinator on their behalf
   * @param at when
   * @param stage the stage it is for
   * @param need what they need, not blank
   * @return the application with the request; its number is the new {@link #version()}
   * @throws IllegalTransitionException if not active, not allowed, or the stage is behind
   * @throws InvalidValueException if the need is blank
   */
  public Application requestAccommodation(Actor by, Instant at, StageId stage, String need) {
    return record(new ApplicationEvent.AccommodationRequested(id(), next(), stage, need, at,
        by));
  }

  /**
   * The team answers a pending accommodation request.
   *
   * @param by a recruiter, coordinator or hiring manager
   * @param at when
   * @param request the request's number (see {@link Accommodation#request()})
   * @param outcome what was arranged
   * @return the application with the answer
   * @throws IllegalTransitionException if not legal now, or the request is not pending
   */
  public Application arrangeAccommodation(Actor by, Instant at, long request,
      AccommodationOutcome outcome) {
    return record(new ApplicationEvent.AccommodationArranged(id(), next(), request, outcome, at,
        by));
  }

  // ---------------------------------------------------------------- recording

  /** The sequence number of the next event. */
  private long next() {
    return version() + 1;
  }

  /** The current offer's id, for an offer event (a placeholder without one, then refused). */
  private OfferId offerId() {
    return currentOffer().map(Offer::id).orElse(OfferId.of("none"));
  }

  /** The current offer's version, for an offer event. */
  private int offerVersion() {
    return currentOffer().map(Offer::version).orElse(1);
  }

  /**
   * Records an event; every action goes through here, and so does every event after the first
   * of a replay or a load (see {@link Recording}).
   */
  Application record(ApplicationEvent event) {
    return Recording.record(this, event);
  }

  /** The refusal of an event where the application stands, as the action it records. */
  IllegalTransitionException refused(ApplicationEvent event, String reason) {
    Enum<?> action = EventRules.of(event).action();
    if (action instanceof ApplicationAction applicationAction) {
      return refused(applicationAction, event.by(), reason);
    }
    LOG.trace("application {} refused: {}, {} by {}: {}", id(), status(), action, event.by(),
        reason);
    return new IllegalTransitionException("Application", id().value(), status().name(),
        action.name(), reason, allowedOfferActions(event.by(), event.at()).stream()
            .map(Enum::name).collect(Collectors.toList()));
  }

  /** The refusal of an application action where the application stands. */
  IllegalTransitionException refused(ApplicationAction action, Actor by, String reason) {
    LOG.trace("application {} refused: {}, {} by {}: {}", id(), status(), action, by, reason);
    return new IllegalTransitionException("Application", id().value(), status().name(),
        action.name(), reason, allowedActions(by).stream().map(Enum::name)
            .collect(Collectors.toList()));
  }

  /**
   * Records a debrief of the current stage, with its outcome: a debrief with outcome {@link
   * DebriefOutcome#ADVANCE} meets the stage's {@link dev.hirekit.plan.DecisionRule#debriefOnNo
   * debrief rules} for the votes before it.
   *
   * <pre>{@code
   * app = app.debrief(hiringManager, at, DebriefOutcome.ADVANCE);
   * }</pre>
   *
   * @param by who records it, by default a hiring manager or recruiter
   * @param at when
   * @param outcome what the debrief decided
   * @return the application with the debrief
   * @throws IllegalTransitionException if not active or not allowed
   */
  public Application debrief(Actor by, Instant at, DebriefOutcome outcome) {
    return record(new ApplicationEvent.Debriefed(id(), next(),
        stage().orElseThrow(() -> refused(ApplicationAction.DEBRIEF, by, "a debrief is held at"
            + " a stage and the application is at none")), outcome, at, by));
  }

  /**
   * The hiring manager overrides the current stage's unmet decision rules, with a reason: the
   * stage may then be left forward as if they held (its required scorecards and minimum
   * recommendation still apply).
   *
   * <pre>{@code
   * app = app.overrideDecision(hiringManager, at, "Panel split; references settle it");
   * }</pre>
   *
   * @param by who overrides, by default a hiring manager
   * @param at when
   * @param reason why, not blank
   * @return the application with the override
   * @throws IllegalTransitionException if no decision rule is unmet, or not allowed
   */
  public Application overrideDecision(Actor by, Instant at, String reason) {
    return record(new ApplicationEvent.DecisionOverridden(id(), next(),
        stage().orElseThrow(() -> refused(ApplicationAction.OVERRIDE_DECISION, by, "the"
            + " application is at no stage")), reason, at, by));
  }

  /**
   * The team schedules an interview of the current stage to start at an instant; scheduling it
   * again at the same stage replaces the earlier start. The schedule is what the stage's
   * {@code MATERIAL_BEFORE_INTERVIEW} and {@code DECISION_AFTER_LAST_INTERVIEW} time rules
   * count from (see {@link #due}).
   *
   * <pre>{@code
   * app = app.scheduleInterview(coordinator, now, InterviewId.of("system-design"), monday10am);
   * }</pre>
   *
   * @param by who schedules, by default a recruiter, coordinator or hiring manager
   * @param at when it is scheduled
   * @param interview an interview of the current stage, one of {@link #schedulableInterviews()}
   * @param startsAt when the interview starts
   * @return the application with the schedule
   * @throws IllegalTransitionException if not active, the stage holds no such interview, or not
   *     allowed
   */
  public Application scheduleInterview(Actor by, Instant at, InterviewId interview,
      Instant startsAt) {
    return record(new ApplicationEvent.InterviewScheduled(id(), next(),
        stage().orElseThrow(() -> refused(ApplicationAction.SCHEDULE_INTERVIEW, by, "the"
            + " application is at no stage")), interview, startsAt, at, by));
  }

  /**
   * The interviews of the current stage, which {@link #scheduleInterview} may name.
   *
   * @return the interviews' ids, possibly none
   */
  public Set<InterviewId> schedulableInterviews() {
    return currentStage().map(s -> s.interviews().stream().map(Interview::id)
        .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
  }

  /**
   * When each interview of the current stage is scheduled to start, as the latest scheduling
   * since the application entered the stage.
   *
   * @return the starts by interview, possibly none
   */
  public Map<InterviewId, Instant> interviewSchedule() {
    return Map.copyOf(Timing.of(this).scheduled());
  }

  /**
   * The candidate books when the current stage's window starts (its {@code WINDOW} time rule);
   * a later booking replaces it until the work is handed in.
   *
   * <pre>{@code
   * app = app.bookWindow(candidate, now, tomorrow9am);   // 2-hour exercise from 9:00
   * }</pre>
   *
   * @param by the candidate, or a recruiter or coordinator on their behalf
   * @param at when it is booked
   * @param startsAt when the window starts
   * @return the application with the booking
   * @throws IllegalTransitionException if not active, the stage has no window, its work is
   *     handed in, or not allowed
   */
  public Application bookWindow(Actor by, Instant at, Instant startsAt) {
    return record(new ApplicationEvent.WindowBooked(id(), next(),
        stage().orElseThrow(() -> refused(ApplicationAction.BOOK_WINDOW, by, "the"
            + " application is at no stage")), startsAt, at, by));
  }

  /**
   * The start of the window the candidate booked at this visit of the current stage, if any (the
   * latest booking).
   *
   * <pre>{@code
   * app.bookWindow(candidate, now, tuesdayNine).bookedWindow();   // Optional[tuesdayNine]
   * }</pre>
   *
   * @return the booked start, or empty
   */
  public Optional<Instant> bookedWindow() {
    return Timing.of(this).booked();
  }

  /**
   * When the current stage's material was handed in, if it was: the latest submission of its
   * required asks once each has one (or, a stage whose asks are all optional, the first
   * submission for it). The material stays handed in when the application leaves the stage and
   * comes back; a resubmission moves the instant.
   *
   * <pre>{@code
   * app.submitArtifact(candidate, at, StageId.of("take-home"), "solution", solution)
   *     .handedIn();                  // Optional[at], once "solution" was all it asked for
   * }</pre>
   *
   * @return the hand-in instant, or empty
   */
  public Optional<Instant> handedIn() {
    return Timing.of(this).handedIn();
  }

  /**
   * What is due or overdue at an instant, a pure query: the deadlines of the current stage's
   * time rules (answer within, the booked window, material before the first interview, a
   * decision after the last) and the expiry of an extended offer, each with its instant, whether
   * it is overdue at {@code at} (at its instant or after) and the actions that resolve it. Only
   * an active application has deadlines. Hirekit fires nothing: a caller's automation may fire
   * a {@link Due.Party#SYSTEM} action as {@link Actor#system()} once it is overdue.
   *
   * <pre>{@code
   * List<Due> due = app.due(now, WorkCalendar.weekdays(ZoneId.of("Europe/Paris")));
   * due.stream().filter(Due::overdue).forEach(d -> alert(d.deadline(), d.overdueSince()));
   * }</pre>
   *
   * @param at the instant to look from
   * @param calendar the working days business days count in
   * @return the deadlines, earliest first, possibly none
   * @throws dev.hirekit.InvalidValueException if an argument is missing
   */
  public List<Due> due(Instant at, WorkCalendar calendar) {
    return Timing.due(this, at, calendar);
  }

  /**
   * The scorecards of a stage a member may see now, keeping feedback independent: their own
   * cards always; the others' only once they have submitted their own. A member who may score
   * the stage (named as an interviewer of one of its interviews, or any member when an
   * interview names none) must first have a card in for every interview naming them, and at
   * least one card in the stage; a member who may not score it (a recruiter, a hiring manager
   * or a shadow who holds none of its interviews) sees every card.
   *
   * <pre>{@code
   * List<Scorecard> cards = app.visibleScorecards(MemberId.of("m-2"), StageId.of("onsite"));
   * }</pre>
   *
   * @param viewer who would see the cards
   * @param stage a stage of the plan
   * @return the cards, in submission order
   * @throws dev.hirekit.InvalidValueException if the stage is not in the plan
   */
  public List<Scorecard> visibleScorecards(MemberId viewer, StageId stage) {
    return Visibility.visible(this, viewer, stage);
  }

  /**
   * Records the outcome of checking the application against a requirement of its plan (the
   * right to work, a citizenship, a clearance, ...; see {@link
   * dev.hirekit.plan.InterviewPlan#requirements()}), however the team checked it; a later check
   * replaces it. A stage that {@link Stage#requires() requires} the requirement is left forward
   * only once it is met, and so is the offer stage by {@code HIRE}.
   *
   * <pre>{@code
   * app = app.checkRequirement(recruiter, now, "us-work-authorisation", RequirementOutcome.MET);
   * app.requirementOutcomes();   // {us-work-authorisation=MET}
   * }</pre>
   *
   * @param by who records the check
   * @param at when
   * @param requirement the name of a requirement of the application's plan
   * @param outcome met or not met
   * @return the application with the check
   * @throws IllegalTransitionException if not active, the plan has no such requirement, or not
   *     allowed
   * @throws dev.hirekit.InvalidValueException if an argument is null or the name not an
   *     identifier
   */
  public Application checkRequirement(Actor by, Instant at, String requirement,
      RequirementOutcome outcome) {
    return record(new ApplicationEvent.RequirementChecked(id(), next(), requirement, outcome, at,
        by));
  }

  /**
   * The latest outcome of each requirement checked, in the order first checked; a requirement not
   * checked yet is absent.
   *
   * @return the outcomes by requirement name
   */
  @Value.Lazy
  public Map<String, RequirementOutcome> requirementOutcomes() {
    return Collections.unmodifiableMap(RequirementChecks.of(Transfers.onRole(history())));
  }

  /**
   * The requirements of the plan the actor may check now: every one of them, if the actor may
   * {@link ApplicationAction#CHECK_REQUIREMENT}; none otherwise.
   *
   * @param actor who would check
   * @return the requirement names, in plan order
   */
  public List<String> requirementTargets(Actor actor) {
    return ifAllowed(ApplicationAction.CHECK_REQUIREMENT, actor, plan().requirements().stream()
        .map(dev.hirekit.plan.Requirement::name).collect(Collectors.toList()));
  }

  /** Ids, status and stage only: no personal data. */
  @Override
  public String toString() {
    return "Application{" + id() + " " + status()
        + stage().map(s -> " at " + s).orElse("") + "}";
  }
}
