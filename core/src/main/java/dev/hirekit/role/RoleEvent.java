package dev.hirekit.role;

import dev.hirekit.internal.Require;
import dev.hirekit.actor.Actor;
import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a role in its lifecycle, with when and by whom. A role's status and
 * openings are the replay of its events on the role as built ({@link Role#replay(Role, List)});
 * every event type is a record nested here, named in the past tense.
 *
 * <pre>{@code
 * for (RoleEvent event : role.history()) {
 *   if (event instanceof RoleEvent.OpeningFilled filled) {
 *     log.info("{} filled opening {} at {}", role.id(), filled.opening(), filled.at());
 *   }
 * }
 * }</pre>
 */
public sealed interface RoleEvent permits
    RoleEvent.Opened,
    RoleEvent.Held,
    RoleEvent.Resumed,
    RoleEvent.Closed,
    RoleEvent.Reopened,
    RoleEvent.OpeningAdded,
    RoleEvent.OpeningFilled,
    RoleEvent.OpeningClosed,
    RoleEvent.OpeningReopened {

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Who did it.
   *
   * @return the actor
   */
  Actor by();

  /**
   * The stable name of this kind of event, unique across the events of every aggregate and never
   * a Java class name: for example {@code role.opened} or {@code
   * role.opening_filled}. Stores and documents name events by it; it does not
   * change when a Java type is renamed.
   *
   * @return the type name
   */
  default String type() {
    return EventNames.of(this);
  }

  /**
   * The draft was published and takes applications.
   *
   * @param at when
   * @param by who
   */
  record Opened(Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public Opened {
      Require.given(at, "Opened", "at");
      Require.given(by, "Opened", "by");
    }
  }

  /**
   * The open role was put on hold.
   *
   * @param at when
   * @param by who
   */
  record Held(Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public Held {
      Require.given(at, "Held", "at");
      Require.given(by, "Held", "by");
    }
  }

  /**
   * The role on hold was opened again.
   *
   * @param at when
   * @param by who
   */
  record Resumed(Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public Resumed {
      Require.given(at, "Resumed", "at");
      Require.given(by, "Resumed", "by");
    }
  }

  /**
   * The role was closed; every opening still open was cancelled with it.
   *
   * @param reason why the role was closed
   * @param at when
   * @param by who
   */
  record Closed(RoleCloseReason reason, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param reason why the role was closed
     * @param at when
     * @param by who
     */
    public Closed {
      Require.given(reason, "Closed", "reason");
      Require.given(at, "Closed", "at");
      Require.given(by, "Closed", "by");
    }
  }

  /**
   * The closed role was opened again.
   *
   * @param at when
   * @param by who
   */
  record Reopened(Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public Reopened {
      Require.given(at, "Reopened", "at");
      Require.given(by, "Reopened", "by");
    }
  }

  /**
   * A new open opening was added.
   *
   * @param opening the new opening
   * @param at when
   * @param by who
   */
  record OpeningAdded(OpeningId opening, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param opening the new opening
     * @param at when
     * @param by who
     */
    public OpeningAdded {
      Require.given(opening, "OpeningAdded", "opening");
      Require.given(at, "OpeningAdded", "at");
      Require.given(by, "OpeningAdded", "by");
    }
  }

  /**
   * An open opening was filled by a hire; the last open one closes the role.
   *
   * @param opening the opening filled
   * @param at when
   * @param by who
   */
  record OpeningFilled(OpeningId opening, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param opening the opening filled
     * @param at when
     * @param by who
     */
    public OpeningFilled {
      Require.given(opening, "OpeningFilled", "opening");
      Require.given(at, "OpeningFilled", "at");
      Require.given(by, "OpeningFilled", "by");
    }
  }

  /**
   * An open opening was cancelled; the last open one of a live role closes the role.
   *
   * @param opening the opening cancelled
   * @param at when
   * @param by who
   */
  record OpeningClosed(OpeningId opening, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param opening the opening cancelled
     * @param at when
     * @param by who
     */
    public OpeningClosed {
      Require.given(opening, "OpeningClosed", "opening");
      Require.given(at, "OpeningClosed", "at");
      Require.given(by, "OpeningClosed", "by");
    }
  }

  /**
   * A filled opening was opened again after an unhire; a closed role opens with it.
   *
   * @param opening the opening opened again
   * @param at when
   * @param by who
   */
  record OpeningReopened(OpeningId opening, Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param opening the opening opened again
     * @param at when
     * @param by who
     */
    public OpeningReopened {
      Require.given(opening, "OpeningReopened", "opening");
      Require.given(at, "OpeningReopened", "at");
      Require.given(by, "OpeningReopened", "by");
    }
  }
}
