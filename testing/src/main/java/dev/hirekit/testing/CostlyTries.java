package dev.hirekit.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A jqwik hook that caps the tries of costly properties, those whose every try walks several
 * applications ({@link Pipelines#pipelines()}): at most {@value #CAP} tries, and never more than
 * the run's default ({@code jqwik.tries.default}), so a run that lowers the default for speed,
 * such as a mutation-testing run, still lowers these. A try of such a property costs about what
 * four single-application tries cost, so {@value #CAP} tries walk about as many applications as
 * jqwik's default 1,000 tries of a single-application property. A property with its own {@code
 * tries} keeps them, capped the same way. Register it on the class:
 *
 * <pre>{@code
 * @AddLifecycleHook(CostlyTries.class)
 * class PipelineReportProperties { ... }
 * }</pre>
 */
public final class CostlyTries implements AroundPropertyHook {
  /** The most tries a costly property runs. */
  public static final int CAP = 250;

  /** The hook; jqwik creates it where {@code @AddLifecycleHook} names it. */
  public CostlyTries() {}

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
