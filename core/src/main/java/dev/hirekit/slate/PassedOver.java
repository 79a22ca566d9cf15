package dev.hirekit.slate;

import dev.hirekit.internal.Require;

/**
 * A ranked entry that {@link Slate#next} went past, and why: nobody is skipped silently.
 *
 * <pre>{@code
 * for (PassedOver p : next.passedOver()) {
 *   log.info("{} passed over: {}", p.entry().application(), p.standing());
 * }
 * }</pre>
 *
 * @param entry the entry
 * @param standing why it is not next (never {@link SlateStanding#AVAILABLE})
 */
public record PassedOver(SlateEntry entry, SlateStanding standing) {
  /**
   * Checks the components.
   *
   * @param entry the entry
   * @param standing why it is not next
   */
  public PassedOver {
    Require.given(entry, "PassedOver", "entry");
    Require.given(standing, "PassedOver", "standing");
    Require.that(standing != SlateStanding.AVAILABLE, "PassedOver", "standing",
        "is AVAILABLE; an available entry is next, not passed over");
  }
}
