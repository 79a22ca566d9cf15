package dev.hirekit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps the tries of properties whose every try walks several applications (a pipeline): at
 * most {@value #CAP} tries, and never more than the run's default, so a mutation run's lowered
 * default ({@code jqwik.tries.default}, 5) still applies. A try of such a property costs what
 * four ordinary tries cost, so {@value #CAP} tries walk about as many applications as the
 * default 1,000 tries of a single-application property. Register it on the class:
 *
 * <pre>{@code
 * @AddLifecycleHook(CostlyTries.class)
 * class PipelineReportProperties { ... }
 * }</pre>
 */
public final class CostlyTries implements AroundPropertyHook {
  /** The most tries a costly property runs. */
  public static final int CAP = 250;

  /** Registered on a class, it applies to the class's properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) throws Throwable {
    PropertyAttributes attributes = context.attributes();
    int tries = attributes.tries().orElse(Integer.getInteger("jqwik.tries.default", 1000));
    attributes.setTries(Math.min(CAP, tries));
    return property.execute();
  }
}
