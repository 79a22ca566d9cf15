package dev.hirekit.application;

import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.OfferApprovalDeclined;
import dev.hirekit.application.ApplicationEvent.OfferDeclined;
import dev.hirekit.application.ApplicationEvent.OfferRescinded;
import dev.hirekit.application.ApplicationEvent.ReferenceRecorded;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a history to its erased form for {@link Application#anonymize()}: every free text that
 * may name people is replaced by {@link Application#ERASED} (required texts) or removed (optional
 * notes), referees become {@code "Referee n"} numbered by first appearance, rejection codes
 * become {@link Application#ERASED}, the attributes of a scorecard's ratings become {@code
 * "attribute n"} numbered by position; everything else of each event is kept as it is.
 */
final class Erasure {
  private final Map<String, String> referees = new LinkedHashMap<>();

  private Erasure() {}

  static List<ApplicationEvent> erase(List<ApplicationEvent> history) {
    Erasure erasure = new Erasure();
    List<ApplicationEvent> erased = new ArrayList<>(history.size());
    for (ApplicationEvent event : history) {
      erased.add(erasure.erased(event));
    }
    return erased;
  }

  private ApplicationEvent erased(ApplicationEvent event) {
    if (event instanceof Applied e) {
      return new Applied(e.application(), e.candidate(), e.role(), e.plan(), e.team(), e.stage(),
          erased(e.reason()), e.at(), e.by());
    } else if (event instanceof Converted e) {
      return new Converted(e.stage(), erased(e.reason()), e.at(), e.by());
    } else if (event instanceof Skipped e) {
      return new Skipped(e.from(), e.to(), e.skipped(), Application.ERASED, e.at(), e.by());
    } else if (event instanceof Rejected e) {
      return new Rejected(RejectionReason.of(e.reason().side(), Application.ERASED), e.at(),
          e.by());
    } else if (event instanceof Withdrawn e) {
      return new Withdrawn(Application.ERASED, e.at(), e.by());
    } else if (event instanceof Reopened e) {
      return new Reopened(e.stage(), Application.ERASED, e.at(), e.by());
    } else if (event instanceof ScorecardSubmitted e) {
      return new ScorecardSubmitted(erased(e.scorecard()), e.at(), e.by());
    } else if (event instanceof ReferenceRecorded e) {
      return new ReferenceRecorded(erased(e.reference()), e.at(), e.by());
    } else if (event instanceof OfferApprovalDeclined e) {
      return new OfferApprovalDeclined(Application.ERASED, e.at(), e.by());
    } else if (event instanceof OfferDeclined e) {
      return new OfferDeclined(Application.ERASED, e.at(), e.by());
    } else if (event instanceof OfferRescinded e) {
      return new OfferRescinded(Application.ERASED, e.at(), e.by());
    } else if (event instanceof Unhired e) {
      return new Unhired(e.opening(), e.reason(), Application.ERASED, e.at(), e.by());
    }
    return event;
  }

  private static Optional<String> erased(Optional<String> text) {
    return text.map(t -> Application.ERASED);
  }

  private static Scorecard erased(Scorecard card) {
    List<AttributeRating> ratings = new ArrayList<>(card.ratings().size());
    for (AttributeRating rating : card.ratings()) {
      ratings.add(rating.withAttribute("attribute " + (ratings.size() + 1)));
    }
    return Scorecard.builder().from(card).ratings(ratings).notes(Optional.empty()).build();
  }

  private Reference erased(Reference reference) {
    String pseudonym = referees.computeIfAbsent(reference.referee(),
        name -> "Referee " + (referees.size() + 1));
    return Reference.builder().from(reference).referee(pseudonym).notes(Optional.empty())
        .build();
  }
}
