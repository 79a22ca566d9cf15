/**
 * Who acts in hiring and who may: an {@link dev.hirekit.actor.Actor} (a team member in hiring
 * roles, the candidate, or the system) and the {@link dev.hirekit.actor.Policy} that decides from
 * the actor, the action and the subject as it stands. {@link dev.hirekit.actor.RolePolicy} grants
 * actions by hiring role, {@link dev.hirekit.actor.TeamPolicy} also checks each member against
 * the subject's hiring team. The lifecycle engine of {@code dev.hirekit.lifecycle} knows none of
 * this: its tables are generic over who acts.
 *
 * <pre>{@code
 * Policy<ApplicationAction, Application> onlyTheirManagerHires = (actor, action, application) ->
 *     action != ApplicationAction.HIRE || application.hiringTeam()
 *         .membersWith(HiringRole.HIRING_MANAGER).stream()
 *         .anyMatch(m -> actor.memberId().filter(m::equals).isPresent());
 * }</pre>
 */
package dev.hirekit.actor;
