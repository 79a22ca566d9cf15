package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public generator gives values, and what the generated roles, applications and offers
 * went through covers every event type and every offer status, whatever the tries of a run.
 */
class EveryGeneratorTest {
  private static final List<Class<?>> GENERATORS = List.of(Actors.class, Applications.class,
      Candidates.class, Feedback.class, Moneys.class, Offers.class, Plans.class, Roles.class,
      Teams.class);
  private static final int SAMPLES = 200;

  @TestFactory
  Stream<DynamicTest> everyGeneratorWithoutArgumentsGivesVariedValues() {
    return GENERATORS.stream().flatMap(type -> Stream.of(type.getMethods()))
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && Arbitrary.class.isAssignableFrom(m.getReturnType()))
        .map(m -> DynamicTest.dynamicTest(m.getDeclaringClass().getSimpleName() + "."
            + m.getName(), () -> givesVariedValues(m)));
  }

  private static void givesVariedValues(Method method) throws Exception {
    Arbitrary<?> arbitrary = (Arbitrary<?>) method.invoke(null);
    assertThat(arbitrary).as(method.getName()).isNotNull();
    List<?> values = arbitrary.sampleStream().limit(SAMPLES).collect(Collectors.toList());
    assertThat(values).doesNotContainNull().hasSize(SAMPLES);
    assertThat(new HashSet<>(values)).as("%s gives more than one value", method.getName())
        .hasSizeGreaterThan(1);
  }

  @Test
  void generatedHistoriesHoldEveryEventType() {
    Set<Class<?>> seen = new HashSet<>();
    Applications.applications().sampleStream().limit(SAMPLES * 2)
        .forEach(app -> app.history().forEach(e -> seen.add(e.getClass())));
    Roles.roles().sampleStream().limit(SAMPLES)
        .forEach(role -> role.history().forEach(e -> seen.add(e.getClass())));
    assertThat(seen).containsAll(ApplicationEvent.types().values())
        .containsAll(RoleEvent.types().values());
  }

  @Test
  void generatedOffersReachEveryStatus() {
    Set<OfferStatus> seen = EnumSet.noneOf(OfferStatus.class);
    Offers.offers().sampleStream().limit(SAMPLES).map(Offer::status).forEach(seen::add);
    assertThat(seen).containsExactlyInAnyOrder(OfferStatus.values());
  }

  @Test
  void generatedAggregatesAreTheirOwnReplay() {
    Applications.applications().sampleStream().limit(SAMPLES / 4).forEach(app ->
        assertThat(Application.replay(app.history())).isEqualTo(app));
    Roles.roles().sampleStream().limit(SAMPLES / 4).forEach(role ->
        assertThat(Role.replay(role.history())).isEqualTo(role));
  }
}
