/**
 * Rules across one person's applications: cooldowns after a rejection, stage results that
 * carry over to a new application, and how many applications one person may have in process.
 *
 * <pre>{@code
 * CandidacyRules rules = CandidacyRules.builder()
 *     .addCooldown(Cooldown.of(Duration.ofDays(180), CooldownScope.ANYWHERE))
 *     .maxInProcess(2)
 *     .build();
 * rules.check(applications, Map.of(), Proposal.apply(RoleId.of("fde-sf"), now)).allowed();
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.candidacy;

import dev.hirekit.internal.HirekitStyle;
