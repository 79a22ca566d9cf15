package dev.hirekit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps every property's tries at the run's default in a mutation-testing run ({@link
 * TestRuns#isFull()} is false), including properties that name their own tries ({@code
 * @Property(tries = 300)}, {@code @PropertyDefaults}), which jqwik would otherwise run in full for
 * every mutant that their tests cover. Full runs are left alone. Registered for the whole test run
 * in {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 *
 * <pre>{@code
 * // mvn -Pmutation verify: -Dhirekit.mutation=true -Djqwik.tries.default=5
 * @Property(tries = 300) void aRule(...) { }   // runs 5 tries under PIT, 300 otherwise
 * }</pre>
 */
public final class MutationRunTries implements AroundPropertyHook {
  /** The hook; jqwik creates it from the service file. */
  public MutationRunTries() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public int aroundPropertyProximity() {
    // Closer to the property than any class's hook (CostlyTries), so this cap is applied last.
    return 10;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) throws Throwable {
    Integer runDefault = Integer.getInteger("jqwik.tries.default");
    if (!TestRuns.isFull() && runDefault != null) {
      PropertyAttributes attributes = context.attributes();
      attributes.setTries(Math.min(runDefault, attributes.tries().orElse(runDefault)));
    }
    return property.execute();
  }
}
