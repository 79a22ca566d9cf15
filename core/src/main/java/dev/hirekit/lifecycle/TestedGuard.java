package dev.hirekit.lifecycle;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A guard that tests a predicate, made by {@link Guard#when} and {@link Guard#whenActor}: {@link
 * #passes} only tests it, and {@link #refusal} builds its reason ("requires " and the
 * description) only when it fails.
 *
 * @param <C> the context
 * @param <W> who acts
 */
final class TestedGuard<C, W> implements Guard<C, W> {
  private final String description;
  private final BiPredicate<? super C, ? super W> test;

  TestedGuard(String description, BiPredicate<? super C, ? super W> test) {
    this.description = Objects.requireNonNull(description, "description");
    this.test = test;
  }

  @Override
  public boolean passes(C context, W actor) {
    return test.test(context, actor);
  }

  @Override
  public Optional<String> refusal(C context, W actor) {
    return test.test(context, actor) ? Optional.empty()
        : Optional.of("requires " + description);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
