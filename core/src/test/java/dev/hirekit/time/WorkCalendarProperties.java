package dev.hirekit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Working time: additive over adjacent spans, never more than elapsed time, equal to it when
 * every day works, zero over days off, and counted day by day in the calendar's zone.
 */
class WorkCalendarProperties {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 400L * 24 * 3600).map(BASE::plusSeconds);
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
  void workingTimeAddsUpOverAdjacentSpansAndNeverExceedsElapsedTime(
      @ForAll("calendars") WorkCalendar calendar, @ForAll("instants") Instant a,
      @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
    List<Instant> sorted = java.util.stream.Stream.of(a, b, c).sorted().toList();
    Instant from = sorted.get(0);
    Instant mid = sorted.get(1);
    Instant to = sorted.get(2);
    assertThat(calendar.workingTime(from, to)).isEqualTo(
        calendar.workingTime(from, mid).plus(calendar.workingTime(mid, to)));
    assertThat(calendar.workingTime(from, to)).isLessThanOrEqualTo(Duration.between(from, to));
    assertThat(calendar.workingTime(to, from)).isZero();
  }

  @Property
  void everyDayWorkingIsElapsedTime(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
    WorkCalendar always = WorkCalendar.weekdays(ZoneId.of("Europe/Paris"))
        .withWorkdays(EnumSet.allOf(DayOfWeek.class));
    Instant from = a.isBefore(b) ? a : b;
    Instant to = a.isBefore(b) ? b : a;
    assertThat(always.workingTime(from, to)).isEqualTo(Duration.between(from, to));
  }

  @Property
  void aDayCountsInFullWhenItWorksAndNotAtAllOtherwise(
      @ForAll("calendars") WorkCalendar calendar, @ForAll("instants") Instant at) {
    LocalDate day = LocalDate.ofInstant(at, calendar.zone());
    Instant start = day.atStartOfDay(calendar.zone()).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    assertThat(calendar.workingTime(start, end)).isEqualTo(calendar.isWorkingDay(day)
        ? Duration.between(start, end) : Duration.ZERO);
  }

  @Property
  void calendarsOfTheSameDaysHaveTheSameNameAndOthersDoNot(
      @ForAll("calendars") WorkCalendar a, @ForAll("calendars") WorkCalendar b) {
    assertThat(a.name().equals(b.name())).isEqualTo(a.equals(b));
    assertThat(a.withDaysOff(List.of()).name()).isEqualTo(a.name());
  }
}
