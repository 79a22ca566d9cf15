package dev.hirekit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Deadlines in working time: {@code plusWorkingTime} is the inverse of {@code workingTime}, never
 * ends inside a day off, and grows with its start and its amount.
 */
class WorkCalendarArithmeticProperties {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 400L * 24 * 3600).map(BASE::plusSeconds);
  }

  @Provide
  Arbitrary<Duration> amounts() {
    return Arbitraries.longs().between(0, 40L * 24 * 3600).map(Duration::ofSeconds);
  }

  @Provide
  Arbitrary<WorkCalendar> calendars() {
    return Arbitraries.of("UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata")
        .flatMap(zone -> Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1).flatMap(days ->
            Arbitraries.longs().between(0, 400).map(d -> LocalDate.of(2026, 1, 1).plusDays(d))
                .list().ofMaxSize(5).map(off -> WorkCalendar.weekdays(ZoneId.of(zone))
                    .withWorkdays(days).withDaysOff(off))));
  }

  @Property
  void plusWorkingTimeIsTheInverseOfWorkingTime(@ForAll("calendars") WorkCalendar calendar,
      @ForAll("instants") Instant from, @ForAll("amounts") Duration amount) {
    Instant due = calendar.plusWorkingTime(from, amount);
    assertThat(due).isAfterOrEqualTo(from);
    assertThat(calendar.workingTime(from, due)).isEqualTo(amount);
    if (!amount.isZero()) {
      assertThat(calendar.workingTime(from, due.minusNanos(1))).isLessThan(amount);
      LocalDate lastDay = LocalDate.ofInstant(due.minusNanos(1), calendar.zone());
      assertThat(calendar.isWorkingDay(lastDay)).as("%s ends inside a day off", due).isTrue();
    }
  }

  @Property
  void plusWorkingTimeIsMonotone(@ForAll("calendars") WorkCalendar calendar,
      @ForAll("instants") Instant a, @ForAll("instants") Instant b,
      @ForAll("amounts") Duration x, @ForAll("amounts") Duration y) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    Duration less = x.compareTo(y) <= 0 ? x : y;
    Duration more = x.compareTo(y) <= 0 ? y : x;
    assertThat(calendar.plusWorkingTime(early, less))
        .isBeforeOrEqualTo(calendar.plusWorkingTime(late, less))
        .isBeforeOrEqualTo(calendar.plusWorkingTime(late, more));
  }

  @Property
  void businessDaysNeverEndOnAWeekend(@ForAll("instants") Instant from,
      @ForAll("zones") ZoneId zone, @ForAll("days") int days) {
    WorkCalendar calendar = WorkCalendar.weekdays(zone);
    Instant due = calendar.plusBusinessDays(from, days);
    DayOfWeek last = LocalDate.ofInstant(due.minusNanos(1), zone).getDayOfWeek();
    assertThat(last).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(calendar.plusBusinessDays(from, days + 1)).isAfter(due);
    assertThat(due).isAfterOrEqualTo(from.plus(Duration.ofDays(days)));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("UTC", "Europe/Paris", "America/Los_Angeles").map(ZoneId::of);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(1, 30);
  }

  @Example
  void sixteenWorkingHoursAfterFridayEveningIsMondayMorning() {
    WorkCalendar utc = WorkCalendar.weekdays();
    assertThat(utc.plusWorkingTime(Instant.parse("2026-12-04T17:00:00Z"), Duration.ofHours(16)))
        .isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    assertThat(utc.plusBusinessDays(Instant.parse("2026-12-05T12:00:00Z"), 1))
        .isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    assertThat(utc.plusBusinessDays(Instant.parse("2026-12-04T10:00:00Z"), 5))
        .isEqualTo(Instant.parse("2026-12-11T10:00:00Z"));
    assertThat(utc.plusBusinessDays(Instant.parse("2026-12-04T10:00:00Z"), 0))
        .isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
  }

  @Example
  void daysOffDoNotCount() {
    WorkCalendar london = WorkCalendar.weekdays(ZoneId.of("Europe/London"))
        .withDaysOff(java.util.List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));
    assertThat(london.plusBusinessDays(Instant.parse("2026-12-24T09:00:00Z"), 1))
        .isEqualTo(Instant.parse("2026-12-29T09:00:00Z"));
  }

  @Example
  void refusesNegativeAmountsAndSpansBeyondACentury() {
    WorkCalendar utc = WorkCalendar.weekdays();
    assertThatThrownBy(() -> utc.plusWorkingTime(BASE, Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> utc.plusBusinessDays(BASE, -1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("days");
    assertThatThrownBy(() -> utc.plusBusinessDays(BASE, 36_000))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("100 years");
    assertThatThrownBy(() -> utc.plusWorkingTime(null, Duration.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("from");
  }
}
