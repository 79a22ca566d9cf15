package dev.hirekit.candidacy;

/**
 * What a {@link Proposal} would do for a person.
 *
 * <pre>{@code
 * Proposal.apply(RoleId.of("fde-sf"), now).kind(); // ProposalKind.APPLY
 * }</pre>
 */
public enum ProposalKind {
  /** A new application to a role, at its first stage or at a later entry stage. */
  APPLY,
  /** A prospect of theirs becomes an active application. */
  CONVERT,
  /** A rejected or withdrawn application of theirs becomes active again. */
  REOPEN,
  /**
   * An active application of theirs moves to another role of its role family, at the first or
   * a later entry stage ({@link dev.hirekit.application.Application#transfer}).
   */
  TRANSFER
}
