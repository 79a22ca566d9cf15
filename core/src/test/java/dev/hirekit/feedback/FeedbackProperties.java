package dev.hirekit.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Value laws of ratings: the score range and equality. */
class FeedbackProperties {

  @Property
  void scoresFromOneToFourAreAcceptedAndEqualByValue(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String attribute,
      @ForAll @IntRange(min = 1, max = 4) int score) {
    AttributeRating rating = AttributeRating.of(attribute, score);
    assertThat(rating).isEqualTo(AttributeRating.of(attribute, score))
        .hasSameHashCodeAs(AttributeRating.of(attribute, score));
    assertThat(rating.score()).isEqualTo(score);
  }

  @Property
  void everyOtherScoreIsRejected(@ForAll int score) {
    if (score >= 1 && score <= 4) {
      assertThat(AttributeRating.of("x", score).score()).isEqualTo(score);
    } else {
      assertThatThrownBy(() -> AttributeRating.of("x", score))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("AttributeRating.score: " + score + " is outside 1 to 4");
    }
  }
}
