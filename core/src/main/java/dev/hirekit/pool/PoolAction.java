package dev.hirekit.pool;

/**
 * What may be done with a pool entry; {@link TalentPool#allowedActions} lists those legal now.
 *
 * <pre>{@code
 * pool.allowedActions(recruiter, candidate, now); // [MOVE, EXTEND, REMOVE, MOVE_TO_ROLE]
 * }</pre>
 */
public enum PoolAction {
  /** Add a candidate to the pool. */
  ADD,
  /** Move the entry to another of the pool's stages. */
  MOVE,
  /** Extend the entry's time in the pool, before it runs out. */
  EXTEND,
  /** Remove the entry. */
  REMOVE,
  /** Move the entry to a role: it leaves the pool as a new application. */
  MOVE_TO_ROLE
}
