package dev.hirekit.testing;

import dev.hirekit.money.Money;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.ScaleLabel;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random interview plans, their stages, interviews and time boxes, all valid; and the seed plan,
 * a realistic six-stage plan.
 *
 * <pre>{@code
 * Arbitrary<InterviewPlan> plans = Plans.plans();
 * }</pre>
 */
public final class Plans {
  private Plans() {}

  /**
   * Positive durations of 1 minute to 8 hours.
   *
   * <pre>{@code
   * Arbitrary<Duration> lengths = Plans.durations();
   * }</pre>
   *
   * @return durations
   */
  public static Arbitrary<Duration> durations() {
    return Arbitraries.integers().between(1, 480).map(Duration::ofMinutes);
  }

  /**
   * Every bound of a time box.
   *
   * <pre>{@code
   * Arbitrary<TimeBox.Bound> bounds = Plans.bounds();
   * }</pre>
   *
   * @return bounds
   */
  public static Arbitrary<TimeBox.Bound> bounds() {
    return Arbitraries.of(TimeBox.Bound.class);
  }

  /**
   * Valid time boxes.
   *
   * <pre>{@code
   * Arbitrary<TimeBox> boxes = Plans.timeBoxes();
   * }</pre>
   *
   * @return time boxes
   */
  public static Arbitrary<TimeBox> timeBoxes() {
    return Combinators.combine(durations(), bounds()).as(TimeBox::of);
  }

