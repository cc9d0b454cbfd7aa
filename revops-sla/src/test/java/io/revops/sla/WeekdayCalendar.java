package io.revops.sla;

import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.CalendarException;
import io.revops.sla.calendar.WorkingInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test-only: Mon–Fri 09:00–18:00 in a zone, with optional whole-day holidays. */
final class WeekdayCalendar implements BusinessCalendar {
  private static final LocalTime OPEN = LocalTime.of(9, 0);
  private static final LocalTime CLOSE = LocalTime.of(18, 0);
  private final ZoneId zone;
  private final java.util.Set<LocalDate> holidays;

  WeekdayCalendar(ZoneId zone) {
    this(zone, java.util.Set.of());
  }

  WeekdayCalendar(ZoneId zone, java.util.Set<LocalDate> holidays) {
    this.zone = zone;
    this.holidays = java.util.Set.copyOf(holidays);
  }

  static WeekdayCalendar moscow() {
    return new WeekdayCalendar(ZoneId.of("Europe/Moscow"));
  }

  private boolean working(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
  }

  private WorkingInterval day(LocalDate d) {
    return new WorkingInterval(d.atTime(OPEN).atZone(zone).toInstant(), d.atTime(CLOSE).atZone(zone).toInstant());
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public Instant add(Instant start, Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("workingTime must not be negative: " + workingTime);
    }
    if (workingTime.isZero()) {
      return start;
    }
    Duration left = workingTime;
    for (LocalDate d = start.atZone(zone).toLocalDate(); ; d = d.plusDays(1)) {
      if (!working(d)) {
        continue;
      }
      WorkingInterval w = day(d);
      Instant from = w.start().isBefore(start) ? start : w.start();
      if (!from.isBefore(w.end())) {
        continue;
      }
      Duration avail = Duration.between(from, w.end());
      if (left.compareTo(avail) <= 0) {
        return from.plus(left);
      }
      left = left.minus(avail);
    }
  }

  @Override
  public Duration between(Instant from, Instant to) {
    return workingIntervals(from, to).stream().map(WorkingInterval::duration).reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public boolean isOpen(Instant at) {
    LocalDate d = at.atZone(zone).toLocalDate();
    WorkingInterval w = day(d);
    return working(d) && !at.isBefore(w.start()) && at.isBefore(w.end());
  }

  @Override
  public Instant nextOpening(Instant at) {
    if (isOpen(at)) {
      return at;
    }
    for (LocalDate d = at.atZone(zone).toLocalDate(); ; d = d.plusDays(1)) {
      if (working(d) && day(d).start().isAfter(at)) {
        return day(d).start();
      }
    }
  }

  @Override
  public List<WorkingInterval> workingIntervals(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from: " + to + " < " + from);
    }
    List<WorkingInterval> out = new ArrayList<>();
    for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(to.atZone(zone).toLocalDate()); d = d.plusDays(1)) {
      if (!working(d)) {
        continue;
      }
      WorkingInterval w = day(d);
      Instant s = w.start().isBefore(from) ? from : w.start();
      Instant e = w.end().isAfter(to) ? to : w.end();
      if (s.isBefore(e)) {
        out.add(new WorkingInterval(s, e));
      }
    }
    return out;
  }

  @Override
  public List<CalendarException> exceptions(LocalDate from, LocalDate to) {
    return holidays.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).sorted()
        .map(d -> new CalendarException(d, CalendarException.Kind.HOLIDAY, "test holiday")).toList();
  }

  @Override
  public String describe() {
    return "Mon-Fri 09:00-18:00 " + zone.getId();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeekdayCalendar w && zone.equals(w.zone) && holidays.equals(w.holidays);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }
}
