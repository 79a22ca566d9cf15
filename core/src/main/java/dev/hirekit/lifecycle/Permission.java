package dev.hirekit.lifecycle;

import java.util.Optional;

/**
 * Who may perform an action on a subject, as a {@link TransitionTable} asks it before any guard:
 * from the one who acts, the action and the subject as it stands. The engine knows nothing of who
 * acts; a domain brings its own type (Hirekit's is {@code dev.hirekit.actor.Actor}, decided by a
 * {@code dev.hirekit.actor.Policy}).
 *
 * <pre>{@code
 * Permission<Switch, Room, String> onlyOwners =
 *     (who, action, room) -> room.owner().equals(who) ? Optional.empty()
 *         : Optional.of(who + " does not own " + room);
 * }</pre>
 *
 * @param <A> the action type
 * @param <C> the subject the table decides on
 * @param <W> who acts
 */
@FunctionalInterface
public interface Permission<A extends Enum<A>, C, W> {
  /**
   * Why this one may not perform the action on the subject now, if they may not.
   *
   * @param actor who would act
   * @param action the action
   * @param subject the subject as it stands
   * @return empty if permitted, otherwise the reason
   */
  Optional<String> refusal(W actor, A action, C subject);

  /**
   * Whether this one may perform the action on the subject now: what {@link TransitionTable}
   * asks on its success path and for {@code permits} and {@code allowedActions}, where no reason
   * is wanted. By default, whether {@link #refusal} is empty; a permission that can answer
   * without building its reason should override it (a {@code dev.hirekit.actor.Policy} does).
   *
   * @param actor who would act
   * @param action the action
   * @param subject the subject as it stands
   * @return true if permitted
   */
  default boolean allows(W actor, A action, C subject) {
    return refusal(actor, action, subject).isEmpty();
  }
}
