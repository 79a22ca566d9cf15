package dev.hirekit.application;

/**
 * Where an application stands. Rejected, withdrawn and hired are terminal: they are left only by
 * reopening (rejected, withdrawn) or unhiring (hired).
 *
 * <pre>{@code
 * if (application.status() == ApplicationStatus.ACTIVE) { ... }
 * }</pre>
 */
public enum ApplicationStatus {
  /** A lead the team is courting; not yet applied, at no stage. */
  PROSPECT,
  /** In the pipeline, at a stage of the plan. */
  ACTIVE,
  /** Rejected, with a reason. */
  REJECTED,
  /** Withdrawn by the candidate. */
  WITHDRAWN,
  /** Hired. */
  HIRED
}
