/**
 * Slates: a committee's ranking of one role's applications, with ties, categories, your own
 * preference data and cuts, and who is next when an offer is declined, rescinded or expires.
 *
 * <pre>{@code
 * Slate slate = Slate.draft(SlateId.of("finalists"), role.id(), hiringManager, now)
 *     .rank(hiringManager, now, SlateEntry.of(first, 1), SlateEntry.of(second, 2));
 * slate.next(applications).next(); // [the entry of first]
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.slate;

import dev.hirekit.internal.HirekitStyle;
