package dev.hirekit.application;

import dev.hirekit.application.ApplicationEvent.Debriefed;
import dev.hirekit.application.ApplicationEvent.DecisionOverridden;
import dev.hirekit.application.ApplicationEvent.ScorecardAmended;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.internal.Require;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The decision rules of a stage, evaluated on an application: its votes (submitted cards on the
 * stage's interviews that make a recommendation; an abstention is never a vote), its debriefs
 * and the hiring manager's overrides, all read from the history. Cards belong to their interview
 * and count whenever they were given; a debrief and an override belong to the visit of the stage
 * they were held in, so an application that comes back to a stage (moved back, reopened,
 * migrated) meets its rules again without them. Also the effects of the {@code DEBRIEF} and
 * {@code OVERRIDE_DECISION} events.
 */
final class Decisions {
  private Decisions() {}

  /** Why the current stage's decision rules do not hold, if they do not and were not overridden. */
  static Optional<String> refusal(Application application) {
    Optional<Stage> here = application.currentStage();
    if (here.isEmpty() || here.get().decisionRules().isEmpty() || overridden(application)) {
      return Optional.empty();
    }
    return unmet(application).map(rule -> "stage " + here.get().id()
        + "'s decision rule is not met: " + rule.description()
        + "; a hiring manager may override it with a reason");
  }

  /** The first rule of the current stage that does not hold, overrides aside. */
  static Optional<DecisionRule> unmet(Application application) {
    Stage stage = application.currentStage().orElseThrow();
    return unmet(stage, application.scorecards(), debriefedSinceLastNo(application, stage));
  }

  /**
   * The first rule of a stage that the cards do not meet; {@code debriefed} tells, per rule of
   * kind DEBRIEF_ON_NO, whether a debrief with outcome ADVANCE followed its last trigger.
   */
  static Optional<DecisionRule> unmet(Stage stage, List<Scorecard> cards,
      Function<DecisionRule, Boolean> debriefed) {
    Map<InterviewId, Interview> interviews = stage.interviews().stream()
        .collect(Collectors.toMap(Interview::id, Function.identity()));
    List<Scorecard> votes = votes(stage, cards);
    for (DecisionRule rule : stage.decisionRules()) {
      if (!holds(rule, interviews, votes, debriefed)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The cards on the stage's interviews that make a recommendation. */
  static List<Scorecard> votes(Stage stage, List<Scorecard> cards) {
    return cards.stream()
        .filter(c -> c.recommendation() != Recommendation.NO_DECISION)
        .filter(c -> stage.interviews().stream().anyMatch(i -> i.id().equals(c.interview())))
        .collect(Collectors.toList());
  }

  private static boolean holds(DecisionRule rule, Map<InterviewId, Interview> interviews,
      List<Scorecard> votes, Function<DecisionRule, Boolean> debriefed) {
    switch (rule.kind()) {
      case VOTES_IN:
        return votes.size() >= rule.count();
      case EVERY_INTERVIEW_COVERED:
        return interviews.keySet().stream()
            .allMatch(i -> votes.stream().anyMatch(v -> v.interview().equals(i)));
      case AT_LEAST_ONE:
        return votes.stream()
            .anyMatch(v -> v.recommendation().isAtLeast(rule.recommendation().orElseThrow()));
      case NONE_AT_OR_BELOW:
        return votes.stream().noneMatch(v -> v.recommendation().ordinal()
            <= rule.recommendation().orElseThrow().ordinal());
      default:
        return votes.stream().noneMatch(v -> triggers(rule, interviews, v))
            || debriefed.apply(rule);
    }
  }

  private static boolean triggers(DecisionRule rule, Map<InterviewId, Interview> interviews,
      Scorecard vote) {
    return !vote.recommendation().isAtLeast(Recommendation.YES)
        && interviews.get(vote.interview()).focus() == rule.focus().orElseThrow();
  }

  /**
   * Per debrief rule: whether the last debrief of this visit of the stage, after the rule's last
   * trigger, advanced.
   */
  private static Function<DecisionRule, Boolean> debriefedSinceLastNo(Application application,
      Stage stage) {
    Map<InterviewId, Interview> interviews = stage.interviews().stream()
        .collect(Collectors.toMap(Interview::id, Function.identity()));
    List<ApplicationEvent> history = application.history();
    int visit = StageVisits.currentStart(history);
    return rule -> {
      Optional<DebriefOutcome> last = Optional.empty();
      for (int i = 0; i < history.size(); i++) {
        ApplicationEvent event = history.get(i);
        Scorecard card = event instanceof ScorecardSubmitted submitted ? submitted.scorecard()
            : event instanceof ScorecardAmended amended ? amended.scorecard() : null;
        if (card != null && interviews.containsKey(card.interview())
            && card.recommendation() != Recommendation.NO_DECISION
            && triggers(rule, interviews, card)) {
          last = Optional.empty();
        } else if (event instanceof Debriefed debriefed && i >= visit
            && debriefed.stage().equals(stage.id())) {
          last = Optional.of(debriefed.outcome());
        }
      }
      return last.filter(o -> o == DebriefOutcome.ADVANCE).isPresent();
    };
  }

  /** Whether the hiring manager overrode the rules during this visit of the current stage. */
  private static boolean overridden(Application application) {
    StageId here = application.stage().orElseThrow();
    List<ApplicationEvent> history = application.history();
    return history.subList(StageVisits.currentStart(history), history.size()).stream()
        .anyMatch(e -> e instanceof DecisionOverridden o && o.stage().equals(here));
  }

  /** Why the current stage has nothing to override, if it has not. */
  static Optional<String> nothingToOverride(Application application) {
    return refusal(application).isPresent() ? Optional.empty()
        : Optional.of("stage " + application.stage().map(StageId::value).orElse("(none)")
            + " has no unmet decision rule to override");
  }

  static void debriefed(Application before, ImmutableApplication.Builder next, Debriefed e) {
    requireHere(before, ApplicationAction.DEBRIEF, e, e.stage());
  }

  static void overridden(Application before, ImmutableApplication.Builder next,
      DecisionOverridden e) {
    requireHere(before, ApplicationAction.OVERRIDE_DECISION, e, e.stage());
    Require.nonBlank("Application", "reason", e.reason());
  }

  private static void requireHere(Application before, ApplicationAction action,
      ApplicationEvent e, StageId stage) {
    if (!before.stage().equals(Optional.of(stage))) {
      throw before.refused(action, e.by(), "the event names stage " + stage
          + " but the application is at "
          + before.stage().map(StageId::value).orElse("no stage"));
    }
  }
}
