package dev.hirekit.offer;

import dev.hirekit.internal.Require;

/**
 * Identifies an offer; its versions share the id.
 *
 * <pre>{@code
 * OfferId id = OfferId.of("offer-1");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record OfferId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public OfferId {
    Require.identifier("OfferId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static OfferId of(String value) {
    return new OfferId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
