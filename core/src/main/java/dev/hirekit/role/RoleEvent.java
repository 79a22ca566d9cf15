package dev.hirekit.role;

import dev.hirekit.actor.Actor;
import dev.hirekit.internal.Require;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Something that happened to a role, with which role, its place in the role's history, when and
 * by whom. A role is exactly the replay of its events ({@link Role#replay(java.util.List)}), the
 * first always {@link Drafted}; every event type is a record nested here, named in the past
 * tense. Each event names its role ({@link #role()}) and is numbered 1, 2, 3, ... in the order
 * of the role's history ({@link #sequence()}), so a store can append and check them.
 *
 * <pre>{@code
 * for (RoleEvent event : role.history()) {
 *   if (event instanceof RoleEvent.OpeningFilled filled) {
 *     log.info("{} #{} filled opening {} at {}", event.role(), event.sequence(),
 *         filled.opening(), filled.at());
 *   }
 * }
 * }</pre>
 */
public sealed interface RoleEvent permits
    RoleEvent.Drafted,
    RoleEvent.PostingRevised,
    RoleEvent.PlanSet,
    RoleEvent.TeamSet,
    RoleEvent.Opened,
    RoleEvent.Held,
    RoleEvent.Resumed,
    RoleEvent.Closed,
    RoleEvent.Reopened,
    RoleEvent.OpeningAdded,
    RoleEvent.OpeningFilled,
    RoleEvent.OpeningClosed,
    RoleEvent.OpeningReopened,
    RoleEvent.RequisitionSet,
    RoleEvent.OpeningScheduled,
    RoleEvent.ApprovalRequested,
    RoleEvent.Approved,
    RoleEvent.ApprovalDeclined,
    RoleEvent.ApproverReplaced {

  /**
   * The role it happened to.
   *
   * @return the role's id
   */
  RoleId role();

  /**
   * Its place in the role's history: 1 for the {@link Drafted} event, then 2, 3, ... without
   * gaps; the role's version once it is recorded.
   *
   * @return the sequence number, at least 1
   */
  long sequence();

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Who did it.
   *
   * @return the actor
   */
  Actor by();

  /**
   * The stable name of this kind of event, unique across the events of every aggregate and never
   * a Java class name: for example {@code role.opened} or {@code
   * role.opening_filled}. Stores and documents name events by it; it does not
   * change when a Java type is renamed.
   *
   * @return the type name
   */
  default String type() {
    return EventNames.of(this);
  }

  /**
   * Every kind of RoleEvent by its stable {@link #type()} name, sorted by name: what a store or a
   * document reader needs to turn a stored type name back into a Java type.
   *
   * <pre>{@code
   * Class<? extends RoleEvent> type = RoleEvent.types().get(row.typeName());
   * }</pre>
   *
   * @return the types, unmodifiable
   */
  static Map<String, Class<? extends RoleEvent>> types() {
    return EventNames.types();
  }

  /**
   * The role was created as a draft with its posting, no openings, no plan and an empty
   * hiring team; always the first event, sequence 1.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param posting what the role says publicly
   * @param at when
   * @param by who
   */
  record Drafted(RoleId role, long sequence, Posting posting,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param posting what the role says publicly
     * @param at when
     * @param by who
     */
    public Drafted {
      Require.given(role, "Drafted", "role");
      Require.roleSequence(sequence, "Drafted");
      Require.given(posting, "Drafted", "posting");
      Require.given(at, "Drafted", "at");
      Require.given(by, "Drafted", "by");
    }
  }

  /**
   * What the role says publicly was replaced.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param posting the new posting
   * @param at when
   * @param by who
   */
  record PostingRevised(RoleId role, long sequence, Posting posting,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param posting the new posting
     * @param at when
     * @param by who
     */
    public PostingRevised {
      Require.given(role, "PostingRevised", "role");
      Require.roleSequence(sequence, "PostingRevised");
      Require.given(posting, "PostingRevised", "posting");
      Require.given(at, "PostingRevised", "at");
      Require.given(by, "PostingRevised", "by");
    }
  }

  /**
   * The role was given an interview plan, or a newer version of its plan.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param plan the plan
   * @param at when
   * @param by who
   */
  record PlanSet(RoleId role, long sequence, InterviewPlan plan,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param plan the plan
     * @param at when
     * @param by who
     */
    public PlanSet {
      Require.given(role, "PlanSet", "role");
      Require.roleSequence(sequence, "PlanSet");
      Require.given(plan, "PlanSet", "plan");
      Require.given(at, "PlanSet", "at");
      Require.given(by, "PlanSet", "by");
    }
  }

  /**
   * The role's hiring team was replaced.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param team the new hiring team
   * @param at when
   * @param by who
   */
  record TeamSet(RoleId role, long sequence, HiringTeam team,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param team the new hiring team
     * @param at when
     * @param by who
     */
    public TeamSet {
      Require.given(role, "TeamSet", "role");
      Require.roleSequence(sequence, "TeamSet");
      Require.given(team, "TeamSet", "team");
      Require.given(at, "TeamSet", "at");
      Require.given(by, "TeamSet", "by");
    }
  }

  /**
   * The draft was published and takes applications.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param at when
   * @param by who
   */
  record Opened(RoleId role, long sequence, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param at when
     * @param by who
     */
    public Opened {
      Require.given(role, "Opened", "role");
      Require.roleSequence(sequence, "Opened");
      Require.given(at, "Opened", "at");
      Require.given(by, "Opened", "by");
    }
  }

  /**
   * The open role was put on hold.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param at when
   * @param by who
   */
  record Held(RoleId role, long sequence, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param at when
     * @param by who
     */
    public Held {
      Require.given(role, "Held", "role");
      Require.roleSequence(sequence, "Held");
      Require.given(at, "Held", "at");
      Require.given(by, "Held", "by");
    }
  }

  /**
   * The role on hold was opened again.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param at when
   * @param by who
   */
  record Resumed(RoleId role, long sequence, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param at when
     * @param by who
     */
    public Resumed {
      Require.given(role, "Resumed", "role");
      Require.roleSequence(sequence, "Resumed");
      Require.given(at, "Resumed", "at");
      Require.given(by, "Resumed", "by");
    }
  }

  /**
   * The role was closed; every opening still open was cancelled with it.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param reason why the role was closed
   * @param at when
   * @param by who
   */
  record Closed(RoleId role, long sequence, RoleCloseReason reason,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param reason why the role was closed
     * @param at when
     * @param by who
     */
    public Closed {
      Require.given(role, "Closed", "role");
      Require.roleSequence(sequence, "Closed");
      Require.given(reason, "Closed", "reason");
      Require.given(at, "Closed", "at");
      Require.given(by, "Closed", "by");
    }
  }

  /**
   * The closed role was opened again.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param at when
   * @param by who
   */
  record Reopened(RoleId role, long sequence, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param at when
     * @param by who
     */
    public Reopened {
      Require.given(role, "Reopened", "role");
      Require.roleSequence(sequence, "Reopened");
      Require.given(at, "Reopened", "at");
      Require.given(by, "Reopened", "by");
    }
  }

  /**
   * A new open opening was added.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param opening the new opening
   * @param at when
   * @param by who
   */
  record OpeningAdded(RoleId role, long sequence, OpeningId opening,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param opening the new opening
     * @param at when
     * @param by who
     */
    public OpeningAdded {
      Require.given(role, "OpeningAdded", "role");
      Require.roleSequence(sequence, "OpeningAdded");
      Require.given(opening, "OpeningAdded", "opening");
      Require.given(at, "OpeningAdded", "at");
      Require.given(by, "OpeningAdded", "by");
    }
  }

  /**
   * An open opening was filled by a hire; the last open one closes the role.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param opening the opening filled
   * @param at when
   * @param by who
   */
  record OpeningFilled(RoleId role, long sequence, OpeningId opening,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param opening the opening filled
     * @param at when
     * @param by who
     */
    public OpeningFilled {
      Require.given(role, "OpeningFilled", "role");
      Require.roleSequence(sequence, "OpeningFilled");
      Require.given(opening, "OpeningFilled", "opening");
      Require.given(at, "OpeningFilled", "at");
      Require.given(by, "OpeningFilled", "by");
    }
  }

  /**
   * An open opening was cancelled; the last open one of a live role closes the role.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param opening the opening cancelled
   * @param at when
   * @param by who
   */
  record OpeningClosed(RoleId role, long sequence, OpeningId opening,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param opening the opening cancelled
     * @param at when
     * @param by who
     */
    public OpeningClosed {
      Require.given(role, "OpeningClosed", "role");
      Require.roleSequence(sequence, "OpeningClosed");
      Require.given(opening, "OpeningClosed", "opening");
      Require.given(at, "OpeningClosed", "at");
      Require.given(by, "OpeningClosed", "by");
    }
  }

  /**
   * A filled opening was opened again after an unhire; a closed role opens with it.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param opening the opening opened again
   * @param at when
   * @param by who
   */
  record OpeningReopened(RoleId role, long sequence, OpeningId opening,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param opening the opening opened again
     * @param at when
     * @param by who
     */
    public OpeningReopened {
      Require.given(role, "OpeningReopened", "role");
      Require.roleSequence(sequence, "OpeningReopened");
      Require.given(opening, "OpeningReopened", "opening");
      Require.given(at, "OpeningReopened", "at");
      Require.given(by, "OpeningReopened", "by");
    }
  }

  /**
   * The role's requisition (its level and headcount reason) was set or changed.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param requisition the requisition
   * @param at when
   * @param by who
   */
  record RequisitionSet(RoleId role, long sequence, Requisition requisition,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param requisition the requisition
     * @param at when
     * @param by who
     */
    public RequisitionSet {
      Require.given(role, "RequisitionSet", "role");
      Require.roleSequence(sequence, "RequisitionSet");
      Require.given(requisition, "RequisitionSet", "requisition");
      Require.given(at, "RequisitionSet", "at");
      Require.given(by, "RequisitionSet", "by");
    }
  }

  /**
   * An open opening was given a target start date and its own headcount reason (each replaced,
   * an empty one cleared).
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param opening the opening
   * @param targetStart the day the hire should start, or empty
   * @param reason the opening's own reason, or empty to use the role's
   * @param at when
   * @param by who
   */
  record OpeningScheduled(RoleId role, long sequence, OpeningId opening,
      Optional<LocalDate> targetStart, Optional<HeadcountReason> reason,
      Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param opening the opening
     * @param targetStart the day the hire should start, or empty
     * @param reason the opening's own reason, or empty to use the role's
     * @param at when
     * @param by who
     */
    public OpeningScheduled {
      Require.given(role, "OpeningScheduled", "role");
      Require.roleSequence(sequence, "OpeningScheduled");
      Require.given(opening, "OpeningScheduled", "opening");
      Require.given(targetStart, "OpeningScheduled", "targetStart");
      Require.given(reason, "OpeningScheduled", "reason");
      Require.given(at, "OpeningScheduled", "at");
      Require.given(by, "OpeningScheduled", "by");
    }
  }

  /**
   * The approvers of the draft's requisition were asked to approve opening it.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param at when
   * @param by who
   */
  record ApprovalRequested(RoleId role, long sequence, Instant at, Actor by)
      implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param at when
     * @param by who
     */
    public ApprovalRequested {
      Require.given(role, "ApprovalRequested", "role");
      Require.roleSequence(sequence, "ApprovalRequested");
      Require.given(at, "ApprovalRequested", "at");
      Require.given(by, "ApprovalRequested", "by");
    }
  }

  /**
   * An approver the chain awaited approved opening the role; the approver is {@link #by()}.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param at when
   * @param by the approver
   */
  record Approved(RoleId role, long sequence, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given and the sequence is at least 1 (otherwise an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param at when
     * @param by the approver
     */
    public Approved {
      Require.given(role, "Approved", "role");
      Require.roleSequence(sequence, "Approved");
      Require.given(at, "Approved", "at");
      Require.given(by, "Approved", "by");
    }
  }

  /**
   * An approver the chain awaited declined opening the role, with a reason; the request and its
   * approvals were dropped.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param reason why, not blank
   * @param at when
   * @param by the approver
   */
  record ApprovalDeclined(RoleId role, long sequence, String reason, Instant at, Actor by)
      implements RoleEvent {
    /**
     * Checks that every component is given, the reason not blank and the sequence at least 1
     * (otherwise an {@link dev.hirekit.InvalidValueException} naming the event and the
     * component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param reason why, not blank
     * @param at when
     * @param by the approver
     */
    public ApprovalDeclined {
      Require.given(role, "ApprovalDeclined", "role");
      Require.roleSequence(sequence, "ApprovalDeclined");
      Require.given(reason, "ApprovalDeclined", "reason");
      Require.nonBlank("ApprovalDeclined", "reason", reason);
      Require.given(at, "ApprovalDeclined", "at");
      Require.given(by, "ApprovalDeclined", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "ApprovalDeclined[role=" + role + ", sequence=" + sequence + ", reason=<redacted>, "
          + "at=" + at + ", by=" + by + "]";
    }
  }

  /**
   * Another member took the place of a pending approver of the current group, who was away;
   * the requisition's chain names the replacement from then on.
   *
   * @param role the role
   * @param sequence its place in the role's history, from 1
   * @param replaced the approver replaced
   * @param replacement who took their place
   * @param reason why, such as leave; not blank
   * @param at when
   * @param by who
   */
  record ApproverReplaced(RoleId role, long sequence, MemberId replaced, MemberId replacement,
      String reason, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given, the reason not blank and the sequence at least 1
     * (otherwise an {@link dev.hirekit.InvalidValueException} naming the event and the
     * component).
     *
     * @param role the role
     * @param sequence its place in the role's history, from 1
     * @param replaced the approver replaced
     * @param replacement who took their place
     * @param reason why, not blank
     * @param at when
     * @param by who
     */
    public ApproverReplaced {
      Require.given(role, "ApproverReplaced", "role");
      Require.roleSequence(sequence, "ApproverReplaced");
      Require.given(replaced, "ApproverReplaced", "replaced");
      Require.given(replacement, "ApproverReplaced", "replacement");
      Require.given(reason, "ApproverReplaced", "reason");
      Require.nonBlank("ApproverReplaced", "reason", reason);
      Require.given(at, "ApproverReplaced", "at");
      Require.given(by, "ApproverReplaced", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "ApproverReplaced[role=" + role + ", sequence=" + sequence + ", replaced="
          + replaced + ", replacement=" + replacement + ", reason=<redacted>, at=" + at
          + ", by=" + by + "]";
    }
  }
}