  /**
   * Non-blank names of stages and interviews, such as {@code Step Qx}.
   *
   * <pre>{@code
   * Arbitrary<String> names = Plans.names();
   * }</pre>
   *
   * @return names
   */
  public static Arbitrary<String> names() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
        .map(s -> "Step " + s);
  }

  /**
   * Every stage format.
   *
   * <pre>{@code
   * Arbitrary<StageFormat> formats = Plans.stageFormats();
   * }</pre>
   *
   * @return stage formats
   */
  public static Arbitrary<StageFormat> stageFormats() {
    return Arbitraries.of(StageFormat.class);
  }

  /**
   * Non-empty sets of stage formats.
   *
   * <pre>{@code
   * Arbitrary<Set<StageFormat>> sets = Plans.formatSets();
   * }</pre>
   *
   * @return format sets
   */
  public static Arbitrary<Set<StageFormat>> formatSets() {
    return Arbitraries.subsetOf(StageFormat.values()).ofMinSize(1);
  }

  /**
   * Every stage kind.
   *
   * <pre>{@code
   * Arbitrary<StageKind> kinds = Plans.stageKinds();
   * }</pre>
   *
   * @return stage kinds
   */
  public static Arbitrary<StageKind> stageKinds() {
    return Arbitraries.of(StageKind.class);
  }

  /**
   * Every interview focus.
   *
   * <pre>{@code
   * Arbitrary<InterviewFocus> focuses = Plans.interviewFocuses();
   * }</pre>
   *
   * @return focuses
   */
  public static Arbitrary<InterviewFocus> interviewFocuses() {
    return Arbitraries.of(InterviewFocus.class);
  }

  /**
   * Every recommendation of a scorecard.
   *
   * <pre>{@code
   * Arbitrary<Recommendation> recommendations = Plans.recommendations();
   * }</pre>
   *
   * @return recommendations
   */
  public static Arbitrary<Recommendation> recommendations() {
    return Arbitraries.of(Recommendation.class);
  }

  /**
   * Positive pay of a stage (a paid trial day, say): 0.01 to 10000.00 USD.
   *
   * <pre>{@code
   * Arbitrary<Money> pay = Plans.pay();
   * }</pre>
   *
   * @return pay
   */
  public static Arbitrary<Money> pay() {
    return Arbitraries.integers().between(1, 1_000_000)
        .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("USD")));
  }

  /**
   * Stage ids of 1 to 128 characters, the longest included.
   *
   * <pre>{@code
   * Arbitrary<StageId> ids = Plans.stageIds();
   * }</pre>
   *
   * @return stage ids
   */
  public static Arbitrary<StageId> stageIds() {
    return Texts.identifiers().map(StageId::of);
  }

  /**
   * Interview ids of 1 to 128 characters, the longest included.
   *
   * <pre>{@code
   * Arbitrary<InterviewId> ids = Plans.interviewIds();
   * }</pre>
   *
   * @return interview ids
   */
  public static Arbitrary<InterviewId> interviewIds() {
    return Texts.identifiers().map(InterviewId::of);
  }

  /**
   * Valid interviews of one id, with 0 to 3 listed interviewers.
   *
   * <pre>{@code
   * Arbitrary<Interview> interviews = Plans.interviews(InterviewId.of("tech-1"));
   * }</pre>
   *
   * @param id the interview id
   * @return interviews of that id
   */
  public static Arbitrary<Interview> interviews(InterviewId id) {
    return interviewShapes().map(shape -> shape.apply(id));
  }

  /** An interview of {@link #interviews(InterviewId)} once given its id. */
  private static Arbitrary<Function<InterviewId, Interview>> interviewShapes() {
    return Combinators.combine(
            names(),
            interviewFocuses(),
            durations(),
            Teams.memberIds().set().ofMaxSize(3),
            Teams.memberIds().set().ofMaxSize(2),
            scales().optional(0.2))
        .as((name, focus, duration, interviewers, shadows, scale) -> id -> Interview.builder()
            .id(id).name(name).focus(focus).duration(duration).interviewers(interviewers)
            .shadows(shadows.stream().filter(m -> !interviewers.contains(m))
                .collect(Collectors.toSet()))
            .scale(scale)
            .build());
  }

  /**
   * Valid interviews with ids drawn from a small range ({@code interview-0} to {@code
   * interview-99}).
   *
   * <pre>{@code
   * Arbitrary<Interview> interviews = Plans.interviews();
   * }</pre>
   *
   * @return interviews
   */
  public static Arbitrary<Interview> interviews() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), interviewShapes())
        .as((i, shape) -> shape.apply(InterviewId.of("interview-" + i)));
  }

  /**
   * Valid stages of one id, holding 0 to 3 interviews whose ids start with the stage id.
   *
   * <pre>{@code
   * Arbitrary<Stage> stages = Plans.stages(StageId.of("onsite"));
   * }</pre>
   *
   * @param id the stage id
   * @return stages of that id
   */
  public static Arbitrary<Stage> stages(StageId id) {
    return stageShapes().map(shape -> shape.apply(id));
  }

  /**
   * A stage of {@link #stages(StageId)} once given its id. The parts are combined, never
   * flat-mapped: a flat map builds and memoizes a new generator, with its edge cases, for every
   * value it draws, which made generating plans most of the time of the lifecycle properties.
   */
  private static Arbitrary<Function<StageId, Stage>> stageShapes() {
    Arbitrary<List<Function<InterviewId, Interview>>> interviews =
        interviewShapes().list().ofMaxSize(3);
    Arbitrary<Function<StageId, Stage>> plain = Combinators.combine(
            names(),
            stageKinds(),
            formatSets(),
            timeBoxes().optional(),
            interviews,
            Arbitraries.of(true, false),
            pay().optional(0.2),
            Arbitraries.integers().between(0, 2))
        .as((name, kind, formats, timeBox, shapes, optional, pay, scorecards) -> id -> {
          List<Interview> list = new ArrayList<>();
          for (int j = 0; j < shapes.size(); j++) {
            list.add(shapes.get(j).apply(InterviewId.of(id.value() + "-interview-" + j)));
          }
          return Stage.builder()
              .id(id)
              .name(name)
              .kind(kind)
              .customKind(kind == StageKind.CUSTOM ? Optional.of("Custom " + name)
                  : Optional.empty())
              .formats(formats)
              .timeBox(timeBox)
              .interviews(list)
              .optional(optional && kind != StageKind.OFFER)
              .pay(pay)
              .requiredScorecards(list.isEmpty() ? 0 : scorecards)
              .build();
        });
    // One stage in ten with interviews has decision rules, so that generated walks still
    // reach offers and hires often enough for the rules about them to be exercised.
    Arbitrary<List<DecisionRule>> decisionRules = decisionRules().list().ofMaxSize(3)
        .uniqueElements(DecisionRule::description).injectNull(0.9);
    // A window stage's material is handed in inside the window, never before an interview.
    Arbitrary<List<TimeRule>> timeRules = timeRules().list().ofMaxSize(2)
        .uniqueElements(r -> r.kind() == TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW
            ? TimeRule.Kind.WINDOW : r.kind());
    return Combinators.combine(plain, scales().optional(0.3), decisionRules, timeRules,
            ChoiceSteps.decorations(), ArtifactSteps.decorations())
        .as((shape, scale, rules, times, choices, asks) -> id -> {
          Stage stage = shape.apply(id);
          Stage scored = Stage.builder().from(stage).scale(scale).decisionRules(
              stage.interviews().isEmpty() || rules == null ? List.of() : rules).build();
          Stage asked = asks.apply(choices.apply(scored));
          List<TimeRule> kept = times.stream()
              .filter(r -> !asked.interviews().isEmpty()
                  || r.kind() == TimeRule.Kind.RESPOND_WITHIN
                  || r.kind() == TimeRule.Kind.WINDOW)
              .toList();
          // A rule about the candidate's material needs a stage that asks for some.
          boolean material = kept.stream().anyMatch(r -> r.kind() == TimeRule.Kind.WINDOW
              || r.kind() == TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW);
          Stage withMaterial = material && asked.asks().isEmpty()
              ? asked.withAsks(List.of(ArtifactAsk.of("work", ArtifactKind.TAKE_HOME)))
              : asked;
          return withMaterial.withTimeRules(kept);
        });
  }

  /**
   * Valid scoring scales: "High / Medium / Low" or a 1-4 rubric, with or without an abstention.
   *
   * <pre>{@code
   * Arbitrary<ScoringScale> scales = Plans.scales();
   * }</pre>
   *
   * @return scales
   */
  public static Arbitrary<ScoringScale> scales() {
    ScoringScale highLow = ScoringScale.builder().name("High / Medium / Low")
        .addLabels(ScaleLabel.of("Low", Recommendation.NO),
            ScaleLabel.of("Medium", Recommendation.YES),
            ScaleLabel.of("High", Recommendation.STRONG_YES))
        .build();
    ScoringScale rubric = ScoringScale.builder().name("1-4 rubric")
        .addLabels(ScaleLabel.of("1 - Not qualified", Recommendation.DEFINITELY_NOT),
            ScaleLabel.of("2 - Below the bar", Recommendation.NO),
            ScaleLabel.of("3 - Meets the bar", Recommendation.YES),
            ScaleLabel.of("4 - Outstanding", Recommendation.STRONG_YES))
        .build();
    return Combinators.combine(Arbitraries.of(highLow, rubric),
            Arbitraries.of("Not assessed", "Conflict of interest").optional(0.5))
        .as((scale, abstain) -> ScoringScale.builder().from(scale).abstain(abstain).build());
  }

  /**
   * Valid decision rules of every kind.
   *
   * <pre>{@code
   * Arbitrary<DecisionRule> rules = Plans.decisionRules();
   * }</pre>
   *
   * @return rules
   */
  public static Arbitrary<DecisionRule> decisionRules() {
    Arbitrary<Recommendation> decisions = Arbitraries.of(Recommendation.DEFINITELY_NOT,
        Recommendation.NO, Recommendation.YES, Recommendation.STRONG_YES);
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 4).map(DecisionRule::votesIn),
        Arbitraries.just(DecisionRule.everyInterviewCovered()),
        decisions.map(DecisionRule::atLeastOne),
        decisions.filter(r -> r != Recommendation.STRONG_YES).map(DecisionRule::noneAtOrBelow),
        interviewFocuses().map(DecisionRule::debriefOnNo));
  }

  /**
   * Working calendars: a zone of four (UTC, Paris, Los Angeles, Kolkata), one to seven working
   * days of the week and up to five days off in 2026.
   *
   * <pre>{@code
   * Arbitrary<WorkCalendar> calendars = Plans.workCalendars();
   * }</pre>
   *
   * @return the calendars
   */
  public static Arbitrary<WorkCalendar> workCalendars() {
    return Combinators.combine(
            Arbitraries.of("UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata"),
            Arbitraries.subsetOf(java.time.DayOfWeek.values()).ofMinSize(1),
            Arbitraries.longs().between(0, 364)
                .map(d -> java.time.LocalDate.of(2026, 1, 1).plusDays(d)).list().ofMaxSize(5))
        .as((zone, days, off) -> WorkCalendar.weekdays(java.time.ZoneId.of(zone))
            .withWorkdays(days).withDaysOff(off));
  }

  /**
   * Valid time rules of every kind, 1 to 240 hours or business days (material deadlines in
   * hours).
   *
   * <pre>{@code
   * Arbitrary<TimeRule> rules = Plans.timeRules();
   * }</pre>
   *
   * @return time rules
   */
  public static Arbitrary<TimeRule> timeRules() {
    return Combinators.combine(Arbitraries.of(TimeRule.Kind.class),
            Arbitraries.integers().between(1, 240), Arbitraries.of(TimeRule.Unit.class))
        .as((kind, amount, unit) -> TimeRule.of(kind, amount,
            kind == TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW ? TimeRule.Unit.HOURS : unit));
  }

  /**
   * Valid stages with ids drawn from a small range ({@code stage-0} to {@code stage-99}).
   *
   * <pre>{@code
   * Arbitrary<Stage> stages = Plans.stages();
   * }</pre>
   *
   * @return stages
   */
  public static Arbitrary<Stage> stages() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), stageShapes())
        .as((i, shape) -> shape.apply(StageId.of("stage-" + i)));
  }

  /**
   * Valid plans of 1 to 8 stages {@code stage-0}, {@code stage-1}, ... of random kinds,
   * formats, optional flags, required scorecards (0 to 2) and interviews, with version 1 to 5;
   * one in three holds requirements (the right to work, a clearance) that some stages require.
   *
   * <pre>{@code
   * Arbitrary<InterviewPlan> plans = Plans.plans();
   * }</pre>
   *
   * @return plans
   */
  public static Arbitrary<InterviewPlan> plans() {
    return Combinators.combine(Arbitraries.integers().between(1, 5),
            stageShapes().list().ofMinSize(1).ofMaxSize(8), RequirementSteps.decorations())
        .as((version, shapes, requirements) -> {
          List<Stage> stages = new ArrayList<>();
          for (int i = 0; i < shapes.size(); i++) {
            stages.add(shapes.get(i).apply(StageId.of("stage-" + i)));
          }
          return requirements.apply(InterviewPlan.builder().version(version).stages(stages)
              .build());
        });
  }

  /**
   * The seed plan: application review, an introductory call, a take-home exercise, interviews
   * ({@code interviews-technical} and {@code interviews-non-technical}), a reference check and
   * the offer, with the stage ids {@code application}, {@code screen}, {@code take-home},
   * {@code interviews}, {@code references} and {@code offer}.
   *
   * <pre>{@code
   * InterviewPlan plan = Plans.seed();
   * }</pre>
   *
   * @return the plan, version 1
   */
  public static InterviewPlan seed() {
    return InterviewPlan.of(
        Stage.builder().id(StageId.of("application")).name("Application review")
            .kind(StageKind.APPLICATION_REVIEW).addFormat(StageFormat.ASYNC).build(),
        Stage.builder().id(StageId.of("screen")).name("Introductory call")
            .kind(StageKind.SCREEN).addFormats(StageFormat.PHONE, StageFormat.VIDEO)
            .timeBox(TimeBox.about(Duration.ofMinutes(30))).build(),
        Stage.builder().id(StageId.of("take-home")).name("Take-home coding exercise")
            .kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
            .timeBox(TimeBox.atMost(Duration.ofHours(2))).build(),
        Stage.builder().id(StageId.of("interviews")).name("Interviews with the team")
            .kind(StageKind.INTERVIEW).addFormats(StageFormat.ON_SITE, StageFormat.VIDEO)
            .timeBox(TimeBox.about(Duration.ofHours(3)))
            .addInterview(Interview.builder().id(InterviewId.of("interviews-technical"))
                .name("Technical interview").focus(InterviewFocus.TECHNICAL)
                .duration(Duration.ofMinutes(90)).build())
            .addInterview(Interview.builder().id(InterviewId.of("interviews-non-technical"))
                .name("Non-technical interview").focus(InterviewFocus.NON_TECHNICAL)
                .duration(Duration.ofMinutes(90)).build())
            .build(),
        Stage.builder().id(StageId.of("references")).name("Reference check")
            .kind(StageKind.REFERENCE_CHECK).addFormat(StageFormat.ASYNC).build(),
        Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
            .addFormat(StageFormat.ASYNC).build());
  }

  /**
   * Valid stage choices: an exercise, a format or a panel to choose, of 2 to 4 options,
   * required or not.
   *
   * <pre>{@code
   * Arbitrary<StageChoice> choices = Plans.stageChoices();
   * }</pre>
   *
   * @return choices
   */
  public static Arbitrary<StageChoice> stageChoices() {
    return Combinators.combine(Arbitraries.of("exercise", "format", "panel"),
            Arbitraries.of("pairing", "take-home", "ON_SITE", "VIDEO", "system-design")
                .list().uniqueElements().ofMinSize(2).ofMaxSize(4),
            Arbitraries.of(true, false))
        .as((name, options, required) -> StageChoice.builder().name(name).options(options)
            .required(required).build());
  }

  /**
   * Asks for material: a CV, a portfolio, written answers, a take-home hand-in or other
   * material, required or not.
   *
   * <pre>{@code
   * Arbitrary<ArtifactAsk> asks = Plans.artifactAsks();
   * }</pre>
   *
   * @return asks
   */
  public static Arbitrary<dev.hirekit.plan.ArtifactAsk> artifactAsks() {
    return Combinators.combine(Arbitraries.of("cv", "solution", "statement", "portfolio"),
            Arbitraries.of(dev.hirekit.plan.ArtifactKind.class), Arbitraries.of(true, false))
        .as((name, kind, required) -> dev.hirekit.plan.ArtifactAsk.builder().name(name)
            .kind(kind).required(required).build());
  }

  /**
   * Requirements of a plan: a name, any {@link dev.hirekit.plan.RequirementKind} and, half the
   * time, a description.
   *
   * <pre>{@code
   * Arbitrary<Requirement> requirements = Plans.requirements();
   * }</pre>
   *
   * @return requirements
   */
  public static Arbitrary<dev.hirekit.plan.Requirement> requirements() {
    return Combinators.combine(Arbitraries.of("right-to-work", "clearance", "us-citizen"),
            Arbitraries.of(dev.hirekit.plan.RequirementKind.class),
            Arbitraries.of("Authorised to work in the country", "Holds a Secret clearance")
                .optional(0.5))
        .as((name, kind, description) -> dev.hirekit.plan.Requirement.builder().name(name)
            .kind(kind).description(description).build());
  }

  /**
   * A plan of that many stages as it is (half the time), or with each stage decorated by its own
   * drawn decoration: drawn once, without the plan, so that generators combine it rather than
   * flat-map over drawn plans.
   */
  static Arbitrary<UnaryOperator<InterviewPlan>> eachStageOrNone(
      Arbitrary<UnaryOperator<Stage>> decoration, int stages) {
    Arbitrary<UnaryOperator<InterviewPlan>> each = decoration.list().ofSize(stages)
        .map(list -> plan -> {
          List<Stage> decorated = new ArrayList<>();
          for (int i = 0; i < plan.stages().size(); i++) {
            decorated.add(list.get(i % list.size()).apply(plan.stages().get(i)));
          }
          return plan.withStages(decorated);
        });
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(UnaryOperator.identity())),
        Tuple.of(1, each));
  }
}
