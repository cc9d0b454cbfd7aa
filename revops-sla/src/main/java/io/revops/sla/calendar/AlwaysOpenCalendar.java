package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every instant is working time. Immutable and thread-safe. */
final class AlwaysOpenCalendar implements BusinessCalendar {
  private final ZoneId zone;

  AlwaysOpenCalendar(ZoneId zone) {
    this.zone = requireNonNull(zone, "zone");
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public Instant add(Instant start, Duration workingTime) {
    requireNonNull(start, "start");
    requireNonNull(workingTime, "workingTime");
    checkArgument(!workingTime.isNegative(), "workingTime must not be negative: %s", workingTime);
    return start.plus(workingTime);
  }

  @Override
  public Duration between(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from: %s < %s", to, from);
    return Duration.between(from, to);
  }

  @Override
  public boolean isOpen(Instant at) {
    requireNonNull(at, "at");
    return true;
  }

  @Override
  public Instant nextOpening(Instant at) {
    return requireNonNull(at, "at");
  }

  @Override
  public List<WorkingInterval> workingIntervals(Instant from, Instant to) {
    between(from, to);
    return from.equals(to) ? List.of() : List.of(new WorkingInterval(from, to));
  }

  @Override
  public List<CalendarException> exceptions(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return List.of();
  }

  @Override
  public String describe() {
    return "24/7 " + zone.getId();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AlwaysOpenCalendar a && zone.equals(a.zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
