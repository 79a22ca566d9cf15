package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every type the format knows, {@code read(write(x))} equals {@code x}, over 1,000 generated
 * values per type; an event also reads back through its own concrete type and through the event
 * interface alike. Writing twice gives the same bytes.
 */
class RoundTripProperties {
  static final int TRIES = Integer.getInteger("hirekit.json.tries", 1_000);

  @TestFactory
  Stream<DynamicTest> everyTypeReadsBackWhatItWrote() {
    return EveryType.ARBITRARIES.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
        entry.getKey().getSimpleName(), () -> roundTrips(entry.getKey(), entry.getValue())));
  }

  @Test
  void everyEventOfGeneratedHistoriesReadsBackAndEveryTypeOccurs() throws Exception {
    Set<Class<?>> seen = new HashSet<>();
    List<Object> events = new ArrayList<>();
    Applications.applications().sampleStream().limit(TRIES / 2)
        .forEach(application -> events.addAll(application.history()));
    Roles.roles().sampleStream().limit(TRIES / 2).forEach(role -> events.addAll(role.history()));
    for (Object event : events) {
      seen.add(event.getClass());
      String json = JSON.write(event);
      Class<?> family = event instanceof ApplicationEvent ? ApplicationEvent.class
          : RoleEvent.class;
      assertThat(JSON.read(json, family)).isEqualTo(event);
      assertThat(JSON.read(json, event.getClass())).isEqualTo(event);
    }
    if (TRIES >= 1_000) {
      assertThat(seen).as("every event type occurs in generated histories")
          .containsAll(ApplicationEvent.types().values())
          .containsAll(RoleEvent.types().values());
    }
  }

  private static void roundTrips(Class<?> type, Arbitrary<?> arbitrary) throws Exception {
    java.util.List<?> values = arbitrary.sampleStream().limit(TRIES).collect(
        java.util.stream.Collectors.toList());
    for (Object value : values) {
      String json = JSON.write(value);
      assertThat(JSON.read(json, type)).as("%s from %s", type.getSimpleName(), json)
          .isEqualTo(value);
      assertThat(JSON.write(JSON.read(json, type))).isEqualTo(json);
      if (value instanceof ApplicationEvent || value instanceof RoleEvent) {
        assertThat(JSON.read(json, value.getClass())).isEqualTo(value);
      }
    }
  }
}
