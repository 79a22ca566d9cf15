package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.ArtifactSubmitted;
import dev.hirekit.application.ApplicationEvent.ScorecardAmended;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.testing.Applications;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Artifacts and scorecard amendments over walked applications whose plans ask for material
 * (see {@code Applications.plans()}).
 */
class ArtifactProperties {
  /** The host of every generated artifact's URI (hirekit-testing's ArtifactSteps). */
  private static final String HOST = "files.example.com";

  @Provide
  Arbitrary<Application> walked() {
    return Applications.scenarios().map(Applications.Scenario::walk);
  }

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.of(Applications.ACTORS);
  }

  @Property(tries = 300)
  void requiredAsksHoldTheExitRuleAndNothingElseOfArtifactsDoes(
      @ForAll("walked") Application app) {
    Optional<Stage> here = app.currentStage().filter(s -> app.status()
        == ApplicationStatus.ACTIVE);
    if (here.isEmpty()) {
      return;
    }
    Stage stage = here.get();
    List<String> missing = stage.asks().stream().filter(ArtifactAsk::required)
        .map(ArtifactAsk::name)
        .filter(n -> app.artifactsAt(stage.id()).stream().noneMatch(a -> a.ask().equals(n)))
        .toList();
    Statistics.label("missing required").collect(!missing.isEmpty());
    boolean heldByAsks = app.exitRefusal().filter(r -> r.contains("submitted before it is"
        + " left")).isPresent();
    if (Choosing.unchosen(app, stage).isEmpty()) {
      assertThat(heldByAsks).isEqualTo(!missing.isEmpty());
    }
    // Submitting every ask of the stage (optional ones too) leaves no refusal about artifacts,
    // and the rest of the exit rule as it would be without asks.
    Application all = app;
    Instant at = after(app);
    if (stage.timeRule(TimeRule.Kind.WINDOW).isPresent()
        && !app.artifactTargets(Applications.ACTORS.get(0)).contains(stage.id())) {
      // the material of a stage with a window is handed in during it: book it first
      all = all.bookWindow(Applications.ACTORS.get(0), at, at);
    }
    for (ArtifactAsk ask : stage.asks()) {
      all = all.submitArtifact(Applications.ACTORS.get(0), at, stage.id(), ask.name(),
          ArtifactTest.cv());
    }
    assertThat(all.exitRefusal()).isEqualTo(withoutAsks(app).exitRefusal());
  }

  /** The same application on a plan whose current stage asks for nothing. */
  private static Application withoutAsks(Application app) {
    Stage current = app.currentStage().orElseThrow();
    // Without asks, a rule about the candidate's material has nothing to count (and is refused).
    Stage plain = Stage.builder().from(current).asks(List.of()).timeRules(current.timeRules()
        .stream().filter(r -> r.kind() != TimeRule.Kind.WINDOW
            && r.kind() != TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW).toList()).build();
    return ImmutableApplication.builder().from(app).plan(app.plan().withStages(
        app.plan().stages().stream().map(s -> s.id().equals(plain.id()) ? plain : s)
            .toList())).build();
  }

  @Property(tries = 300)
  void submitIsListedExactlyWhenAStageAheadAsksAndTheArtifactsAreTheLatestPerAsk(
      @ForAll("walked") Application app, @ForAll("actors") Actor by) {
    assertThat(app.allowedActions(by).contains(ApplicationAction.SUBMIT_ARTIFACT))
        .isEqualTo(!app.artifactTargets(by).isEmpty());
    Map<String, SubmittedArtifact> model = new java.util.LinkedHashMap<>();
    for (ApplicationEvent event : app.history()) {
      if (event instanceof ArtifactSubmitted e) {
        model.put(e.stage() + "/" + e.ask(), new SubmittedArtifact(e.sequence(), e.stage(),
            e.ask(), e.artifact(), e.at()));
      } else if (event instanceof ApplicationEvent.Migrated e) {
        Map<String, SubmittedArtifact> old = new java.util.LinkedHashMap<>(model);
        model.clear();
        old.values().forEach(a -> Optional.ofNullable(e.stageMapping().get(a.stage()))
            .ifPresent(to -> model.put(to + "/" + a.ask(), new SubmittedArtifact(
                a.submission(), to, a.ask(), a.artifact(), a.submittedAt()))));
      } else if (event instanceof ApplicationEvent.Transferred) {
        model.clear(); // handed in for the old role's plan: the history keeps them
      }
    }
    Statistics.label("artifacts").collect(Math.min(model.size(), 2));
    assertThat(app.artifacts()).containsExactlyInAnyOrderElementsOf(model.values());
  }

  @Property(tries = 300)
  void visibilityNeverShowsALaterStagesArtifacts(@ForAll("walked") Application app) {
    int current = app.stage().map(app.plan()::indexOf).orElse(-1);
    for (Stage stage : app.plan().stages()) {
      int limit = Math.min(app.plan().indexOf(stage.id()), current);
      List<SubmittedArtifact> seen = app.visibleArtifacts(stage.id());
      for (SubmittedArtifact a : seen) {
        assertThat(app.plan().indexOf(a.stage())).isLessThanOrEqualTo(limit);
      }
      assertThat(seen).containsAll(app.artifacts().stream()
          .filter(a -> app.plan().indexOf(a.stage()) <= limit).toList());
    }
  }

  @Property(tries = 300)
  void urisAreNeverShownAndAnonymizationErasesThem(@ForAll("walked") Application app,
      @ForAll("actors") Actor by) {
    Statistics.label("submitted").collect(!app.artifacts().isEmpty());
    assertThat(app.history().toString()).doesNotContain(HOST);
    assertThat(app.artifacts().toString()).doesNotContain(HOST);
    assertThat(app.toString()).doesNotContain(HOST);
    for (Stage stage : app.plan().stages()) {
      for (String ask : List.of("cv", "lunch")) {
        try {
          app.submitArtifact(by, after(app), stage.id(), ask,
              ArtifactTest.cv());
        } catch (IllegalTransitionException e) {
          assertThat(e.getMessage()).doesNotContain(HOST);
        }
      }
    }
    Application anon = app.anonymize();
    assertThat(anon.artifacts()).hasSameSizeAs(app.artifacts());
    for (ApplicationEvent event : anon.history()) {
      if (event instanceof ArtifactSubmitted e) {
        assertThat(e.artifact().uri()).isEqualTo(Artifact.ERASED_URI);
      }
    }
    for (int i = 0; i < anon.artifacts().size(); i++) {
      assertThat(anon.artifacts().get(i).artifact())
          .isEqualTo(app.artifacts().get(i).artifact().withUri(Artifact.ERASED_URI));
    }
  }

  @Property(tries = 300)
  void anAmendmentNeverLosesTheOriginal(@ForAll("walked") Application app) {
    // the cards of the role the application is on: a transfer leaves the earlier ones behind
    List<ApplicationEvent> onRole = app.history();
    for (int i = onRole.size() - 1; i > 0; i--) {
      if (onRole.get(i) instanceof ApplicationEvent.Transferred) {
        onRole = onRole.subList(i, onRole.size());
        break;
      }
    }
    int amendments = 0;
    for (ApplicationEvent event : onRole) {
      if (event instanceof ScorecardAmended) {
        amendments++;
      }
    }
    Statistics.label("amended").collect(amendments > 0);
    for (Scorecard card : app.scorecards()) {
      List<Scorecard> versions = app.scorecardVersions(card.interview(), card.interviewer());
      List<Scorecard> submitted = new ArrayList<>();
      for (ApplicationEvent event : onRole) {
        if (event instanceof ScorecardSubmitted s && s.scorecard().interview()
            .equals(card.interview()) && s.scorecard().interviewer().equals(card.interviewer())) {
          submitted.add(s.scorecard());
        }
      }
      assertThat(versions.get(0)).isEqualTo(submitted.get(0));
      assertThat(versions.get(versions.size() - 1)).isEqualTo(card);
    }
    int versions = app.scorecards().stream().mapToInt(c -> app.scorecardVersions(c.interview(),
        c.interviewer()).size()).sum();
    assertThat(versions).isEqualTo(app.scorecards().size() + amendments);
  }

  @Property(tries = 300)
  void amendIsListedExactlyWhenACardIsThereToAmend(@ForAll("walked") Application app,
      @ForAll("actors") Actor by) {
    assertThat(app.allowedActions(by).contains(ApplicationAction.AMEND_SCORECARD))
        .isEqualTo(!app.amendableInterviews(by).isEmpty());
    for (var interview : app.amendableInterviews(by)) {
      boolean forOthers = by.kind() == Actor.Kind.SYSTEM
          || by.actsAs(dev.hirekit.team.HiringRole.COORDINATOR);
      Scorecard card = app.scorecards().stream().filter(c -> c.interview().equals(interview)
          && (forOthers || by.memberId().map(c.interviewer()::equals).orElse(false)))
          .findFirst().orElseThrow();
      Application amended = app.amendScorecard(by, after(app), card.withNotes("again"));
      assertThat(amended.scorecards()).contains(card.withNotes("again"));
      assertThat(amended.scorecardVersions(interview, card.interviewer())).contains(card);
    }
  }

  private static Instant after(Application app) {
    List<ApplicationEvent> history = app.history();
    return history.get(history.size() - 1).at().plus(Duration.ofMinutes(1));
  }

}
