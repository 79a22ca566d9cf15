package dev.hirekit.team;

import dev.hirekit.internal.Require;

/**
 * Identifies a member of a hiring team, or any person who acts on a pipeline.
 *
 * <pre>{@code
 * MemberId id = MemberId.of("member-7");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record MemberId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public MemberId {
    Require.identifier("MemberId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
