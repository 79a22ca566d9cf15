package dev.hirekit.role;

/**
 * Why an opening was closed.
 *
 * <pre>{@code
 * Opening.closed(OpeningId.of("fde-1"), OpeningCloseReason.FILLED);
 * }</pre>
 */
public enum OpeningCloseReason {
  /** Someone was hired for it. */
  FILLED,
  /** It will not be filled. */
  CANCELLED
}
