package dev.hirekit.candidacy;

import dev.hirekit.internal.Require;

/**
 * A family of related roles (all engineering roles, all sales development roles), as your own
 * job architecture names them. Cooldowns and stage credits can be scoped to a family.
 *
 * <pre>{@code
 * RoleFamily engineering = RoleFamily.of("engineering");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record RoleFamily(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public RoleFamily {
    Require.identifier("RoleFamily", value);
  }

  /**
   * The family of a name.
   *
   * @param value the identifier text
   * @return the family
   */
  public static RoleFamily of(String value) {
    return new RoleFamily(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
