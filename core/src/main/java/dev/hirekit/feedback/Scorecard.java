package dev.hirekit.feedback;

import dev.hirekit.internal.Require;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.team.MemberId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One interviewer's feedback on one interview: an overall recommendation, optional attribute
 * ratings and notes. Immutable once submitted; an application holds at most one per interviewer
 * per interview. Notes are free text that may name people, so they are redacted from
 * {@code toString()}.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder()
 *     .interview(InterviewId.of("onsite-technical"))
 *     .interviewer(MemberId.of("member-7"))
 *     .recommendation(Recommendation.STRONG_YES)
 *     .addRating(AttributeRating.of("debugging", 4))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Scorecard {

  Scorecard() {}

  /**
   * The interview the feedback is on.
   *
   * @return the interview
   */
  public abstract InterviewId interview();

  /**
   * Who interviewed.
   *
   * @return the interviewer
   */
  public abstract MemberId interviewer();

  /**
   * The overall recommendation.
   *
   * @return the recommendation
   */
  public abstract Recommendation recommendation();

  /**
   * The label of the interview's {@link ScoringScale} the interviewer chose, such as "High";
   * {@link #recommendation()} is then what the label counts as. Empty when the interview is
   * scored on {@link Recommendation} alone.
   *
   * @return the label
   */
  public abstract Optional<String> scaleLabel();

  /**
   * Ratings of single attributes, each attribute once.
   *
   * @return the ratings
   */
  public abstract List<AttributeRating> ratings();

  /**
   * Free-text notes.
   *
   * @return the notes
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * A builder of scorecards.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy for another interview.
   *
   * @param value the interview
   * @return the copy
   */
  public abstract Scorecard withInterview(InterviewId value);

  /**
   * A copy by another interviewer.
   *
   * @param value the interviewer
   * @return the copy
   */
  public abstract Scorecard withInterviewer(MemberId value);

  /**
   * A copy with another recommendation.
   *
   * @param value the recommendation
   * @return the copy
   */
  public abstract Scorecard withRecommendation(Recommendation value);

  /**
   * A copy with other ratings.
   *
   * @param elements the ratings
   * @return the copy
   */
  public abstract Scorecard withRatings(Iterable<? extends AttributeRating> elements);

  /**
   * A copy with other notes.
   *
   * @param value the notes
   * @return the copy
   */
  public abstract Scorecard withNotes(String value);

  /**
   * A copy with another scale label.
   *
   * @param value the label
   * @return the copy
   */
  public abstract Scorecard withScaleLabel(String value);

  @Value.Check
  void check() {
    scaleLabel().ifPresent(l -> Require.name("Scorecard", "scaleLabel", l));
    Require.distinctUnnamed("Scorecard", "ratings", ratings(), AttributeRating::attribute,
        "rates the same attribute twice; rate each attribute once");
    notes().ifPresent(n -> Require.nonBlank("Scorecard", "notes", n));
  }

  /** Builds a {@link Scorecard}; see {@link Scorecard#builder()}. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}

    /**
     * Sets the answer on a scale: the label and the recommendation it counts as.
     *
     * <pre>{@code
     * Scorecard.builder().interview(id).interviewer(member).answer(rubric, "High").build();
     * }</pre>
     *
     * @param scale the interview's scale
     * @param label one of its labels or its abstention
     * @return this builder
     * @throws dev.hirekit.InvalidValueException if the label is not an answer of the scale
     */
    public Builder answer(ScoringScale scale, String label) {
      Recommendation recommendation = scale.recommendation(label);
      scaleLabel(label);
      recommendation(recommendation);
      return this;
    }
  }
}
