package dev.hirekit.plan;

/**
 * What sort of material a stage asks the candidate for; see {@link ArtifactAsk}.
 *
 * <pre>{@code
 * ArtifactAsk cv = ArtifactAsk.of("cv", ArtifactKind.CV);
 * }</pre>
 */
public enum ArtifactKind {
  /** A curriculum vitae or résumé. */
  CV,
  /** Samples of earlier work: a portfolio, a code repository, publications. */
  PORTFOLIO,
  /** Answers to written questions, such as a statement against selection criteria. */
  WRITTEN_ANSWERS,
  /** The hand-in of a take-home exercise. */
  TAKE_HOME,
  /** Any other material, such as a cover letter or a writing sample. */
  OTHER
}
