package io.revops.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WorkingCalendar}'s queries answered from {@linkplain ResolvedYear years resolved once}:
 * binary searches in running totals of working time, and copies of the years' exceptions.
 *
 * <p>Each query returns null where a year it needs is answered day by day (outside 0001–9999, a
 * date the day rules cannot answer, a DST overlap across a midnight, instants out of order); the
 * calendar then runs the {@linkplain ReferenceWalks reference walk} for the whole query, so results
 * and failures stay the walk's.
 *
 * <p>Cost: a year is resolved on first use (one {@link DayResolver#resolve} per date) and kept in a
 * bounded, lock-free memo of {@value #YEAR_SLOTS} slots, direct-mapped by year (a year evicts the
 * one {@value #YEAR_SLOTS} years away); a race only builds the same immutable year twice.
 *
 * <p>This class is thread-safe.
 */
final class YearTables {
  private static final int YEAR_SLOTS = 32;
  private static final int MIN_TABULATED_YEAR = 1;
  private static final int MAX_TABULATED_YEAR = 9999;
  private static final long SECONDS_PER_AVERAGE_YEAR = 31_556_952L;
  private static final Duration TWO_DAYS = Duration.ofDays(2);

  private final DayResolver days;
  // Memo of resolved years (see resolvedYear); derived from the calendar, not part of its equals.
  private final AtomicReferenceArray<ResolvedYear> resolvedYears =
      new AtomicReferenceArray<>(YEAR_SLOTS);

  YearTables(DayResolver days) {
    this.days = days;
  }

  @Nullable Duration between(Instant from, Instant to) {
    ResolvedYear a = yearOf(from);
    ResolvedYear b = yearOf(to);
    if (a == null || b == null) {
      return null;
    }
    long before = a.workedBefore(a.position(from));
    if (a.year == b.year) {
      return Duration.ofNanos(a.workedBefore(a.position(to)) - before);
    }
    Duration sum = Duration.ofNanos(a.total() - before);
    for (int year = a.year + 1; year < b.year; year++) {
      ResolvedYear y = resolvedYear(year);
      if (y == null) {
        return null;
      }
      sum = sum.plusNanos(y.total());
    }
    return sum.plusNanos(b.workedBefore(b.position(to)));
  }

  /**
   * Years with no working time at all make the reference walk count closed days (and fail after
   * ten years of them), so they are left to it; any other run of closed days is under two years.
   */
  @Nullable Instant add(Instant start, Duration workingTime) {
    ResolvedYear y = yearOf(start);
    if (y == null) {
      return null;
    }
    long done = y.workedBefore(y.position(start));
    Duration left = Duration.ofNanos(y.total() - done);
    if (workingTime.compareTo(left) <= 0) {
      return y.instant(y.positionOfWorked(done + workingTime.toNanos()));
    }
    Duration remaining = workingTime.minus(left);
    for (int year = y.year + 1; ; year++) {
      ResolvedYear next = resolvedYear(year);
      if (next == null || next.total() == 0) {
        return null;
      }
      Duration total = Duration.ofNanos(next.total());
      if (remaining.compareTo(total) <= 0) {
        return next.instant(next.positionOfWorked(remaining.toNanos()));
      }
      remaining = remaining.minus(total);
    }
  }

  /** Null if the year of {@code at} is answered day by day. */
  @Nullable Boolean isOpen(Instant at) {
    ResolvedYear y = yearOf(at);
    return y == null ? null : y.isOpen(y.position(at));
  }

  @Nullable Instant nextOpening(Instant at) {
    ResolvedYear y = yearOf(at);
    if (y == null) {
      return null;
    }
    long position = y.position(at);
    int i = y.firstEndingAfter(position);
    if (i < y.size()) {
      return y.start(i) <= position ? at : y.instant(y.start(i));
    }
    ResolvedYear next = resolvedYear(y.year + 1L);
    return next == null || next.size() == 0 ? null : next.instant(next.start(0));
  }

  @Nullable List<CalendarException> exceptions(LocalDate from, LocalDate to) {
    List<CalendarException> out = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      ResolvedYear y = resolvedYear(year);
      if (y == null) {
        return null;
      }
      y.exceptions(
          year == from.getYear() ? from.getDayOfYear() : 1,
          year == to.getYear() ? to.getDayOfYear() : 366,
          out);
    }
    return List.copyOf(out);
  }

  @Nullable List<WorkingInterval> workingIntervals(Instant from, Instant to) {
    ResolvedYear a = yearOf(from);
    ResolvedYear b = yearOf(to);
    if (a == null || b == null) {
      return null;
    }
    List<WorkingInterval> out = new ArrayList<>();
    for (int year = a.year; year <= b.year; year++) {
      ResolvedYear y = year == a.year ? a : year == b.year ? b : resolvedYear(year);
      if (y == null) {
        return null;
      }
      long lo = year == a.year ? y.position(from) : Long.MIN_VALUE;
      long hi = year == b.year ? y.position(to) : Long.MAX_VALUE;
      for (int i = year == a.year ? y.firstEndingAfter(lo) : 0;
          i < y.size() && y.start(i) < hi;
          i++) {
        long sp = Math.max(y.start(i), lo);
        long ep = Math.min(y.end(i), hi);
        if (sp >= ep) {
          continue;
        }
        WorkingInterval.appendJoined(out, y.instant(sp), y.instant(ep));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The resolved year that holds {@code at}, or null if that year is answered day by day. The
   * guess from the epoch second (an average Gregorian year) is at most a year off, plus one for the
   * zone's offset near New Year.
   */
  private @Nullable ResolvedYear yearOf(Instant at) {
    long second = at.getEpochSecond();
    long year = 1970 + Math.floorDiv(second, SECONDS_PER_AVERAGE_YEAR);
    for (int step = 0; step < 4; step++) {
      ResolvedYear y = resolvedYear(year);
      if (y == null) {
        return null;
      }
      int where = y.locate(second);
      if (where == 0) {
        return y;
      }
      year += where;
    }
    return null;
  }

  /**
   * The resolved year, from the memo or built now; null if it is outside the tabulated years or
   * cannot be resolved.
   */
  private @Nullable ResolvedYear resolvedYear(long year) {
    if (year < MIN_TABULATED_YEAR || year > MAX_TABULATED_YEAR) {
      return null;
    }
    int slot = (int) Math.floorMod(year, YEAR_SLOTS);
    ResolvedYear y = resolvedYears.get(slot);
    if (y == null || y.year != year) {
      y = tabulate((int) year);
      resolvedYears.set(slot, y);
    }
    return y.isResolved() ? y : null;
  }

  /**
   * Resolves every date of {@code year} as the reference walk would, and keeps the non-empty
   * intervals as instants. Unresolved (answered day by day, which then fails or not exactly where
   * the walk reaches a bad date) if the day rules fail for a date of the year, if a DST overlap
   * straddles a midnight (then an instant's local date is not given by the day boundaries), or if
   * the instants are not in order.
   */
  private ResolvedYear tabulate(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate next = first.plusYears(1);
    Instant start = days.toInstant(first, 0);
    Instant end = days.toInstant(next, 0);
    if (overlapStraddlesMidnight(days.rules(), start, end)) {
      return ResolvedYear.unresolved(year);
    }
    long base = start.getEpochSecond();
    long[] starts = new long[512];
    long[] ends = new long[512];
    int n = 0;
    long previous = 0;
    List<CalendarException> exceptions = new ArrayList<>();
    for (LocalDate date = first; date.isBefore(next); date = date.plusDays(1)) {
      long dayStart = nanosAfter(base, days.toInstant(date, 0));
      long[] h;
      try {
        h = days.resolve(date, exceptions);
      } catch (IllegalArgumentException cannotAnswer) {
        // DayRules.ruleFor's documented failure for a date it cannot answer (e.g. a year outside the
        // Russian production calendar's data): the year is left to the reference walk, which
        // rethrows it only if a query reaches that date. Any other exception is a bug and propagates.
        return ResolvedYear.unresolved(year);
      }
      if (dayStart < previous) {
        return ResolvedYear.unresolved(year);
      }
      previous = dayStart;
      for (int i = 0; i < h.length; i += 2) {
        long s = nanosAfter(base, days.toInstant(date, h[i]));
        long e = nanosAfter(base, days.toInstant(date, h[i + 1]));
        if (s < previous || e < s) {
          return ResolvedYear.unresolved(year);
        }
        previous = e;
        if (s < e) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, 2 * n);
            ends = Arrays.copyOf(ends, 2 * n);
          }
          starts[n] = s;
          ends[n++] = e;
        }
      }
    }
    if (nanosAfter(base, end) < previous) {
      return ResolvedYear.unresolved(year);
    }
    return ResolvedYear.of(year, start, end, starts, ends, n, exceptions);
  }

  private static long nanosAfter(long baseSecond, Instant at) {
    return (at.getEpochSecond() - baseSecond) * 1_000_000_000L + at.getNano();
  }

  /** True if a DST overlap near the year repeats local times on both sides of a midnight. */
  private static boolean overlapStraddlesMidnight(ZoneRules rules, Instant start, Instant end) {
    Instant limit = end.plus(TWO_DAYS);
    ZoneOffsetTransition t = rules.nextTransition(start.minus(TWO_DAYS));
    while (t != null && t.getInstant().isBefore(limit)) {
      if (t.isOverlap()
          && t.getDateTimeAfter().toLocalDate().plusDays(1).atStartOfDay()
              .isBefore(t.getDateTimeBefore())) {
        return true;
      }
      t = rules.nextTransition(t.getInstant());
    }
    return false;
  }
}
