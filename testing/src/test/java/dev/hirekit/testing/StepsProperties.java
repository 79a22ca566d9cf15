package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.Application;
import dev.hirekit.lifecycle.IllegalTransitionException;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a step promises its users: {@link Applications.Step#argumentsFit} together with the
 * application's own introspection tells exactly whether the step succeeds, so a user's property
 * can predict every outcome of a scenario.
 */
class StepsProperties {

  @Provide
  Arbitrary<Applications.Scenario> scenarios() {
    return Applications.scenarios();
  }

  @Property
  void aStepSucceedsExactlyWhenItIsListedItsArgumentsFitAndItIsOnTime(
      @ForAll("scenarios") Applications.Scenario scenario) {
    Application app = scenario.start();
    Instant at = Applications.START;
    for (Applications.Intent intent : scenario.steps()) {
      Applications.Step step = intent.resolve(app, at);
      Instant when = at.plus(step.after());
      boolean listed = step.action() != null
          ? app.allowedActions(step.by()).contains(step.action())
          : app.allowedOfferActions(step.by(), when).contains(step.offerAction());
      boolean fits = step.argumentsFit(app, when);
      boolean onTime = !when.isBefore(app.history().get(app.history().size() - 1).at());
      try {
        Application next = step.run(app, when);
        assertThat(listed && fits && onTime).as("succeeded: %s", step).isTrue();
        assertThat(next.history()).hasSize(app.history().size() + 1);
        app = next;
        at = when;
      } catch (IllegalTransitionException | InvalidValueException refused) {
        assertThat(listed && fits && onTime).as("refused: %s: %s", step, refused.getMessage())
            .isFalse();
      }
    }
  }
}
