package dev.hirekit.time;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days, in which time zone: what turns elapsed time into working time
 * ("business days") in a report, and what computes a deadline such as "within 5 business days of
 * entering the stage" ({@link #plusBusinessDays(Instant, int)}). Hirekit ships no holiday data: a calendar is its working days
 * of the week (Monday to Friday by default) and the days off its user gives.
 *
 * <p>The working time between two instants is the part of that span that falls on working days,
 * each day running from its start to the next day's start in the calendar's zone (so a day of a
 * daylight-saving change lasts 23 or 25 hours). One business day is 24 hours of working time: a
 * stage entered on Friday at 17:00 and left on Monday at 09:00 took 16 hours of working time.
 *
 * <pre>{@code
 * WorkCalendar paris = WorkCalendar.weekdays(ZoneId.of("Europe/Paris"))
 *     .withDaysOff(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
 * PipelineReport report = ReportQuery.builder().calendar(paris).build().over(applications);
 * }</pre>
 */
public final class WorkCalendar {
  /** Monday to Friday in UTC, no day off: the calendar used when the caller gives none. */
  private static final WorkCalendar WEEKDAYS_UTC = weekdays(ZoneOffset.UTC);

  /** The longest span a calendar measures: 100 years, far beyond any hiring process. */
  static final long MAX_DAYS = 36_525;

  private final ZoneId zone;
  private final Set<DayOfWeek> workdays;
  private final Set<LocalDate> daysOff;
  private final String name;

  private WorkCalendar(ZoneId zone, Set<DayOfWeek> workdays, Set<LocalDate> daysOff) {
    this.zone = zone;
    this.workdays = Set.copyOf(workdays);
    this.daysOff = Set.copyOf(daysOff);
    this.name = describe(zone, workdays, daysOff);
  }

  /**
   * Monday to Friday in a time zone, with no day off.
   *
   * @param zone where the days begin and end
   * @return the calendar
   * @throws InvalidValueException if {@code zone} is missing
   */
  public static WorkCalendar weekdays(ZoneId zone) {
    return new WorkCalendar(Require.given(zone, "WorkCalendar", "zone"),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
  }

  /**
   * Monday to Friday in UTC, with no day off: the default calendar of the time rules when the
   * caller gives none ({@code application.due(at)}).
   *
   * <pre>{@code
   * Instant deadline = WorkCalendar.weekdays().plusBusinessDays(enteredAt, 5);
   * }</pre>
   *
   * @return the calendar
   */
  public static WorkCalendar weekdays() {
    return WEEKDAYS_UTC;
  }

  /**
   * This calendar with other working days of the week (its days off kept).
   *
   * @param days the working days of the week, at least one
   * @return the calendar
   * @throws InvalidValueException if {@code days} is missing, holds a null or is empty
   */
  public WorkCalendar withWorkdays(Collection<DayOfWeek> days) {
    Require.given(days, "WorkCalendar", "workdays").forEach(
        day -> Require.given(day, "WorkCalendar", "workdays"));
    Require.that(!days.isEmpty(), "WorkCalendar", "workdays",
        "is empty; give at least one working day of the week");
    return new WorkCalendar(zone, EnumSet.copyOf(days), daysOff);
  }

  /**
   * This calendar with more days off (public holidays, a company shutdown), added to those it
   * has.
   *
   * @param days the dates off
   * @return the calendar
   * @throws InvalidValueException if {@code days} is missing or holds a null
   */
  public WorkCalendar withDaysOff(Collection<LocalDate> days) {
    Set<LocalDate> all = new TreeSet<>(daysOff);
    Require.given(days, "WorkCalendar", "daysOff").forEach(
        day -> all.add(Require.given(day, "WorkCalendar", "daysOff")));
    return new WorkCalendar(zone, workdays, all);
  }

  /**
   * The calendar's zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * A name made of the calendar's content (zone, working days, and the count and a SHA-256
   * prefix of its days off): two calendars have the same name when they count the same days,
   * which is what a report records and checks before two reports merge.
   *
   * @return the name, e.g. {@code "Europe/Paris MON,TUE,WED,THU,FRI, 2 days off
   *     #3f9c0e5a7d21b846"}
   */
  public String name() {
    return name;
  }

  /**
   * Whether a date is a working day.
   *
   * @param date the date
   * @return whether its weekday is a working day and it is not a day off
   */
  public boolean isWorkingDay(LocalDate date) {
    return workdays.contains(date.getDayOfWeek()) && !daysOff.contains(date);
  }

  /**
   * The working time between two instants: the part of {@code [from, to)} on working days.
   *
   * @param from the start
   * @param to the end; zero when not after {@code from}
   * @return the working time
   * @throws InvalidValueException if the span is longer than 100 years (no hiring step lasts
   *     that long; such a span comes from a forged event)
   */
  public Duration workingTime(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    LocalDate first = LocalDate.ofInstant(from, zone);
    LocalDate last = LocalDate.ofInstant(to, zone);
    if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
      throw new InvalidValueException("WorkCalendar", "to", "is more than 100 years after from;"
          + " a calendar measures spans of a hiring process, at most 100 years");
    }
    Duration total = Duration.ZERO;
    Instant start = first.atStartOfDay(zone).toInstant();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
      if (isWorkingDay(day)) {
        Instant a = start.isBefore(from) ? from : start;
        Instant b = next.isAfter(to) ? to : next;
        if (b.isAfter(a)) {
          total = total.plus(Duration.between(a, b));
        }
      }
      start = next;
    }
    return total;
  }

  /**
   * The earliest instant at which {@code amount} of working time has passed since {@code from}:
   * the inverse of {@link #workingTime(Instant, Instant)}, so {@code workingTime(from,
   * plusWorkingTime(from, amount))} equals {@code amount}. Time on days off does not count: 16
   * hours after Friday 17:00 is Monday 09:00 in a Monday-to-Friday calendar. For a positive
   * amount the result is within a working day or at its end (the start of the day after), never
   * inside a day off; the result grows with {@code from} and with {@code amount}.
   *
   * <pre>{@code
   * Instant due = calendar.plusWorkingTime(enteredAt, Duration.ofHours(16));
   * }</pre>
   *
   * @param from the start
   * @param amount the working time, zero or more
   * @return the instant
   * @throws InvalidValueException if an argument is missing, the amount is negative or the result
   *     would be more than 100 years after {@code from}
   */
  public Instant plusWorkingTime(Instant from, Duration amount) {
    Require.given(from, "WorkCalendar", "from");
    Require.given(amount, "WorkCalendar", "amount");
    Require.that(!amount.isNegative(), "WorkCalendar", "amount",
        amount + " is negative; give zero or more working time");
    if (amount.isZero()) {
      return from;
    }
    Duration left = amount;
    LocalDate day = LocalDate.ofInstant(from, zone);
    Instant start = day.atStartOfDay(zone).toInstant();
    for (long n = 0; n <= MAX_DAYS; n++, day = day.plusDays(1)) {
      Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
      if (isWorkingDay(day)) {
        Instant a = start.isBefore(from) ? from : start;
        Duration here = Duration.between(a, next);
        if (left.compareTo(here) <= 0) {
          return a.plus(left);
        }
        left = left.minus(here);
      }
      start = next;
    }
    throw new InvalidValueException("WorkCalendar", "amount", amount + " of working time ends"
        + " more than 100 years after " + from + "; give a span of a hiring process");
  }

  /**
   * The instant {@code days} business days after {@code from}: {@code days} times 24 hours of
   * working time ({@link #plusWorkingTime(Instant, Duration)}). Entering a stage on Friday at
   * 10:00 with 1 business day to answer gives Monday 10:00; on Saturday at noon, the end of
   * Monday.
   *
   * <pre>{@code
   * Instant answerBy = WorkCalendar.weekdays(ZoneId.of("Europe/London"))
   *     .plusBusinessDays(enteredAt, 5);
   * }</pre>
   *
   * @param from the start
   * @param days the business days, zero or more
   * @return the instant
   * @throws InvalidValueException if an argument is missing, {@code days} is negative or the
   *     result would be more than 100 years after {@code from}
   */
  public Instant plusBusinessDays(Instant from, int days) {
    Require.that(days >= 0, "WorkCalendar", "days",
        days + " is negative; give zero or more business days");
    Require.that(days <= MAX_DAYS, "WorkCalendar", "days",
        days + " is more than " + MAX_DAYS + "; give at most 100 years of business days");
    return plusWorkingTime(from, Duration.ofDays(days));
  }

  private static String describe(ZoneId zone, Set<DayOfWeek> workdays, Set<LocalDate> daysOff) {
    StringBuilder days = new StringBuilder();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (workdays.contains(day)) {
        days.append(days.length() == 0 ? "" : ",").append(day.name(), 0, 3);
      }
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    new TreeSet<>(daysOff).forEach(d -> sha.update((d + "\n").getBytes(
        StandardCharsets.US_ASCII)));
    byte[] digest = sha.digest();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      hex.append(String.format("%02x", digest[i]));
    }
    return zone.getId() + " " + days + ", " + daysOff.size() + " days off #" + hex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkCalendar that && zone.equals(that.zone)
        && workdays.equals(that.workdays) && daysOff.equals(that.daysOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, workdays, daysOff);
  }

  @Override
  public String toString() {
    return "WorkCalendar[" + name + "]";
  }
}
