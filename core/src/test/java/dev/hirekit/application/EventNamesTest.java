package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventNamesTest {

  private static List<String> names() {
    return Arrays.stream(ApplicationEvent.class.getPermittedSubclasses())
        .map(EventNames::of).collect(Collectors.toList());
  }

  @Test
  void everyApplicationEventTypeHasItsStableName() {
    assertThat(names()).containsExactly(
        "application.applied", "application.prospected", "application.converted",
        "application.advanced", "application.skipped", "application.moved",
        "application.rejected", "application.withdrawn", "application.reopened",
        "application.scorecard_submitted", "application.reference_recorded", "offer.drafted",
        "offer.submitted_for_approval", "offer.approved", "offer.approval_declined",
        "offer.extended", "offer.accepted", "offer.declined", "offer.rescinded",
        "offer.expired", "offer.revised", "application.hired", "application.unhired",
        "application.migrated");
    assertThat(names()).doesNotHaveDuplicates().noneMatch(n -> n.startsWith("role."));
  }

  @Test
  void anEventSaysItsTypeName() {
    assertThat(Fixtures.applied().history().get(0).type()).isEqualTo("application.applied");
    assertThat(Fixtures.withExtendedOffer().history()).last()
        .extracting(ApplicationEvent::type).isEqualTo("offer.extended");
  }
}
