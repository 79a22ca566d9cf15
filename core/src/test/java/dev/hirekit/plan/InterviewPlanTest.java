package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewPlanTest {

  private static Stage stage(String id, StageKind kind, String... interviewIds) {
    Stage.Builder builder = Stage.builder();
    builder.id(StageId.of(id)).name("Stage " + id).kind(kind).addFormat(StageFormat.VIDEO);
    for (String interviewId : interviewIds) {
      builder.addInterview(Interview.builder().id(InterviewId.of(interviewId)).name("Talk")
          .focus(InterviewFocus.MIXED).duration(Duration.ofMinutes(30)).build());
    }
    return builder.build();
  }

  private static final Stage SCREEN = stage("screen", StageKind.SCREEN);
  private static final Stage ONSITE = stage("onsite", StageKind.INTERVIEW, "tech", "values");
  private static final Stage TEAM = stage("team", StageKind.INTERVIEW, "team-chat");
  private static final Stage OFFER = stage("offer", StageKind.OFFER);

  @Test
  void ofKeepsTheOrderAndStartsAtVersionOne() {
    InterviewPlan plan = InterviewPlan.of(SCREEN, ONSITE, OFFER);

    assertThat(plan.stages()).containsExactly(SCREEN, ONSITE, OFFER);
    assertThat(plan.version()).isEqualTo(1);
  }

  @Test
  void queriesFindStagesByIdAndOrder() {
    InterviewPlan plan = InterviewPlan.of(SCREEN, ONSITE, TEAM, OFFER);

    assertThat(plan.first()).isEqualTo(SCREEN);
    assertThat(plan.stage(StageId.of("onsite"))).contains(ONSITE);
    assertThat(plan.stage(StageId.of("nope"))).isEmpty();
    assertThat(plan.contains(StageId.of("team"))).isTrue();
    assertThat(plan.contains(StageId.of("nope"))).isFalse();
    assertThat(plan.indexOf(StageId.of("offer"))).isEqualTo(3);
    assertThat(plan.indexOf(StageId.of("nope"))).isEqualTo(-1);
    assertThat(plan.next(StageId.of("screen"))).contains(ONSITE);
    assertThat(plan.next(StageId.of("offer"))).isEmpty();
    assertThat(plan.next(StageId.of("nope"))).isEmpty();
    assertThat(plan.stagesOfKind(StageKind.INTERVIEW)).containsExactly(ONSITE, TEAM);
    assertThat(plan.stagesOfKind(StageKind.CUSTOM)).isEmpty();
  }

  @Test
  void stagesMustNotBeEmpty() {
    assertThatThrownBy(() -> InterviewPlan.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.stages: must not be empty; give at least one stage");
  }

  @Test
  void stageIdsMustBeUnique() {
    Stage otherScreen = stage("screen", StageKind.ASSESSMENT);

    assertThatThrownBy(() -> InterviewPlan.of(SCREEN, OFFER, otherScreen))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.stages: repeats screen; each must be unique");
  }

  @Test
  void interviewIdsMustBeUniqueAcrossThePlan() {
    Stage again = stage("again", StageKind.INTERVIEW, "values");

    assertThatThrownBy(() -> InterviewPlan.of(SCREEN, ONSITE, again))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.stages: interview values appears in more than one stage;"
            + " give each interview of the plan its own id");
  }

  @Test
  void versionMustBeAtLeastOne() {
    assertThatThrownBy(() -> InterviewPlan.builder().addStage(SCREEN).version(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.version: 0 is below 1; give 1 or more");
  }

  @Test
  void withCopiesCheckTheRulesAndLeaveTheOriginal() {
    InterviewPlan plan = InterviewPlan.of(SCREEN, OFFER);

    InterviewPlan next = plan.withVersion(2).withStages(List.of(SCREEN, ONSITE, OFFER));

    assertThat(plan).isEqualTo(InterviewPlan.of(SCREEN, OFFER));
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.stages()).containsExactly(SCREEN, ONSITE, OFFER);
    assertThatThrownBy(() -> plan.withStages(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.stages: must not be empty; give at least one stage");
    assertThatThrownBy(() -> plan.withVersion(-3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.version: -3 is below 1; give 1 or more");
  }
}
