package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecommendationTest {

  @Test
  void decisionsAreOrderedFromWorstToBest() {
    assertThat(Recommendation.STRONG_YES.isAtLeast(Recommendation.YES)).isTrue();
    assertThat(Recommendation.YES.isAtLeast(Recommendation.YES)).isTrue();
    assertThat(Recommendation.NO.isAtLeast(Recommendation.YES)).isFalse();
    assertThat(Recommendation.DEFINITELY_NOT.isAtLeast(Recommendation.DEFINITELY_NOT)).isTrue();
  }

  @Test
  void noDecisionNeverMeetsAMinimumAndIsNoMinimum() {
    assertThat(Recommendation.NO_DECISION.isAtLeast(Recommendation.DEFINITELY_NOT)).isFalse();
    assertThat(Recommendation.STRONG_YES.isAtLeast(Recommendation.NO_DECISION)).isFalse();
  }
}
