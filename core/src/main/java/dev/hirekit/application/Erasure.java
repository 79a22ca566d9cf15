package dev.hirekit.application;

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
 * "attribute n"} numbered by position, artifacts' URIs become {@link Artifact#ERASED_URI};
 * everything else of each event is kept as it is. Which
 * texts an event holds is its {@link EventRules rule}'s to say.
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
    return EventRules.of(event).erased(event, this);
  }

  Optional<String> erased(Optional<String> text) {
    return text.map(t -> Application.ERASED);
  }

  Scorecard erased(Scorecard card) {
    List<AttributeRating> ratings = new ArrayList<>(card.ratings().size());
    for (AttributeRating rating : card.ratings()) {
      ratings.add(rating.withAttribute("attribute " + (ratings.size() + 1)));
    }
    return Scorecard.builder().from(card).ratings(ratings).notes(Optional.empty()).build();
  }

  Artifact erased(Artifact artifact) {
    return artifact.withUri(Artifact.ERASED_URI);
  }

  Reference erased(Reference reference) {
    String pseudonym = referees.computeIfAbsent(reference.referee(),
        name -> "Referee " + (referees.size() + 1));
    return Reference.builder().from(reference).referee(pseudonym).notes(Optional.empty())
        .build();
  }
}
