package dev.hirekit.json.internal;

import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.team.MemberId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The formats of interview plans, their stages and interviews. */
final class PlanFormats {
  private PlanFormats() {}

  static Object timeBox(TimeBox box) {
    return Obj.of().put("duration", Scalars.duration(box.duration()))
        .put("bound", EnumNames.TIME_BOX_BOUND.name(box.bound())).tree();
  }

  static TimeBox timeBox(Node node) {
    return TimeBox.of(node.get("duration", Node::duration),
        node.get("bound", EnumNames.TIME_BOX_BOUND::read));
  }

  static Object interview(Interview interview) {
    return Obj.of().put("id", interview.id().value()).put("name", interview.name())
        .put("focus", EnumNames.INTERVIEW_FOCUS.name(interview.focus()))
        .put("duration", Scalars.duration(interview.duration()))
        .put("interviewers", Scalars.sortedSet(interview.interviewers(), MemberId::value))
        .tree();
  }

  static Interview interview(Node node) {
    return Interview.builder().id(node.get("id", n -> InterviewId.of(n.text())))
        .name(node.get("name", Node::text))
        .focus(node.get("focus", EnumNames.INTERVIEW_FOCUS::read))
        .duration(node.get("duration", Node::duration))
        .interviewers(node.list("interviewers", n -> MemberId.of(n.text()))).build();
  }

  static Object stage(Stage stage) {
    return Obj.of().put("id", stage.id().value()).put("name", stage.name())
        .put("kind", EnumNames.STAGE_KIND.name(stage.kind()))
        .put("customKind", stage.customKind(), k -> k)
        .put("formats", Scalars.sortedSet(stage.formats(), EnumNames.STAGE_FORMAT::name))
        .put("timeBox", stage.timeBox(), PlanFormats::timeBox)
        .put("interviews", Scalars.list(stage.interviews(), PlanFormats::interview))
        .put("optional", stage.optional())
        .put("pay", stage.pay(), ValueFormats::money)
        .put("requiredScorecards", (long) stage.requiredScorecards())
        .put("minimumRecommendation", stage.minimumRecommendation(),
            EnumNames.RECOMMENDATION::name)
        .put("choices", nonEmpty(stage.choices()), c -> Scalars.list(c, PlanFormats::choice))
        .put("optIns", nonEmpty(stage.optIns()), o -> Scalars.sortedSet(o, t -> t))
        .tree();
  }

  static Stage stage(Node node) {
    return Stage.builder().id(node.get("id", n -> StageId.of(n.text())))
        .name(node.get("name", Node::text))
        .kind(node.get("kind", EnumNames.STAGE_KIND::read))
        .customKind(node.find("customKind", Node::text))
        .formats(node.list("formats", EnumNames.STAGE_FORMAT::read))
        .timeBox(node.find("timeBox", PlanFormats::timeBox))
        .interviews(node.list("interviews", PlanFormats::interview))
        .optional(node.get("optional", Node::bool))
        .pay(node.find("pay", ValueFormats::money))
        .requiredScorecards(node.get("requiredScorecards", Node::integer))
        .minimumRecommendation(node.find("minimumRecommendation", EnumNames.RECOMMENDATION::read))
        .choices(node.find("choices", n -> n.items(PlanFormats::choice)).orElse(List.of()))
        .optIns(node.find("optIns", n -> n.items(Node::text)).orElse(List.of()))
        .build();
  }

  static Object plan(InterviewPlan plan) {
    return Obj.of().put("version", (long) plan.version())
        .put("stages", Scalars.list(plan.stages(), PlanFormats::stage)).tree();
  }

  static InterviewPlan plan(Node node) {
    return InterviewPlan.builder().version(node.get("version", Node::integer))
        .stages(node.list("stages", PlanFormats::stage)).build();
  }

  static Object choice(StageChoice choice) {
    return Obj.of().put("name", choice.name())
        .put("options", Scalars.list(choice.options(), o -> o))
        .put("required", choice.required()).tree();
  }

  static StageChoice choice(Node node) {
    return StageChoice.builder().name(node.get("name", Node::text))
        .options(node.list("options", Node::text))
        .required(node.get("required", Node::bool)).build();
  }

  /** A collection when it holds something: the format leaves an empty one out. */
  private static <C extends Collection<?>> Optional<C> nonEmpty(C values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }
}
