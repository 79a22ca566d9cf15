package dev.hirekit.pool;

import dev.hirekit.candidate.CandidateId;
import dev.hirekit.internal.Require;
import java.time.Instant;

/**
 * Something due on a pool entry: it expired (remove it) or its consent to contact lapsed.
 *
 * <pre>{@code
 * for (PoolDue due : pool.due(now)) {
 *   if (due.kind() == PoolDueKind.ENTRY_EXPIRED) {
 *     pool = pool.remove(Actor.system(), now, due.candidate(), PoolRemoval.EXPIRED);
 *   }
 * }
 * }</pre>
 *
 * @param candidate whose entry
 * @param kind what is due
 * @param since when it became due
 */
public record PoolDue(CandidateId candidate, PoolDueKind kind, Instant since) {
  /**
   * Checks that every component is given.
   *
   * @param candidate whose entry
   * @param kind what is due
   * @param since when it became due
   */
  public PoolDue {
    Require.given(candidate, "PoolDue", "candidate");
    Require.given(kind, "PoolDue", "kind");
    Require.given(since, "PoolDue", "since");
  }
}
