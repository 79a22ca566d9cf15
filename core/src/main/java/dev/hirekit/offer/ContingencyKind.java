package dev.hirekit.offer;

/**
 * What an offer's {@link Contingency} waits for.
 *
 * <pre>{@code
 * Contingency check = Contingency.of(ContingencyKind.BACKGROUND_CHECK);
 * }</pre>
 */
public enum ContingencyKind {
  /** A background check (criminal record, employment history). */
  BACKGROUND_CHECK,
  /** References taken up after acceptance. */
  REFERENCES,
  /** Proof of the right to work in the country. */
  RIGHT_TO_WORK,
  /** A medical or fitness-for-work assessment. */
  MEDICAL,
  /** A security clearance (vetting). */
  SECURITY_CLEARANCE,
  /** Any other condition, described by the contingency. */
  OTHER
}
