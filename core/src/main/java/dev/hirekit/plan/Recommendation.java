package dev.hirekit.plan;

/**
 * An interviewer's overall recommendation, from worst to best; {@link #NO_DECISION} stands apart
 * and never meets a stage's minimum.
 *
 * <pre>{@code
 * Recommendation.YES.isAtLeast(Recommendation.YES);        // true
 * Recommendation.NO_DECISION.isAtLeast(Recommendation.NO); // false
 * }</pre>
 */
public enum Recommendation {
  /** Definitely not. */
  DEFINITELY_NOT,
  /** No. */
  NO,
  /** Yes. */
  YES,
  /** Strong yes. */
  STRONG_YES,
  /** The interviewer makes no recommendation. */
  NO_DECISION;

  /**
   * Whether this recommendation meets a minimum.
   *
   * @param minimum the least acceptable recommendation
   * @return true if this is a decision at least as good as the minimum
   */
  public boolean isAtLeast(Recommendation minimum) {
    return this != NO_DECISION && minimum != NO_DECISION && ordinal() >= minimum.ordinal();
  }
}
