/**
 * Time in hiring: working calendars (which days count, in which zone; no holiday data is
 * shipped, the user gives the days off) and the arithmetic of deadlines such as "within 5
 * business days" or "16 working hours after".
 *
 * <pre>{@code
 * WorkCalendar paris = WorkCalendar.weekdays(ZoneId.of("Europe/Paris"))
 *     .withDaysOff(List.of(LocalDate.of(2026, 12, 25)));
 * Instant answerBy = paris.plusBusinessDays(enteredAt, 5);
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.time;

import dev.hirekit.internal.HirekitStyle;
