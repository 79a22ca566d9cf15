package dev.hirekit.slate;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.offer.OfferStatus;

/**
 * Where a ranked application stands now, read from the application itself, so that a slate
 * never contradicts it: available for an offer, or passed over and why. A reopened application
 * is available again at its rank.
 *
 * <pre>{@code
 * SlateStanding.of(application); // SlateStanding.OFFER_DECLINED
 * }</pre>
 */
public enum SlateStanding {
  /** Active, with no offer in progress or closed: the next offer may go to it. */
  AVAILABLE,
  /** An offer is being drafted, approved or is out. */
  OFFER_IN_PROGRESS,
  /** The offer was accepted. */
  OFFER_ACCEPTED,
  /** The candidate declined the offer. */
  OFFER_DECLINED,
  /** We rescinded the offer. */
  OFFER_RESCINDED,
  /** The offer expired unanswered. */
  OFFER_EXPIRED,
  /** Hired. */
  HIRED,
  /** Rejected. */
  REJECTED,
  /** Withdrawn by the candidate. */
  WITHDRAWN,
  /** A prospect, not yet applied. */
  PROSPECT,
  /** Active, but at another stage than the one the slate ranks for. */
  AT_ANOTHER_STAGE,
  /**
   * Moved to another role ({@link Application#transfer}); {@link Slate#next(java.util.Collection)}
   * says so of an application that left the slate's role, and ranks it again if it comes back.
   */
  TRANSFERRED;

  /**
   * Where an application stands.
   *
   * @param application the application
   * @return its standing
   */
  public static SlateStanding of(Application application) {
    ApplicationStatus status = application.status();
    if (status != ApplicationStatus.ACTIVE) {
      return switch (status) {
        case HIRED -> HIRED;
        case REJECTED -> REJECTED;
        case WITHDRAWN -> WITHDRAWN;
        default -> PROSPECT;
      };
    }
    return application.currentOffer().map(offer -> offerStanding(offer.status()))
        .orElse(AVAILABLE);
  }

  private static SlateStanding offerStanding(OfferStatus status) {
    return switch (status) {
      case ACCEPTED -> OFFER_ACCEPTED;
      case DECLINED -> OFFER_DECLINED;
      case RESCINDED -> OFFER_RESCINDED;
      case EXPIRED -> OFFER_EXPIRED;
      default -> OFFER_IN_PROGRESS;
    };
  }
}
