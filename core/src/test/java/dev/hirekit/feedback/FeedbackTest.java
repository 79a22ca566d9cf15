package dev.hirekit.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.team.MemberId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {
  private static final InterviewId INTERVIEW = InterviewId.of("onsite-technical");
  private static final MemberId INTERVIEWER = MemberId.of("int-alice");

  private static Scorecard.Builder card() {
    Scorecard.Builder builder = Scorecard.builder();
    builder.interview(INTERVIEW).interviewer(INTERVIEWER).recommendation(Recommendation.YES);
    return builder;
  }

  private static Reference.Builder reference() {
    Reference.Builder builder = Reference.builder();
    builder.referee("Quill Marbury").relationship(RefereeRelationship.PEER)
        .outcome(ReferenceOutcome.MIXED).checkedBy(MemberId.of("rec-1"));
    return builder;
  }

  @Test
  void aRatingIsFromOneToFourOnANamedAttribute() {
    assertThat(AttributeRating.of("debugging", 1).score()).isEqualTo(1);
    assertThat(AttributeRating.of("debugging", 4).withScore(2).score()).isEqualTo(2);
    assertThatThrownBy(() -> AttributeRating.of("debugging", 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AttributeRating.score: 0 is outside 1 to 4; rate from 1 (weak) to 4"
            + " (strong)");
    assertThatThrownBy(() -> AttributeRating.of("debugging", 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AttributeRating.score: 5 is outside 1 to 4; rate from 1 (weak) to 4"
            + " (strong)");
    assertThatThrownBy(() -> AttributeRating.of(" ", 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AttributeRating.attribute: must not be blank; give some text");
  }

  @Test
  void aScorecardRatesEachAttributeOnce() {
    Scorecard rated = card().addRating(AttributeRating.of("design", 3))
        .addRating(AttributeRating.of("debugging", 4)).build();
    assertThat(rated.ratings()).hasSize(2);
    assertThatThrownBy(() -> card().addRating(AttributeRating.of("design", 3))
        .addRating(AttributeRating.of("design", 2)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Scorecard.ratings: rates the same attribute twice; rate each attribute once");
  }

  @Test
  void scorecardNotesAreNotBlankAndNeverShown() {
    assertThatThrownBy(() -> card().notes("  ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Scorecard.notes: must not be blank; give some text");
    Scorecard noted = card().notes("Quill Marbury vouched for them").build();
    assertThat(noted.notes()).contains("Quill Marbury vouched for them");
    assertThat(noted.toString()).doesNotContain("Quill").contains("int-alice");
  }

  @Test
  void withCopiesLeaveTheScorecardAsItWas() {
    Scorecard original = card().build();
    Scorecard copy = original.withRecommendation(Recommendation.STRONG_YES)
        .withRatings(List.of(AttributeRating.of("design", 4)))
        .withInterviewer(MemberId.of("int-bob")).withInterview(InterviewId.of("other"))
        .withNotes("fine");
    assertThat(original).isEqualTo(card().build());
    assertThat(copy.recommendation()).isEqualTo(Recommendation.STRONG_YES);
    assertThat(copy.interviewer()).isEqualTo(MemberId.of("int-bob"));
    assertThat(copy.interview()).isEqualTo(InterviewId.of("other"));
    assertThat(copy.notes()).contains("fine");
    assertThat(copy).isNotEqualTo(original);
  }

  @Test
  void aReferenceNamesItsRefereeButNeverShowsThem() {
    Reference ref = reference().notes("call Quill at 555-0100").build();
    assertThat(ref.referee()).isEqualTo("Quill Marbury");
    assertThat(ref.toString()).doesNotContain("Quill").doesNotContain("555-0100")
        .contains("PEER").contains("MIXED");
    assertThatThrownBy(() -> reference().referee(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Reference.referee: must not be blank; give some text");
    assertThatThrownBy(() -> reference().notes("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Reference.notes: must not be blank; give some text");
  }

  @Test
  void referenceCopiesChangeOneFieldEach() {
    Reference original = reference().build();
    Reference copy = original.withReferee("Another Person")
        .withRelationship(RefereeRelationship.MANAGER).withOutcome(ReferenceOutcome.POSITIVE)
        .withCheckedBy(MemberId.of("rec-2")).withNotes("glowing");
    assertThat(original).isEqualTo(reference().build());
    assertThat(copy.relationship()).isEqualTo(RefereeRelationship.MANAGER);
    assertThat(copy.outcome()).isEqualTo(ReferenceOutcome.POSITIVE);
    assertThat(copy.checkedBy()).isEqualTo(MemberId.of("rec-2"));
    assertThat(copy.notes()).contains("glowing");
  }
}
