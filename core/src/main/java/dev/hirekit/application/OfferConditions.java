package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.OfferDrafted;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferDetails;
import java.util.List;
import java.util.Optional;

/**
 * What an offer's details mean for its application: a hire waits until every contingency of the
 * accepted offer is cleared, and the free text of the details (the justification, the
 * descriptions of contingencies) is erased with the application's other free text.
 */
final class OfferConditions {
  private OfferConditions() {}

  /** The guard of a hire: no contingency of the current offer is pending or failed. */
  static final Guard<Application, Actor> CONTINGENCIES_CLEARED = Guard.of(
      "every contingency cleared", a -> a.currentOffer().flatMap(OfferConditions::uncleared));

  /** Why an offer's contingencies do not allow a hire, if they do not. */
  static Optional<String> uncleared(Offer offer) {
    if (offer.contingenciesCleared()) {
      return Optional.empty();
    }
    StringBuilder why = new StringBuilder();
    if (!offer.pendingContingencies().isEmpty()) {
      why.append("contingencies ").append(offer.pendingContingencies())
          .append(" are not cleared yet");
    }
    if (!offer.failedContingencies().isEmpty()) {
      why.append(why.length() > 0 ? " and " : "").append("contingencies ")
          .append(offer.failedContingencies()).append(" failed; rescind the offer");
    }
    return Optional.of(why.toString());
  }

  /** An offer drafting with its free text erased. */
  static OfferDrafted erased(OfferDrafted e, Erasure x) {
    Optional<OfferDetails> details = e.details().map(d -> OfferDetails.builder()
        .justification(x.erased(d.justification()))
        .contingencies(erased(d.contingencies())).build());
    return new OfferDrafted(e.application(), e.sequence(), e.offer(), e.offerVersion(),
        e.compensation(), e.expiresAt(), e.approvalChain(), details, e.at(), e.by());
  }

  private static List<Contingency> erased(List<Contingency> contingencies) {
    return contingencies.stream().map(c -> c.description().isPresent()
        ? Contingency.of(c.kind(), Application.ERASED) : c).toList();
  }
}
