package dev.hirekit.pool;

/**
 * Why an entry left a talent pool other than by moving to a role.
 *
 * <pre>{@code
 * pool = pool.remove(recruiter, now, candidate, PoolRemoval.EXPIRED);
 * }</pre>
 */
public enum PoolRemoval {
  /** Its time in the pool ran out; allowed only once it has. */
  EXPIRED,
  /** The candidate asked to leave. */
  CANDIDATE_ASKED,
  /** The team no longer sees a fit. */
  NO_LONGER_A_FIT
}
