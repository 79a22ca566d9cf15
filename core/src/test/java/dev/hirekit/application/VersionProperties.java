package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Versions and the events after them: what a store appends with an expected-version check. */
class VersionProperties {

  @Provide
  Arbitrary<Application> applications() {
    return Histories.applications();
  }

  @Property
  void theEventsAfterAnEarlierVersionRebuildTheApplicationFromThatVersion(
      @ForAll("applications") Application app, @ForAll @IntRange(max = 100) int cut) {
    int loaded = 1 + cut % app.history().size();
    Application before = Application.replay(app.history().subList(0, loaded));

    assertThat(app.version()).isEqualTo(app.history().size());
    assertThat(before.version()).isEqualTo(loaded);
    List<ApplicationEvent> all = new ArrayList<>(before.history());
    all.addAll(app.eventsAfter(before.version()));
    assertThat(Application.replay(all)).isEqualTo(app);
    assertThat(app.eventsAfter(app.version())).isEmpty();
    assertThat(app.eventsAfter(0)).isEqualTo(app.history());
    assertThatThrownBy(() -> app.eventsAfter(app.version() + 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Application.version: " + (app.version() + 1));
    assertThatThrownBy(() -> app.eventsAfter(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Property
  void oneActionAddsExactlyOneEventAfterTheVersionItStartedFrom(
      @ForAll("applications") Application app) {
    Application next;
    try {
      next = app.recordReference(Steps.ACTORS.get(0), app.history().get(app.history().size() - 1)
          .at(), dev.hirekit.feedback.Reference.builder().referee("R")
          .relationship(dev.hirekit.feedback.RefereeRelationship.PEER)
          .outcome(dev.hirekit.feedback.ReferenceOutcome.MIXED)
          .checkedBy(dev.hirekit.team.MemberId.of("rec-1")).build());
    } catch (dev.hirekit.lifecycle.IllegalTransitionException refused) {
      assertThat(app.status()).isNotEqualTo(ApplicationStatus.ACTIVE);
      return;
    }
    assertThat(next.version()).isEqualTo(app.version() + 1);
    assertThat(next.eventsAfter(app.version())).hasSize(1)
        .first().extracting(ApplicationEvent::type).isEqualTo("application.reference_recorded");
  }
}
