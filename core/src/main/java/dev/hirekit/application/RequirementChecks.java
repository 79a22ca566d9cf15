package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.RequirementChecked;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.plan.Requirement;
import dev.hirekit.plan.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks of an application against its plan's {@link Requirement}s: their outcomes, derived
 * from the history (the latest check of a requirement counts, so a replay rebuilds them and a
 * later check replaces an earlier one), the guard and the check of {@link
 * ApplicationAction#CHECK_REQUIREMENT}, and what holds a stage that {@link Stage#requires()
 * requires} them.
 */
final class RequirementChecks {
  static final Guard<Application, Actor> REQUIREMENT_TO_CHECK = Guard.when(
      "a requirement of the plan", a -> !a.plan().requirements().isEmpty());
  static final Guard<Application, Actor> REQUIREMENTS_MET = Guard.of(
      "the stage's requirements met", a -> a.currentStage().flatMap(s -> unmet(a, s)));

  private RequirementChecks() {}

  /** The latest outcome of each requirement checked, in the order first checked. */
  static Map<String, RequirementOutcome> of(List<ApplicationEvent> history) {
    Map<String, RequirementOutcome> outcomes = new LinkedHashMap<>();
    for (ApplicationEvent event : history) {
      if (event instanceof RequirementChecked e) {
        outcomes.put(e.requirement(), e.outcome());
      }
    }
    return outcomes;
  }

  /** Why the stage may not be left forward for a requirement not met, if so. */
  static Optional<String> unmet(Application a, Stage stage) {
    if (stage.requires().isEmpty()) {
      return Optional.empty(); // most stages: the history is not read
    }
    Map<String, RequirementOutcome> outcomes = a.requirementOutcomes();
    List<String> unchecked = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    for (String name : stage.requires()) {
      RequirementOutcome outcome = outcomes.get(name);
      if (outcome == null) {
        unchecked.add(name);
      } else if (outcome == RequirementOutcome.NOT_MET) {
        notMet.add(name);
      }
    }
    if (unchecked.isEmpty() && notMet.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("stage " + stage.id() + " requires "
        + (notMet.isEmpty() ? "" : notMet + " met, checked as not met")
        + (notMet.isEmpty() || unchecked.isEmpty() ? "" : ", and ")
        + (unchecked.isEmpty() ? "" : unchecked + " checked, not checked yet"));
  }

  /** The check of a {@code RequirementChecked} event: it names a requirement of the plan. */
  static void checked(Application before, ImmutableApplication.Builder next,
      RequirementChecked e) {
    if (before.plan().requirement(e.requirement()).isEmpty()) {
      throw before.refused(ApplicationAction.CHECK_REQUIREMENT, e.by(), "plan v"
          + before.plan().version() + " has no requirement " + Require.quote(e.requirement())
          + "; its requirements are " + before.plan().requirements().stream()
              .map(Requirement::name).collect(Collectors.toList()));
    }
  }
}
