package dev.hirekit.plan;

import dev.hirekit.internal.Require;

/**
 * Identifies a stage of an interview plan.
 *
 * <pre>{@code
 * StageId id = StageId.of("take-home");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record StageId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public StageId {
    Require.identifier("StageId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static StageId of(String value) {
    return new StageId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
