package dev.hirekit.plan;

/**
 * What sort of condition a candidate must meet to be hired; see {@link Requirement}.
 *
 * <pre>{@code
 * Requirement.of("us-work-authorisation", RequirementKind.RIGHT_TO_WORK);
 * }</pre>
 */
public enum RequirementKind {
  /** The right to work in the country of the job, with or without sponsorship as described. */
  RIGHT_TO_WORK,
  /** A citizenship the job demands, as many public employers do. */
  CITIZENSHIP,
  /** A security clearance held, or one the candidate can obtain. */
  SECURITY_CLEARANCE,
  /** A professional licence or certification, such as a nursing or driving licence. */
  LICENSE,
  /** Any other condition of employment, such as a background check passed. */
  OTHER
}
