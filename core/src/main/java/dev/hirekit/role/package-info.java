/**
 * Roles (job postings): what the job is, where and how it is worked, what it pays, its openings,
 * its hiring team and its interview plan.
 *
 * <p>A role is drafted, opened, put on hold, closed and reopened through its actions, checked
 * against {@link dev.hirekit.role.Role#LIFECYCLE} and recorded as {@link
 * dev.hirekit.role.RoleEvent}s; hires fill its openings and unhires reopen them.
 *
 * <pre>{@code
 * Role role = Role.builder()
 *     .id(RoleId.of("backend-berlin"))
 *     .title("Backend Engineer")
 *     .department("Engineering")
 *     .addLocation(Location.of("Berlin", "DE"))
 *     .workplaceType(WorkplaceType.HYBRID)
 *     .employmentType(EmploymentType.FULL_TIME)
 *     .description(RoleDescription.of("Build and run our payment services."))
 *     .addOpening(Opening.open(OpeningId.of("backend-berlin-1")))
 *     .build();
 * role.openOpenings().size(); // 1
 * role = role.withPlan(plan).open(recruiter, now);
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.role;

import dev.hirekit.internal.HirekitStyle;
