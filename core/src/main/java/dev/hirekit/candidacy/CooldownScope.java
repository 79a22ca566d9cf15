package dev.hirekit.candidacy;

/**
 * Where a {@link Cooldown} after a rejection holds.
 *
 * <pre>{@code
 * Cooldown.of(Duration.ofDays(180), CooldownScope.SAME_FAMILY);
 * }</pre>
 */
public enum CooldownScope {
  /** For the rejected application's role and the roles of its {@link RoleFamily}. */
  SAME_FAMILY,
  /** For every role. */
  ANYWHERE
}
