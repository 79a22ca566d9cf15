package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that says, for each type of {@link RoleEvent}, which {@link RoleAction} records
 * it and what it does to the role beyond the status the table gives: the posting, plan, team and
 * openings it sets, and the checks of the argument it names (an opening that fits, a newer plan).
 * A refused effect throws the {@link dev.hirekit.lifecycle.IllegalTransitionException} of {@code
 * Role.refuse}; the role it was applied to is unchanged.
 */
final class RoleEffects {

  /**
   * What an event does to the next state of a role.
   *
   * @param <E> the event type
   */
  @FunctionalInterface
  interface Effect<E extends RoleEvent> {
    /**
     * Applies the event to the builder of the next role.
     *
     * @param before the role before the event; null for the creating event
     * @param event the event
     * @param next the next role, already holding the status and the event in its history
     */
    void apply(Role before, E event, ImmutableRole.Builder next);
  }

  /**
   * The action that records an event type and its effect.
   *
   * @param action the action
   * @param effect the effect
   */
  record Entry(RoleAction action, Effect<RoleEvent> effect) {}

  private static final Map<Class<? extends RoleEvent>, Entry> ENTRIES = entries();

  private RoleEffects() {}

  private static Map<Class<? extends RoleEvent>, Entry> entries() {
    Map<Class<? extends RoleEvent>, Entry> map = new HashMap<>();
    put(map, Drafted.class, RoleAction.DRAFT, (role, e, next) -> next.posting(e.posting()));
    put(map, PostingRevised.class, RoleAction.REVISE_POSTING,
        (role, e, next) -> next.posting(e.posting()));
    put(map, PlanSet.class, RoleAction.SET_PLAN, RoleEffects::planSet);
    put(map, TeamSet.class, RoleAction.SET_TEAM, (role, e, next) -> next.hiringTeam(e.team()));
    put(map, Opened.class, RoleAction.OPEN, RoleEffects::statusOnly);
    put(map, Held.class, RoleAction.HOLD, RoleEffects::statusOnly);
    put(map, Resumed.class, RoleAction.RESUME, RoleEffects::statusOnly);
    put(map, Closed.class, RoleAction.CLOSE, RoleEffects::closed);
    put(map, Reopened.class, RoleAction.REOPEN, RoleEffects::statusOnly);
    put(map, OpeningAdded.class, RoleAction.ADD_OPENING, RoleEffects::openingAdded);
    put(map, OpeningFilled.class, RoleAction.FILL_OPENING,
        (role, e, next) -> next.openings(closing(role, e.opening(), e.by(),
            RoleAction.FILL_OPENING, OpeningCloseReason.FILLED)));
    put(map, OpeningClosed.class, RoleAction.CLOSE_OPENING,
        (role, e, next) -> next.openings(closing(role, e.opening(), e.by(),
            RoleAction.CLOSE_OPENING, OpeningCloseReason.CANCELLED)));
    put(map, OpeningReopened.class, RoleAction.REOPEN_OPENING, RoleEffects::openingReopened);
    put(map, RequisitionSet.class, RoleAction.SET_REQUISITION, RoleEffects::requisitionSet);
    put(map, OpeningScheduled.class, RoleAction.SCHEDULE_OPENING, RoleEffects::openingScheduled);
    put(map, ApprovalRequested.class, RoleAction.REQUEST_APPROVAL,
        (role, e, next) -> next.approvalRequested(true).approvals(List.of()));
    put(map, Approved.class, RoleAction.APPROVE,
        (role, e, next) -> next.addApprovals(e.by().memberId().orElseThrow()));
    put(map, ApprovalDeclined.class, RoleAction.DECLINE_APPROVAL,
        (role, e, next) -> next.approvalRequested(false).approvals(List.of()));
    put(map, ApproverReplaced.class, RoleAction.REPLACE_APPROVER, RoleEffects::approverReplaced);
    return Map.copyOf(map);
  }

  private static <E extends RoleEvent> void put(Map<Class<? extends RoleEvent>, Entry> map,
      Class<E> type, RoleAction action, Effect<E> effect) {
    map.put(type, new Entry(action, (role, event, next) ->
        effect.apply(role, type.cast(event), next)));
  }

  /**
   * The entry of an event's type.
   *
   * @param event the event
   * @return its action and effect
   * @throws IllegalStateException if the type has no entry, which a test forbids
   */
  static Entry of(RoleEvent event) {
    return of(event.getClass());
  }

  /**
   * The entry of an event type.
   *
   * @param type the event type
   * @return its action and effect
   * @throws IllegalStateException if the type has no entry, which a test forbids
   */
  static Entry of(Class<?> type) {
    Entry entry = ENTRIES.get(type);
    if (entry == null) {
      throw new IllegalStateException("no action and effect for " + type.getName()
          + "; every RoleEvent type has an entry in RoleEffects");
    }
    return entry;
  }

  /** The table's status is the whole effect. */
  private static void statusOnly(Role role, RoleEvent event, ImmutableRole.Builder next) {
    // nothing beyond the status
  }

