package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public generator without arguments gives varied values (what they reach is checked by
 * {@link GeneratorReachTest}).
 */
class EveryGeneratorTest {
  private static final List<Class<?>> GENERATORS = List.of(Actors.class, Applications.class,
      Candidates.class, Feedback.class, Moneys.class, Offers.class, Plans.class, Pools.class,
      Roles.class, Slates.class, Teams.class);
  private static final int SAMPLES = 50;

  @TestFactory
  Stream<DynamicTest> everyGeneratorWithoutArgumentsGivesVariedValues() {
    // Sorted: the mutation run (PIT) names a dynamic test by its position, in every JVM.
    return GENERATORS.stream().flatMap(type -> Stream.of(type.getMethods())
            .sorted(Comparator.comparing(Method::getName)))
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
}
