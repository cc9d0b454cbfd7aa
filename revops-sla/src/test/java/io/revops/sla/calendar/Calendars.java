package io.revops.sla.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Shared fixtures for the calendar tests. */
final class Calendars {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final WeeklyHours NINE_TO_SIX =
      WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0));
  static final RussianProductionCalendar RU = RussianProductionCalendar.load();

  private Calendars() {}

  /** A local date-time in {@code zone} as an instant (earlier offset in an overlap). */
  static Instant at(String localDateTime, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
  }

  static WorkingCalendar moscowRu() {
    return WorkingCalendar.builder().zone(MOSCOW).weeklyHours(NINE_TO_SIX).dayRules(RU).build();
  }
}
