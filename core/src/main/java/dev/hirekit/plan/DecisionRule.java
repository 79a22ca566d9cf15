package dev.hirekit.plan;

import dev.hirekit.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision rule of a stage: a condition on its votes (the submitted scorecards of its
 * interviews that make a recommendation; an abstention, {@link Recommendation#NO_DECISION}, is
 * never a vote) that must hold before an application leaves the stage forward. A stage's rules
 * compose as all-of: each must hold. A hiring manager may override the rules of a stage with a
 * reason, recorded as an event.
 *
 * <ul>
 *   <li>{@link #votesIn(int)}: at least N votes are in;
 *   <li>{@link #everyInterviewCovered()}: every interview of the stage has a vote;
 *   <li>{@link #atLeastOne(Recommendation)}: some vote is at least that good (e.g. a strong yes);
 *   <li>{@link #noneAtOrBelow(Recommendation)}: no vote is that bad or worse (e.g. no "no");
 *   <li>{@link #debriefOnNo(InterviewFocus)}: a vote of NO or worse on an interview of that focus
 *       needs a debrief with outcome ADVANCE, held after it.
 * </ul>
 *
 * <p>Rules: {@link #count()} is at least 1 for {@link Kind#VOTES_IN} and 0 for every other
 * kind; {@link #recommendation()} is a decision, given for {@link Kind#AT_LEAST_ONE} and {@link
 * Kind#NONE_AT_OR_BELOW} only; {@link #focus()} is given for {@link Kind#DEBRIEF_ON_NO} only.
 *
 * <pre>{@code
 * Stage onsite = Stage.builder()...
 *     .addDecisionRules(DecisionRule.everyInterviewCovered(),
 *         DecisionRule.atLeastOne(Recommendation.STRONG_YES),
 *         DecisionRule.debriefOnNo(InterviewFocus.NON_TECHNICAL))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DecisionRule {

  /** The kinds of decision rule. */
  public enum Kind {
    /** At least {@link DecisionRule#count()} votes are in. */
    VOTES_IN,
    /** Every interview of the stage has at least one vote. */
    EVERY_INTERVIEW_COVERED,
    /** At least one vote is at least {@link DecisionRule#recommendation()}. */
    AT_LEAST_ONE,
    /** No vote is at or below {@link DecisionRule#recommendation()}. */
    NONE_AT_OR_BELOW,
    /** A vote of NO or worse on an interview of {@link DecisionRule#focus()} forces a debrief. */
    DEBRIEF_ON_NO
  }

  DecisionRule() {}

  /**
   * The kind of rule.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The number of votes, for {@link Kind#VOTES_IN}; 0 for every other kind.
   *
   * @return the count
   */
  @Value.Default
  public int count() {
    return 0;
  }

  /**
   * The threshold, for {@link Kind#AT_LEAST_ONE} and {@link Kind#NONE_AT_OR_BELOW}.
   *
   * @return the recommendation
   */
  public abstract Optional<Recommendation> recommendation();

  /**
   * The focus area, for {@link Kind#DEBRIEF_ON_NO}.
   *
   * @return the focus
   */
  public abstract Optional<InterviewFocus> focus();

  /**
   * A builder of rules; the factories below are shorter.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * At least N votes are in.
   *
   * @param count the number of votes, 1 or more
   * @return the rule
   * @throws dev.hirekit.InvalidValueException if the count is below 1
   */
  public static DecisionRule votesIn(int count) {
    return builder().kind(Kind.VOTES_IN).count(count).build();
  }

  /**
   * Every interview of the stage has a vote.
   *
   * @return the rule
   */
  public static DecisionRule everyInterviewCovered() {
    return builder().kind(Kind.EVERY_INTERVIEW_COVERED).build();
  }

  /**
   * At least one vote is at least this good, e.g. {@link Recommendation#STRONG_YES}.
   *
   * @param minimum the threshold, a decision
   * @return the rule
   * @throws dev.hirekit.InvalidValueException if the threshold is NO_DECISION
   */
  public static DecisionRule atLeastOne(Recommendation minimum) {
    return builder().kind(Kind.AT_LEAST_ONE).recommendation(minimum).build();
  }

  /**
   * No vote is this bad or worse, e.g. {@link Recommendation#NO} for "no no".
   *
   * @param ceiling the best recommendation refused: DEFINITELY_NOT, NO or YES
   * @return the rule
   * @throws dev.hirekit.InvalidValueException if the ceiling is STRONG_YES or NO_DECISION
   */
  public static DecisionRule noneAtOrBelow(Recommendation ceiling) {
    return builder().kind(Kind.NONE_AT_OR_BELOW).recommendation(ceiling).build();
  }

  /**
   * A vote of NO or worse on an interview of this focus forces a debrief, with outcome ADVANCE,
   * before the stage can be left forward.
   *
   * @param focus the focus area, e.g. {@link InterviewFocus#NON_TECHNICAL} for values
   * @return the rule
   */
  public static DecisionRule debriefOnNo(InterviewFocus focus) {
    return builder().kind(Kind.DEBRIEF_ON_NO).focus(focus).build();
  }

  /**
   * What the rule asks, for messages, e.g. {@code "at least one vote of STRONG_YES or better"}.
   *
   * @return the description
   */
  public String description() {
    switch (kind()) {
      case VOTES_IN:
        return "at least " + count() + (count() == 1 ? " vote" : " votes") + " in";
      case EVERY_INTERVIEW_COVERED:
        return "a vote on every interview of the stage";
      case AT_LEAST_ONE:
        return "at least one vote of " + recommendation().orElseThrow() + " or better";
      case NONE_AT_OR_BELOW:
        return "no vote of " + recommendation().orElseThrow() + " or worse";
      default:
        return "a debrief with outcome ADVANCE after any vote of NO or worse on a "
            + focus().orElseThrow() + " interview";
    }
  }

  /** For example {@code DecisionRule[at least 2 votes in]}. */
  @Override
  public String toString() {
    return "DecisionRule[" + description() + "]";
  }

  @Value.Check
  void check() {
    Require.that(kind() == Kind.VOTES_IN ? count() >= 1 : count() == 0, "DecisionRule", "count",
        kind() == Kind.VOTES_IN ? count() + " votes is no rule; give 1 or more"
            : count() + " is given but a " + kind() + " rule counts nothing; give 0");
    boolean threshold = kind() == Kind.AT_LEAST_ONE || kind() == Kind.NONE_AT_OR_BELOW;
    Require.that(recommendation().isPresent() == threshold, "DecisionRule", "recommendation",
        threshold ? "must be given for a " + kind() + " rule"
            : "must be empty for a " + kind() + " rule");
    Require.that(recommendation().filter(r -> r == Recommendation.NO_DECISION).isEmpty(),
        "DecisionRule", "recommendation", "NO_DECISION is never a vote; give DEFINITELY_NOT, NO,"
        + " YES or STRONG_YES");
    Require.that(!(kind() == Kind.NONE_AT_OR_BELOW
        && recommendation().filter(r -> r == Recommendation.STRONG_YES).isPresent()),
        "DecisionRule", "recommendation", "no vote of STRONG_YES or worse refuses every vote;"
        + " give DEFINITELY_NOT, NO or YES");
    Require.that(focus().isPresent() == (kind() == Kind.DEBRIEF_ON_NO), "DecisionRule",
        "focus", kind() == Kind.DEBRIEF_ON_NO ? "must be given for a DEBRIEF_ON_NO rule"
            : "must be empty for a " + kind() + " rule");
  }

  /** Builds a {@link DecisionRule}; see {@link DecisionRule#builder()}. */
  public static final class Builder extends ImmutableDecisionRule.Builder {
    Builder() {}
  }
}
