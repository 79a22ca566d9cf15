package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.role.Opening;
import dev.hirekit.role.Role;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Applications.Scenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The link of an application to an opening: after any walk it is empty or names an opening of
 * the role, the opening of its latest ConsideredFor event, and every ConsideredFor event names
 * another opening than the link before it.
 */
class ConsideringProperties {

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Applications.scenarios();
  }

  @Property
  void aLinkAlwaysPointsToAnOpeningOfTheRole(@ForAll("scenarios") Scenario scenario) {
    Application app = scenario.walk();
    Role role = scenario.role();
    app.consideredFor().ifPresent(id ->
        assertThat(role.openings()).extracting(Opening::id).contains(id));
    java.util.Optional<dev.hirekit.role.OpeningId> last = java.util.Optional.empty();
    for (ApplicationEvent event : app.history()) {
      if (event instanceof ApplicationEvent.ConsideredFor considered) {
        assertThat(considered.opening()).isNotEqualTo(last.orElse(null));
        last = java.util.Optional.of(considered.opening());
      } else if (event instanceof ApplicationEvent.Transferred) {
        last = java.util.Optional.empty(); // a link is to an opening of the role it was on
      }
    }
    assertThat(app.consideredFor()).isEqualTo(last);
  }
}
