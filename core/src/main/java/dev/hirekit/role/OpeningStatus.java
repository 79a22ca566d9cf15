package dev.hirekit.role;

/**
 * Whether an opening of a role can still be filled.
 *
 * <pre>{@code
 * Opening.open(OpeningId.of("fde-1")).status(); // OPEN
 * }</pre>
 */
public enum OpeningStatus {
  /** The opening can be filled. */
  OPEN,
  /** The opening is filled or cancelled; see {@link Opening#closeReason()}. */
  CLOSED
}
