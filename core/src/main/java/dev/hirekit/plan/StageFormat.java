package dev.hirekit.plan;

/**
 * How a stage is held. A stage offering several formats lets the candidate choose one.
 *
 * <pre>{@code
 * Stage.builder().id(StageId.of("onsite")).name("Interviews").kind(StageKind.INTERVIEW)
 *     .addFormats(StageFormat.ON_SITE, StageFormat.VIDEO).build().candidateChooses(); // true
 * }</pre>
 */
public enum StageFormat {
  /** A phone call. */
  PHONE,
  /** A video call. */
  VIDEO,
  /** In person, at the employer's site. */
  ON_SITE,
  /** Without meeting: the candidate or the team works in their own time. */
  ASYNC
}
