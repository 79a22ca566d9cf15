package dev.hirekit.pool;

/**
 * What {@link TalentPool#due} reports of an entry.
 *
 * <pre>{@code
 * pool.due(now).get(0).kind(); // PoolDueKind.ENTRY_EXPIRED
 * }</pre>
 */
public enum PoolDueKind {
  /** The entry's time ran out: remove it ({@link PoolRemoval#EXPIRED}). */
  ENTRY_EXPIRED,
  /** The consent to contact ran out: do not contact until it is given again. */
  CONSENT_EXPIRED
}
