/**
 * Talent pools: candidates kept outside any role, with stages, consent to contact, expiry and
 * its extension, and the move from a pool to a role.
 *
 * <pre>{@code
 * TalentPool pool = TalentPool.create(PoolId.of("reserve"), "Reserve list", List.of("new"),
 *     false, recruiter, now);
 * pool = pool.add(recruiter, now, candidate, "new", "second in the final round",
 *     Optional.empty(), now.plus(Duration.ofDays(365)));
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.pool;

import dev.hirekit.internal.HirekitStyle;
