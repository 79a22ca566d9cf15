package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.testing.Plans;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Plans are large values; 300 tries per property keep the suite quick. */
@PropertyDefaults(tries = 300)
class PlanProperties {

  @Provide
  Arbitrary<InterviewPlan> plans() {
    return Plans.plans();
  }

  @Provide
  Arbitrary<Stage> stages() {
    return Plans.stages();
  }

  @Provide
  Arbitrary<Interview> interviews() {
    return Plans.interviews();
  }

  @Provide
  Arbitrary<TimeBox> timeBoxes() {
    return Plans.timeBoxes();
  }

  @Provide
  Arbitrary<Duration> nonPositive() {
    return Arbitraries.longs().between(-100_000, 0).map(Duration::ofSeconds);
  }

  // --- value laws: equality and hash codes ---

  @Property
  void equalInputsGiveEqualPlans(@ForAll("plans") InterviewPlan plan) {
    List<Stage> rebuilt = new ArrayList<>();
    for (Stage stage : plan.stages()) {
      rebuilt.add(Stage.builder().from(stage).build());
    }
    InterviewPlan again = InterviewPlan.builder().version(plan.version()).stages(rebuilt)
        .requirements(plan.requirements()).build();

    assertThat(again).isEqualTo(plan);
    assertThat(again.hashCode()).isEqualTo(plan.hashCode());
  }

  @Property
  void equalInputsGiveEqualTimeBoxes(@ForAll("timeBoxes") TimeBox box) {
    TimeBox again = TimeBox.of(Duration.ofSeconds(box.duration().getSeconds()), box.bound());

    assertThat(again).isEqualTo(box);
    assertThat(again.hashCode()).isEqualTo(box.hashCode());
  }

  @Property
  void interviewOrderDoesNotMatterToAStage(@ForAll("stages") Stage stage) {
    List<Interview> reversed = new ArrayList<>(stage.interviews());
    java.util.Collections.reverse(reversed);

    Stage again = stage.withInterviews(reversed);

    assertThat(again).isEqualTo(stage);
    assertThat(again.hashCode()).isEqualTo(stage.hashCode());
  }

  // --- value laws: with* copies never mutate ---

  @Property
  void planWithCopiesNeverMutate(
      @ForAll("plans") InterviewPlan plan, @ForAll("stages") Stage extra) {
    InterviewPlan before = InterviewPlan.builder().from(plan).build();

    InterviewPlan bumped = plan.withVersion(plan.version() + 1);
    InterviewPlan single = plan.withStages(List.of(extra));

    assertThat(plan).isEqualTo(before);
    assertThat(bumped.version()).isEqualTo(plan.version() + 1);
    assertThat(bumped.stages()).isEqualTo(plan.stages());
    assertThat(single.stages()).containsExactly(extra);
  }

  @Property
  void stageWithCopiesNeverMutate(
      @ForAll("stages") Stage stage, @ForAll @IntRange(min = 0, max = 9) int scorecards,
      @ForAll("timeBoxes") TimeBox box) {
    Stage before = Stage.builder().from(stage).build();

    int required = stage.interviews().isEmpty() ? 0 : scorecards;
    Stage copy = stage.withRequiredScorecards(required).withTimeBox(box)
        .withName(stage.name() + " (new)");

    assertThat(stage).isEqualTo(before);
    assertThat(copy.requiredScorecards()).isEqualTo(required);
    assertThat(copy.timeBox()).contains(box);
    assertThat(copy.name()).isEqualTo(stage.name() + " (new)");
  }

  // --- queries ---

  @Property
  void queriesAgreeWithTheStageList(@ForAll("plans") InterviewPlan plan) {
    List<Stage> stages = plan.stages();
    assertThat(plan.first()).isEqualTo(stages.get(0));
    for (int i = 0; i < stages.size(); i++) {
      StageId id = stages.get(i).id();
      assertThat(plan.indexOf(id)).isEqualTo(i);
      assertThat(plan.contains(id)).isTrue();
      assertThat(plan.stage(id)).contains(stages.get(i));
      if (i + 1 < stages.size()) {
        assertThat(plan.next(id)).contains(stages.get(i + 1));
      } else {
        assertThat(plan.next(id)).isEmpty();
      }
    }
    StageId absent = StageId.of("absent");
    assertThat(plan.indexOf(absent)).isEqualTo(-1);
    assertThat(plan.contains(absent)).isFalse();
    assertThat(plan.stage(absent)).isEmpty();
    assertThat(plan.next(absent)).isEmpty();
  }

  @Property
  void stagesOfKindPartitionThePlan(@ForAll("plans") InterviewPlan plan) {
    List<Stage> all = new ArrayList<>();
    for (StageKind kind : StageKind.values()) {
      List<Stage> ofKind = plan.stagesOfKind(kind);
      assertThat(ofKind).allMatch(s -> s.kind() == kind);
      all.addAll(ofKind);
    }
    assertThat(all).containsExactlyInAnyOrderElementsOf(plan.stages());
  }

