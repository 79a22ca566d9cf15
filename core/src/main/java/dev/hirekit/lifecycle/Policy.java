package dev.hirekit.lifecycle;

import dev.hirekit.team.HiringTeam;

/**
 * Decides whether an actor may perform an action at all, whatever the state. A transition table
 * carries a default {@link RolePolicy}; users replace it with {@code table.withPolicy(policy)}.
 *
 * <p>Hirekit authorises; it does not authenticate. An {@link Actor} is what the caller says: the
 * caller's own sign-in decides who is acting, and the policy decides what that actor may do. A
 * policy that should also check the actor against the hiring team of the subject (the
 * application's or the role's team) binds itself to that team in {@link #within(HiringTeam)};
 * {@link TeamPolicy} is the one Hirekit ships.
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

  /**
   * Why the actor may not perform the action, for the message of the refusal; called only when
   * {@link #allows} refused. Says who may not do what by default; a policy may say more.
   *
   * @param actor who acts
   * @param action what they attempt
   * @return the reason, naming no personal data
   */
  default String refusal(Actor actor, A action) {
    return actor + " may not " + action;
  }

  /**
   * This policy as it applies to a subject with this hiring team. Applications, offers and roles
   * call it with their own team before every check; a policy that does not read the team (like
   * {@link RolePolicy}) returns itself, which is the default.
   *
   * @param team the hiring team of the subject
   * @return the policy to check actions on that subject with
   */
  default Policy<A> within(HiringTeam team) {
    return this;
  }
}
