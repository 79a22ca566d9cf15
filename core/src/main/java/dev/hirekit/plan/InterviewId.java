package dev.hirekit.plan;

import dev.hirekit.internal.Require;

/**
 * Identifies one interview held within a stage.
 *
 * <pre>{@code
 * InterviewId id = InterviewId.of("onsite-technical");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record InterviewId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public InterviewId {
    Require.identifier("InterviewId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static InterviewId of(String value) {
    return new InterviewId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
