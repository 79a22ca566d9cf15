/**
 * Who acts in hiring and who may: an {@link dev.hirekit.actor.Actor} (a team member in hiring
 * roles, the candidate, or the system) and the {@link dev.hirekit.actor.Policy} that decides from
 * the actor, the action and the subject as it stands. {@link dev.hirekit.actor.RolePolicy} grants
 * actions by hiring role, {@link dev.hirekit.actor.TeamPolicy} also checks each member against
 * the subject's hiring team. The lifecycle engine of {@code dev.hirekit.lifecycle} knows none of
 * this: its tables are generic over who acts.
 *
 * <pre>{@code
 * Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
 * Policy<ApplicationAction, Application> checked = TeamPolicy.of(Application.DEFAULT_POLICY);
 * boolean may = checked.within(app.hiringTeam()).allows(recruiter, ApplicationAction.ADVANCE, app);
 * }</pre>
 */
package dev.hirekit.actor;
