package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.AccommodationArranged;
import dev.hirekit.application.ApplicationEvent.AccommodationRequested;
import dev.hirekit.application.ApplicationEvent.ChoiceMade;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.application.ApplicationEvent.OptedIn;
import dev.hirekit.application.ApplicationEvent.OptedOut;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The candidate's choices, opt-ins and accommodation requests: their state, derived from the
 * history (so a replay rebuilds it), the guards of their actions and the checks of their events.
 * Choices and opt-ins are made for the current stage or a later one, are kept by stage (a
 * migration carries them to the mapped stages and drops those of unmapped stages), and the
 * latest answer counts. A required choice not made holds the stage's exit rule.
 */
final class Choosing {
  /** The candidate's own application: a candidate answers only for themself. */
  static final Guard<Application, Actor> OWN = Guard.ofActor(
      "the application's own candidate, if a candidate acts",
      (a, actor) -> a.foreignCandidate(actor)
          ? Optional.of(actor + " is not the candidate of this application") : Optional.empty());
  static final Guard<Application, Actor> CHOICE_AHEAD = Guard.<Application, Actor>when(
      "a stage with choices, the current one or a later one",
      a -> !choiceStages(a).isEmpty()).and(OWN);
  static final Guard<Application, Actor> OPT_IN_AHEAD = Guard.<Application, Actor>when(
      "a stage with opt-ins, the current one or a later one",
      a -> !optInStages(a).isEmpty()).and(OWN);
  static final Guard<Application, Actor> PENDING_ACCOMMODATION = Guard.when(
      "an accommodation request to answer",
      a -> !pending(a).isEmpty());

  private final Map<StageId, Map<String, String>> choices = new LinkedHashMap<>();
  private final Map<StageId, Map<String, Boolean>> optIns = new LinkedHashMap<>();
  private final List<Accommodation> accommodations = new ArrayList<>();

  private Choosing() {}

  /** The state a history leaves. */
  static Choosing of(List<ApplicationEvent> history) {
    Choosing state = new Choosing();
    for (ApplicationEvent event : history) {
      state.apply(event);
    }
    return state;
  }

  private void apply(ApplicationEvent event) {
    if (event instanceof ChoiceMade e) {
      choices.computeIfAbsent(e.stage(), s -> new LinkedHashMap<>()).put(e.choice(), e.option());
    } else if (event instanceof OptedIn e) {
      optIns.computeIfAbsent(e.stage(), s -> new LinkedHashMap<>()).put(e.option(), true);
    } else if (event instanceof OptedOut e) {
      optIns.computeIfAbsent(e.stage(), s -> new LinkedHashMap<>()).put(e.option(), false);
    } else if (event instanceof AccommodationRequested e) {
      accommodations.add(new Accommodation(e.sequence(), e.stage(), e.need(), e.at(),
          Optional.empty()));
    } else if (event instanceof AccommodationArranged e) {
      for (int i = 0; i < accommodations.size(); i++) {
        Accommodation a = accommodations.get(i);
        if (a.request() == e.request()) {
          accommodations.set(i, new Accommodation(a.request(), a.stage(), a.need(),
              a.requestedAt(), Optional.of(e.outcome())));
        }
      }
    } else if (event instanceof Migrated e) {
      remap(choices, e.stageMapping());
      remap(optIns, e.stageMapping());
      accommodations.replaceAll(a -> new Accommodation(a.request(),
          e.stageMapping().getOrDefault(a.stage(), a.stage()), a.need(), a.requestedAt(),
          a.outcome()));
    }
  }

  private static <V> void remap(Map<StageId, Map<String, V>> byStage,
      Map<StageId, StageId> mapping) {
    Map<StageId, Map<String, V>> old = new LinkedHashMap<>(byStage);
    byStage.clear();
    old.forEach((stage, answers) -> {
      StageId target = mapping.get(stage);
      if (target != null) {
        byStage.computeIfAbsent(target, s -> new LinkedHashMap<>()).putAll(answers);
      }
    });
  }

