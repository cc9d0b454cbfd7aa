package io.revops.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Ready-made business calendars.
 *
 * <pre>{@code
 * WorkingCalendar moscow = BusinessCalendars.russia();   // Mon-Fri 09:00-18:00 Europe/Moscow + RU production calendar
 * WorkingCalendar kazan = BusinessCalendars.russia(ZoneId.of("Europe/Moscow")).toBuilder()
 *     .closure(LocalDate.of(2026, 8, 30)).build();       // plus the office's own exceptions
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessCalendars {
  /** The zone of {@link #russia()}. */
  public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** The office hours of {@link #russia(ZoneId)}: Monday to Friday, 09:00-18:00, no lunch break. */
  public static final WeeklyHours RUSSIAN_OFFICE_HOURS =
      WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0));

  private BusinessCalendars() {}

  /**
   * Monday to Friday 09:00-18:00 in Europe/Moscow with the Russian production calendar ({@link
   * RussianProductionCalendar#load()}): public holidays and transferred days off closed, working
   * Saturdays open, pre-holiday days an hour shorter. Dates outside the bundled years fail rather
   * than silently lose their holidays; see {@link #russia(ZoneId)}'s note.
   *
   * @return the calendar
   */
  public static WorkingCalendar russia() {
    return russia(MOSCOW);
  }

  /**
   * Monday to Friday 09:00-18:00 in {@code zone} with the Russian production calendar. For dates
   * outside the bundled years, rebuild with {@code .toBuilder().dayRules(RussianProductionCalendar.load()
   * .weekendsOnlyFallback()).build()}.
   *
   * @param zone the zone the office hours are read in, e.g. {@code Asia/Yekaterinburg}
   * @return the calendar
   */
  public static WorkingCalendar russia(ZoneId zone) {
    requireNonNull(zone, "zone");
    return WorkingCalendar.builder()
        .zone(zone)
        .weeklyHours(RUSSIAN_OFFICE_HOURS)
        .dayRules(RussianProductionCalendar.load())
        .build();
  }
}
