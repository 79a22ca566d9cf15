package dev.hirekit.pool;

import dev.hirekit.application.Application;
import dev.hirekit.internal.Require;

/**
 * The two results of {@link TalentPool#moveToRole}: the pool without the entry, and the new
 * application. Store both, or neither.
 *
 * <pre>{@code
 * PoolMove move = pool.moveToRole(recruiter, now, candidate, role, ApplicationId.of("a-9"),
 *     role.plan().orElseThrow().first().id(), "asked about the Berlin team", true);
 * pool = move.pool();
 * Application application = move.application();
 * }</pre>
 *
 * @param pool the pool after the move
 * @param application the application it created
 */
public record PoolMove(TalentPool pool, Application application) {
  /**
   * Checks that both are given.
   *
   * @param pool the pool after the move
   * @param application the application it created
   */
  public PoolMove {
    Require.given(pool, "PoolMove", "pool");
    Require.given(application, "PoolMove", "application");
  }
}
