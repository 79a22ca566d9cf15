package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.testing.Applications;
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
    return Applications.applications();
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
      next = app.recordReference(Applications.ACTORS.get(0),
          app.history().get(app.history().size() - 1).at(), dev.hirekit.feedback.Reference.builder().referee("R")
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

  @Property
  void everyEventNamesItsApplicationAndItsPlaceOneTwoThreeWithoutGaps(
      @ForAll("applications") Application app) {
    List<ApplicationEvent> history = app.history();
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).application()).isEqualTo(app.id());
      assertThat(history.get(i).sequence()).isEqualTo(i + 1L);
    }
    assertThat(app.version()).isEqualTo(history.get(history.size() - 1).sequence());
  }

  @Property
  void everyOfferEventNamesTheOfferVersionItActedOn(@ForAll("applications") Application app) {
    List<ApplicationEvent> history = app.history();
    Application after = Application.replay(history.subList(0, 1));
    for (int i = 1; i < history.size(); i++) {
      after = after.record(history.get(i));
      if (history.get(i) instanceof ApplicationEvent.OfferEvent event) {
        // The offer acted on is the current one afterwards, or, after a revision, the one before.
        dev.hirekit.offer.Offer acted = event instanceof ApplicationEvent.OfferRevised
            ? after.offers().get(after.offers().size() - 2) : after.currentOffer().orElseThrow();
        assertThat(acted.id()).isEqualTo(event.offer());
        assertThat(acted.version()).isEqualTo(event.offerVersion());
      }
    }
  }

  /** A history renumbered, or with an event of another application, never replays. */
  @Property
  void aRenumberedOrForeignEventIsRefusedWhereverItStands(
      @ForAll("applications") Application app, @ForAll @IntRange(max = 1_000) int at,
      @ForAll @IntRange(min = -3, max = 3) int shift, @ForAll boolean foreign) {
    List<ApplicationEvent> history = new ArrayList<>(app.history());
    int i = at % history.size();
    ApplicationEvent event = history.get(i);
    ApplicationId id = foreign ? ApplicationId.of("app-other") : event.application();
    long sequence = foreign ? event.sequence() : event.sequence() + (shift == 0 ? 1 : shift);
    if (sequence < 1) {
      assertThatThrownBy(() -> renumbered(event, id, sequence))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining(".sequence: ");
      return;
    }
    if (foreign && history.size() == 1) {
      return; // a lone creating event is its own application, whatever its id
    }
    history.set(i, renumbered(event, id, sequence));
    assertThatThrownBy(() -> Application.replay(history))
        .isInstanceOfAny(dev.hirekit.lifecycle.IllegalTransitionException.class,
            InvalidValueException.class);
    assertThatThrownBy(() -> HiringPolicy.roles().load(history))
        .isInstanceOfAny(dev.hirekit.lifecycle.IllegalTransitionException.class,
            InvalidValueException.class);
  }

  private static ApplicationEvent renumbered(ApplicationEvent event, ApplicationId id,
      long sequence) {
    java.lang.reflect.RecordComponent[] components = event.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        String name = components[i].getName();
        values[i] = name.equals("application") ? id : name.equals("sequence") ? sequence
            : components[i].getAccessor().invoke(event);
      }
      return (ApplicationEvent) event.getClass().getDeclaredConstructor(types)
          .newInstance(values);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (RuntimeException) e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
