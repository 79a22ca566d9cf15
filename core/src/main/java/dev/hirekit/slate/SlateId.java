package dev.hirekit.slate;

import dev.hirekit.internal.Require;

/**
 * Identifies a slate.
 *
 * <pre>{@code
 * SlateId id = SlateId.of("fde-sf-finalists");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record SlateId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public SlateId {
    Require.identifier("SlateId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static SlateId of(String value) {
    return new SlateId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
