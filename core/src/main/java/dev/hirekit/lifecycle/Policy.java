package dev.hirekit.lifecycle;

/**
 * Decides whether an actor may perform an action at all, whatever the state. A transition table
 * carries a default {@link RolePolicy}; users replace it with {@code table.withPolicy(policy)}.
 *
 * <pre>{@code
 * Policy<ApplicationAction> onlyRecruiters =
 *     (actor, action) -> actor.actsAs(HiringRole.RECRUITER);
 * }</pre>
 *
 * @param <A> the action type
 */
@FunctionalInterface
public interface Policy<A extends Enum<A>> {

  /**
   * Whether the actor may perform the action.
   *
   * @param actor who acts
   * @param action what they attempt
   * @return true if allowed
   */
  boolean allows(Actor actor, A action);
}
