package dev.hirekit.lifecycle;

import java.util.Objects;

/**
 * One row of a {@link TransitionTable}: from a state, an action leads to a target state when its
 * guard passes.
 *
 * <pre>{@code
 * new Transition<>(OfferStatus.EXTENDED, OfferAction.ACCEPT, OfferStatus.ACCEPTED,
 *     Guard.when("not expired", offer -> !offer.isExpiredAt(at)));
 * }</pre>
 *
 * @param from the state the row applies to
 * @param action the action
 * @param to the state the action leads to
 * @param guard what the context must satisfy
 * @param <S> the state type
 * @param <A> the action type
 * @param <C> the context type
 * @param <W> who acts
 */
public record Transition<S extends Enum<S>, A extends Enum<A>, C, W>(
    S from, A action, S to, Guard<C, W> guard) {

  /**
   * Validates the row.
   *
   * @param from the state the row applies to
   * @param action the action
   * @param to the state the action leads to
   * @param guard what the context must satisfy
   */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(guard, "guard");
  }

  /** For example {@code ACTIVE --ADVANCE--> ACTIVE [scorecards submitted]}. */
  @Override
  public String toString() {
    return from + " --" + action + "--> " + to
        + (guard.description().isEmpty() ? "" : " [" + guard.description() + "]");
  }
}
