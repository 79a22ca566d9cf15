package dev.hirekit.lifecycle;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A condition on the context that a transition needs besides its state, with a description for
 * diagrams and a reason for refusals.
 *
 * <pre>{@code
 * Guard<Application> liveOffer = Guard.when("no live offer", app -> app.liveOffer().isEmpty());
 * }</pre>
 *
 * @param <C> the context the guard reads, e.g. the application
 */
public interface Guard<C> {

  /**
   * Why the transition may not happen in this context.
   *
   * @param context the context
   * @return empty if the guard passes, otherwise the reason it refuses
   */
  Optional<String> refusal(C context);

  /**
   * A short description of what the guard requires, shown in diagrams and tables.
   *
   * @return the description
   */
  String description();

  /**
   * A guard that passes when a predicate holds and otherwise refuses with "requires
   * description".
   *
   * @param description what the guard requires
   * @param test the predicate
   * @param <C> the context type
   * @return the guard
   */
  static <C> Guard<C> when(String description, Predicate<? super C> test) {
    Objects.requireNonNull(test, "test");
    return of(description,
        c -> test.test(c) ? Optional.empty() : Optional.of("requires " + description));
  }

  /**
   * A guard that computes its own refusal reason.
   *
   * @param description what the guard requires
   * @param refusal the reason it refuses in a context, or empty when it passes
   * @param <C> the context type
   * @return the guard
   */
  static <C> Guard<C> of(String description, Function<? super C, Optional<String>> refusal) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(refusal, "refusal");
    return new Guard<>() {
      @Override
      public Optional<String> refusal(C context) {
        return refusal.apply(context);
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  /**
   * The guard that always passes.
   *
   * @param <C> the context type
   * @return a guard with an empty description
   */
  static <C> Guard<C> always() {
    return of("", c -> Optional.empty());
  }

  /**
   * Both guards: the first refusal wins.
   *
   * @param other the second guard
   * @return the combined guard
   */
  default Guard<C> and(Guard<? super C> other) {
    Guard<C> self = this;
    String joined = description().isEmpty() ? other.description()
        : other.description().isEmpty() ? description()
        : description() + " and " + other.description();
    return of(joined, c -> {
      Optional<String> first = self.refusal(c);
      return first.isPresent() ? first : other.refusal(c);
    });
  }
}