  @Property
  void generatedPlansKeepEveryRule(@ForAll("plans") InterviewPlan plan) {
    assertThat(plan.stages()).hasSizeBetween(1, 8);
    Set<InterviewId> interviewIds = new HashSet<>();
    for (Stage stage : plan.stages()) {
      assertThat(stage.formats()).isNotEmpty();
      assertThat(stage.candidateChooses()).isEqualTo(stage.formats().size() > 1);
      assertThat(stage.customKind().isPresent()).isEqualTo(stage.kind() == StageKind.CUSTOM);
      assertThat(stage.requiredScorecards()).isBetween(0, 2);
      if (stage.kind() == StageKind.OFFER) {
        assertThat(stage.optional()).isFalse();
      }
      for (Interview interview : stage.interviews()) {
        assertThat(interviewIds.add(interview.id())).isTrue();
      }
    }
  }

  // --- every rule, for random values ---

  @Property
  void nonPositiveTimeBoxesAreRejected(
      @ForAll("nonPositive") Duration duration, @ForAll TimeBox.Bound bound) {
    assertThatThrownBy(() -> TimeBox.of(duration, bound))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeBox.duration: " + duration
            + " is not positive; give a duration above zero");
  }

  @Property
  void nonPositiveInterviewsAreRejected(@ForAll("interviews") Interview interview,
      @ForAll("nonPositive") Duration duration) {
    assertThatThrownBy(() -> interview.withDuration(duration))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Interview.duration: " + duration
            + " is not positive; give a duration above zero");
  }

  @Property
  void negativeScorecardsAreRejected(
      @ForAll("stages") Stage stage, @ForAll @IntRange(min = -1000, max = -1) int scorecards) {
    assertThatThrownBy(() -> stage.withRequiredScorecards(scorecards))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.requiredScorecards: " + scorecards + " is negative; give zero or more");
  }

  @Property
  void offerStagesAreNeverOptional(@ForAll("stages") Stage stage) {
    Stage offer = Stage.builder().from(stage).kind(StageKind.OFFER)
        .customKind(java.util.Optional.empty()).optional(false).build();

    assertThatThrownBy(() -> offer.withOptional(true))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.optional: an OFFER stage may not be optional; make it required");
    assertThatThrownBy(() -> stage.withOptional(true).withKind(StageKind.OFFER))
        .isInstanceOf(InvalidValueException.class);
  }

  @Property
  void customKindIsPresentExactlyForCustomStages(
      @ForAll("stages") Stage stage, @ForAll StageKind kind) {
    if (stage.kind() == StageKind.CUSTOM || kind == StageKind.CUSTOM) {
      return;
    }
    assertThatThrownBy(() -> stage.withCustomKind("Something else"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.customKind: must be empty when kind is " + stage.kind()
            + "; drop it or set kind to CUSTOM");
    Stage plain = Stage.builder().from(stage).kind(kind)
        .optional(stage.optional() && kind != StageKind.OFFER).build();
    assertThatThrownBy(() -> plain.withKind(StageKind.CUSTOM))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Stage.customKind: must be given when kind is CUSTOM; name the kind");
  }

  @Property
  void repeatingAStageIdIsRejected(@ForAll("plans") InterviewPlan plan) {
    Stage first = plan.first();
    Stage twin = Stage.builder().from(first).interviews(List.of()).requiredScorecards(0)
        .timeRules(List.of()).build();
    List<Stage> stages = new ArrayList<>(plan.stages());
    stages.add(twin);

    assertThatThrownBy(() -> plan.withStages(stages))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.stages: repeats " + first.id() + "; each must be unique");
  }

  @Property
  void repeatingAnInterviewIdAcrossStagesIsRejected(@ForAll("plans") InterviewPlan plan) {
    Interview shared = plan.stages().stream().flatMap(s -> s.interviews().stream())
        .findFirst().orElse(null);
    if (shared == null) {
      return;
    }
    Stage extra = Stage.builder().id(StageId.of("extra")).name("Extra")
        .kind(StageKind.INTERVIEW).addFormat(StageFormat.VIDEO).addInterview(shared).build();
    List<Stage> stages = new ArrayList<>(plan.stages());
    stages.add(extra);

    assertThatThrownBy(() -> plan.withStages(stages))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.stages: interview " + shared.id()
            + " appears in more than one stage; give each interview of the plan its own id");
  }

  @Property
  void versionsBelowOneAreRejected(
      @ForAll("plans") InterviewPlan plan, @ForAll @IntRange(min = -100, max = 0) int version) {
    assertThatThrownBy(() -> plan.withVersion(version))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.version: " + version + " is below 1; give 1 or more");
  }
}
