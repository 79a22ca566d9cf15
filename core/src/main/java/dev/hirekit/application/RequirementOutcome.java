package dev.hirekit.application;

/**
 * The outcome of checking an application against a {@link dev.hirekit.plan.Requirement} of its
 * plan; see {@link Application#checkRequirement}. A requirement not checked yet has no outcome.
 *
 * <pre>{@code
 * app = app.checkRequirement(recruiter, now, "us-work-authorisation", RequirementOutcome.MET);
 * }</pre>
 */
public enum RequirementOutcome {
  /** The candidate meets the requirement. */
  MET,
  /** The candidate does not meet it (yet): a stage that requires it holds. */
  NOT_MET
}
