package dev.hirekit.mutation;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.FalsifiedSample;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.ShrunkFalsifiedSample;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Makes PIT's test discovery list the tests without running them, in a mutation-testing run
 * ({@code -Dhirekit.mutation=true}) only.
 *
 * <p>Each PIT minion (one per mutated class) first finds the tests of every test class that
 * covers the class, and pitest-junit5-plugin finds them by running the whole class once through
 * the JUnit launcher (the listener records each test that starts). That run kills nothing: the
 * minion then runs the covering tests again for each mutant, by unique id. Measured on core, the
 * discovery runs were about half of the mutation analysis. While the call stack shows PIT's test
 * finder inside a mutation minion, this hook reports each jqwik property (and each Jupiter test,
 * template invocation and dynamic test) as passed without running its body; the tests still
 * start and finish, so discovery lists the same tests. PIT's coverage run (another minion, whose
 * discovery run records which test covers what) and every normal run are left alone.
 *
 * <p>Registered for jqwik in {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook} and
 * for Jupiter in {@code META-INF/services/org.junit.jupiter.api.extension.Extension}, which
 * Jupiter reads only with {@code junit.jupiter.extensions.autodetection.enabled}, set by the
 * mutation profile. Compiled into the tests of core and hirekit-testing from {@code
 * core/src/mutation/java}.
 *
 * <pre>{@code
 * // ./mvnw -Pmutation verify: the minion's discovery run of a covering class runs no property;
 * // the runs per mutant that follow run them as usual.
 * }</pre>
 */
public final class MutationDiscovery implements AroundPropertyHook, InvocationInterceptor {
  private static final String FINDER = "org.pitest.junit5.JUnit5TestUnitFinder";
  private static final String MINION = "org.pitest.mutationtest.execute.MutationTestMinion";

  /** A property reported as passed without a try, for discovery only. */
  private static final PropertyExecutionResult NOT_RUN = new PropertyExecutionResult() {
    @Override
    public Optional<String> seed() {
      return Optional.empty();
    }

    @Override
    public Optional<List<Object>> falsifiedParameters() {
      return Optional.empty();
    }

    @Override
    public Status status() {
      return Status.SUCCESSFUL;
    }

    @Override
    public Optional<Throwable> throwable() {
      return Optional.empty();
    }

    @Override
    public int countChecks() {
      return 0;
    }

    @Override
    public int countTries() {
      return 0;
    }

    @Override
    public Optional<FalsifiedSample> originalSample() {
      return Optional.empty();
    }

    @Override
    public Optional<ShrunkFalsifiedSample> shrunkSample() {
      return Optional.empty();
    }

    @Override
    public PropertyExecutionResult mapTo(Status status, Throwable throwable) {
      return this;
    }
  };

  /** The hook; jqwik and Jupiter create it from the service files. */
  public MutationDiscovery() {}

  /**
   * Whether this call comes from PIT's test discovery in a mutation minion.
   *
   * @return true only in a mutation run, inside a minion's discovery
   */
  static boolean discovering() {
    if (!Boolean.getBoolean("hirekit.mutation")) {
      return false;
    }
    return StackWalker.getInstance().walk(frames -> {
      boolean[] seen = new boolean[2];
      frames.forEach(frame -> {
        seen[0] |= frame.getClassName().equals(FINDER);
        seen[1] |= frame.getClassName().equals(MINION);
      });
      return seen[0] && seen[1];
    });
  }

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public int aroundPropertyProximity() {
    // Outside every other hook, so nothing of the property runs during discovery.
    return -100;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) throws Throwable {
    return discovering() ? NOT_RUN : property.execute();
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessDiscovering(invocation);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessDiscovering(invocation);
  }

  @Override
  public void interceptDynamicTest(Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessDiscovering(invocation);
  }

  private static void proceedUnlessDiscovering(Invocation<Void> invocation) throws Throwable {
    if (discovering()) {
      invocation.skip();
    } else {
      invocation.proceed();
    }
  }
}
