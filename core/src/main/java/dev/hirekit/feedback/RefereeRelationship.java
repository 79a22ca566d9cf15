package dev.hirekit.feedback;

/**
 * How a referee knows the candidate.
 *
 * <pre>{@code
 * Reference.builder().relationship(RefereeRelationship.MANAGER);
 * }</pre>
 */
public enum RefereeRelationship {
  /** Managed the candidate. */
  MANAGER,
  /** Worked beside the candidate. */
  PEER,
  /** Was managed by the candidate. */
  DIRECT_REPORT,
  /** A customer or client of the candidate's work. */
  CLIENT,
  /** Any other relationship. */
  OTHER
}