  Map<String, String> choicesAt(StageId stage) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(choices.getOrDefault(stage,
        Map.of())));
  }

  Map<String, Boolean> optInsAt(StageId stage) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(optIns.getOrDefault(stage,
        Map.of())));
  }

  List<Accommodation> accommodations() {
    return List.copyOf(accommodations);
  }

  // ---------------------------------------------------------------- where and what

  /** The current stage and those after it, in plan order; none for an application at none. */
  static List<Stage> stagesAhead(Application a) {
    int index = a.stage().map(a.plan()::indexOf).orElse(-1);
    return index < 0 ? List.of() : a.plan().stages().subList(index, a.plan().stages().size());
  }

  static List<StageId> choiceStages(Application a) {
    return stagesAhead(a).stream().filter(s -> !s.choices().isEmpty()).map(Stage::id)
        .collect(Collectors.toList());
  }

  static List<StageId> optInStages(Application a) {
    return stagesAhead(a).stream().filter(s -> !s.optIns().isEmpty()).map(Stage::id)
        .collect(Collectors.toList());
  }

  static List<Long> pending(Application a) {
    return a.accommodations().stream().filter(x -> x.outcome().isEmpty())
        .map(Accommodation::request).collect(Collectors.toList());
  }

  /** Why the stage may not be left forward for a required choice not made, if so. */
  static Optional<String> unchosen(Application a, Stage stage) {
    if (stage.choices().stream().noneMatch(StageChoice::required)) {
      return Optional.empty(); // most stages: the history is not read
    }
    Map<String, String> made = a.choicesAt(stage.id());
    return stage.choices().stream().filter(c -> c.required() && !made.containsKey(c.name()))
        .findFirst().map(c -> "stage " + stage.id() + " needs the candidate's choice of "
            + c.name() + " (one of " + c.options() + ") before it is left");
  }

  // ---------------------------------------------------------------- effects

  static void chosen(Application before, ImmutableApplication.Builder next, ChoiceMade e) {
    Stage stage = ahead(before, ApplicationAction.CHOOSE, e.by(), e.stage());
    Optional<StageChoice> choice = stage.choice(e.choice());
    if (choice.isEmpty()) {
      throw before.refused(ApplicationAction.CHOOSE, e.by(), "stage " + stage.id()
          + " offers no choice " + Require.quote(e.choice()) + "; its choices are "
          + stage.choices().stream().map(StageChoice::name).collect(Collectors.toList()));
    }
    if (!choice.get().offers(e.option())) {
      throw before.refused(ApplicationAction.CHOOSE, e.by(), Require.quote(e.option())
          + " is not an option of choice " + choice.get().name() + " at stage " + stage.id()
          + "; choose one of " + choice.get().options());
    }
  }

  static void optedIn(Application before, ImmutableApplication.Builder next, OptedIn e) {
    requireOptIn(before, ApplicationAction.OPT_IN, e.by(), e.stage(), e.option());
  }

  static void optedOut(Application before, ImmutableApplication.Builder next, OptedOut e) {
    requireOptIn(before, ApplicationAction.OPT_OUT, e.by(), e.stage(), e.option());
  }

  static void accommodationRequested(Application before, ImmutableApplication.Builder next,
      AccommodationRequested e) {
    ahead(before, ApplicationAction.REQUEST_ACCOMMODATION, e.by(), e.stage());
  }

  static void accommodationArranged(Application before, ImmutableApplication.Builder next,
      AccommodationArranged e) {
    List<Long> pending = pending(before);
    if (!pending.contains(e.request())) {
      throw before.refused(ApplicationAction.ARRANGE_ACCOMMODATION, e.by(), "event "
          + e.request() + " is not a pending accommodation request; pending: " + pending);
    }
  }

  private static void requireOptIn(Application before, ApplicationAction action, Actor by,
      StageId id, String option) {
    Stage stage = ahead(before, action, by, id);
    if (!stage.optIns().contains(option)) {
      throw before.refused(action, by, "stage " + stage.id() + " declares no opt-in "
          + Require.quote(option) + "; its opt-ins are " + stage.optIns());
    }
  }

  private static Stage ahead(Application before, ApplicationAction action, Actor by,
      StageId id) {
    return stagesAhead(before).stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> before.refused(action, by, "stage " + id + " is not the current"
            + " stage or a later one; the stages ahead are " + stagesAhead(before).stream()
                .map(Stage::id).collect(Collectors.toList())));
  }
}
