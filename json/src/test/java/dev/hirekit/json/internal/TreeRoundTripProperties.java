package dev.hirekit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.json.conformance.EveryType;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleEvent;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every type the format knows, reading the tree it writes gives the value back, at the tree
 * level (no JSON library): by the validating replay for every type, and by the trusted load for
 * the two documents with a history. Writing what was read gives the same tree.
 */
class TreeRoundTripProperties {
  static final int TRIES = Integer.getInteger("hirekit.json.tries", 1_000);
  static final Loading TRUSTED = new Loading(HiringPolicy.roles(), Role.DEFAULT_POLICY, true);

  @TestFactory
  Stream<DynamicTest> everyTypeReadsBackWhatItWrote() {
    return EveryType.ARBITRARIES.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
        entry.getKey().getSimpleName(),
        () -> roundTrips(entry.getKey(), entry.getValue(), Loading.REPLAY)));
  }

  @TestFactory
  Stream<DynamicTest> theTrustedLoadReadsBackApplicationsAndRoles() {
    return Stream.of(Application.class, Role.class).map(type -> DynamicTest.dynamicTest(
        type.getSimpleName(),
        () -> roundTrips(type, EveryType.ARBITRARIES.get(type), TRUSTED)));
  }

  private static void roundTrips(Class<?> type, Arbitrary<?> arbitrary, Loading loading) {
    List<?> values = arbitrary.sampleStream().limit(TRIES).collect(Collectors.toList());
    assertThat(values).hasSize(TRIES);
    TypeFormat<?> format = Formats.of(type);
    for (Object value : values) {
      Object tree = Formats.write(value);
      Object read = format.read(Node.root(tree), loading);
      assertThat(read).as("%s from %s", type.getSimpleName(), tree).isEqualTo(value);
      assertThat(Formats.write(read)).isEqualTo(tree);
      assertThat(format.write(value)).isEqualTo(tree);
      if (value instanceof ApplicationEvent || value instanceof RoleEvent) {
        assertThat(Formats.of(value.getClass()).read(Node.root(tree), loading))
            .isEqualTo(value);
      }
    }
  }
}
