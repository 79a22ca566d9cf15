package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.role.RoleEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
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

  private static void roundTrips(Class<?> type, Arbitrary<?> arbitrary) throws Exception {
    java.util.List<?> values = arbitrary.sampleStream().limit(TRIES).collect(
        java.util.stream.Collectors.toList());
    Set<Class<?>> kinds = new HashSet<>();
    for (Object value : values) {
      kinds.add(value.getClass());
      String json = JSON.write(value);
      assertThat(JSON.read(json, type)).as("%s from %s", type.getSimpleName(), json)
          .isEqualTo(value);
      assertThat(JSON.write(JSON.read(json, type))).isEqualTo(json);
      if (value instanceof ApplicationEvent || value instanceof RoleEvent) {
        assertThat(JSON.read(json, value.getClass())).isEqualTo(value);
      }
    }
    if (TRIES >= 1_000 && type == ApplicationEvent.class) {
      assertThat(kinds).as("every application event type generated")
          .containsAll(ApplicationEvent.types().values());
    } else if (TRIES >= 1_000 && type == RoleEvent.class) {
      assertThat(kinds).as("every role event type generated")
          .containsAll(RoleEvent.types().values());
    }
  }
}
