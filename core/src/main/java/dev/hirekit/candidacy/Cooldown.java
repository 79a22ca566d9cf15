package dev.hirekit.candidacy;

import dev.hirekit.internal.Require;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * A wait after we reject an application before the same person may apply again: for {@link
 * #length()} from the rejection, to the same role and roles of its family, or to any role.
 * Only our rejections ({@link dev.hirekit.application.RejectionSide#WE_REJECTED}) start one; a
 * candidate who withdrew may come back at once.
 *
 * <pre>{@code
 * Cooldown sixMonths = Cooldown.of(Duration.ofDays(180), CooldownScope.SAME_FAMILY);
 * }</pre>
 */
@Value.Immutable
public abstract class Cooldown {
  /** The longest one: 100 years, so that times stay far inside {@link java.time.Instant}. */
  static final Duration LONGEST = Duration.ofDays(36_525);

  Cooldown() {}

  /**
   * How long the wait lasts.
   *
   * @return a positive duration
   */
  @Value.Parameter
  public abstract Duration length();

  /**
   * Where the wait holds.
   *
   * @return the scope
   */
  @Value.Parameter
  public abstract CooldownScope scope();

  /**
   * A cooldown.
   *
   * @param length how long, positive
   * @param scope where it holds
   * @return the cooldown
   * @throws dev.hirekit.InvalidValueException if the length is not positive, or over 100 years
   */
  public static Cooldown of(Duration length, CooldownScope scope) {
    return ImmutableCooldown.of(length, scope);
  }

  @Value.Check
  void check() {
    Require.that(!length().isNegative() && !length().isZero(), "Cooldown", "length",
        "is " + length() + "; give a positive duration");
    Require.that(length().compareTo(LONGEST) <= 0, "Cooldown", "length",
        "is " + length() + "; give at most " + LONGEST.toDays() + " days (100 years)");
  }
}
