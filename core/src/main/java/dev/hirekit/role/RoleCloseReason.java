package dev.hirekit.role;

/**
 * Why a role was closed with {@link Role#close}. Kept apart from {@link OpeningCloseReason}: it
 * says why the posting as a whole ended, while each opening keeps its own reason (closing a role
 * as {@link #FILLED} still cancels the openings that were never filled).
 *
 * <pre>{@code
 * role = role.close(hiringManager, now, RoleCloseReason.CANCELLED);
 * }</pre>
 */
public enum RoleCloseReason {
  /** The hiring is done: the people needed were hired. */
  FILLED,
  /** The role will not be filled (budget cut, reorganisation, posted by mistake). */
  CANCELLED
}
