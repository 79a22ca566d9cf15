package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.AccommodationRequested;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.application.ApplicationEvent.OptedIn;
import dev.hirekit.application.ApplicationEvent.OptedOut;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.testing.Applications;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The candidate's choices, opt-ins and accommodation requests over walked applications whose
 * plans offer choices and opt-ins (see {@code Applications.plans()}).
 */
class ChoiceProperties {
  private static final String NEED_WORD = "Extra time";

  @Provide
  Arbitrary<Application> walked() {
    return Applications.scenarios().map(Applications.Scenario::walk);
  }

  @Provide
  Arbitrary<String> options() {
    return Arbitraries.oneOf(Arbitraries.of("pairing", "take-home", "ON_SITE", "VIDEO", "PHONE",
        "ASYNC"), Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
  }

  @Property(tries = 300)
  void aChoiceOutsideTheStagesOptionsIsAlwaysRefused(@ForAll("walked") Application app,
      @ForAll("options") String option, @ForAll("names") String choice,
      @ForAll("actors") Actor by) {
    for (Stage stage : app.plan().stages()) {
      boolean offered = stage.choice(choice).filter(c -> c.offers(option)).isPresent();
      Statistics.label("offered").collect(offered);
      if (!offered) {
        assertThatThrownBy(() -> app.choose(by, after(app), stage.id(), choice, option))
            .isInstanceOf(IllegalTransitionException.class);
      }
    }
  }

  @Property(tries = 300)
  void chooseAndOptInAreListedExactlyWhenAStageAheadOffersThem(
      @ForAll("walked") Application app, @ForAll("actors") Actor by) {
    assertThat(app.allowedActions(by).contains(ApplicationAction.CHOOSE))
        .isEqualTo(!app.choiceTargets(by).isEmpty());
    assertThat(app.allowedActions(by).contains(ApplicationAction.OPT_IN))
        .isEqualTo(!app.optInTargets(by).isEmpty());
    assertThat(app.allowedActions(by).contains(ApplicationAction.ARRANGE_ACCOMMODATION))
        .isEqualTo(!app.accommodationsToArrange(by).isEmpty());
    for (StageId stage : app.choiceTargets(by)) {
      Stage offering = app.plan().stage(stage).orElseThrow();
      String name = offering.choices().get(0).name();
      String option = offering.choices().get(0).options().get(1);
      Application chosen = app.choose(by, after(app), stage, name, option);
      assertThat(chosen.choicesAt(stage)).containsEntry(name, option);
    }
  }

  @Property(tries = 300)
  void theLatestOptAnswerWins(@ForAll("walked") Application app) {
    Map<StageId, Map<String, Boolean>> model = new HashMap<>();
    for (ApplicationEvent event : app.history()) {
      if (event instanceof OptedIn e) {
        model.computeIfAbsent(e.stage(), s -> new LinkedHashMap<>()).put(e.option(), true);
      } else if (event instanceof OptedOut e) {
        model.computeIfAbsent(e.stage(), s -> new LinkedHashMap<>()).put(e.option(), false);
      } else if (event instanceof Migrated e) {
        Map<StageId, Map<String, Boolean>> old = new HashMap<>(model);
        model.clear();
        old.forEach((stage, answers) -> Optional.ofNullable(e.stageMapping().get(stage))
            .ifPresent(to -> model.computeIfAbsent(to, s -> new LinkedHashMap<>())
                .putAll(answers)));
      } else if (event instanceof ApplicationEvent.Transferred) {
        model.clear(); // the answers were to the old role's plan
      }
    }
    Statistics.label("answered").collect(!model.isEmpty());
    for (Stage stage : app.plan().stages()) {
      assertThat(app.optInsAt(stage.id())).isEqualTo(model.getOrDefault(stage.id(), Map.of()));
    }
  }

  @Property(tries = 300)
  void anonymizationLeavesNoAccommodationNeedAnywhere(@ForAll("walked") Application app) {
    boolean requested = app.history().stream()
        .anyMatch(e -> e instanceof AccommodationRequested);
    Statistics.label("requested").collect(requested);
    for (ApplicationEvent event : app.history()) {
      assertThat(event.toString()).doesNotContain(NEED_WORD);
    }
    app.accommodations().forEach(a -> assertThat(a.toString()).doesNotContain(NEED_WORD));
    assertThat(app.toString()).doesNotContain(NEED_WORD);

    Application anon = app.anonymize();
    assertThat(anon.accommodations()).hasSameSizeAs(app.accommodations());
    for (int i = 0; i < anon.accommodations().size(); i++) {
      Accommodation before = app.accommodations().get(i);
      Accommodation after = anon.accommodations().get(i);
      assertThat(after.need()).isEqualTo(Application.ERASED);
      assertThat(after.outcome()).isEqualTo(before.outcome());
      assertThat(after.request()).isEqualTo(before.request());
    }
    for (ApplicationEvent event : anon.history()) {
      if (event instanceof AccommodationRequested e) {
        assertThat(e.need()).isEqualTo(Application.ERASED);
      }
    }
    assertThat(anon.history().toString()).doesNotContain(NEED_WORD);
    assertThat(anon.choicesAt(app.plan().first().id()))
        .isEqualTo(app.choicesAt(app.plan().first().id()));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("exercise", "format", "panel", "lunch");
  }

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.of(Applications.ACTORS);
  }

  private static java.time.Instant after(Application app) {
    List<ApplicationEvent> history = app.history();
    return history.get(history.size() - 1).at().plus(Duration.ofMinutes(1));
  }
}
