package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.OfferEvent;
import dev.hirekit.application.ApplicationEvent.OfferRevised;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The offer events of an application: when the application lets an offer action happen, and
 * how a step of the current offer (checked by {@link Offer#LIFECYCLE} under the application's
 * offer policy) changes the application's offers.
 */
final class OfferSteps {
  private OfferSteps() {}

  /** The effect of an offer event that moves the current offer by one of its own actions. */
  static <E extends OfferEvent> EventRules.Effect<E> step(BiFunction<Offer, E, Offer> step) {
    return (before, next, event) -> {
      List<Offer> offers = new ArrayList<>(before.offers());
      offers.set(offers.size() - 1, step.apply(current(before), event));
      next.offers(offers);
    };
  }

  /** The effect of a revision: the current version superseded, the next one a draft. */
  static void revised(Application before, ImmutableApplication.Builder next, OfferRevised e) {
    Offer.Revision revision = current(before).revise(e.by(), e.at(), e.compensation(),
        e.expiresAt());
    List<Offer> offers = new ArrayList<>(before.offers());
    offers.set(offers.size() - 1, revision.superseded());
    offers.add(revision.next());
    next.offers(offers);
  }

  /** The current offer, which already answers by the application's offer policy. */
  private static Offer current(Application application) {
    return application.currentOffer().orElseThrow();
  }

  /**
   * Why the application does not let an offer event happen now, if it does not: the
   * application's own state, then whether the event names the current offer and version.
   */
  static Optional<String> refusal(Application application, OfferAction action,
      OfferEvent event) {
    Optional<String> refusal = applicationRefusal(application, action);
    if (refusal.isPresent()) {
      return refusal;
    }
    Offer current = application.currentOffer().orElseThrow();
    if (!current.id().equals(event.offer()) || current.version() != event.offerVersion()) {
      return Optional.of("the event acts on offer " + event.offer() + " v"
          + event.offerVersion() + ", but the current offer is " + current.id() + " v"
          + current.version());
    }
    return Optional.empty();
  }

  /** Why an actor may not perform an offer action now, if they may not. */
  static Optional<String> refusal(Application application, OfferAction action, Actor actor,
      Instant at) {
    if (application.foreignCandidate(actor)) {
      return Optional.of(actor + " is not the candidate of this application");
    }
    Optional<String> refusal = applicationRefusal(application, action);
    if (refusal.isPresent()) {
      return refusal;
    }
    return current(application).refusal(action, actor, at);
  }

  /** Why the application itself does not let an offer action happen now, if it does not. */
  private static Optional<String> applicationRefusal(Application application,
      OfferAction action) {
    if (application.status() != ApplicationStatus.ACTIVE) {
      return Optional.of("offers are acted on only while the application is ACTIVE"
          + (application.status() == ApplicationStatus.HIRED ? "; unhire first" : ""));
    }
    if (application.currentOffer().isEmpty()) {
      return Optional.of("there is no offer; draft one first");
    }
    if (action == OfferAction.REVISE) {
      return ApplicationLifecycle.OFFER_STAGE.refusal(application, Actor.system());
    }
    return Optional.empty();
  }
}
