package dev.hirekit.role;

/**
 * What can be done to a role in its lifecycle; the rules are in {@link Role#LIFECYCLE}.
 *
 * <pre>{@code
 * if (role.allowedActions(recruiter).contains(RoleAction.OPEN)) {
 *   role = role.open(recruiter, now);
 * }
 * }</pre>
 */
public enum RoleAction {
  /** Creates the role as a draft with its posting ({@link Role#draft}); a start action. */
  DRAFT,
  /**
   * Publishes a draft: the role starts taking applications. Needs a plan, an open opening and,
   * if its requisition names approvers, their approval ({@link Role#approval()}).
   */
  OPEN,
  /** Pauses an open role: no new applications, pipelines kept. */
  HOLD,
  /** Takes a role on hold back to open. */
  RESUME,
  /** Closes the role, filled or cancelled; every opening still open is cancelled. */
  CLOSE,
  /** Opens a closed role again (e.g. after a renege); needs an open opening. */
  REOPEN,
  /** Adds a new open opening (a seat to fill) under a new id. */
  ADD_OPENING,
  /** Fills an open opening with a hire; filling the last open one closes the role. */
  FILL_OPENING,
  /** Cancels an open opening; cancelling the last open one of a live role closes the role. */
  CLOSE_OPENING,
  /** Opens a filled opening again after an unhire; a closed role opens again with it. */
  REOPEN_OPENING,
  /** Replaces what the role says publicly (its {@link Posting}), in any status. */
  REVISE_POSTING,
  /** Gives the role an interview plan, or a newer version of it, in any status. */
  SET_PLAN,
  /** Replaces the role's hiring team, in any status. */
  SET_TEAM,
  /**
   * Sets or changes the role's {@link Requisition} (level, headcount reason, approvers), in any
   * status; a new requisition drops the approvals given for the old one.
   */
  SET_REQUISITION,
  /** Gives an open opening a target start date and its own headcount reason, in any status. */
  SCHEDULE_OPENING,
  /** Asks the approvers of the requisition to approve opening the role (a draft, or closed). */
  REQUEST_APPROVAL,
  /** An approver the chain awaits approves opening the role. */
  APPROVE,
  /** An approver the chain awaits declines, with a reason; the approvals so far are dropped. */
  DECLINE_APPROVAL,
  /** Another member takes the place of a pending approver of the current group (who is away). */
  REPLACE_APPROVER
}
