/**
 * The hiring team of a role: who takes part in hiring, and in which {@link
 * dev.hirekit.team.HiringRole}s.
 *
 * <p>Members are known only by their {@link dev.hirekit.team.MemberId}; Hirekit stores no names or
 * other personal data of team members, which stay in the user's own systems.
 *
 * <pre>{@code
 * HiringTeam team = HiringTeam.of(
 *     TeamMember.of(MemberId.of("m-1"), HiringRole.HIRING_MANAGER, HiringRole.INTERVIEWER),
 *     TeamMember.of(MemberId.of("m-2"), HiringRole.RECRUITER));
 * team.membersWith(HiringRole.INTERVIEWER); // [m-1]
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.team;

import dev.hirekit.internal.HirekitStyle;
