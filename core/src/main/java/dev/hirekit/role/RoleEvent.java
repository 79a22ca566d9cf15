package dev.hirekit.role;

import dev.hirekit.lifecycle.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
   * The draft was published and takes applications.
   *
   * @param at when
   * @param by who
   */
  record Opened(Instant at, Actor by) implements RoleEvent {
    /**
     * Checks that no component is null.
     *
     * @param at when
     * @param by who
     */
    public Opened {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param at when
     * @param by who
     */
    public Held {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param at when
     * @param by who
     */
    public Resumed {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param reason why the role was closed
     * @param at when
     * @param by who
     */
    public Closed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param at when
     * @param by who
     */
    public Reopened {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param opening the new opening
     * @param at when
     * @param by who
     */
    public OpeningAdded {
      Objects.requireNonNull(opening, "opening");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param opening the opening filled
     * @param at when
     * @param by who
     */
    public OpeningFilled {
      Objects.requireNonNull(opening, "opening");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param opening the opening cancelled
     * @param at when
     * @param by who
     */
    public OpeningClosed {
      Objects.requireNonNull(opening, "opening");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
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
     * Checks that no component is null.
     *
     * @param opening the opening opened again
     * @param at when
     * @param by who
     */
    public OpeningReopened {
      Objects.requireNonNull(opening, "opening");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
    }
  }
}
