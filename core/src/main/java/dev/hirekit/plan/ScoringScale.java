package dev.hirekit.plan;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named rubric a stage or an interview is scored on, such as "High / Medium / Low" or a 1-4
 * scale with labels, mapped onto the {@link Recommendation} order: each label counts as a
 * recommendation, and the optional abstention counts as {@link Recommendation#NO_DECISION},
 * which is never a vote (it meets no threshold and no decision rule counts it).
 *
 * <p>Rules: the name is not blank; at least two labels, listed from worst to best, whose
 * recommendations never go down along the list; every label (and the abstention) once.
 *
 * <pre>{@code
 * ScoringScale rubric = ScoringScale.builder().name("Faculty rubric")
 *     .addLabels(ScaleLabel.of("1 - Not qualified", Recommendation.DEFINITELY_NOT),
 *         ScaleLabel.of("2 - Below the bar", Recommendation.NO),
 *         ScaleLabel.of("3 - Meets the bar", Recommendation.YES),
 *         ScaleLabel.of("4 - Outstanding", Recommendation.STRONG_YES))
 *     .abstain("Conflict of interest")
 *     .build();
 * rubric.recommendation("3 - Meets the bar"); // YES
 * }</pre>
 */
@Value.Immutable
public abstract class ScoringScale {

  ScoringScale() {}

  /**
   * The scale's name, such as "Faculty rubric".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The labels, from worst to best.
   *
   * @return the labels, at least two
   */
  public abstract List<ScaleLabel> labels();

  /**
   * The answer of an interviewer who abstains, such as "Not assessed"; it counts as {@link
   * Recommendation#NO_DECISION} and never as a vote. Empty if the scale has none.
   *
   * @return the abstention label
   */
  public abstract Optional<String> abstain();

  /**
   * A builder of scales.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a label is an answer of this scale, the abstention included.
   *
   * @param label the label
   * @return true if it is a label or the abstention
   */
  public boolean contains(String label) {
    return abstain().filter(a -> a.equals(label)).isPresent()
        || labels().stream().anyMatch(l -> l.label().equals(label));
  }

  /**
   * The recommendation a label counts as: its mapped recommendation, or {@link
   * Recommendation#NO_DECISION} for the abstention.
   *
   * @param label an answer of this scale
   * @return the recommendation
   * @throws InvalidValueException if the label is not an answer of this scale
   */
  public Recommendation recommendation(String label) {
    if (abstain().filter(a -> a.equals(label)).isPresent()) {
      return Recommendation.NO_DECISION;
    }
    return labels().stream().filter(l -> l.label().equals(label)).findFirst()
        .map(ScaleLabel::recommendation)
        .orElseThrow(() -> new InvalidValueException("ScoringScale", "label",
            Require.quote(String.valueOf(label)) + " is not an answer of scale "
            + Require.quote(name()) + "; give one of its labels or its abstention"));
  }

  @Value.Check
  void check() {
    Require.name("ScoringScale", "name", name());
    Require.that(labels().size() >= 2, "ScoringScale", "labels", labels().size()
        + " labels is no scale; give at least two, from worst to best");
    abstain().ifPresent(a -> Require.name("ScoringScale", "abstain", a));
    Require.distinctUnnamed("ScoringScale", "labels", labels(), ScaleLabel::label,
        "repeats a label; give each label once");
    Require.that(abstain().filter(a -> labels().stream().anyMatch(l -> l.label().equals(a)))
        .isEmpty(), "ScoringScale", "abstain", "is also a label; an abstention is never a vote,"
        + " so give it a label of its own");
    for (int i = 1; i < labels().size(); i++) {
      Require.that(labels().get(i).recommendation().ordinal()
          >= labels().get(i - 1).recommendation().ordinal(), "ScoringScale", "labels",
          "label " + (i + 1) + " counts as " + labels().get(i).recommendation()
          + ", below the label before it (" + labels().get(i - 1).recommendation()
          + "); list the labels from worst to best");
    }
  }

  /** Builds a {@link ScoringScale}; see {@link ScoringScale#builder()}. */
  public static final class Builder extends ImmutableScoringScale.Builder {
    Builder() {}
  }
}
