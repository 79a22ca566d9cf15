package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.money.Money;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {

  private static Stage.Builder valid(StageKind kind) {
    Stage.Builder builder = Stage.builder();
    builder.id(StageId.of("s-1")).name("A stage").kind(kind).addFormat(StageFormat.VIDEO);
    return builder;
  }

  private static Interview interview(String id) {
    return Interview.builder().id(InterviewId.of(id)).name("Talk " + id)
        .focus(InterviewFocus.MIXED).duration(Duration.ofMinutes(45)).build();
  }

  @Test
  void defaultsAreRequiredUnpaidAndNoScorecards() {
    Stage stage = valid(StageKind.SCREEN).build();

    assertThat(stage.optional()).isFalse();
    assertThat(stage.pay()).isEmpty();
    assertThat(stage.requiredScorecards()).isZero();
    assertThat(stage.timeBox()).isEmpty();
    assertThat(stage.customKind()).isEmpty();
    assertThat(stage.interviews()).isEmpty();
  }

  @Test
  void candidateChoosesWhenSeveralFormatsAreOffered() {
    assertThat(valid(StageKind.INTERVIEW).build().candidateChooses()).isFalse();
    assertThat(valid(StageKind.INTERVIEW).addFormat(StageFormat.ON_SITE).build()
        .candidateChooses()).isTrue();
  }

  @Test
  void nameMustNotBeBlank() {
    assertThatThrownBy(() -> valid(StageKind.SCREEN).name("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.name: must not be blank; give some text");
  }

  @Test
  void customKindIsNamedForACustomStage() {
    Stage stage = valid(StageKind.CUSTOM).customKind("Portfolio review").build();

    assertThat(stage.customKind()).contains("Portfolio review");
  }

  @Test
  void customKindIsRequiredForACustomStage() {
    assertThatThrownBy(() -> valid(StageKind.CUSTOM).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.customKind: must be given when kind is CUSTOM; name the kind");
  }

  @Test
  void customKindMustNotBeBlank() {
    assertThatThrownBy(() -> valid(StageKind.CUSTOM).customKind(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.customKind: must not be blank; give some text");
  }

  @Test
  void customKindIsForbiddenForOtherKinds() {
    assertThatThrownBy(() -> valid(StageKind.SCREEN).customKind("Chat").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.customKind: must be empty when kind is SCREEN; drop it or set kind"
            + " to CUSTOM");
  }

  @Test
  void formatsMustNotBeEmpty() {
    assertThatThrownBy(() -> Stage.builder().id(StageId.of("s-1")).name("A stage")
            .kind(StageKind.SCREEN).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.formats: must not be empty; give at least one format, or several to"
            + " let the candidate choose");
  }

  @Test
  void interviewIdsAreUniqueWithinTheStage() {
    Interview first = interview("i-1");
    Interview sameIdOtherFocus = first.withFocus(InterviewFocus.TECHNICAL);

    assertThatThrownBy(() -> valid(StageKind.INTERVIEW).addInterview(first)
            .addInterview(sameIdOtherFocus).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.interviews: repeats i-1; each must be unique");
  }

  @Test
  void anOfferStageMayNotBeOptional() {
    assertThatThrownBy(() -> valid(StageKind.OFFER).optional(true).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.optional: an OFFER stage may not be optional; make it required");
  }

  @Test
  void otherStagesMayBeOptional() {
    assertThat(valid(StageKind.REFERENCE_CHECK).optional(true).build().optional()).isTrue();
  }

  @Test
  void payMustBePositive() {
    assertThatThrownBy(() -> valid(StageKind.ASSESSMENT).pay(Money.of("0", "USD")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.pay: 0.00 USD is not positive; give an amount above zero, or no pay"
            + " for an unpaid stage");
    assertThatThrownBy(() -> valid(StageKind.ASSESSMENT).pay(Money.of("-10", "EUR")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.pay: -10.00 EUR is not positive; give an amount above zero, or no pay"
            + " for an unpaid stage");
  }

  @Test
  void aPaidWorkTrialKeepsItsPay() {
    Stage trial = valid(StageKind.ASSESSMENT).pay(Money.of("500", "USD")).build();

    assertThat(trial.pay()).contains(Money.of("500", "USD"));
  }

  @Test
  void requiredScorecardsMustNotBeNegative() {
    assertThatThrownBy(() -> valid(StageKind.INTERVIEW).requiredScorecards(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.requiredScorecards: -1 is negative; give zero or more");
  }

  @Test
  void requiredScorecardsNeedAnInterviewToBeWrittenOn() {
    assertThatThrownBy(() -> valid(StageKind.SCREEN).requiredScorecards(1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.requiredScorecards: 1 scorecards are required but the stage holds no"
            + " interview; add interviews or require 0");
    assertThat(valid(StageKind.SCREEN).addInterview(interview("i-1")).requiredScorecards(1)
        .build().requiredScorecards()).isEqualTo(1);
  }

  @Test
  void minimumRecommendationIsADecision() {
    assertThatThrownBy(() -> valid(StageKind.INTERVIEW)
        .minimumRecommendation(Recommendation.NO_DECISION).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.minimumRecommendation: NO_DECISION is no threshold; give"
            + " DEFINITELY_NOT, NO, YES or STRONG_YES, or none");
    assertThat(valid(StageKind.INTERVIEW).minimumRecommendation(Recommendation.YES).build()
        .minimumRecommendation()).contains(Recommendation.YES);
  }

  @Test
  void withCopiesCheckTheRulesAndLeaveTheOriginal() {
    Stage offer = valid(StageKind.OFFER).build();

    assertThatThrownBy(() -> offer.withOptional(true))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.optional: an OFFER stage may not be optional; make it required");
    assertThatThrownBy(() -> offer.withCustomKind("Offer call"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.customKind: must be empty when kind is OFFER; drop it or set kind"
            + " to CUSTOM");

    Stage copy = offer.withKind(StageKind.DECISION).withOptional(true)
        .withInterviews(List.of(interview("i-1"))).withRequiredScorecards(2)
        .withTimeBox(TimeBox.about(Duration.ofMinutes(30)))
        .withFormats(List.of(StageFormat.PHONE, StageFormat.VIDEO));

    assertThat(offer).isEqualTo(valid(StageKind.OFFER).build());
    assertThat(copy.kind()).isEqualTo(StageKind.DECISION);
    assertThat(copy.optional()).isTrue();
    assertThat(copy.interviews()).containsExactly(interview("i-1"));
    assertThat(copy.requiredScorecards()).isEqualTo(2);
    assertThat(copy.candidateChooses()).isTrue();
  }
}
