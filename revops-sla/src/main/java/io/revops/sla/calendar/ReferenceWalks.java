package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link WorkingCalendar}'s queries answered by walking the dates one by one, resolving each
 * through the {@link DayResolver}: the definition the {@linkplain YearTables year tables} must agree
 * with, and the answer wherever a year cannot be tabulated (see the calendar's javadoc). A walk fails
 * exactly when it reaches a date the day rules cannot answer.
 *
 * <p>Cost: one resolution (a few map look-ups and, per range, two offset look-ups) per date walked.
 * {@link #add} and {@link #nextOpening} fail with an {@link IllegalArgumentException} after {@value
 * #MAX_CLOSED_DAYS} closed days in a row rather than loop.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReferenceWalks {
  static final int MAX_CLOSED_DAYS = 3653;

  private final DayResolver days;

  ReferenceWalks(DayResolver days) {
    this.days = days;
  }

  /** {@link WorkingCalendar#add} day by day; {@code workingTime} is positive. */
  Instant add(Instant start, Duration workingTime) {
    Duration remaining = workingTime;
    LocalDate date = LocalDate.ofInstant(start, days.zone);
    int closedDays = 0;
    while (true) {
      long[] h = days.resolve(date, null);
      boolean worked = false;
      for (int i = 0; i < h.length; i += 2) {
        Instant end = days.toInstant(date, h[i + 1]);
        if (!end.isAfter(start)) {
          continue;
        }
        Instant from = max(days.toInstant(date, h[i]), start);
        if (!from.isBefore(end)) {
          continue;
        }
        worked = true;
        Duration available = Duration.between(from, end);
        if (available.compareTo(remaining) >= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
      closedDays = worked ? 0 : closedDays + 1;
      checkClosedDays(closedDays, start);
      date = date.plusDays(1);
    }
  }

  /** {@link WorkingCalendar#between} day by day. */
  Duration between(Instant from, Instant to) {
    // seconds and nanos summed apart, as Duration.between would, without a Duration per piece
    final class Total {
      long seconds;
      long nanos;
    }
    Total total = new Total();
    forEachClipped(from, to, (s, e) -> {
      total.seconds += e.getEpochSecond() - s.getEpochSecond();
      total.nanos += e.getNano() - s.getNano();
    });
    return Duration.ofSeconds(total.seconds, total.nanos);
  }

  /** {@link WorkingCalendar#isOpen} from the date's resolved hours. */
  boolean isOpen(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, days.zone);
    long[] h = days.resolve(date, null);
    for (int i = 0; i < h.length; i += 2) {
      if (!days.toInstant(date, h[i]).isAfter(at) && days.toInstant(date, h[i + 1]).isAfter(at)) {
        return true;
      }
    }
    return false;
  }

  /** {@link WorkingCalendar#nextOpening} day by day. */
  Instant nextOpening(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, days.zone);
    for (int closedDays = 0; ; closedDays++) {
      long[] h = days.resolve(date, null);
      for (int i = 0; i < h.length; i += 2) {
        Instant s = days.toInstant(date, h[i]);
        Instant e = days.toInstant(date, h[i + 1]);
        if (s.isBefore(e) && e.isAfter(at)) {
          return max(s, at);
        }
      }
      checkClosedDays(closedDays + 1, at);
      date = date.plusDays(1);
    }
  }

  /** {@link WorkingCalendar#workingIntervals} day by day. */
  List<WorkingInterval> workingIntervals(Instant from, Instant to) {
    List<WorkingInterval> out = new ArrayList<>();
    forEachClipped(from, to, (s, e) -> WorkingInterval.appendJoined(out, s, e));
    return List.copyOf(out);
  }

  /** A non-empty piece {@code [s, e)} of working time. */
  @FunctionalInterface
  private interface Piece {
    void accept(Instant s, Instant e);
  }

  /** Each date's resolved ranges from {@code from}'s date to {@code to}'s, clipped to the two. */
  private void forEachClipped(Instant from, Instant to, Piece piece) {
    LocalDate last = LocalDate.ofInstant(to, days.zone);
    for (LocalDate date = LocalDate.ofInstant(from, days.zone);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      long[] h = days.resolve(date, null);
      for (int i = 0; i < h.length; i += 2) {
        Instant s = max(days.toInstant(date, h[i]), from);
        Instant e = min(days.toInstant(date, h[i + 1]), to);
        if (s.isBefore(e)) {
          piece.accept(s, e);
        }
      }
    }
  }

  /** {@link WorkingCalendar#exceptions} day by day. */
  List<CalendarException> exceptions(LocalDate from, LocalDate to) {
    List<CalendarException> out = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      days.resolve(date, out);
    }
    return List.copyOf(out);
  }

  private static void checkClosedDays(int closedDays, Instant from) {
    checkArgument(
        closedDays <= MAX_CLOSED_DAYS,
        "calendar has no working time in the %s days after %s: check its weekly hours and rules",
        MAX_CLOSED_DAYS,
        from);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
