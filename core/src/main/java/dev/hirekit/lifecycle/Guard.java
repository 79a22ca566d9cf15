package dev.hirekit.lifecycle;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A condition on the context (and, for some, on who acts) that a transition needs besides its
 * state, with a description for diagrams and a reason for refusals. A guard that reads the actor
 * (e.g. "an interview this actor may still score") keeps {@code allowedActions} true for each
 * actor: an action is listed only when this very actor could perform it.
 *
 * <pre>{@code
 * Guard<Application, Actor> liveOffer =
 *     Guard.when("no live offer", app -> app.liveOffer().isEmpty());
 * }</pre>
 *
 * @param <C> the context the guard reads, e.g. the application
 * @param <W> who acts
 */
public interface Guard<C, W> {

  /**
   * Why the transition may not happen in this context for this actor.
   *
   * @param context the context
   * @param actor who attempts it
   * @return empty if the guard passes, otherwise the reason it refuses
   */
  Optional<String> refusal(C context, W actor);

  /**
   * Whether the transition may happen in this context for this actor, without its reason: what
   * {@link TransitionTable} asks on its success path and for {@code permits} and {@code
   * allowedActions}. By default, whether {@link #refusal} is empty; the guards of {@link #when}
   * and {@link #whenActor} test their predicate and build no reason.
   *
   * @param context the context
   * @param actor who attempts it
   * @return true if the guard passes
   */
  default boolean passes(C context, W actor) {
    return refusal(context, actor).isEmpty();
  }

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
   * @param <W> who acts
   * @return the guard
   */
  static <C, W> Guard<C, W> when(String description, Predicate<? super C> test) {
    Objects.requireNonNull(test, "test");
    return new TestedGuard<>(description, (c, actor) -> test.test(c));
  }

  /**
   * A guard that computes its own refusal reason.
   *
   * @param description what the guard requires
   * @param refusal the reason it refuses in a context, or empty when it passes
   * @param <C> the context type
   * @param <W> who acts
   * @return the guard
   */
  static <C, W> Guard<C, W> of(String description, Function<? super C, Optional<String>> refusal) {
    Objects.requireNonNull(refusal, "refusal");
    return ofActor(description, (c, actor) -> refusal.apply(c));
  }

  /**
   * A guard that passes when a predicate on the context and the actor holds, and otherwise
   * refuses with "requires description".
   *
   * @param description what the guard requires
   * @param test the predicate
   * @param <C> the context type
   * @param <W> who acts
   * @return the guard
   */
  static <C, W> Guard<C, W> whenActor(String description, BiPredicate<? super C, ? super W> test) {
    Objects.requireNonNull(test, "test");
    return new TestedGuard<>(description, test);
  }

  /**
   * A guard that reads the context and the actor and computes its own refusal reason.
   *
   * @param description what the guard requires
   * @param refusal the reason it refuses, or empty when it passes
   * @param <C> the context type
   * @param <W> who acts
   * @return the guard
   */
  static <C, W> Guard<C, W> ofActor(String description,
      BiFunction<? super C, ? super W, Optional<String>> refusal) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(refusal, "refusal");
    return new Guard<>() {
      @Override
      public Optional<String> refusal(C context, W actor) {
        return refusal.apply(context, actor);
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
   * @param <W> who acts
   * @return a guard with an empty description
   */
  static <C, W> Guard<C, W> always() {
    return new Guard<>() {
      @Override
      public Optional<String> refusal(C context, W actor) {
        return Optional.empty();
      }

      @Override
      public boolean passes(C context, W actor) {
        return true;
      }

      @Override
      public String description() {
        return "";
      }

      @Override
      public String toString() {
        return "";
      }
    };
  }

  /**
   * Both guards: the first refusal wins.
   *
   * @param other the second guard
   * @return the combined guard
   */
  default Guard<C, W> and(Guard<? super C, ? super W> other) {
    Guard<C, W> self = this;
    String joined = description().isEmpty() ? other.description()
        : other.description().isEmpty() ? description()
        : description() + " and " + other.description();
    return new Guard<>() {
      @Override
      public Optional<String> refusal(C context, W actor) {
        Optional<String> first = self.refusal(context, actor);
        return first.isPresent() ? first : other.refusal(context, actor);
      }

      @Override
      public boolean passes(C context, W actor) {
        return self.passes(context, actor) && other.passes(context, actor);
      }

      @Override
      public String description() {
        return joined;
      }

      @Override
      public String toString() {
        return joined;
      }
    };
  }
}
