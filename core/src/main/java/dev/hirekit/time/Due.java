package dev.hirekit.time;

import dev.hirekit.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deadline an application, an offer or a role has at a given instant: which deadline, what
 * it is about, when it falls due, whether it is overdue, and the actions that resolve it with
 * the party expected to fire them. Hirekit never runs a timer: {@code Application.due(at,
 * calendar)} and {@code Role.due(at, zone)} return these, and the caller decides what to fire.
 *
 * <p>A deadline is overdue at its instant and after it, never before; {@link #overdueSince()}
 * is then that instant. A {@link Party#SYSTEM} deadline is one {@code Actor.system()} may
 * resolve as soon as it is overdue (an extended offer past its expiry may be expired).
 *
 * <pre>{@code
 * for (Due due : application.due(now, WorkCalendar.weekdays())) {
 *   if (due.overdue() && due.party() == Due.Party.SYSTEM
 *       && due.actions().contains(OfferAction.EXPIRE)) {
 *     application = application.expireOffer(Actor.system(), now);
 *   }
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Due {
  Due() {}

  /** Which deadline. */
  public enum Deadline {
    /** A stage's {@code RESPOND_WITHIN} rule: the team answers within the time of entering. */
    RESPOND_WITHIN,
    /** A stage's {@code WINDOW} rule: the work is handed in within the booked window. */
    WINDOW,
    /** A stage's {@code MATERIAL_BEFORE_INTERVIEW} rule: material before the first interview. */
    MATERIAL_BEFORE_INTERVIEW,
    /** A stage's {@code DECISION_AFTER_LAST_INTERVIEW} rule: a decision after the interviews. */
    DECISION_AFTER_LAST_INTERVIEW,
    /** An extended offer's expiry: the candidate answers before it, or the offer expires. */
    OFFER_EXPIRY,
    /** An open role's posting close date: the role is closed or put on hold. */
    POSTING_CLOSE,
    /** An open opening's target start date: past it, the seat is late. */
    OPENING_TARGET_START
  }

  /** Who is expected to resolve a deadline. */
  public enum Party {
    /** A member of the hiring team. */
    TEAM,
    /** The candidate (or the team on their behalf). */
    CANDIDATE,
    /** The system actor, by an automation of the caller's, once the deadline is overdue. */
    SYSTEM
  }

  /**
   * Which deadline.
   *
   * @return the deadline
   */
  public abstract Deadline deadline();

  /**
   * The id of what the deadline is about: the stage, the offer or the opening.
   *
   * @return the id's value
   */
  public abstract String about();

  /**
   * When the deadline falls due.
   *
   * @return the instant
   */
  public abstract Instant dueAt();

  /**
   * Whether the deadline is overdue at the instant asked about: that instant is at or after
   * {@link #dueAt()}.
   *
   * @return true if overdue
   */
  public abstract boolean overdue();

  /**
   * The actions that resolve the deadline: {@code ApplicationAction}s, {@code OfferAction}s or
   * {@code RoleAction}s; any one of them does.
   *
   * @return the actions, at least one
   */
  public abstract List<Enum<?>> actions();

  /**
   * Who is expected to fire the actions.
   *
   * @return the party
   */
  public abstract Party party();

  /**
   * Since when the deadline is overdue.
   *
   * @return {@link #dueAt()} if overdue, else empty
   */
  public Optional<Instant> overdueSince() {
    return overdue() ? Optional.of(dueAt()) : Optional.empty();
  }

  /**
   * A deadline as seen at an instant: overdue if {@code at} is not before {@code dueAt}.
   *
   * <pre>{@code
   * Due late = Due.at(Due.Deadline.OFFER_EXPIRY, "offer-1", expiresAt, now,
   *     Due.Party.SYSTEM, OfferAction.EXPIRE);
   * }</pre>
   *
   * @param deadline which deadline
   * @param about the id of what it is about
   * @param dueAt when it falls due
   * @param at the instant asked about
   * @param party who resolves it
   * @param actions the actions that resolve it, at least one
   * @return the deadline
   * @throws InvalidValueException if an argument is missing or no action is given
   */
  public static Due at(Deadline deadline, String about, Instant dueAt, Instant at, Party party,
      Enum<?>... actions) {
    if (at == null || dueAt == null) {
      throw new InvalidValueException("Due", at == null ? "at" : "dueAt",
          "is missing; give an instant");
    }
    return builder().deadline(deadline).about(about).dueAt(dueAt).overdue(!at.isBefore(dueAt))
        .party(party).actions(actions == null ? List.of() : List.of(actions)).build();
  }

  /**
   * A copy seen from the other side of its instant.
   *
   * @param value whether overdue
   * @return the copy
   */
  public abstract Due withOverdue(boolean value);

  /**
   * A builder of deadlines.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (actions().isEmpty()) {
      throw new InvalidValueException("Due", "actions", "is empty; give the action or actions"
          + " that resolve the deadline");
    }
    if (about().isBlank()) {
      throw new InvalidValueException("Due", "about", "is blank; give the id of the stage, offer"
          + " or opening");
    }
  }

  /** Builds a {@link Due}; see {@link Due#builder()}. */
  public static final class Builder extends ImmutableDue.Builder {
    Builder() {}
  }
}
