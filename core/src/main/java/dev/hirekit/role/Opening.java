package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One seat of a role to fill. A role may have several openings, e.g. to hire three engineers.
 *
 * <p>Rules: a close reason is given if and only if the status is {@link OpeningStatus#CLOSED}.
 *
 * <pre>{@code
 * Opening seat = Opening.open(OpeningId.of("fde-1"));
 * Opening done = Opening.closed(OpeningId.of("fde-2"), OpeningCloseReason.FILLED);
 * }</pre>
 */
@Value.Immutable
public abstract class Opening {

  Opening() {}

  /**
   * The opening's id, unique within its role.
   *
   * @return the id
   */
  public abstract OpeningId id();

  /**
   * Whether the opening can still be filled. {@link OpeningStatus#OPEN} by default.
   *
   * @return the status
   */
  @Value.Default
  public OpeningStatus status() {
    return OpeningStatus.OPEN;
  }

  /**
   * Why the opening was closed.
   *
   * @return the reason when closed, empty when open
   */
  public abstract Optional<OpeningCloseReason> closeReason();

  /**
   * The day the person hired for this opening should start, once {@link Role#scheduleOpening}
   * set it.
   *
   * @return the target start date, or empty
   */
  public abstract Optional<LocalDate> targetStart();

  /**
   * Why this opening is hired for, when it differs from the role's {@link Requisition}: e.g. one
   * seat backfills a leaver while another is new headcount.
   *
   * @return the opening's own reason, or empty
   */
  public abstract Optional<HeadcountReason> reason();

  /**
   * An open opening.
   *
   * @param id the opening's id
   * @return the opening
   */
  public static Opening open(OpeningId id) {
    return builder().id(id).build();
  }

  /**
   * A closed opening.
   *
   * @param id the opening's id
   * @param reason why it was closed
   * @return the opening
   */
  public static Opening closed(OpeningId id, OpeningCloseReason reason) {
    return builder().id(id).status(OpeningStatus.CLOSED).closeReason(reason).build();
  }

  /**
   * A builder of openings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the opening can still be filled.
   *
   * @return true if the status is {@link OpeningStatus#OPEN}
   */
  public boolean isOpen() {
    return status() == OpeningStatus.OPEN;
  }

  /**
   * A copy with another id.
   *
   * @param value the id
   * @return the copy
   */
  public abstract Opening withId(OpeningId value);

  /**
   * A copy with another status; a close reason must then agree with it.
   *
   * @param value the status
   * @return the copy
   * @throws InvalidValueException if the copy has a reason while open, or none while closed
   */
  public abstract Opening withStatus(OpeningStatus value);

  /**
   * A copy with a close reason.
   *
   * @param value the reason
   * @return the copy
   * @throws InvalidValueException if the opening is open
   */
  public abstract Opening withCloseReason(OpeningCloseReason value);

  /**
   * A copy with a target start date.
   *
   * @param value the date
   * @return the copy
   */
  public abstract Opening withTargetStart(LocalDate value);

  /**
   * A copy with the opening's own reason.
   *
   * @param value the reason
   * @return the copy
   */
  public abstract Opening withReason(HeadcountReason value);

  /**
   * Whether the opening is still open on a day after its target start date: it is late.
   *
   * <pre>{@code
   * seat.withTargetStart(LocalDate.of(2027, 3, 1)).isPastTargetStart(LocalDate.of(2027, 3, 2));
   * // true while the seat is open
   * }</pre>
   *
   * @param day the day to look from
   * @return true if open, with a target start date before the day
   * @throws InvalidValueException if the day is null
   */
  public boolean isPastTargetStart(LocalDate day) {
    dev.hirekit.internal.Require.given(day, "Opening", "day");
    return isOpen() && targetStart().filter(t -> t.isBefore(day)).isPresent();
  }

  @Value.Check
  void check() {
    if (status() == OpeningStatus.CLOSED && closeReason().isEmpty()) {
      throw new InvalidValueException("Opening", "closeReason",
          "must be given when status is CLOSED; give FILLED or CANCELLED");
    }
    if (status() == OpeningStatus.OPEN && closeReason().isPresent()) {
      throw new InvalidValueException("Opening", "closeReason",
          "must be empty when status is OPEN; drop it or close the opening");
    }
  }

  /** Builds an {@link Opening}; see {@link Opening#builder()}. */
  public static final class Builder extends ImmutableOpening.Builder {
    Builder() {}
  }
}