  private static void planSet(Role role, PlanSet set, ImmutableRole.Builder next) {
    Optional<InterviewPlan> current = role.plan();
    if (current.isPresent() && set.plan().version() <= current.get().version()) {
      throw role.refuse(RoleAction.SET_PLAN, set.by(), "plan v" + set.plan().version()
          + " is not newer than the current v" + current.get().version() + "; give a plan of"
          + " a higher version, so applications can migrate forward to it");
    }
    next.plan(set.plan());
  }

  /**
   * A requisition other than the current one drops the request for approval and its approvals:
   * they approved the requisition as it stood.
   */
  private static void requisitionSet(Role role, RequisitionSet set, ImmutableRole.Builder next) {
    next.requisition(set.requisition());
    if (!role.requisition().equals(Optional.of(set.requisition()))) {
      next.approvalRequested(false).approvals(List.of());
    }
  }

  /** The requisition's chain names the replacement; a replacement that does not fit is refused. */
  private static void approverReplaced(Role role, ApproverReplaced replaced,
      ImmutableRole.Builder next) {
    Requisition requisition = role.requisition().orElseThrow();
    ApprovalChain chain;
    try {
      chain = requisition.approvalChain().replace(role.approvals(), replaced.replaced(),
          replaced.replacement());
    } catch (InvalidValueException e) {
      throw role.refuse(RoleAction.REPLACE_APPROVER, replaced.by(), e.getMessage());
    }
    next.requisition(requisition.withApprovalChain(chain));
  }

  /** Closing the role cancels every opening still open. */
  private static void closed(Role role, Closed closed, ImmutableRole.Builder next) {
    List<Opening> openings = new ArrayList<>();
    for (Opening opening : role.openings()) {
      openings.add(opening.isOpen()
          ? closedAs(opening, OpeningCloseReason.CANCELLED) : opening);
    }
    next.openings(openings);
  }

  private static void openingAdded(Role role, OpeningAdded added, ImmutableRole.Builder next) {
    if (role.opening(added.opening()).isPresent()) {
      throw role.refuse(RoleAction.ADD_OPENING, added.by(), "opening " + added.opening()
          + " already exists; add a new opening under a new id");
    }
    next.addOpening(Opening.open(added.opening()));
  }

  private static void openingReopened(Role role, OpeningReopened reopened,
      ImmutableRole.Builder next) {
    Opening opening = known(role, RoleAction.REOPEN_OPENING, reopened.by(), reopened.opening());
    if (opening.closeReason().filter(r -> r == OpeningCloseReason.FILLED).isEmpty()) {
      throw role.refuse(RoleAction.REOPEN_OPENING, reopened.by(), "opening " + opening.id()
          + " is " + opening.closeReason().map(Enum::name).orElse(opening.status().name())
          + ", not FILLED; only a filled opening reopens");
    }
    next.openings(replaced(role, Opening.builder().from(opening).status(OpeningStatus.OPEN)
        .closeReason(Optional.empty()).build()));
  }

  /** The openings with an open one closed for a reason, or the refusal if it is not open. */
  private static List<Opening> closing(Role role, OpeningId id, Actor by, RoleAction action,
      OpeningCloseReason reason) {
    Opening opening = known(role, action, by, id);
    if (!opening.isOpen()) {
      throw role.refuse(action, by, "opening " + id + " is already closed ("
          + opening.closeReason().map(Enum::name).orElse("") + ")");
    }
    return replaced(role, closedAs(opening, reason));
  }

  /** An opening closed for a reason, keeping its target start date and its own reason. */
  private static Opening closedAs(Opening opening, OpeningCloseReason reason) {
    return Opening.builder().from(opening).status(OpeningStatus.CLOSED).closeReason(reason)
        .build();
  }

  /** Sets an open opening's target start date and own reason; a closed one is refused. */
  private static void openingScheduled(Role role, OpeningScheduled scheduled,
      ImmutableRole.Builder next) {
    Opening opening = known(role, RoleAction.SCHEDULE_OPENING, scheduled.by(),
        scheduled.opening());
    if (!opening.isOpen()) {
      throw role.refuse(RoleAction.SCHEDULE_OPENING, scheduled.by(), "opening " + opening.id()
          + " is closed (" + opening.closeReason().map(Enum::name).orElse("")
          + "); schedule an open opening");
    }
    next.openings(replaced(role, Opening.builder().from(opening)
        .targetStart(scheduled.targetStart()).reason(scheduled.reason()).build()));
  }

  private static Opening known(Role role, RoleAction action, Actor by, OpeningId id) {
    return role.opening(id).orElseThrow(() -> role.refuse(action, by, "role " + role.id()
        + " has no opening " + id));
  }

  private static List<Opening> replaced(Role role, Opening replacement) {
    List<Opening> openings = new ArrayList<>(role.openings());
    openings.replaceAll(o -> o.id().equals(replacement.id()) ? replacement : o);
    return openings;
  }
}
