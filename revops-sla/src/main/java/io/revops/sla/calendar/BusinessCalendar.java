package io.revops.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.List;

/**
 * Working time: which instants count towards an SLA allowance.
 *
 * <p>The two core operations are {@link #add(Instant, Duration)} (the due instant of an allowance)
 * and {@link #between(Instant, Instant)} (the working time that elapsed); they agree:
 * {@code between(a, add(a, d)).equals(d)} for every non-negative {@code d}. The other way round,
 * {@code add(a, between(a, b))} is the earliest instant {@code t} in {@code [a, b]} with no working
 * time between {@code t} and {@code b}: {@code b} itself when working time runs right up to {@code
 * b}, else the end of the last working interval before {@code b} (or {@code a} if none), since
 * {@code add} stops as soon as the time is used up. Implementations are
 * immutable and thread-safe and correct across nights, weekends, holidays and DST changes.
 */
public interface BusinessCalendar {

  /** The zone in which working hours and dates are read. */
  ZoneId zone();

  /**
   * The instant at which {@code workingTime} of working time, counted from {@code start}, is used up.
   * A zero duration from a closed instant is that instant.
   *
   * @throws IllegalArgumentException if {@code workingTime} is negative, or the calendar cannot
   *     answer for a date it needs (for example a year its data does not cover)
   */
  Instant add(Instant start, Duration workingTime);

  /**
   * The working time between {@code from} and {@code to}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  Duration between(Instant from, Instant to);

  /** True if {@code at} is within working time. */
  boolean isOpen(Instant at);

  /** {@code at} if open, else the next instant at which working time starts. */
  Instant nextOpening(Instant at);

  /** The working intervals that overlap {@code [from, to)}, clipped to it, in order. */
  List<WorkingInterval> workingIntervals(Instant from, Instant to);

  /**
   * The calendar exceptions (holidays, transferred days off, working weekends, shortened days,
   * closures) on the dates {@code from} to {@code to} inclusive, in date order.
   */
  List<CalendarException> exceptions(LocalDate from, LocalDate to);

  /** A short description for traces, e.g. {@code "Mon-Fri 09:00-18:00 Europe/Moscow + RU production calendar"}. */
  String describe();

  /** The version of the time-zone database that resolved {@link #zone()}, for traces. */
  default String tzdbVersion() {
    String id = zone().normalized().getId();
    try {
      return ZoneRulesProvider.getVersions(id).lastKey();
    } catch (RuntimeException fixedOffset) {
      return "n/a (fixed offset " + id + ")";
    }
  }

  /** A calendar in which every instant is working time (24/7): {@code between} is elapsed time. */
  static BusinessCalendar always(ZoneId zone) {
    return new AlwaysOpenCalendar(zone);
  }
}
