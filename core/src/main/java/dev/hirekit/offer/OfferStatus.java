package dev.hirekit.offer;

/**
 * Where an offer stands. Draft, pending approval, approved and extended offers are <em>live</em>:
 * an application holds at most one live offer.
 *
 * <pre>{@code
 * if (offer.status().isLive()) { ... }
 * }</pre>
 */
public enum OfferStatus {
  /** Being written; terms may still change. */
  DRAFT,
  /** Waiting for its approval chain. */
  PENDING_APPROVAL,
  /** Approved by its chain; ready to extend. */
  APPROVED,
  /** Made to the candidate; waiting for their answer until it expires. */
  EXTENDED,
  /** Accepted by the candidate. */
  ACCEPTED,
  /** Declined by the candidate (also when they renege after accepting). */
  DECLINED,
  /** Withdrawn by the company. */
  RESCINDED,
  /** Its expiry passed while extended. */
  EXPIRED,
  /** Replaced by a newer version with other terms. */
  SUPERSEDED;

  /**
   * Whether the offer is still in play: draft, pending approval, approved or extended.
   *
   * @return true if live
   */
  public boolean isLive() {
    return this == DRAFT || this == PENDING_APPROVAL || this == APPROVED || this == EXTENDED;
  }
}
