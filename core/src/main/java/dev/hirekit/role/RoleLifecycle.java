package dev.hirekit.role;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.team.HiringRole;
import java.util.List;
import java.util.Optional;

/**
 * The transition table of every role, {@link Role#LIFECYCLE}: its start, its rows and their
 * guards, and the default policy. The guards read the role (and, for approvals, who acts), never
 * the argument an action names (an opening, a plan): the event's effect checks that ({@link
 * RoleEffects}).
 */
final class RoleLifecycle {
  private static final Guard<Role, Actor> PLAN = Guard.when("an interview plan",
      r -> r.plan().isPresent());
  private static final Guard<Role, Actor> OPEN_OPENING = Guard.when("an open opening",
      r -> !r.openOpenings().isEmpty());
  private static final Guard<Role, Actor> ANOTHER_OPEN_OPENING = Guard.of("another open opening",
      r -> r.openOpenings().size() >= 2 ? Optional.empty()
          : Optional.of(r.openOpenings().isEmpty() ? "the role has no open opening"
              : "no other opening would remain open"));
  private static final Guard<Role, Actor> LAST_OPEN_OPENING = Guard.of("the last open opening",
      r -> r.openOpenings().size() == 1 ? Optional.empty()
          : Optional.of(r.openOpenings().isEmpty() ? "the role has no open opening"
              : r.openOpenings().size() + " openings are open"));
  private static final Guard<Role, Actor> APPROVED = Guard.of(
      "approval, if the requisition asks for it", r -> switch (r.approval()) {
        case NOT_NEEDED, APPROVED -> Optional.empty();
        case NOT_REQUESTED -> Optional.of("the requisition's approvers were not asked yet;"
            + " request approval first");
        default -> Optional.of("approval is pending: the chain awaits "
            + r.approvalChain().currentGroup(r.approvals()).map(g -> "group '" + g.name() + "'")
                .orElse("approvals"));
      });
  private static final Guard<Role, Actor> APPROVERS_TO_ASK = Guard.of("approvers to ask",
      r -> switch (r.approval()) {
        case NOT_REQUESTED -> Optional.empty();
        case NOT_NEEDED -> Optional.of("the requisition names no approvers");
        case PENDING -> Optional.of("approval was requested already and is pending");
        default -> Optional.of("the role is approved already");
      });
  private static final Guard<Role, Actor> PENDING_APPROVAL = Guard.when("approval pending",
      r -> r.approval() == RoleApproval.PENDING);
  private static final Guard<Role, Actor> AWAITED_APPROVER = Guard.ofActor(
      "an awaited approver", (r, actor) -> actor.memberId()
          .filter(m -> r.approval() == RoleApproval.PENDING
              && r.approvalChain().awaits(m, r.approvals()))
          .isPresent() ? Optional.empty()
          : Optional.of(r.approval() != RoleApproval.PENDING ? "no approval is pending"
              : actor + " is not an approver the chain awaits now; it awaits "
                  + r.approvalChain().awaited(r.approvals())));
  private static final Guard<Role, Actor> FILLED_OPENING = Guard.when("a filled opening",
      r -> !r.filledOpenings().isEmpty());

  /** The actions that edit what the role says or who hires for it, legal in every status. */
  private static final List<RoleAction> EDITS = List.of(RoleAction.ADD_OPENING,
      RoleAction.REVISE_POSTING, RoleAction.SET_PLAN, RoleAction.SET_TEAM);

  /** The default policy, built once. */
  static final RolePolicy<RoleAction, Role> POLICY = policy();

  private RoleLifecycle() {}

