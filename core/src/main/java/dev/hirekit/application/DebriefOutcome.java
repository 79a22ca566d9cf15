package dev.hirekit.application;

/**
 * What a debrief of a stage decided. Only {@link #ADVANCE} meets a stage's {@link
 * dev.hirekit.plan.DecisionRule#debriefOnNo debrief rule}.
 *
 * <pre>{@code
 * application.debrief(hiringManager, at, DebriefOutcome.ADVANCE);
 * }</pre>
 */
public enum DebriefOutcome {
  /** The panel agrees the candidate may move on. */
  ADVANCE,
  /** The panel agrees to reject the candidate (reject the application next). */
  REJECT,
  /** The panel needs more information, such as another interview; the stage stays closed. */
  HOLD
}
