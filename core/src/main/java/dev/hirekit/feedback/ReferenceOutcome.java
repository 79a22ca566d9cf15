package dev.hirekit.feedback;

/**
 * What a reference check found.
 *
 * <pre>{@code
 * Reference.builder().outcome(ReferenceOutcome.POSITIVE);
 * }</pre>
 */
public enum ReferenceOutcome {
  /** Supports the hire. */
  POSITIVE,
  /** Some concerns. */
  MIXED,
  /** Speaks against the hire. */
  NEGATIVE,
  /** The referee could not be reached. */
  UNREACHABLE
}
