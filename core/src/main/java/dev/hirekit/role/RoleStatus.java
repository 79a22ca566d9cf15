package dev.hirekit.role;

/**
 * Where a role stands. Applications start only on an open role.
 *
 * <pre>{@code
 * if (role.status() == RoleStatus.OPEN) { ... }
 * }</pre>
 */
public enum RoleStatus {
  /** Being written; not visible to candidates. */
  DRAFT,
  /** Taking applications. */
  OPEN,
  /** Paused: no new applications, pipelines kept. */
  ON_HOLD,
  /** Filled or cancelled; may be reopened. */
  CLOSED
}
