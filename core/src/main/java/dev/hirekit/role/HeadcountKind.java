package dev.hirekit.role;

/**
 * Why a seat is hired for: it is new, or it replaces someone who left.
 *
 * <pre>{@code
 * HeadcountReason.backfill("employee 4711").kind(); // BACKFILL
 * }</pre>
 */
public enum HeadcountKind {
  /** A seat the team did not have before. */
  NEW_HEADCOUNT,
  /** A seat someone left, filled again; the reason names whom it replaces. */
  BACKFILL
}
