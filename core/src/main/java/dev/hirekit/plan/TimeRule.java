package dev.hirekit.plan;

import dev.hirekit.InvalidValueException;
import dev.hirekit.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A deadline a stage sets, relative to an event of the application: answer within 5 business
 * days of entering the stage, hand a take-home in within 2 hours of the start the candidate
 * books, send material at least 24 hours before the interview, decide within 48 hours after the
 * last interview. A rule is data; {@code Application.due(at)} says what is due or overdue.
 *
 * <p>Rules: the amount is 1 to {@value #MAX_AMOUNT}; {@link Kind#MATERIAL_BEFORE_INTERVIEW}
 * counts in {@link Unit#HOURS} (a deadline before an event is counted in elapsed time).
 *
 * <pre>{@code
 * TimeRule answer = TimeRule.of(TimeRule.Kind.RESPOND_WITHIN, 5, TimeRule.Unit.BUSINESS_DAYS);
 * TimeRule handIn = TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS);
 * answer.deadline(enteredAt, WorkCalendar.weekdays()); // 5 business days later
 * }</pre>
 */
@Value.Immutable
public abstract class TimeRule {
  /** The largest amount of a rule: 10,000 hours or business days. */
  public static final int MAX_AMOUNT = 10_000;

  TimeRule() {}

  /** What a rule's deadline is relative to and what it asks for. */
  public enum Kind {
    /** The team answers (moves the application on, or rejects it) within the amount of entering
     * the stage. */
    RESPOND_WITHIN,
    /** The candidate books the start of a window; the work is handed in within the amount of
     * that start. */
    WINDOW,
    /** The candidate's material is due at least the amount before the stage's first scheduled
     * interview. */
    MATERIAL_BEFORE_INTERVIEW,
    /** The team decides within the amount after the stage's last scheduled interview. */
    DECISION_AFTER_LAST_INTERVIEW
  }

  /** How a rule's amount is counted. */
  public enum Unit {
    /** Elapsed hours. */
    HOURS,
    /** Business days of a {@link WorkCalendar}: 24 hours of working time each. */
    BUSINESS_DAYS
  }

  /**
   * What the deadline is relative to.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * How many hours or business days.
   *
   * @return the amount, 1 to {@value #MAX_AMOUNT}
   */
  @Value.Parameter
  public abstract int amount();

  /**
   * How the amount is counted.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract Unit unit();

  /**
   * A rule.
   *
   * @param kind what the deadline is relative to
   * @param amount how many, 1 to {@value #MAX_AMOUNT}
   * @param unit hours or business days
   * @return the rule
   * @throws InvalidValueException if an argument is missing or breaks a rule
   */
  public static TimeRule of(Kind kind, int amount, Unit unit) {
    return ImmutableTimeRule.of(kind, amount, unit);
  }

  /**
   * A builder of rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The deadline relative to its anchor: the anchor plus the amount (in elapsed hours, or in
   * business days of the calendar), or for {@link Kind#MATERIAL_BEFORE_INTERVIEW} the anchor
   * (the interview) minus the hours.
   *
   * <pre>{@code
   * Instant answerBy = rule.deadline(enteredAt, WorkCalendar.weekdays(ZoneId.of("Europe/Paris")));
   * }</pre>
   *
   * @param anchor the event the rule counts from: entering the stage, the booked window start,
   *     the first or the last interview
   * @param calendar the working days, for business days
   * @return the deadline
   * @throws InvalidValueException if an argument is missing
   */
  public Instant deadline(Instant anchor, WorkCalendar calendar) {
    if (anchor == null || calendar == null) {
      throw new InvalidValueException("TimeRule", anchor == null ? "anchor" : "calendar",
          "is missing; give a value");
    }
    if (kind() == Kind.MATERIAL_BEFORE_INTERVIEW) {
      return anchor.minus(Duration.ofHours(amount()));
    }
    return unit() == Unit.HOURS ? anchor.plus(Duration.ofHours(amount()))
        : calendar.plusBusinessDays(anchor, amount());
  }

  @Value.Check
  void check() {
    if (amount() < 1 || amount() > MAX_AMOUNT) {
      throw new InvalidValueException("TimeRule", "amount", amount() + " is out of range; give 1"
          + " to " + MAX_AMOUNT + " " + unit().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (kind() == Kind.MATERIAL_BEFORE_INTERVIEW && unit() != Unit.HOURS) {
      throw new InvalidValueException("TimeRule", "unit", unit() + " is not allowed for"
          + " MATERIAL_BEFORE_INTERVIEW; count material deadlines in HOURS");
    }
  }

  /** Builds a {@link TimeRule}; see {@link TimeRule#builder()}. */
  public static final class Builder extends ImmutableTimeRule.Builder {
    Builder() {}
  }
}
