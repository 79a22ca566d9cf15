package dev.hirekit.json.internal;

import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Requirement;
import dev.hirekit.plan.ScaleLabel;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.plan.TimeRule;
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

  static Object timeRule(TimeRule rule) {
    return Obj.of().put("kind", EnumNames.TIME_RULE_KIND.name(rule.kind()))
        .put("amount", (long) rule.amount())
        .put("unit", EnumNames.TIME_RULE_UNIT.name(rule.unit())).tree();
  }

  static TimeRule timeRule(Node node) {
    return TimeRule.of(node.get("kind", EnumNames.TIME_RULE_KIND::read),
        node.get("amount", Node::integer), node.get("unit", EnumNames.TIME_RULE_UNIT::read));
  }

  static Object interview(Interview interview) {
    return Obj.of().put("id", interview.id().value()).put("name", interview.name())
        .put("focus", EnumNames.INTERVIEW_FOCUS.name(interview.focus()))
        .put("duration", Scalars.duration(interview.duration()))
        .put("interviewers", Scalars.sortedSet(interview.interviewers(), MemberId::value))
        .put("shadows", Optional.of(interview.shadows()).filter(s -> !s.isEmpty()),
            s -> Scalars.sortedSet(s, MemberId::value))
        .put("scale", interview.scale(), PlanFormats::scale)
        .tree();
  }

  static Interview interview(Node node) {
    return Interview.builder().id(node.get("id", n -> InterviewId.of(n.text())))
        .name(node.get("name", Node::text))
        .focus(node.get("focus", EnumNames.INTERVIEW_FOCUS::read))
        .duration(node.get("duration", Node::duration))
        .interviewers(node.list("interviewers", n -> MemberId.of(n.text())))
        .shadows(node.find("shadows", n -> n.items(m -> MemberId.of(m.text())))
            .orElse(List.of()))
        .scale(node.find("scale", PlanFormats::scale)).build();
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
        .put("asks", nonEmpty(stage.asks()), a -> Scalars.list(a, PlanFormats::ask))
        .put("requires", nonEmpty(stage.requires()), r -> Scalars.sortedSet(r, t -> t))
        .put("scale", stage.scale(), PlanFormats::scale)
        .put("decisionRules", Optional.of(stage.decisionRules()).filter(r -> !r.isEmpty()),
            r -> Scalars.list(r, PlanFormats::decisionRule))
        .put("timeRules", stage.timeRules().isEmpty() ? Optional.<List<TimeRule>>empty()
            : Optional.of(stage.timeRules()), rules -> Scalars.list(rules, PlanFormats::timeRule))
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
        .asks(node.find("asks", n -> n.items(PlanFormats::ask)).orElse(List.of()))
        .requires(node.find("requires", n -> n.items(Node::text)).orElse(List.of()))
        .scale(node.find("scale", PlanFormats::scale))
        .decisionRules(node.find("decisionRules", n -> n.items(PlanFormats::decisionRule))
            .orElse(List.of()))
        .timeRules(node.find("timeRules", n -> n.items(PlanFormats::timeRule)).orElse(List.of()))
        .build();
  }

  static Object scaleLabel(ScaleLabel label) {
    return Obj.of().put("label", label.label())
        .put("recommendation", EnumNames.RECOMMENDATION.name(label.recommendation())).tree();
  }

  static ScaleLabel scaleLabel(Node node) {
    return ScaleLabel.of(node.get("label", Node::text),
        node.get("recommendation", EnumNames.RECOMMENDATION::read));
  }

  static Object scale(ScoringScale scale) {
    return Obj.of().put("name", scale.name())
        .put("labels", Scalars.list(scale.labels(), PlanFormats::scaleLabel))
        .put("abstain", scale.abstain(), a -> a).tree();
  }

  static ScoringScale scale(Node node) {
    return ScoringScale.builder().name(node.get("name", Node::text))
        .labels(node.list("labels", PlanFormats::scaleLabel))
        .abstain(node.find("abstain", Node::text)).build();
  }

  static Object decisionRule(DecisionRule rule) {
    return Obj.of().put("kind", EnumNames.DECISION_RULE_KIND.name(rule.kind()))
        .put("count", Optional.of(rule.count()).filter(c -> c > 0), c -> (long) c)
        .put("recommendation", rule.recommendation(), EnumNames.RECOMMENDATION::name)
        .put("focus", rule.focus(), EnumNames.INTERVIEW_FOCUS::name).tree();
  }

  static DecisionRule decisionRule(Node node) {
    return DecisionRule.builder().kind(node.get("kind", EnumNames.DECISION_RULE_KIND::read))
        .count(node.find("count", Node::integer).orElse(0))
        .recommendation(node.find("recommendation", EnumNames.RECOMMENDATION::read))
        .focus(node.find("focus", EnumNames.INTERVIEW_FOCUS::read)).build();
  }

  static Object plan(InterviewPlan plan) {
    return Obj.of().put("version", (long) plan.version())
        .put("stages", Scalars.list(plan.stages(), PlanFormats::stage))
        .put("requirements", nonEmpty(plan.requirements()),
            r -> Scalars.list(r, PlanFormats::requirement)).tree();
  }

  static InterviewPlan plan(Node node) {
    return InterviewPlan.builder().version(node.get("version", Node::integer))
        .stages(node.list("stages", PlanFormats::stage))
        .requirements(node.find("requirements", n -> n.items(PlanFormats::requirement))
            .orElse(List.of())).build();
  }

  static Object requirement(Requirement requirement) {
    return Obj.of().put("name", requirement.name())
        .put("kind", EnumNames.REQUIREMENT_KIND.name(requirement.kind()))
        .put("description", requirement.description(), d -> d).tree();
  }

  static Requirement requirement(Node node) {
    return Requirement.builder().name(node.get("name", Node::text))
        .kind(node.get("kind", EnumNames.REQUIREMENT_KIND::read))
        .description(node.find("description", Node::text)).build();
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

  static Object ask(ArtifactAsk ask) {
    return Obj.of().put("name", ask.name())
        .put("kind", EnumNames.ARTIFACT_KIND.name(ask.kind()))
        .put("required", ask.required()).tree();
  }

  static ArtifactAsk ask(Node node) {
    return ArtifactAsk.builder().name(node.get("name", Node::text))
        .kind(node.get("kind", EnumNames.ARTIFACT_KIND::read))
        .required(node.get("required", Node::bool)).build();
  }

  /** A collection when it holds something: the format leaves an empty one out. */
  private static <C extends Collection<?>> Optional<C> nonEmpty(C values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }
}
