package dev.hirekit.application;

/**
 * Why a hire was undone; decides where the application goes.
 *
 * <pre>{@code
 * Staffing.Staffed undone = Staffing.unhire(role, application, recruiter, at,
 *     UnhireReason.CANDIDATE_RENEGED, "took another offer");
 * }</pre>
 */
public enum UnhireReason {
  /** The candidate went back on the accepted offer: the application becomes withdrawn and the
   * offer declined. */
  CANDIDATE_RENEGED,
  /** The company reversed the hire: the application becomes rejected and the offer rescinded. */
  HIRE_REVERSED
}
