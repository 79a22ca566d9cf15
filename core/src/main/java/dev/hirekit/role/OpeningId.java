package dev.hirekit.role;

import dev.hirekit.internal.Require;

/**
 * Identifies one opening (one seat to fill) of a role.
 *
 * <pre>{@code
 * OpeningId id = OpeningId.of("fde-sf-1");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record OpeningId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public OpeningId {
    Require.identifier("OpeningId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static OpeningId of(String value) {
    return new OpeningId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
