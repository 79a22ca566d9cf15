package dev.hirekit.slate;

/**
 * What may be done to a slate; {@link Slate#allowedActions} lists those legal now.
 *
 * <pre>{@code
 * slate.allowedActions(hiringManager); // [RANK, CUT]
 * }</pre>
 */
public enum SlateAction {
  /** Rank the applications (again): replaces the entries. */
  RANK,
  /** Cut the ranked slate: the top n, or at or above a category. */
  CUT,
  /** Remove every cut. */
  CLEAR_CUTS
}
