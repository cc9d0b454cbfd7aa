package io.revops.sla;

import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.CalendarException;
import io.revops.sla.calendar.WorkingInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Calendars for tests. */
final class BusinessCalendarFixtures {
  private BusinessCalendarFixtures() {
  }

  static BusinessCalendar alwaysMoscow() {
    return BusinessCalendar.always(Fixtures.MOSCOW);
  }

  /** A calendar that cannot answer for any date, like a production calendar asked about an uncovered year. */
  static BusinessCalendar broken() {
    return new BusinessCalendar() {
      @Override
      public ZoneId zone() {
        return Fixtures.MOSCOW;
      }

      @Override
      public Instant add(Instant start, Duration workingTime) {
        throw new IllegalArgumentException("no calendar data for " + start);
      }

      @Override
      public Duration between(Instant from, Instant to) {
        throw new IllegalArgumentException("no calendar data for " + from);
      }

      @Override
      public boolean isOpen(Instant at) {
        throw new IllegalArgumentException("no calendar data for " + at);
      }

      @Override
      public Instant nextOpening(Instant at) {
        throw new IllegalArgumentException("no calendar data for " + at);
      }

      @Override
      public List<WorkingInterval> workingIntervals(Instant from, Instant to) {
        throw new IllegalArgumentException("no calendar data for " + from);
      }

      @Override
      public List<CalendarException> exceptions(LocalDate from, LocalDate to) {
        throw new IllegalArgumentException("no calendar data for " + from);
      }

      @Override
      public String describe() {
        return "broken";
      }
    };
  }
}
