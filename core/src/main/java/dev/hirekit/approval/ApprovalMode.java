package dev.hirekit.approval;

/**
 * How the approvers of an {@link ApprovalChain} take their turn.
 *
 * <pre>{@code
 * ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, finance, ceo);
 * }</pre>
 */
public enum ApprovalMode {
  /** In the order listed: the next approval is awaited from the next approver only. */
  SEQUENTIAL,
  /** In any order: any listed approver who has not yet approved may approve. */
  PARALLEL
}
