package dev.hirekit.plan;

import dev.hirekit.internal.Require;
import org.immutables.value.Value;

/**
 * One answer of a {@link ScoringScale}: the label an interviewer picks, such as "High" or "3 -
 * Meets the bar", and the {@link Recommendation} it counts as.
 *
 * <p>Rules: the label is a name (not blank, no control characters); the recommendation is a
 * decision, not {@link Recommendation#NO_DECISION} (an abstention is the scale's {@link
 * ScoringScale#abstain()}, never a label).
 *
 * <pre>{@code
 * ScaleLabel high = ScaleLabel.of("High", Recommendation.STRONG_YES);
 * }</pre>
 */
@Value.Immutable
public abstract class ScaleLabel {

  ScaleLabel() {}

  /**
   * The label, such as "High".
   *
   * @return the label, not blank
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The recommendation the label counts as.
   *
   * @return a decision
   */
  @Value.Parameter
  public abstract Recommendation recommendation();

  /**
   * A label.
   *
   * @param label the label, not blank
   * @param recommendation what it counts as, a decision
   * @return the label
   * @throws dev.hirekit.InvalidValueException if a rule is broken
   */
  public static ScaleLabel of(String label, Recommendation recommendation) {
    return ImmutableScaleLabel.of(label, recommendation);
  }

  @Value.Check
  void check() {
    Require.name("ScaleLabel", "label", label());
    Require.that(recommendation() != Recommendation.NO_DECISION, "ScaleLabel",
        "recommendation", "NO_DECISION is an abstention, not a label; give DEFINITELY_NOT, NO,"
        + " YES or STRONG_YES, and name the abstention as the scale's abstain");
  }
}
