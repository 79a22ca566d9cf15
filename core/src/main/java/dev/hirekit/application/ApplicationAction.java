package dev.hirekit.application;

/**
 * What may be done to an application; the rows of {@link Application#LIFECYCLE} say from which
 * status. Offer actions after drafting are {@link dev.hirekit.offer.OfferAction}s.
 *
 * <pre>{@code
 * application.allowedActions(recruiter).contains(ApplicationAction.ADVANCE);
 * }</pre>
 */
public enum ApplicationAction {
  /** Creates an active application at the plan's first (or a named) stage. */
  APPLY,
  /** Creates a prospect: a lead, not yet applied. */
  PROSPECT,
  /** Turns a prospect into an active application. */
  CONVERT,
  /** Moves to the next stage of the plan. */
  ADVANCE,
  /** Moves forward over one or more optional stages, with a reason. */
  SKIP,
  /** Moves to any earlier stage, or forward to the next stage. */
  MOVE,
  /** Rejects, with a reason; closes any live or accepted offer. */
  REJECT,
  /** The candidate withdraws; closes any live or accepted offer. */
  WITHDRAW,
  /** Undoes a rejection or withdrawal. */
  REOPEN,
  /** Hires, at an offer stage with an accepted offer. */
  HIRE,
  /** Undoes a hire. */
  UNHIRE,
  /** An interviewer submits a scorecard for an interview of the current stage. */
  SUBMIT_SCORECARD,
  /** Records a reference check. */
  RECORD_REFERENCE,
  /** Drafts an offer, at an offer stage. */
  DRAFT_OFFER,
  /** Moves the application onto a newer version of the plan. */
  MIGRATE,
  /** The candidate picks one alternative of a stage's choice, at the current or a later stage. */
  CHOOSE,
  /** The candidate opts in to an option a stage declares, such as being recorded. */
  OPT_IN,
  /** The candidate opts out of an option a stage declares. */
  OPT_OUT,
  /** The candidate asks for an accommodation at the current or a later stage. */
  REQUEST_ACCOMMODATION,
  /** The team answers a pending accommodation request. */
  ARRANGE_ACCOMMODATION,
  /** Links the application to an open opening of its role, the seat it is considered for. */
  CONSIDER_FOR,
  /** Records a debrief of the current stage, with its outcome. */
  DEBRIEF,
  /** The hiring manager overrides the current stage's unmet decision rules, with a reason. */
  OVERRIDE_DECISION,
  /** Submits an artifact for an ask of the current or a later stage, as a reference. */
  SUBMIT_ARTIFACT,
  /** An interviewer amends their submitted scorecard of the current stage; the original stays. */
  AMEND_SCORECARD,
  /** The team schedules (or re-schedules) an interview of the current stage at an instant. */
  SCHEDULE_INTERVIEW,
  /**
   * The candidate books the start of the current stage's window, at a stage with a window; the
   * work is handed in by submitting the stage's material ({@link #SUBMIT_ARTIFACT}).
   */
  BOOK_WINDOW,
  /**
   * Records the outcome of checking the application against a requirement of its plan (right to
   * work, citizenship, clearance, ...); a later check replaces it.
   */
  CHECK_REQUIREMENT,
  /**
   * Moves an active application to another open role, at an entry stage of the new role's plan;
   * its id, date and history stay (see {@link Application#transferTargets}).
   */
  TRANSFER
}
