package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import dev.hirekit.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRuleTest {
  private static final Instant FRIDAY_10 = Instant.parse("2026-12-04T10:00:00Z");

  private static Stage.Builder stage() {
    return Stage.builder().id(StageId.of("take-home")).name("Take-home")
        .kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
        .addAsks(ArtifactAsk.of("solution", ArtifactKind.TAKE_HOME));
  }

  private static Interview review() {
    return Interview.builder().id(InterviewId.of("review")).name("Review")
        .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(45))
        .addInterviewer(MemberId.of("eng-1")).build();
  }

  @Test
  void deadlinesCountFromTheirAnchorInHoursOrBusinessDays() {
    WorkCalendar utc = WorkCalendar.weekdays();
    assertThat(TimeRule.of(TimeRule.Kind.RESPOND_WITHIN, 5, TimeRule.Unit.BUSINESS_DAYS)
        .deadline(FRIDAY_10, utc)).isEqualTo(Instant.parse("2026-12-11T10:00:00Z"));
    assertThat(TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS)
        .deadline(FRIDAY_10, utc)).isEqualTo(Instant.parse("2026-12-04T12:00:00Z"));
    assertThat(TimeRule.of(TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW, 24, TimeRule.Unit.HOURS)
        .deadline(FRIDAY_10, utc)).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    assertThat(TimeRule.of(TimeRule.Kind.DECISION_AFTER_LAST_INTERVIEW, 48,
        TimeRule.Unit.HOURS).deadline(FRIDAY_10, utc))
        .isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
  }

  @Test
  void refusesAmountsOutOfRangeAndMaterialInBusinessDays() {
    assertThatThrownBy(() -> TimeRule.of(TimeRule.Kind.WINDOW, 0, TimeRule.Unit.HOURS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TimeRule")
        .hasMessageContaining("amount").hasMessageContaining("1 to 10000");
    assertThatThrownBy(() -> TimeRule.of(TimeRule.Kind.WINDOW, 10_001, TimeRule.Unit.HOURS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("amount");
    assertThat(TimeRule.of(TimeRule.Kind.WINDOW, 10_000, TimeRule.Unit.HOURS).amount())
        .isEqualTo(10_000);
    assertThatThrownBy(() -> TimeRule.of(TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW, 1,
        TimeRule.Unit.BUSINESS_DAYS)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("HOURS");
    assertThatThrownBy(() -> TimeRule.of(null, 1, TimeRule.Unit.HOURS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("kind");
    TimeRule rule = TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS);
    assertThatThrownBy(() -> rule.deadline(null, WorkCalendar.weekdays()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("anchor");
    assertThatThrownBy(() -> rule.deadline(FRIDAY_10, null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("calendar");
  }

  @Test
  void aStageHoldsEachKindOnceAndInterviewRulesNeedInterviews() {
    TimeRule window = TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS);
    Stage takeHome = stage().addTimeRule(window).build();
    assertThat(takeHome.timeRules()).containsExactly(window);
    assertThat(takeHome.timeRule(TimeRule.Kind.WINDOW)).contains(window);
    assertThat(takeHome.timeRule(TimeRule.Kind.RESPOND_WITHIN)).isEmpty();
    assertThat(stage().build().timeRules()).isEmpty();
    assertThatThrownBy(() -> stage().addTimeRules(window,
        TimeRule.of(TimeRule.Kind.WINDOW, 3, TimeRule.Unit.HOURS)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("timeRules")
        .hasMessageContaining("repeats WINDOW");
    TimeRule decide = TimeRule.of(TimeRule.Kind.DECISION_AFTER_LAST_INTERVIEW, 48,
        TimeRule.Unit.HOURS);
    assertThatThrownBy(() -> stage().addTimeRule(decide).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("holds none");
    assertThatThrownBy(() -> stage().addTimeRule(TimeRule.of(
        TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW, 24, TimeRule.Unit.HOURS)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("holds none");
    assertThat(stage().addInterview(review()).addTimeRule(decide).build().timeRules())
        .containsExactly(decide);
    assertThat(takeHome.withTimeRules(List.of()).timeRules()).isEmpty();
  }
}
