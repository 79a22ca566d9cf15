package dev.hirekit.plan;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One stage of an interview plan, such as a screen call, a take-home assessment or an offer.
 *
 * <p>Rules: the name is not blank; {@link #customKind()} is given, not blank, if and only if the
 * kind is {@link StageKind#CUSTOM}; at least one format; interview ids are unique within the
 * stage; an {@link StageKind#OFFER} stage is not optional; pay, when given, is positive;
 * {@link #requiredScorecards()} is zero or more, and above zero only for a stage that holds
 * interviews (scorecards are written on interviews); {@link #minimumRecommendation()}, when
 * given, is a decision, not {@link Recommendation#NO_DECISION}; {@link #timeRules()} hold each
 * {@link TimeRule.Kind} at most once, a rule about interviews needs a stage with interviews,
 * and a rule about the candidate's material ({@code WINDOW}, {@code MATERIAL_BEFORE_INTERVIEW})
 * needs a stage that {@link #asks() asks} for some.
 *
 * <p>The exit rule of a stage: before an application leaves it forward, at least {@link
 * #requiredScorecards()} scorecards for its interviews are submitted and, when a minimum is
 * given, every one of them recommends at least that minimum; every {@link
 * StageChoice#required() required} choice of {@link #choices()} is made; every {@link
 * ArtifactAsk#required() required} ask of {@link #asks()} has an artifact submitted; every
 * requirement it {@link #requires()} was checked and met; and every {@link
 * #decisionRules() decision rule} holds, unless a hiring manager overrode them. A {@link
 * #scale()} names the rubric its cards are scored on. Choice names are unique, opt-in names are
 * identifiers, ask names are unique, and a {@link StageChoice#FORMAT format} choice offers only
 * formats of the stage.
 *
 * <pre>{@code
 * Stage takeHome = Stage.builder()
 *     .id(StageId.of("take-home")).name("Take-home assignment").kind(StageKind.ASSESSMENT)
 *     .addFormat(StageFormat.ASYNC)
 *     .timeBox(TimeBox.atMost(Duration.ofHours(2)))
 *     .addInterview(review)
 *     .requiredScorecards(1)
 *     .minimumRecommendation(Recommendation.YES)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Stage {

  Stage() {}

  /**
   * The stage's id, unique within its plan.
   *
   * @return the id
   */
  public abstract StageId id();

  /**
   * The stage's name, such as "Intro call".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What the stage is for.
   *
   * @return the kind
   */
  public abstract StageKind kind();

  /**
   * The name of the kind when {@link #kind()} is {@link StageKind#CUSTOM}, such as
   * "Portfolio review"; empty for every other kind.
   *
   * @return the custom kind
   */
  public abstract Optional<String> customKind();

  /**
   * How the stage may be held; more than one means the candidate chooses.
   *
   * @return the formats, never empty
   */
  public abstract Set<StageFormat> formats();

  /**
   * How long the stage takes, if stated.
   *
   * @return the time box
   */
  public abstract Optional<TimeBox> timeBox();

  /**
   * The interviews held within the stage, in no particular order.
   *
   * @return the interviews, each id once
   */
  public abstract Set<Interview> interviews();

  /**
   * Whether the stage may be skipped for a candidate (with a reason). False by default.
   *
   * @return true if the stage may be skipped
   */
  @Value.Default
  public boolean optional() {
    return false;
  }

  /**
   * What the candidate is paid for the stage, such as for a paid work trial.
   *
   * @return the pay, positive, or empty for an unpaid stage
   */
  public abstract Optional<Money> pay();

  /**
   * How many scorecards must be in before a candidate leaves the stage. Zero by default.
   *
   * @return the number of scorecards, zero or more
   */
  @Value.Default
  public int requiredScorecards() {
    return 0;
  }

  /**
   * The least recommendation every scorecard of the stage must give before an application
   * leaves it forward; empty for no threshold.
   *
   * @return the minimum
   */
  public abstract Optional<Recommendation> minimumRecommendation();

  /**
   * The alternatives the candidate chooses between at this stage, such as the format or one of
   * two exercises; see {@link StageChoice}.
   *
   * @return the choices, each name once; empty by default
   */
  public abstract List<StageChoice> choices();

  /**
   * The named options the candidate may opt in to or out of at this stage, such as {@code
   * "recording"} or {@code "extra-conversation"}; unanswered until they do.
   *
   * @return the names, identifiers; empty by default
   */
  public abstract Set<String> optIns();

  /**
   * The material the stage asks the candidate for, such as a CV or a take-home hand-in; see
   * {@link ArtifactAsk}. A required ask holds the exit rule until an artifact is submitted.
   *
   * @return the asks, each name once; empty by default
   */
  public abstract List<ArtifactAsk> asks();

  /**
   * The names of the plan's {@link Requirement}s that must be checked and met before an
   * application leaves this stage forward, such as the right to work before the offer.
   *
   * @return the requirement names, identifiers of {@link InterviewPlan#requirements()}; empty by
   *     default
   */
  public abstract Set<String> requires();

  /**
   * The ask of a name, if the stage makes it.
   *
   * @param name the name
   * @return the ask
   */
  public Optional<ArtifactAsk> ask(String name) {
    return asks().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * The choice of a name, if the stage offers it.
   *
   * @param name the name
   * @return the choice
   */
  public Optional<StageChoice> choice(String name) {
    return choices().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The scale the stage's interviews are scored on, unless an interview names its own; empty to
   * score on {@link Recommendation} alone.
   *
   * @return the scale
   */
  public abstract Optional<ScoringScale> scale();

  /**
   * The decision rules that must all hold, on the stage's votes, before an application leaves it
   * forward (in addition to {@link #requiredScorecards()} and {@link #minimumRecommendation()});
   * empty by default, for no rule.
   *
   * @return the rules, each once
   */
  public abstract List<DecisionRule> decisionRules();

  /**
   * The deadlines the stage sets ({@link TimeRule}), each kind at most once; empty by default.
   *
   * @return the rules, in the order given
   */
  public abstract List<TimeRule> timeRules();

  /**
   * The stage's rule of a kind.
   *
   * @param kind the kind
   * @return the rule, or empty when the stage sets none of that kind
   */
  public Optional<TimeRule> timeRule(TimeRule.Kind kind) {
    return timeRules().stream().filter(r -> r.kind() == kind).findFirst();
  }

  /**
   * A builder of stages.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the candidate chooses how the stage is held: it offers more than one format.
   *
   * @return true if {@link #formats()} holds more than one format
   */
  public boolean candidateChooses() {
    return formats().size() > 1;
  }

  /**
   * A copy with another id.
   *
   * @param value the id
   * @return the copy
   */
  public abstract Stage withId(StageId value);

  /**
   * A copy with another name.
   *
   * @param value the name, not blank
   * @return the copy
   * @throws InvalidValueException if the name is blank
   */
  public abstract Stage withName(String value);

  /**
   * A copy with another kind.
   *
   * @param value the kind
   * @return the copy
   * @throws InvalidValueException if the copy breaks a rule of the stage, e.g. a custom kind
   *     without {@link StageKind#CUSTOM}
   */
  public abstract Stage withKind(StageKind value);

  /**
   * A copy with a custom kind.
   *
   * @param value the name of the kind, not blank
   * @return the copy
   * @throws InvalidValueException if the kind is not {@link StageKind#CUSTOM} or the name is
   *     blank
   */
  public abstract Stage withCustomKind(String value);

  /**
   * A copy with other formats.
   *
   * @param elements the formats, at least one
   * @return the copy
   * @throws InvalidValueException if no format is given
   */
  public abstract Stage withFormats(Iterable<StageFormat> elements);

  /**
   * A copy with a time box.
   *
   * @param value the time box
   * @return the copy
   */
  public abstract Stage withTimeBox(TimeBox value);

  /**
   * A copy with other interviews.
   *
   * @param elements the interviews, each id once
   * @return the copy
   * @throws InvalidValueException if an interview id repeats
   */
  public abstract Stage withInterviews(Iterable<? extends Interview> elements);

  /**
   * A copy that may or may not be skipped.
   *
   * @param value true if the stage may be skipped
   * @return the copy
   * @throws InvalidValueException if an {@link StageKind#OFFER} stage is made optional
   */
  public abstract Stage withOptional(boolean value);

  /**
   * A copy with pay.
   *
   * @param value the pay, positive
   * @return the copy
   * @throws InvalidValueException if the pay is not positive
   */
  public abstract Stage withPay(Money value);

  /**
   * A copy with another number of required scorecards.
   *
   * @param value the number, zero or more
   * @return the copy
   * @throws InvalidValueException if the number is negative
   */
  public abstract Stage withRequiredScorecards(int value);

  /**
   * A copy with a recommendation threshold.
   *
   * @param value the minimum, a decision
   * @return the copy
   * @throws InvalidValueException if the minimum is {@link Recommendation#NO_DECISION}
   */
  public abstract Stage withMinimumRecommendation(Recommendation value);

  /**
   * A copy with a scale.
   *
   * @param value the scale
   * @return the copy
   */
  public abstract Stage withScale(ScoringScale value);

  /**
   * A copy with other decision rules.
   *
   * @param elements the rules, each once
   * @return the copy
   * @throws InvalidValueException if a rule repeats
   */
  public abstract Stage withDecisionRules(Iterable<? extends DecisionRule> elements);

  /**
   * A copy with other time rules.
   *
   * @param elements the rules, each kind at most once
   * @return the copy
   * @throws InvalidValueException if a kind repeats, or a rule about interviews is set on a
   *     stage without interviews
   */
  public abstract Stage withTimeRules(Iterable<? extends TimeRule> elements);

  /**
   * A copy with other asks.
   *
   * @param elements the asks
   * @return the copy
   * @throws InvalidValueException if a name repeats
   */
  public abstract Stage withAsks(Iterable<? extends ArtifactAsk> elements);

  @Value.Check
  void check() {
    Require.name("Stage", "name", name());
    if (kind() == StageKind.CUSTOM) {
      if (customKind().isEmpty()) {
        throw new InvalidValueException("Stage", "customKind",
            "must be given when kind is CUSTOM; name the kind");
      }
      Require.name("Stage", "customKind", customKind().get());
    } else if (customKind().isPresent()) {
      throw new InvalidValueException("Stage", "customKind", "must be empty when kind is "
          + kind() + "; drop it or set kind to CUSTOM");
    }
    Require.nonEmpty("Stage", "formats", formats(),
        "give at least one format, or several to let the candidate choose");
    Require.distinct("Stage", "interviews", interviews(), Interview::id);
    Require.that(!(optional() && kind() == StageKind.OFFER), "Stage", "optional",
        "an OFFER stage may not be optional; make it required");
    if (pay().isPresent() && (pay().get().isNegative() || pay().get().isZero())) {
      throw new InvalidValueException("Stage", "pay", pay().get()
          + " is not positive; give an amount above zero, or no pay for an unpaid stage");
    }
    if (requiredScorecards() < 0) {
      throw new InvalidValueException("Stage", "requiredScorecards", requiredScorecards()
          + " is negative; give zero or more");
    }
    Require.that(requiredScorecards() == 0 || !interviews().isEmpty(), "Stage",
        "requiredScorecards", requiredScorecards() + " scorecards are required but the stage"
        + " holds no interview; add interviews or require 0");
    Require.that(minimumRecommendation().filter(r -> r == Recommendation.NO_DECISION).isEmpty(),
        "Stage", "minimumRecommendation", "NO_DECISION is no threshold; give DEFINITELY_NOT, NO,"
        + " YES or STRONG_YES, or none");
    Require.distinct("Stage", "choices", choices(), StageChoice::name);
    Require.distinct("Stage", "asks", asks(), ArtifactAsk::name);
    for (String optIn : optIns()) {
      Require.identifier("Stage", optIn);
    }
    for (String required : requires()) {
      Require.identifier("Stage", "requires", required);
    }
    for (String option : choice(StageChoice.FORMAT).map(StageChoice::options).orElse(List.of())) {
      Require.that(formats().stream().anyMatch(f -> f.name().equals(option)), "Stage", "choices",
          "the format choice offers " + option + ", which is not a format of stage " + id()
          + "; offer only the formats " + formats());
    }
    Require.distinct("Stage", "decisionRules", decisionRules(), DecisionRule::description);
    Require.distinct("Stage", "timeRules", timeRules(), TimeRule::kind);
    for (TimeRule rule : timeRules()) {
      Require.that(interviews().size() > 0 || rule.kind() == TimeRule.Kind.RESPOND_WITHIN
          || rule.kind() == TimeRule.Kind.WINDOW, "Stage", "timeRules", rule.kind()
          + " counts from the stage's interviews but the stage holds none; add interviews or"
          + " drop the rule");
      Require.that(!asks().isEmpty() || (rule.kind() != TimeRule.Kind.WINDOW
          && rule.kind() != TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW), "Stage", "timeRules",
          rule.kind() + " sets when the candidate's material is due but the stage asks for none;"
          + " add an ask (ArtifactAsk) or drop the rule");
    }
    Require.that(timeRule(TimeRule.Kind.WINDOW).isEmpty()
        || timeRule(TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW).isEmpty(), "Stage", "timeRules",
        "stage " + id() + " has both WINDOW and MATERIAL_BEFORE_INTERVIEW, but its material is"
        + " handed in inside the booked window only; keep one, or ask for the interview's"
        + " material at a stage of its own");
  }

  /** Builds a {@link Stage}; see {@link Stage#builder()}. */
  public static final class Builder extends ImmutableStage.Builder {
    Builder() {}
  }
}
