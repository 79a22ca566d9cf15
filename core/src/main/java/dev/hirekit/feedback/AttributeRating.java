package dev.hirekit.feedback;

import dev.hirekit.internal.Require;
import org.immutables.value.Value;

/**
 * A rating of one attribute on a scorecard, from 1 (weak) to 4 (strong).
 *
 * <p>The attribute is free text a user may fill with anything, personal data included: {@code
 * toString()} never shows it, messages never repeat it and {@code Application.anonymize()}
 * replaces it.
 *
 * <pre>{@code
 * AttributeRating.of("Go and Kubernetes", 4);
 * }</pre>
 */
@Value.Immutable
public abstract class AttributeRating {

  AttributeRating() {}

  /**
   * The attribute rated, e.g. "system design".
   *
   * @return the attribute
   */
  @Value.Parameter
  @Value.Redacted
  public abstract String attribute();

  /**
   * The score from 1 to 4.
   *
   * @return the score
   */
  @Value.Parameter
  public abstract int score();

  /**
   * A rating.
   *
   * @param attribute the attribute, not blank, without control characters
   * @param score 1 to 4
   * @return the rating
   * @throws dev.hirekit.InvalidValueException if a rule is broken
   */
  public static AttributeRating of(String attribute, int score) {
    return ImmutableAttributeRating.of(attribute, score);
  }

  /**
   * A copy with another attribute.
   *
   * @param value the attribute, not blank, without control characters
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if the attribute is missing, blank or holds a
   *     control character
   */
  public abstract AttributeRating withAttribute(String value);

  /**
   * A copy with another score.
   *
   * @param value the score
   * @return the copy
   */
  public abstract AttributeRating withScore(int value);

  @Value.Check
  void check() {
    Require.name("AttributeRating", "attribute", attribute());
    Require.that(score() >= 1 && score() <= 4, "AttributeRating", "score",
        score() + " is outside 1 to 4; rate from 1 (weak) to 4 (strong)");
  }
}
