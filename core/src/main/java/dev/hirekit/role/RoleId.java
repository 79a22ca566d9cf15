package dev.hirekit.role;

import dev.hirekit.internal.Require;

/**
 * Identifies a role (a job posting).
 *
 * <pre>{@code
 * RoleId id = RoleId.of("fde-sf");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record RoleId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public RoleId {
    Require.identifier("RoleId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static RoleId of(String value) {
    return new RoleId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
