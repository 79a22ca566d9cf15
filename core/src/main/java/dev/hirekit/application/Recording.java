package dev.hirekit.application;

import dev.hirekit.application.ApplicationEvent.OfferEvent;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.OfferAction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an event on an application: every action and every replayed or loaded event after the
 * first comes through here. In order: the event must belong to this application and carry the
 * next sequence number, must not be dated before the previous event, and no candidate may act on
 * another's application; then the lifecycle table (or, for an offer event, the application and
 * the offer's own table) decides, and the event's {@link EventRules rule} applies its effect.
 * A refusal changes nothing.
 */
final class Recording {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private Recording() {}

  /**
   * The application after an event.
   *
   * @throws IllegalTransitionException if the event is not legal where the application stands
   * @throws dev.hirekit.InvalidValueException if it carries a bad value
   */
  static Application record(Application before, ApplicationEvent event) {
    Objects.requireNonNull(event, "event");
    EventRules.Rule<?> rule = EventRules.of(event);
    if (Application.LIFECYCLE.starts().containsKey(rule.action())) {
      throw before.refused(event, "application " + before.id() + " already exists");
    }
    Optional<String> misfit = misfit(before, event);
    if (misfit.isPresent()) {
      throw before.refused(event, misfit.get());
    }
    ApplicationStatus target;
    Optional<ApplicationAction> action = rule.applicationAction();
    if (action.isPresent()) {
      Optional<ApplicationStatus> named = rule.target(event);
      target = named.isPresent()
          ? before.rules().fireTo(before.id().value(), before.status(), action.get(),
              named.get(), event.by(), before)
          : before.rules().fire(before.id().value(), before.status(), action.get(),
              event.by(), before);
    } else {
      Optional<String> refusal = OfferSteps.refusal(before, (OfferAction) rule.action(),
          (OfferEvent) event);
      if (refusal.isPresent()) {
        throw before.refused(event, refusal.get());
      }
      target = before.status();
    }
    ImmutableApplication.Builder next = ImmutableApplication.builder().from(before)
        .status(target).log(before.log().append(event));
    rule.apply(before, next, event);
    Application after = next.build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("application {} {} -> {} by {}", before.id(), rule.name(), after.status(),
          event.by());
    }
    return after;
  }

  /** Why an event does not fit where it is put, whatever it does: whose, which number, when. */
  private static Optional<String> misfit(Application before, ApplicationEvent event) {
    if (!event.application().equals(before.id())) {
      return Optional.of("the event belongs to application " + event.application()
          + ", not " + before.id());
    }
    long expected = before.version() + 1;
    if (event.sequence() != expected) {
      return Optional.of("the event is number " + event.sequence() + " but application "
          + before.id() + " is at version " + before.version() + "; the next event is number "
          + expected);
    }
    Instant previous = before.history().get(before.history().size() - 1).at();
    if (event.at().isBefore(previous)) {
      return Optional.of("event time " + event.at() + " is before the previous event at "
          + previous);
    }
    if (before.foreignCandidate(event.by())) {
      return Optional.of(event.by() + " is not the candidate of this application");
    }
    return Optional.empty();
  }
}
