package dev.hirekit.pool;

import dev.hirekit.internal.Require;

/**
 * Identifies a talent pool.
 *
 * <pre>{@code
 * PoolId id = PoolId.of("engineering-reserve");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record PoolId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public PoolId {
    Require.identifier("PoolId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static PoolId of(String value) {
    return new PoolId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
