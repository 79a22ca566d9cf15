package dev.hirekit.slate;

/**
 * Where a slate is in its life.
 *
 * <pre>{@code
 * slate.status(); // SlateStatus.RANKED
 * }</pre>
 */
public enum SlateStatus {
  /** Drafted: its role, stage and categories, no ranking yet. */
  DRAFT,
  /** Ranked; it may be ranked again and cut. */
  RANKED
}
