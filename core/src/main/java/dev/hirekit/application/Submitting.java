package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.ArtifactSubmitted;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.TimeRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The artifacts submitted for stages' asks: their state, derived from the history (so a replay
 * rebuilds it), the guard of {@link ApplicationAction#SUBMIT_ARTIFACT}, the check of its event and
 * what an interviewer of a stage sees. The latest submission for an ask counts; a migration
 * carries artifacts to the mapped stages and drops those of unmapped stages (the history keeps
 * them). A required ask without an artifact holds the stage's exit rule.
 */
final class Submitting {
  static final Guard<Application, Actor> ASK_AHEAD = Guard.<Application, Actor>of(
      "a stage asking for material, the current one or a later one (a stage with a window once"
          + " it is current and its window booked)", Submitting::nothingToSubmit)
      .and(Choosing.OWN);

  /** By stage, then by ask: the latest submission. */
  private final Map<StageId, Map<String, SubmittedArtifact>> byStage = new LinkedHashMap<>();

  private Submitting() {}

  /** The state a history leaves. */
  static Submitting of(List<ApplicationEvent> history) {
    Submitting state = new Submitting();
    for (ApplicationEvent event : history) {
      if (event instanceof ArtifactSubmitted e) {
        state.byStage.computeIfAbsent(e.stage(), s -> new LinkedHashMap<>()).put(e.ask(),
            new SubmittedArtifact(e.sequence(), e.stage(), e.ask(), e.artifact(), e.at()));
      } else if (event instanceof Migrated e) {
        state.remap(e.stageMapping());
      }
    }
    return state;
  }

  private void remap(Map<StageId, StageId> mapping) {
    Map<StageId, Map<String, SubmittedArtifact>> old = new LinkedHashMap<>(byStage);
    byStage.clear();
    old.forEach((stage, artifacts) -> {
      StageId target = mapping.get(stage);
      if (target != null) {
        Map<String, SubmittedArtifact> moved = byStage.computeIfAbsent(target,
            s -> new LinkedHashMap<>());
        artifacts.forEach((ask, a) -> moved.put(ask, new SubmittedArtifact(a.submission(),
            target, ask, a.artifact(), a.submittedAt())));
      }
    });
  }

  /** Every artifact held, oldest submission first. */
  List<SubmittedArtifact> all() {
    return byStage.values().stream().flatMap(m -> m.values().stream())
        .sorted((x, y) -> Long.compare(x.submission(), y.submission()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The artifacts of one stage, oldest submission first. */
  List<SubmittedArtifact> at(StageId stage) {
    return all().stream().filter(a -> a.stage().equals(stage))
        .collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------- where and what

  static List<StageId> askStages(Application a) {
    return Choosing.stagesAhead(a).stream()
        .filter(s -> !s.asks().isEmpty() && windowRefusal(a, s).isEmpty()).map(Stage::id)
        .collect(Collectors.toList());
  }

  /** Why nothing may be submitted now, if so: the first stage ahead's reason, if one asks. */
  private static Optional<String> nothingToSubmit(Application a) {
    if (!askStages(a).isEmpty()) {
      return Optional.empty();
    }
    return Choosing.stagesAhead(a).stream().filter(s -> !s.asks().isEmpty())
        .map(s -> windowRefusal(a, s)).flatMap(Optional::stream).findFirst()
        .or(() -> Optional.of("no stage ahead of the application asks for material"));
  }

  /**
   * Why material of a stage with a {@code WINDOW} rule may not be handed in now, if so: only
   * during the stage's window, so while it is the current stage and after the window is booked
   * (once handed in, later submissions replace or add to it while the stage is current).
   */
  private static Optional<String> windowRefusal(Application a, Stage stage) {
    if (stage.timeRule(TimeRule.Kind.WINDOW).isEmpty()) {
      return Optional.empty();
    }
    if (!a.stage().equals(Optional.of(stage.id()))) {
      return Optional.of("stage " + stage.id() + " has a window: its material is handed in"
          + " during the window, once the application is at the stage and the window booked");
    }
    Timing timing = Timing.of(a);
    if (timing.booked().isEmpty() && timing.handedIn().isEmpty()) {
      return Optional.of("stage " + stage.id() + " has a window and none is booked; book it"
          + " first (BOOK_WINDOW)");
    }
    return Optional.empty();
  }

  /**
   * When the stage's material was handed in, if it was: the latest of the submissions of its
   * required asks once each has one, or (a stage whose asks are all optional) the first
   * submission for it; empty while something is missing or the stage asks for nothing.
   */
  static Optional<Instant> handedIn(Application a, Stage stage) {
    List<SubmittedArtifact> held = a.artifactsAt(stage.id());
    List<ArtifactAsk> required = stage.asks().stream().filter(ArtifactAsk::required)
        .collect(Collectors.toList());
    if (required.isEmpty()) {
      return held.stream().map(SubmittedArtifact::submittedAt).min(Comparator.naturalOrder());
    }
    Instant last = null;
    for (ArtifactAsk ask : required) {
      Optional<Instant> at = held.stream().filter(x -> x.ask().equals(ask.name()))
          .map(SubmittedArtifact::submittedAt).findFirst();
      if (at.isEmpty()) {
        return Optional.empty();
      }
      last = last == null || at.get().isAfter(last) ? at.get() : last;
    }
    return Optional.ofNullable(last);
  }

  /** Why the stage may not be left forward for a required ask without an artifact, if so. */
  static Optional<String> unsubmitted(Application a, Stage stage) {
    if (stage.asks().stream().noneMatch(ArtifactAsk::required)) {
      return Optional.empty(); // most stages: the history is not read
    }
    List<String> missing = new ArrayList<>();
    for (ArtifactAsk ask : stage.asks()) {
      if (ask.required() && a.artifactsAt(stage.id()).stream()
          .noneMatch(x -> x.ask().equals(ask.name()))) {
        missing.add(ask.name());
      }
    }
    return missing.isEmpty() ? Optional.empty()
        : Optional.of("stage " + stage.id() + " needs the candidate's " + missing
            + " submitted before it is left");
  }

  /**
   * What an interviewer of a stage sees: the artifacts of that stage and the stages before it
   * in the plan, never those of a stage after the application's current one.
   */
  static List<SubmittedArtifact> visibleAt(Application a, StageId stageId) {
    Objects.requireNonNull(stageId, "stage");
    int asked = a.plan().indexOf(stageId);
    if (asked < 0) {
      throw new InvalidValueException("Application", "stage", stageId
          + " is not a stage of plan v" + a.plan().version()
          + "; ask for a stage of the application's plan");
    }
    int reached = a.stage().map(a.plan()::indexOf).orElse(-1);
    int last = Math.min(asked, reached);
    List<StageId> upTo = new ArrayList<>();
    for (int i = 0; i <= last; i++) {
      upTo.add(a.plan().stages().get(i).id());
    }
    return a.artifacts().stream().filter(x -> upTo.contains(x.stage()))
        .collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------- effects

  static void submitted(Application before, ImmutableApplication.Builder next,
      ArtifactSubmitted e) {
    List<Stage> ahead = Choosing.stagesAhead(before);
    Stage stage = ahead.stream().filter(s -> s.id().equals(e.stage())).findFirst()
        .orElseThrow(() -> before.refused(ApplicationAction.SUBMIT_ARTIFACT, e.by(), "stage "
            + e.stage() + " is not the current stage or a later one; the stages ahead are "
            + ahead.stream().map(Stage::id).collect(Collectors.toList())));
    if (stage.ask(e.ask()).isEmpty()) {
      throw before.refused(ApplicationAction.SUBMIT_ARTIFACT, e.by(), "stage " + stage.id()
          + " asks for no " + Require.quote(e.ask()) + "; its asks are "
          + stage.asks().stream().map(ArtifactAsk::name).collect(Collectors.toList()));
    }
    Optional<String> window = windowRefusal(before, stage);
    if (window.isPresent()) {
      throw before.refused(ApplicationAction.SUBMIT_ARTIFACT, e.by(), window.get());
    }
  }
}
