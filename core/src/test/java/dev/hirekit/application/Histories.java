package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.ApplicationLifecycleProperties.Scenario;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferArbitraries;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random application histories for property suites: the scenarios of {@link
 * ApplicationLifecycleProperties} (random plans, guided and random steps) walked to their end,
 * refused steps left out.
 */
final class Histories {
  private Histories() {}

  /** Applications after a random walk of up to 40 steps. */
  static Arbitrary<Application> applications() {
    Arbitrary<Compensation> terms = OfferArbitraries.compensations();
    return ApplicationLifecycleProperties.plans().flatMap(plan -> Combinators.combine(
            Arbitraries.of(false, false, false, true),
            Steps.mixed(plan, terms).list().ofMinSize(1).ofMaxSize(40))
        .as((prospect, steps) -> walk(new Scenario(plan, prospect, steps))));
  }

  /** Runs every step of the scenario, skipping refused ones, and returns the application. */
  static Application walk(Scenario scenario) {
    Application app = scenario.start();
    Instant at = app.history().get(0).at();
    for (Steps.Guided intent : scenario.steps()) {
      Steps.Step step = intent.choice() < 0 ? intent.fallback() : intent.resolve(app, at);
      Instant when = at.plus(step.after());
      try {
        app = step.run(app, when);
        at = when;
      } catch (IllegalTransitionException | InvalidValueException refused) {
        // a refused step changes nothing
      }
    }
    return app;
  }
}
