package dev.hirekit.candidacy;

/**
 * Where a {@link Cooldown} after a rejection holds.
 *
 * <pre>{@code
 * Cooldown.of(Duration.ofDays(180), CooldownScope.SAME_FAMILY);
 * }</pre>
 */
public enum CooldownScope {
  /** Only for roles of the rejected application's {@link RoleFamily}. */
  SAME_FAMILY,
  /** For every role. */
  ANYWHERE
}
