package dev.hirekit.candidacy;

/**
 * Which rule of {@link CandidacyRules} refused a {@link Proposal}.
 *
 * <pre>{@code
 * verdict.refusals().get(0).rule(); // CandidacyRule.COOLDOWN
 * }</pre>
 */
public enum CandidacyRule {
  /** The person already has a prospect or an active application for the role. */
  ALREADY_IN_PROCESS,
  /**
   * The person already has as many active applications as {@link
   * CandidacyRules#maxInProcess()}.
   */
  IN_PROCESS_LIMIT,
  /** A {@link Cooldown} after one of our rejections has not run out. */
  COOLDOWN,
  /** An entry past a stage that no valid {@link StageCredit} covers. */
  STAGE_NOT_CREDITED,
  /**
   * A transfer to a role outside the application's role family (or between roles in no
   * family): a transfer keeps the history only where it means the same work.
   */
  OUTSIDE_FAMILY
}
