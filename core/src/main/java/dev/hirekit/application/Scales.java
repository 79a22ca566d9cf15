package dev.hirekit.application;

import dev.hirekit.feedback.Scorecard;
import dev.hirekit.internal.Require;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.plan.Stage;
import java.util.Optional;

/**
 * Whether a scorecard answers on the scale of its interview: the interview's own scale, else its
 * stage's; without one, a card carries no scale label.
 */
final class Scales {
  private Scales() {}

  /** The scale an interview of a stage is scored on, if any. */
  static Optional<ScoringScale> of(Stage stage, Interview interview) {
    return interview.scale().or(stage::scale);
  }

  /** Why a card does not fit its interview's scale, if it does not. */
  static Optional<String> misfit(Stage stage, Interview interview, Scorecard card) {
    Optional<ScoringScale> scale = of(stage, interview);
    if (scale.isEmpty()) {
      return card.scaleLabel().map(l -> "interview " + interview.id() + " is scored on"
          + " recommendations alone; drop the scale label");
    }
    String name = Require.quote(scale.get().name());
    if (card.scaleLabel().isEmpty()) {
      return Optional.of("interview " + interview.id() + " is scored on scale " + name
          + "; give one of its labels");
    }
    String label = card.scaleLabel().get();
    if (!scale.get().contains(label)) {
      return Optional.of(Require.quote(label) + " is not an answer of scale " + name
          + "; give one of its labels or its abstention");
    }
    if (scale.get().recommendation(label) != card.recommendation()) {
      return Optional.of("label " + Require.quote(label) + " of scale " + name + " counts as "
          + scale.get().recommendation(label) + ", not " + card.recommendation()
          + "; use Scorecard.Builder.answer(scale, label)");
    }
    return Optional.empty();
  }
}
