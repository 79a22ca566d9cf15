package dev.hirekit.report;

import dev.hirekit.time.WorkCalendar;
import dev.hirekit.internal.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * What a report covers and how it measures: the window of applications, the working calendar
 * durations were measured in (elapsed time when none) and whether percentiles are exact. Two
 * reports merge only when their scopes are equal.
 *
 * <p><b>The window.</b> A report with a window covers the applications created (applied or
 * prospected) at or after {@code from} and before {@code to}, and reads their histories up to
 * {@code to}: what was still open at {@code to} counts as still there. Without {@code to}, the
 * histories are read to their end.
 *
 * <pre>{@code
 * report.scope().calendar();
 * // Optional["Europe/Paris MON,TUE,WED,THU,FRI, 0 days off #e3b0c44298fc1c14"]
 * }</pre>
 *
 * @param from the window's start (inclusive), if any
 * @param to the window's end (exclusive), if any
 * @param calendar the {@link WorkCalendar#name()} durations were measured with, if any
 * @param exact whether percentiles are exact (else from the sketch)
 */
public record ReportScope(Optional<Instant> from, Optional<Instant> to,
    Optional<String> calendar, boolean exact) {

  /**
   * Checks that every component is given and {@code from} is before {@code to} (else {@link
   * dev.hirekit.InvalidValueException}).
   *
   * @param from the window's start (inclusive), if any
   * @param to the window's end (exclusive), if any
   * @param calendar the calendar's name, if any
   * @param exact whether percentiles are exact
   */
  public ReportScope {
    Figures.given(from, "ReportScope", "from");
    Figures.given(to, "ReportScope", "to");
    Figures.given(calendar, "ReportScope", "calendar");
    if (from.isPresent() && to.isPresent()) {
      Figures.agree(from.get().isBefore(to.get()), "ReportScope", "to",
          "is not after from; a window ends after it starts");
    }
    calendar.ifPresent(name -> {
      Require.name("ReportScope", "calendar", name);
      Figures.agree(name.length() <= 200, "ReportScope", "calendar", "is longer than 200 "
          + "characters; give the name of the WorkCalendar used");
    });
  }

  /**
   * Whether an application created at this instant is in the window.
   *
   * @param created when the application was created
   * @return whether it is at or after {@code from} and before {@code to}
   */
  public boolean covers(Instant created) {
    return from.map(f -> !created.isBefore(f)).orElse(true)
        && to.map(created::isBefore).orElse(true);
  }
}
