/**
 * Roles (job postings): what the job is, where and how it is worked, what it pays (its {@link
 * dev.hirekit.role.Posting}), its openings, its hiring team and its interview plan.
 *
 * <p>A role is event-sourced: drafted, given a plan and a team, opened, put on hold, closed and
 * reopened through its actions, checked against {@link dev.hirekit.role.Role#LIFECYCLE} and
 * recorded as numbered {@link dev.hirekit.role.RoleEvent}s; hires fill its openings and unhires
 * reopen them.
 *
 * <pre>{@code
 * Posting posting = Posting.builder()
 *     .title("Backend Engineer")
 *     .department("Engineering")
 *     .addLocation(Location.of("Berlin", "DE"))
 *     .workplaceType(WorkplaceType.HYBRID)
 *     .employmentType(EmploymentType.FULL_TIME)
 *     .description(RoleDescription.of("Build and run our payment services."))
 *     .build();
 * Role role = Role.draft(RoleId.of("backend-berlin"), posting, recruiter, now)
 *     .setPlan(recruiter, now, plan)
 *     .addOpening(recruiter, now, OpeningId.of("backend-berlin-1"))
 *     .open(recruiter, now);
 * role.openOpenings().size(); // 1
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.role;

import dev.hirekit.internal.HirekitStyle;
