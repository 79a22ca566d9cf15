package dev.hirekit.application;

/**
 * The two sides of the rejection-reason taxonomy, and a catch-all.
 *
 * <pre>{@code
 * RejectionReason.of(RejectionSide.WE_REJECTED, "skills-gap");
 * }</pre>
 */
public enum RejectionSide {
  /** The company decided against the candidate. */
  WE_REJECTED,
  /** The candidate decided against the company (recorded by the team). */
  THEY_WITHDREW,
  /** Neither: the role was cancelled, a duplicate application, and so on. */
  OTHER
}
