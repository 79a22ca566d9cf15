package dev.hirekit.actor;

import dev.hirekit.lifecycle.Permission;
import dev.hirekit.team.HiringTeam;
import java.util.Optional;

/**
 * Decides whether an actor may perform an action on a subject as it stands (an application with
 * its plan and hiring team, an offer, a role), before the lifecycle's guards. A transition table
 * carries a default {@link RolePolicy}; an application, an offer or a role carries the policy it
 * was created or loaded under, replaced with its {@code withPolicy(policy)}.
 *
 * <p>Hirekit authorises; it does not authenticate. An {@link Actor} is what the caller says: the
 * caller's own sign-in decides who is acting, and the policy decides what that actor may do. A
 * policy that checks the actor against the hiring team of the subject binds itself to that team
 * in {@link #within(HiringTeam)}; {@link TeamPolicy} is the one Hirekit ships. A policy may also
 * read the subject itself:
 *
 * <pre>{@code
 * // Only a hiring manager of this application's team may hire; everything else as by default.
 * Policy<ApplicationAction, Application> managersHire = (actor, action, application) ->
 *     action != ApplicationAction.HIRE
 *         ? Application.DEFAULT_POLICY.allows(actor, action, application)
 *         : application.hiringTeam().membersWith(HiringRole.HIRING_MANAGER).stream()
 *             .anyMatch(member -> actor.memberId().equals(Optional.of(member.id())));
 * }</pre>
 *
 * @param <A> the action type
 * @param <C> the subject type
 */
@FunctionalInterface
public interface Policy<A extends Enum<A>, C> extends Permission<A, C, Actor> {

  /**
   * Whether the actor may perform the action on the subject as it stands.
   *
   * @param actor who acts
   * @param action what they attempt
   * @param subject what they act on, as it stands before the action
   * @return true if allowed
   */
  boolean allows(Actor actor, A action, C subject);

  /**
   * Why the actor may not perform the action, for the message of the refusal; called only when
   * {@link #allows} refused. Says who may not do what by default; a policy may say more.
   *
   * @param actor who acts
   * @param action what they attempt
   * @param subject what they act on
   * @return the reason, naming no personal data
   */
  default String reason(Actor actor, A action, C subject) {
    return actor + " may not " + action;
  }

  /**
   * The refusal the lifecycle engine asks for: empty when {@link #allows}, otherwise {@link
   * #reason}.
   *
   * @param actor who acts
   * @param action what they attempt
   * @param subject what they act on
   * @return empty if allowed, otherwise the reason
   */
  @Override
  default Optional<String> refusal(Actor actor, A action, C subject) {
    return allows(actor, action, subject) ? Optional.empty()
        : Optional.of(reason(actor, action, subject));
  }

  /**
   * This policy as it applies to a subject with this hiring team. Applications, offers and roles
   * call it with their own team before every check; a policy that does not read the team (like
   * {@link RolePolicy}) returns itself, which is the default.
   *
   * @param team the hiring team of the subject
   * @return the policy to check actions on that subject with
   */
  default Policy<A, C> within(HiringTeam team) {
    return this;
  }
}
