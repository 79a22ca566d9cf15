package dev.hirekit.plan;

/**
 * What a stage of an interview plan is for.
 *
 * <pre>{@code
 * Stage.builder().id(StageId.of("refs")).name("References")
 *     .kind(StageKind.REFERENCE_CHECK).addFormat(StageFormat.ASYNC).build();
 * }</pre>
 */
public enum StageKind {
  /** The application is read and a first decision is made. */
  APPLICATION_REVIEW,
  /** A short first conversation with the candidate. */
  SCREEN,
  /** A task or test, such as a take-home assignment or a work trial. */
  ASSESSMENT,
  /** One or more interviews with the hiring team. */
  INTERVIEW,
  /** The team debriefs and decides. */
  DECISION,
  /** References of the candidate are checked. */
  REFERENCE_CHECK,
  /** A background check is run. */
  BACKGROUND_CHECK,
  /** An offer is made; such a stage may not be optional. */
  OFFER,
  /** Any other kind; the stage then names its kind in {@link Stage#customKind()}. */
  CUSTOM
}
