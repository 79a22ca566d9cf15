package dev.hirekit.offer;

/**
 * What may be done to an offer; the rows of {@link Offer#LIFECYCLE} say from which status.
 *
 * <pre>{@code
 * offer.allowedActions(recruiter, at).contains(OfferAction.EXTEND);
 * }</pre>
 */
public enum OfferAction {
  /** Sends a draft to its approval chain. */
  SUBMIT_FOR_APPROVAL,
  /** An awaited approver approves. */
  APPROVE,
  /** An awaited approver declines; the offer returns to draft with the reason. */
  DECLINE_APPROVAL,
  /** Makes the offer to the candidate. */
  EXTEND,
  /** The candidate accepts before expiry. */
  ACCEPT,
  /** The candidate declines, or reneges after accepting. */
  DECLINE,
  /** The company withdraws the offer. */
  RESCIND,
  /** Marks an extended offer expired once its expiry has passed. */
  EXPIRE,
  /** Replaces the offer by a next version with new terms; approval starts again. */
  REVISE,
  /** Another member takes the place of a pending approver of the current group, who is away. */
  REPLACE_APPROVER,
  /** A contingency of the accepted offer is cleared. */
  CLEAR_CONTINGENCY,
  /** A contingency of the accepted offer failed; the offer may then be rescinded. */
  FAIL_CONTINGENCY
}
