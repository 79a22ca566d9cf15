package dev.hirekit.role;

/**
 * Where a role stands with the approval to open it, which its {@link Requisition#approvalChain()}
 * asks for; see {@link Role#approval()}. Approval gates {@link RoleAction#OPEN} and {@link
 * RoleAction#REOPEN}: a role that opened approved stays approved while its requisition is
 * unchanged, so it reopens without asking again; a new requisition asks anew.
 *
 * <pre>{@code
 * if (role.approval() == RoleApproval.PENDING) {
 *   role.approvalChain().currentGroup(role.approvals()); // the group whose turn it is
 * }
 * }</pre>
 */
public enum RoleApproval {
  /** The requisition names no approvers (or there is no requisition): the role may open. */
  NOT_NEEDED,
  /** Approvers are named but nobody asked them yet, or a decline or a new requisition reset it. */
  NOT_REQUESTED,
  /** Asked; the chain still awaits approvals. */
  PENDING,
  /** Every group of the chain approved: the role may open. */
  APPROVED
}
