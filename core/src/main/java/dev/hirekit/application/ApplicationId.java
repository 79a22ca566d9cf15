package dev.hirekit.application;

import dev.hirekit.internal.Require;

/**
 * Identifies an application: one candidate applying to one role.
 *
 * <pre>{@code
 * ApplicationId id = ApplicationId.of("app-7");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record ApplicationId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public ApplicationId {
    Require.identifier("ApplicationId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static ApplicationId of(String value) {
    return new ApplicationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