  /**
   * The table: {@code DRAFT} starts a role; the rows; hiring managers and recruiters may do
   * every action by default (the system everything).
   */
  static TransitionTable<RoleStatus, RoleAction, Role, Actor> table() {
    TransitionTable.Builder<RoleStatus, RoleAction, Role, Actor> t =
        TransitionTable.<RoleStatus, RoleAction, Role, Actor>builder(
                "Role", RoleStatus.class, RoleAction.class)
            .start(RoleAction.DRAFT, RoleStatus.DRAFT)
            .on(RoleStatus.DRAFT, RoleAction.OPEN, RoleStatus.OPEN,
                PLAN.and(OPEN_OPENING).and(APPROVED))
            .on(RoleStatus.OPEN, RoleAction.HOLD, RoleStatus.ON_HOLD)
            .on(RoleStatus.ON_HOLD, RoleAction.RESUME, RoleStatus.OPEN)
            .on(RoleStatus.DRAFT, RoleAction.CLOSE, RoleStatus.CLOSED)
            .on(RoleStatus.OPEN, RoleAction.CLOSE, RoleStatus.CLOSED)
            .on(RoleStatus.ON_HOLD, RoleAction.CLOSE, RoleStatus.CLOSED)
            .on(RoleStatus.CLOSED, RoleAction.REOPEN, RoleStatus.OPEN,
                PLAN.and(OPEN_OPENING).and(APPROVED));
    for (RoleStatus status : RoleStatus.values()) {
      for (RoleAction edit : EDITS) {
        t.on(status, edit, status);
      }
    }
    for (RoleStatus live : List.of(RoleStatus.OPEN, RoleStatus.ON_HOLD)) {
      t.on(live, RoleAction.FILL_OPENING, live, ANOTHER_OPEN_OPENING)
          .on(live, RoleAction.FILL_OPENING, RoleStatus.CLOSED, LAST_OPEN_OPENING);
    }
    t.on(RoleStatus.DRAFT, RoleAction.CLOSE_OPENING, RoleStatus.DRAFT, ANOTHER_OPEN_OPENING);
    for (RoleStatus live : List.of(RoleStatus.OPEN, RoleStatus.ON_HOLD)) {
      t.on(live, RoleAction.CLOSE_OPENING, live, ANOTHER_OPEN_OPENING)
          .on(live, RoleAction.CLOSE_OPENING, RoleStatus.CLOSED, LAST_OPEN_OPENING);
    }
    t.on(RoleStatus.OPEN, RoleAction.REOPEN_OPENING, RoleStatus.OPEN, FILLED_OPENING)
        .on(RoleStatus.ON_HOLD, RoleAction.REOPEN_OPENING, RoleStatus.ON_HOLD, FILLED_OPENING)
        .on(RoleStatus.CLOSED, RoleAction.REOPEN_OPENING, RoleStatus.OPEN, FILLED_OPENING);
    for (RoleStatus status : RoleStatus.values()) {
      t.on(status, RoleAction.SET_REQUISITION, status)
          .on(status, RoleAction.SCHEDULE_OPENING, status, OPEN_OPENING);
    }
    for (RoleStatus closed : List.of(RoleStatus.DRAFT, RoleStatus.CLOSED)) {
      t.on(closed, RoleAction.REQUEST_APPROVAL, closed, APPROVERS_TO_ASK)
          .on(closed, RoleAction.APPROVE, closed, AWAITED_APPROVER)
          .on(closed, RoleAction.DECLINE_APPROVAL, closed, AWAITED_APPROVER)
          .on(closed, RoleAction.REPLACE_APPROVER, closed, PENDING_APPROVAL);
    }
    return t.policy(POLICY).build();
  }

  /**
   * The default policy: approvers approve or decline the opening of a role, as they do offers;
   * hiring managers and recruiters may do every other role action.
   */
  static RolePolicy<RoleAction, Role> policy() {
    RolePolicy.Builder<RoleAction> policy = RolePolicy.builder(RoleAction.class);
    for (RoleAction action : RoleAction.values()) {
      if (action == RoleAction.APPROVE || action == RoleAction.DECLINE_APPROVAL) {
        policy.allow(action, HiringRole.APPROVER);
      } else {
        policy.allow(action, HiringRole.HIRING_MANAGER, HiringRole.RECRUITER);
      }
    }
    return policy.build();
  }
}
