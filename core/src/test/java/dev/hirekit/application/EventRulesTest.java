package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.offer.OfferAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every application event type has exactly one rule: its name, its action and its effect. */
class EventRulesTest {

  /** The event records, in declaration order, through the sealed sub-interfaces. */
  static List<Class<?>> eventTypes() {
    List<Class<?>> types = new ArrayList<>();
    collect(ApplicationEvent.class, types);
    return types;
  }

  private static void collect(Class<?> type, List<Class<?>> into) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        collect(sub, into);
      }
    } else {
      into.add(type);
    }
  }

  private static List<String> names() {
    return eventTypes().stream().map(t -> EventRules.of(t).name()).collect(Collectors.toList());
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
        "offer.expired", "offer.revised", "offer.approver_replaced",
        "offer.contingency_cleared", "offer.contingency_failed", "application.hired",
        "application.unhired",
        "application.migrated", "application.choice_made", "application.opted_in",
        "application.opted_out", "application.accommodation_requested",
        "application.accommodation_arranged", "application.considered_for",
        "application.debriefed", "application.decision_overridden",
        "application.artifact_submitted", "application.scorecard_amended",
        "application.interview_scheduled", "application.window_booked",
        "application.requirement_checked", "application.transferred");
    assertThat(names()).doesNotHaveDuplicates().noneMatch(n -> n.startsWith("role."));
  }

  @Test
  void everyEventTypeHasARuleForItselfAndEveryActionIsRecordedByExactlyOneEventType() {
    List<Enum<?>> actions = new ArrayList<>();
    for (Class<?> type : eventTypes()) {
      assertThat(EventRules.of(type).type()).isEqualTo(type);
      actions.add(EventRules.of(type).action());
    }
    Set<Enum<?>> every = Stream.concat(EnumSet.allOf(ApplicationAction.class).stream(),
        EnumSet.allOf(OfferAction.class).stream()).collect(Collectors.toSet());
    assertThat(actions).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(every);
  }

  @Test
  void anOfferEventIsExactlyAnEventOfAnOfferAction() {
    for (Class<?> type : eventTypes()) {
      Enum<?> action = EventRules.of(type).action();
      boolean offerEvent = ApplicationEvent.OfferEvent.class.isAssignableFrom(type);
      assertThat(offerEvent)
          .as(type.getSimpleName())
          .isEqualTo(action instanceof OfferAction || action == ApplicationAction.DRAFT_OFFER);
    }
  }

  @Test
  void aTypeWithoutARuleFailsLoudly() {
    assertThatThrownBy(() -> EventRules.of(String.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no rule for application event type java.lang.String; add one to"
            + " EventRules");
  }

  @Test
  void anEventSaysItsTypeName() {
    assertThat(Fixtures.applied().history().get(0).type()).isEqualTo("application.applied");
    assertThat(Fixtures.withExtendedOffer().history()).last()
        .extracting(ApplicationEvent::type).isEqualTo("offer.extended");
  }

  @Test
  void typesMapsEveryStableNameToItsEventTypeSortedByName() {
    Map<String, Class<? extends ApplicationEvent>> types = ApplicationEvent.types();
    assertThat(types.keySet()).containsExactlyElementsOf(new TreeSet<>(names()));
    assertThat(new ArrayList<Class<?>>(types.values()))
        .containsExactlyInAnyOrderElementsOf(eventTypes());
    types.forEach((name, type) -> assertThat(EventRules.of(type).name()).isEqualTo(name));
    assertThatThrownBy(() -> types.put("x", ApplicationEvent.Applied.class))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
