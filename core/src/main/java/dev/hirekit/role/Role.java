package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.internal.History;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.role.RoleEvent.ApprovalDeclined;
import dev.hirekit.role.RoleEvent.ApprovalRequested;
import dev.hirekit.role.RoleEvent.Approved;
import dev.hirekit.role.RoleEvent.ApproverReplaced;
import dev.hirekit.role.RoleEvent.Closed;
import dev.hirekit.role.RoleEvent.Drafted;
import dev.hirekit.role.RoleEvent.Held;
import dev.hirekit.role.RoleEvent.Opened;
import dev.hirekit.role.RoleEvent.OpeningAdded;
import dev.hirekit.role.RoleEvent.OpeningClosed;
import dev.hirekit.role.RoleEvent.OpeningFilled;
import dev.hirekit.role.RoleEvent.OpeningReopened;
import dev.hirekit.role.RoleEvent.OpeningScheduled;
import dev.hirekit.role.RoleEvent.PlanSet;
import dev.hirekit.role.RoleEvent.PostingRevised;
import dev.hirekit.role.RoleEvent.Reopened;
import dev.hirekit.role.RoleEvent.RequisitionSet;
import dev.hirekit.role.RoleEvent.Resumed;
import dev.hirekit.role.RoleEvent.TeamSet;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.time.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A role (a job posting), event-sourced: what it says publicly (its {@link Posting}), its hiring
 * team, its interview plan, its openings and where it stands, all made by its events.
 *
 * <p>A role is created by {@link #draft} (a {@link RoleEvent.Drafted} event: a {@link
 * RoleStatus#DRAFT} with no openings, no plan and an empty team, version 1) and changes only
 * through its actions: {@link #revisePosting}, {@link #setPlan}, {@link #setTeam}, {@link #open},
 * {@link #hold}, {@link #resume}, {@link #close}, {@link #reopen} and the opening actions. Each is
 * checked against {@link #LIFECYCLE} and the role's {@link #policy()}, recorded as the next
 * {@link RoleEvent} of {@link #history()} (naming this role, numbered {@code version() + 1}) and
 * returns a new role; a refused action throws {@link IllegalTransitionException} and changes
 * nothing. Filling or cancelling the last open opening closes an open or held role; reopening a
 * filled opening (an unhire) opens a closed role again. Hires and unhires of applications reach
 * the role through {@code Staffing.hire} and {@code Staffing.unhire} in package {@code
 * dev.hirekit.application}, which change the application and the role in one step.
 *
 * <p>The state is exactly the replay of the history: {@code Role.replay(role.history(),
 * role.policy()).equals(role)}. {@link #replay(List)} rebuilds a role from a history from
 * anywhere, checking every rule and permission; {@link #load(List, Policy)} loads one from your
 * own store, checking every rule but not the permissions of the past.
 *
 * <pre>{@code
 * Role role = Role.draft(RoleId.of("backend-berlin"), posting, recruiter, now)  // DRAFT, v1
 *     .setPlan(recruiter, now, plan)
 *     .addOpening(recruiter, now, OpeningId.of("backend-berlin-1"))
 *     .open(recruiter, now);                                                    // OPEN, v4
 * role = role.fillOpening(recruiter, later, OpeningId.of("backend-berlin-1")); // CLOSED
 * Role.replay(role.history()).equals(role);                                    // true
 * }</pre>
 */
@Value.Immutable
public abstract class Role {
  private static final Logger LOG = LoggerFactory.getLogger(Role.class);

  /**
   * Who may perform which role action by default: hiring managers and recruiters may do every
   * action (the system everything). {@link #draft(RoleId, Posting, Actor, Instant)} and {@link
   * #replay(List)} use it.
   */
  public static final Policy<RoleAction, Role> DEFAULT_POLICY = RoleLifecycle.POLICY;

  /**
   * The rules of every role: the start ({@link RoleAction#DRAFT}), statuses, actions, guards and
   * the default policy (hiring managers and recruiters may do every action; the system may do
   * everything).
   *
   * <p>{@link RoleAction#ADD_OPENING}, {@link RoleAction#REVISE_POSTING}, {@link
   * RoleAction#SET_PLAN} and {@link RoleAction#SET_TEAM} are legal in every status, {@code
   * CLOSED} included (a closed role that never had a plan gets one before it reopens). The
   * guards read the role only, never the argument an action names: the opening itself is checked
   * by the action (it must exist and be open, or filled to reopen it, or be new to add it), and
   * so is a plan (newer than the role's plan, if it has one); a misfit is refused with an {@link
   * IllegalTransitionException} naming it.
   */
  public static final TransitionTable<RoleStatus, RoleAction, Role, Actor> LIFECYCLE =
      RoleLifecycle.table();

  /** What a trusted load checks a stored event's actor against: that it was recorded. */
  private static final Policy<RoleAction, Role> RECORDED = (actor, action, subject) -> true;

  Role() {}

  // ---------------------------------------------------------------- attributes

  /**
   * The role's id.
   *
   * @return the id
   */
  public abstract RoleId id();

  /**
   * What the role says publicly: title, department, locations, pay, description, ...
   *
   * @return the posting
   */
  public abstract Posting posting();

  /**
   * The people who hire for the role; empty until {@link #setTeam} names them.
   *
   * @return the hiring team
   */
  public abstract HiringTeam hiringTeam();

  /**
   * The stages a candidate passes through, once {@link #setPlan} gave one.
   *
   * @return the interview plan, or empty
   */
  public abstract Optional<InterviewPlan> plan();

  /**
   * The seats to fill, in the order they were added; none for a new draft.
   *
   * @return the openings, each id once
   */
  public abstract List<Opening> openings();

  /**
   * The role's requisition (level, headcount reason, approvers), once {@link #setRequisition}
   * set it.
   *
   * @return the requisition, or empty
   */
  public abstract Optional<Requisition> requisition();

  /**
   * Where the role stands.
   *
   * @return the status
   */
  public abstract RoleStatus status();

  /**
   * The approvals of the standing request to open the role, in the order given (the chain counts
   * them group by group); empty until the first approval, and again after a decline or a new
   * requisition.
   *
   * @return the approvers who approved, each a member id
   */
  public abstract List<MemberId> approvals();

  /** Whether approval was requested and the request stands (no decline, no new requisition). */
  @Value.Default
  boolean approvalRequested() {
    return false;
  }

  /**
   * Everything that happened to the role, oldest first, starting with its {@link
   * RoleEvent.Drafted} event; event {@code i} (from 0) has sequence {@code i + 1}.
   *
   * @return the events, never empty
   */
  public List<RoleEvent> history() {
    return log();
  }

  /** The events as a list that appends in constant time; {@link #history()} shows it. */
  abstract History<RoleEvent> log();

  /**
   * Who may perform which action on this role: the default policy of {@link #LIFECYCLE}, or the
   * one it was drafted, replayed or loaded under, unless replaced with {@link #withPolicy}.
   * Checked bound to {@link #hiringTeam()}. Part of equality, so two roles under different
   * policies are never equal; not recorded in the history nor shown by {@code toString()}.
   *
   * @return the policy
   */
  public abstract Policy<RoleAction, Role> policy();

  /**
   * A copy whose later actions are checked against another policy, e.g. one that lets only
   * hiring managers open and close the role. The states, actions and guards stay those of
   * {@link #LIFECYCLE}.
   *
   * @param value the policy
   * @return the copy
   * @throws InvalidValueException if the policy is null
   */
  public abstract Role withPolicy(Policy<RoleAction, Role> value);

  /** The table with this role's policy bound to its team; computed once per instance. */
  @Value.Lazy
  TransitionTable<RoleStatus, RoleAction, Role, Actor> rules() {
    Policy<RoleAction, Role> bound = policy().within(hiringTeam());
    return bound == DEFAULT_POLICY ? LIFECYCLE : LIFECYCLE.withPolicy(bound);
  }

  @Value.Check
  void check() {
    Require.that(!log().isEmpty(), "Role", "history",
        "is empty; a role starts with a Drafted event");
    Require.distinct("Role", "openings", openings(), Opening::id);
    Require.that(plan().isPresent() || (status() != RoleStatus.OPEN
        && status() != RoleStatus.ON_HOLD), "Role", "plan", "is missing while " + status()
        + "; a role takes applications only with an interview plan");
    Require.that(approvalRequested() || approvals().isEmpty(), "Role", "approvals",
        "are given while no approval was requested");
    Require.that(approvals().size() <= approvalChain().required(), "Role", "approvals",
        "outnumber the approvals the requisition's chain asks for");
  }

  // ---------------------------------------------------------------- creation and loading

  /**
   * Drafts a new role under the default policy of {@link #LIFECYCLE}: a {@link RoleStatus#DRAFT}
   * with this posting, no openings, no plan and an empty hiring team, at version 1.
   *
   * <pre>{@code
   * Role draft = Role.draft(RoleId.of("backend-berlin"), posting, recruiter, now);
   * }</pre>
   *
   * @param id the new role's id
   * @param posting what the role says publicly
   * @param by who drafts it, allowed to {@link RoleAction#DRAFT} by the policy
   * @param at when
   * @return the draft
   * @throws IllegalTransitionException if the actor may not draft a role
   * @throws InvalidValueException if an argument is null
   */
  public static Role draft(RoleId id, Posting posting, Actor by, Instant at) {
    return draft(id, posting, by, at, DEFAULT_POLICY);
  }

  /**
   * Drafts a new role under a policy of your own, which it keeps for every later action. The
   * policy is bound to the new role's team, which is empty: under a {@link
   * dev.hirekit.actor.TeamPolicy} only the system may draft, and set the first team.
   *
   * @param id the new role's id
   * @param posting what the role says publicly
   * @param by who drafts it, allowed to {@link RoleAction#DRAFT} by the policy
   * @param at when
   * @param policy who may perform which action on the role
   * @return the draft, under the policy
   * @throws IllegalTransitionException if the actor may not draft a role
   * @throws InvalidValueException if an argument is null
   */
  public static Role draft(RoleId id, Posting posting, Actor by, Instant at,
      Policy<RoleAction, Role> policy) {
    Require.given(id, "Role", "id");
    Require.given(posting, "Role", "posting");
    Require.given(by, "Role", "by");
    Require.given(at, "Role", "at");
    Require.given(policy, "Role", "policy");
    return start(new Drafted(id, 1, posting, at, by), policy);
  }

  /**
   * Rebuilds a role from its history, checking every rule and every permission under the
   * default policy of {@link #LIFECYCLE}: the {@link RoleEvent.Drafted} event and its actor as
   * {@link #draft} checks them, then each later event as the action that records it (its role,
   * its sequence, its time, its actor, the table and the argument it names). Use it for any
   * history that comes from outside your own trusted store.
   *
   * @param history the events, oldest first, starting with {@link RoleEvent.Drafted} and
   *     numbered 1 to n
   * @return the role
   * @throws IllegalTransitionException if an event is not legal where the role stands, by its
   *     actor, or is not the next of this role
   * @throws InvalidValueException if the history is null, empty, holds a null or does not start
   *     with a Drafted event
   */
  public static Role replay(List<RoleEvent> history) {
    return replay(history, DEFAULT_POLICY);
  }

  /**
   * Rebuilds a role from its history under a policy (the one it was run with), checking every
   * rule and every permission; the role keeps the policy.
   *
   * @param history the events, oldest first, starting with {@link RoleEvent.Drafted} and
   *     numbered 1 to n
   * @param policy who may perform which action
   * @return the role, under the policy
   * @throws IllegalTransitionException if an event is not legal where the role stands, by its
   *     actor, or is not the next of this role
   * @throws InvalidValueException if an argument is null, or the history is empty, holds a null
   *     or does not start with a Drafted event
   */
  public static Role replay(List<RoleEvent> history, Policy<RoleAction, Role> policy) {
    Require.given(history, "Role", "history");
    Require.given(policy, "Role", "policy");
    Require.nonEmpty("Role", "history", history, "give the events, starting with Drafted");
    Role role = start(Require.given(history.get(0), "Role", "history"), policy);
    for (RoleEvent event : history.subList(1, history.size())) {
      role = role.record(Require.given(event, "Role", "history"));
    }
    return role;
  }

  /**
   * Loads a role from your own store: rebuilds it from its history checking every structural
   * and lifecycle rule (its events name it and are numbered 1 to n, start with Drafted, keep
   * time order, follow the table and fit its openings and plans) but not who was permitted (a
   * permission is a fact of the moment it was used, so a history recorded under an earlier
   * policy still loads after the policy is tightened); the role carries the given policy for
   * every later action. Use {@link #replay(List, Policy)} for a history from anywhere else.
   *
   * <pre>{@code
   * Role role = Role.load(eventStore.events(roleId), policy);
   * }</pre>
   *
   * @param history the events, oldest first
   * @param policy the policy of every later action
   * @return the role, under the policy
   * @throws IllegalTransitionException if an event breaks a rule where the role stands
   * @throws InvalidValueException if an argument is null, or the history is empty, holds a null
   *     or does not start with a Drafted event
   */
  public static Role load(List<RoleEvent> history, Policy<RoleAction, Role> policy) {
    Require.given(policy, "Role", "policy");
    return replay(history, RECORDED).withPolicy(policy);
  }

  /**
   * The role a creating event makes, under a policy, after checking the event as its action: a
   * start action of the table, sequence 1, by an actor the policy (bound to the new role's team)
   * allows.
   */
  private static Role start(RoleEvent event, Policy<RoleAction, Role> policy) {
    RoleEffects.Entry entry = RoleEffects.of(event);
    RoleAction action = entry.action();
    RoleStatus status = LIFECYCLE.starts().get(action);
    if (status == null) {
      throw new InvalidValueException("Role", "history", "starts with "
          + event.getClass().getSimpleName() + "; a role starts with Drafted");
    }
    ImmutableRole.Builder built = ImmutableRole.builder().id(event.role()).status(status)
        .hiringTeam(HiringTeam.empty()).policy(policy)
        .log(History.<RoleEvent>empty().append(event));
    entry.effect().apply(null, event, built);
    Role role = built.build();
    Actor by = event.by();
    Policy<RoleAction, Role> bound = policy.within(role.hiringTeam());
    String refusal = null;
    if (event.sequence() != 1) {
      refusal = "the first event of a role has sequence 1, not " + event.sequence();
    } else if (!bound.allows(by, action, role)) {
      refusal = bound.reason(by, action, role);
    }
    if (refusal != null) {
      List<String> allowed = LIFECYCLE.starts().keySet().stream()
          .filter(a -> bound.allows(by, a, role)).map(Enum::name).collect(Collectors.toList());
      LOG.trace("role {} refused: NEW, {} by {}: {}", role.id(), action, by, refusal);
      throw new IllegalTransitionException("Role", role.id().value(), "NEW", action.name(),
          refusal, allowed);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("role {} {} -> {} by {}", role.id(), event.getClass().getSimpleName(),
          role.status(), by);
    }
    return role;
  }

  // ---------------------------------------------------------------- views

  /**
   * The openings that can still be filled, in role order.
   *
   * @return the open openings, possibly none
   */
  public List<Opening> openOpenings() {
    return openings().stream().filter(Opening::isOpen).toList();
  }

  /**
   * The opening of an id.
   *
   * @param id the opening id
   * @return the opening, or empty if the role has no such opening
   */
  public Optional<Opening> opening(OpeningId id) {
    return openings().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * The open openings whose target start date is before a day: the seats late to fill, in role
   * order.
   *
   * <pre>{@code
   * role.openingsPastTargetStart(LocalDate.now(clock)); // seats that should have started
   * }</pre>
   *
   * @param day the day to look from
   * @return the late openings, possibly none
   * @throws InvalidValueException if the day is null
   */
  public List<Opening> openingsPastTargetStart(LocalDate day) {
    Require.given(day, "Role", "day");
    return openings().stream().filter(o -> o.isPastTargetStart(day)).toList();
  }

  /**
   * What is due or overdue for the role at an instant, a pure query: the posting's close date
   * while the role is open (resolved by closing the role or putting it on hold; {@link
   * dev.hirekit.time.Due.Party#SYSTEM}, since an automation may close it), and each open
   * opening's target start date (due from the start of the day after it in the zone, exactly
   * when {@link #openingsPastTargetStart} lists it; resolved by rescheduling or closing the
   * opening). Hirekit fires nothing.
   *
   * <pre>{@code
   * List<Due> due = role.due(now, ZoneId.of("Europe/Berlin"));
   * }</pre>
   *
   * @param at the instant to look from
   * @param zone the zone whose days the target start dates are
   * @return the deadlines, earliest first, possibly none
   * @throws InvalidValueException if an argument is missing
   */
  public List<Due> due(Instant at, ZoneId zone) {
    Require.given(at, "Role", "at");
    Require.given(zone, "Role", "zone");
    List<Due> due = new ArrayList<>();
    if (status() == RoleStatus.OPEN) {
      posting().closesAt().ifPresent(closes -> due.add(Due.at(Due.Deadline.POSTING_CLOSE,
          id().value(), closes, at, Due.Party.SYSTEM, RoleAction.CLOSE, RoleAction.HOLD)));
    }
    for (Opening opening : openings()) {
      if (opening.isOpen() && opening.targetStart().isPresent()) {
        Instant late = opening.targetStart().get().plusDays(1).atStartOfDay(zone).toInstant();
        due.add(Due.at(Due.Deadline.OPENING_TARGET_START, opening.id().value(), late, at,
            Due.Party.TEAM, RoleAction.SCHEDULE_OPENING, RoleAction.CLOSE_OPENING));
      }
    }
    due.sort(Comparator.comparing(Due::dueAt));
    return List.copyOf(due);
  }

  /**
   * Why an opening is hired for: its own reason if {@link #scheduleOpening} gave one, else the
   * requisition's.
   *
   * @param id the opening id
   * @return the reason, or empty if the role has no such opening or no reason is set
   */
  public Optional<HeadcountReason> reasonFor(OpeningId id) {
    return opening(id).flatMap(o -> o.reason().or(() -> requisition().map(Requisition::reason)));
  }

  /**
   * The openings closed because someone was hired for them, in role order.
   *
   * @return the filled openings, possibly none
   */
  public List<Opening> filledOpenings() {
    return openings().stream()
        .filter(o -> o.closeReason().filter(r -> r == OpeningCloseReason.FILLED).isPresent())
        .toList();
  }

  /**
   * Who must approve before the role opens: its requisition's chain, or none without a
   * requisition.
   *
   * @return the chain, possibly empty
   */
  public ApprovalChain approvalChain() {
    return requisition().map(Requisition::approvalChain).orElse(ApprovalChain.none());
  }

  /**
   * Where the role stands with the approval to open: {@link RoleAction#OPEN} and {@link
   * RoleAction#REOPEN} need it {@link RoleApproval#NOT_NEEDED} or {@link RoleApproval#APPROVED}.
   *
   * <pre>{@code
   * role.approval(); // PENDING
   * role.approvalChain().currentGroup(role.approvals()); // the group whose turn it is
   * }</pre>
   *
   * @return the approval state
   */
  public RoleApproval approval() {
    ApprovalChain chain = approvalChain();
    if (chain.isEmpty()) {
      return RoleApproval.NOT_NEEDED;
    }
    if (!approvalRequested()) {
      return RoleApproval.NOT_REQUESTED;
    }
    return chain.isSatisfiedBy(approvals()) ? RoleApproval.APPROVED : RoleApproval.PENDING;
  }

  /**
   * How many events the role has recorded: the sequence number of its last event, the events
   * being numbered 1, 2, 3, ... in {@link #history()} order (1 for a new draft). A store
   * appends the events after the version it loaded, checking that it still holds that version.
   *
   * <pre>{@code
   * long loaded = role.version();
   * Role next = ...;                                        // one or more actions
   * store.append(next.id(), loaded, next.eventsAfter(loaded)); // expected version: loaded
   * }</pre>
   *
   * @return the version
   */
  public long version() {
    return log().size();
  }

  /**
   * The events recorded after a version, oldest first: what a store appends when it loaded
   * that version.
   *
   * @param version a version this role has had, from 0 to {@link #version()}
   * @return the later events, possibly none
   * @throws InvalidValueException if the version is negative or after {@link #version()}
   */
  public List<RoleEvent> eventsAfter(long version) {
    Require.that(version >= 0 && version <= version(), "Role", "version", version
        + " is not a version of " + id() + "; give 0 to " + version());
    return history().subList((int) version, history().size());
  }

  /**
   * The actions this actor may perform now, by the role's status, its openings and its policy;
   * an opening action listed here still needs an opening that fits it, and {@link
   * RoleAction#SET_PLAN} a plan newer than the role's.
   *
   * @param actor who would act
   * @return the legal actions, in the order of {@link RoleAction}
   */
  public Set<RoleAction> allowedActions(Actor actor) {
    return rules().allowedActions(status(), actor, this);
  }

  /**
   * Why an action is not legal now, if it is not; the opening or plan an action names is not
   * looked at.
   *
   * @param action the action
   * @param actor who would act
   * @return empty if legal, otherwise the reason
   */
  public Optional<String> refusal(RoleAction action, Actor actor) {
    return rules().refusal(status(), action, actor, this);
  }

  // ---------------------------------------------------------------- actions

  /**
   * Replaces what the role says publicly, in any status.
   *
   * @param by who acts
   * @param at when
   * @param posting the new posting
   * @return the role with the posting
   * @throws IllegalTransitionException if not legal now
   * @throws InvalidValueException if an argument is null
   */
  public Role revisePosting(Actor by, Instant at, Posting posting) {
    return record(new PostingRevised(id(), version() + 1, posting, at, by));
  }

  /**
   * Gives the role an interview plan, in any status (a closed role that never had one gets it
   * before it reopens). Once the role has a plan, the new one must have a higher {@link
   * InterviewPlan#version()}, so that its applications can migrate forward to it.
   *
   * @param by who acts
   * @param at when
   * @param plan the plan, newer than the role's plan if it has one
   * @return the role with the plan
   * @throws IllegalTransitionException if not legal now, or the plan is not newer
   * @throws InvalidValueException if an argument is null
   */
  public Role setPlan(Actor by, Instant at, InterviewPlan plan) {
    return record(new PlanSet(id(), version() + 1, plan, at, by));
  }

  /**
   * Replaces the role's hiring team, in any status. The actor is checked against the team as it
   * was before (under a {@link dev.hirekit.actor.TeamPolicy}); later actions against the new
   * one. Applications keep the team of their role as it was when they were created.
   *
   * @param by who acts
   * @param at when
   * @param team the new hiring team
   * @return the role with the team
   * @throws IllegalTransitionException if not legal now
   * @throws InvalidValueException if an argument is null
   */
  public Role setTeam(Actor by, Instant at, HiringTeam team) {
    return record(new TeamSet(id(), version() + 1, team, at, by));
  }

  /**
   * Publishes a draft that has an interview plan, an open opening and, if its requisition names
   * approvers, their approval ({@link #approval()}).
   *
   * @param by who acts
   * @param at when
   * @return the open role
   * @throws IllegalTransitionException if not legal now
   */
  public Role open(Actor by, Instant at) {
    return record(new Opened(id(), version() + 1, at, by));
  }

  /**
   * Puts an open role on hold: no new applications, pipelines kept.
   *
   * @param by who acts
   * @param at when
   * @return the role on hold
   * @throws IllegalTransitionException if not legal now
   */
  public Role hold(Actor by, Instant at) {
    return record(new Held(id(), version() + 1, at, by));
  }

  /**
   * Opens a role on hold again.
   *
   * @param by who acts
   * @param at when
   * @return the open role
   * @throws IllegalTransitionException if not legal now
   */
  public Role resume(Actor by, Instant at) {
    return record(new Resumed(id(), version() + 1, at, by));
  }

  /**
   * Closes a draft, open or held role; every opening still open is cancelled in the same step.
   *
   * @param by who acts
   * @param at when
   * @param reason why the role closes
   * @return the closed role
   * @throws IllegalTransitionException if not legal now
   */
  public Role close(Actor by, Instant at, RoleCloseReason reason) {
    return record(new Closed(id(), version() + 1, reason, at, by));
  }

  /**
   * Opens a closed role again (e.g. after a renege); it needs an open opening, so add or reopen
   * one first, and the approval its requisition asks for (still given unless the requisition
   * changed since).
   *
   * @param by who acts
   * @param at when
   * @return the open role
   * @throws IllegalTransitionException if not legal now
   */
  public Role reopen(Actor by, Instant at) {
    return record(new Reopened(id(), version() + 1, at, by));
  }

  /**
   * Adds an open opening under an id the role has not used; the status stays (a closed role
   * stays closed: {@link #reopen} it explicitly).
   *
   * @param by who acts
   * @param at when
   * @param opening the new opening's id
   * @return the role with the opening
   * @throws IllegalTransitionException if not legal now, or the id is taken
   */
  public Role addOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningAdded(id(), version() + 1, opening, at, by));
  }

  /**
   * Fills an open opening of an open or held role with a hire; filling the last open opening
   * closes the role. Usually reached through {@code Staffing.hire} when an application is hired.
   *
   * @param by who acts
   * @param at when
   * @param opening the opening filled, an open opening of the role
   * @return the role with the opening closed as {@link OpeningCloseReason#FILLED}
   * @throws IllegalTransitionException if not legal now, or the opening is unknown or not open
   */
  public Role fillOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningFilled(id(), version() + 1, opening, at, by));
  }

  /**
   * Cancels an open opening; cancelling the last open opening of an open or held role closes
   * the role (a draft keeps at least one: close the draft instead).
   *
   * @param by who acts
   * @param at when
   * @param opening the opening to cancel, an open opening of the role
   * @return the role with the opening closed as {@link OpeningCloseReason#CANCELLED}
   * @throws IllegalTransitionException if not legal now, or the opening is unknown or not open
   */
  public Role closeOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningClosed(id(), version() + 1, opening, at, by));
  }

  /**
   * Opens a filled opening again after its hire was undone; a closed role opens with it.
   * Usually reached through {@code Staffing.unhire} when an application is unhired.
   *
   * @param by who acts
   * @param at when
   * @param opening the opening, a filled opening of the role
   * @return the role with the opening open
   * @throws IllegalTransitionException if not legal now, or the opening is unknown or not filled
   */
  public Role reopenOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningReopened(id(), version() + 1, opening, at, by));
  }

  /**
   * Sets or changes the role's requisition (level, headcount reason and approvers), in any
   * status. A requisition other than the current one drops the request for approval and its
   * approvals: they approved the requisition as it stood.
   *
   * <pre>{@code
   * role = role.setRequisition(recruiter, now,
   *     Requisition.of(Level.of("L5", 5), HeadcountReason.newHeadcount()));
   * }</pre>
   *
   * @param by who acts
   * @param at when
   * @param requisition the requisition
   * @return the role with the requisition
   * @throws IllegalTransitionException if not legal now
   * @throws InvalidValueException if an argument is null
   */
  public Role setRequisition(Actor by, Instant at, Requisition requisition) {
    return record(new RequisitionSet(id(), version() + 1, requisition, at, by));
  }

  /**
   * Gives an open opening a target start date and its own headcount reason, in any status; an
   * empty value clears it. The role needs an open opening, and the one named must be open.
   *
   * <pre>{@code
   * role = role.scheduleOpening(recruiter, now, OpeningId.of("sre-1"),
   *     Optional.of(LocalDate.of(2027, 3, 1)), Optional.of(HeadcountReason.backfill("emp 4711")));
   * }</pre>
   *
   * @param by who acts
   * @param at when
   * @param opening an open opening of the role
   * @param targetStart the day the hire should start, or empty
   * @param reason the opening's own reason, or empty to use the requisition's
   * @return the role with the opening scheduled
   * @throws IllegalTransitionException if not legal now, or the opening is unknown or closed
   * @throws InvalidValueException if an argument is null
   */
  public Role scheduleOpening(Actor by, Instant at, OpeningId opening,
      Optional<LocalDate> targetStart, Optional<HeadcountReason> reason) {
    return record(new OpeningScheduled(id(), version() + 1, opening, targetStart, reason, at,
        by));
  }

  /**
   * Asks the approvers of the requisition's chain to approve opening the role, from draft (or
   * from closed, for a role that has not been approved since its requisition last changed).
   *
   * <pre>{@code
   * role = role.setRequisition(recruiter, now, requisitionWithApprovers)
   *     .requestApproval(recruiter, now);
   * role.approval(); // PENDING
   * }</pre>
   *
   * @param by who acts
   * @param at when
   * @return the role, its approval pending
   * @throws IllegalTransitionException if not legal now, e.g. no approvers are named
   */
  public Role requestApproval(Actor by, Instant at) {
    return record(new ApprovalRequested(id(), version() + 1, at, by));
  }

  /**
   * Records the approval of an approver the chain awaits now (a member of the current group who
   * has not approved yet); the last approval needed approves the role.
   *
   * @param by the approver
   * @param at when
   * @return the role, pending or approved
   * @throws IllegalTransitionException if not legal now, or the chain does not await this
   *     approver
   */
  public Role approve(Actor by, Instant at) {
    return record(new Approved(id(), version() + 1, at, by));
  }

  /**
   * An approver the chain awaits declines: the request and its approvals are dropped, and the
   * role needs a new request before it can open.
   *
   * @param by the approver
   * @param at when
   * @param reason why, not blank
   * @return the role, not requested
   * @throws IllegalTransitionException if not legal now
   * @throws InvalidValueException if the reason is blank
   */
  public Role declineApproval(Actor by, Instant at, String reason) {
    return record(new ApprovalDeclined(id(), version() + 1, reason, at, by));
  }

  /**
   * Another member takes the place of a pending approver of the current group (who is away, say);
   * the requisition's chain names the replacement from then on, and the approvals so far stand.
   *
   * @param by who acts
   * @param at when
   * @param replaced a member of the current group who has not approved yet
   * @param replacement who takes their place, not already a member of that group
   * @param reason why, not blank
   * @return the role, still pending, with the changed chain
   * @throws IllegalTransitionException if no approval is pending, or the members do not fit
   * @throws InvalidValueException if an argument is null or the reason blank
   */
  public Role replaceApprover(Actor by, Instant at, MemberId replaced, MemberId replacement,
      String reason) {
    return record(new ApproverReplaced(id(), version() + 1, replaced, replacement, reason, at,
        by));
  }

  // ---------------------------------------------------------------- recording

  /**
   * Records an event: checks that it is the next event of this role (its id, sequence {@code
   * version() + 1}, not dated before the previous event, not a second Drafted), that it is legal
   * where the role stands, by its actor, and that the argument it names fits; returns the role
   * with it applied and appended to the history. Every action goes through here, and so does
   * {@link #replay(List, Policy)}.
   *
   * @param event the event
   * @return the role after the event
   * @throws IllegalTransitionException if the event is refused; this role is unchanged
   */
  Role record(RoleEvent event) {
    Require.given(event, "Role", "event");
    RoleEffects.Entry entry = RoleEffects.of(event);
    RoleAction action = entry.action();
    Actor by = event.by();
    if (!event.role().equals(id())) {
      throw refuse(action, by, "the event is for role " + event.role() + ", not " + id()
          + "; record a role's events on that role only");
    }
    if (event.sequence() != version() + 1) {
      throw refuse(action, by, "event sequence " + event.sequence() + " is not the next;"
          + " expected sequence " + (version() + 1) + " after version " + version());
    }
    Instant previous = log().get(log().size() - 1).at();
    if (event.at().isBefore(previous)) {
      throw refuse(action, by, "event time " + event.at() + " is before the previous event at "
          + previous);
    }
    if (LIFECYCLE.starts().containsKey(action)) {
      throw refuse(action, by, "role " + id() + " already exists; a role is drafted once");
    }
    RoleStatus target = rules().fire(id().value(), status(), action, by, this);
    ImmutableRole.Builder next = ImmutableRole.builder().from(this).status(target)
        .log(log().append(event));
    entry.effect().apply(this, event, next);
    Role role = next.build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("role {} {} -> {} by {}", id(), event.getClass().getSimpleName(),
          role.status(), by);
    }
    return role;
  }

  /** A refusal of an action here and now, naming the role, its status and what is allowed. */
  IllegalTransitionException refuse(RoleAction action, Actor by, String reason) {
    return rules().refuse(id().value(), status(), action, by, this, reason);
  }

  /** Ids and status only: for example {@code Role{forward-deployed-engineer-sf OPEN}}. */
  @Override
  public String toString() {
    return "Role{" + id() + " " + status() + "}";
  }
}
