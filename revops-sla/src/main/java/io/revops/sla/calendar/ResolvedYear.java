package io.revops.sla.calendar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One year of a {@link WorkingCalendar}'s working time, resolved once: the non-empty working
 * intervals of its dates (January 1 to December 31, in order) as instants, DST applied, with prefix
 * sums of their lengths, so that the working time before an instant is one binary search.
 *
 * <p>Positions are nanoseconds after the year's first instant (its first local midnight, always a
 * whole second); a year fits in a {@code long} many times over. The year holds the instants from
 * its first instant (inclusive) to the next year's (exclusive), which are exactly the instants whose
 * local date lies in the year when no DST overlap straddles a midnight (the calendar checks that
 * before it builds a year).
 *
 * <p>It also keeps the year's {@link CalendarException}s in date order, so that a trace's exceptions
 * are a copy rather than a resolution of every date.
 *
 * <p>Memory: two {@code long}s per working interval plus one: about 4 KB for a year of one range
 * per weekday, 6 KB for a 24/7 year; plus an exception object and an {@code int} per calendar
 * exception (about 100 bytes each with its description).
 *
 * <p>A year that could not be resolved (its day rules fail for one of its dates, its instants are
 * not in order, or a DST overlap straddles one of its midnights) is kept as an {@linkplain
 * #unresolved marker} so that it is not tried again; the calendar answers such years day by day.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ResolvedYear {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  final int year;
  private final long startSecond;
  private final long endSecond;
  // Interval starts, strictly ascending (intervals are non-empty and do not overlap).
  private final long[] starts;
  // worked[i]: working nanos in the intervals before interval i; worked[size]: the year's total.
  private final long[] worked;
  // The year's calendar exceptions in date order, and the day of the year of each.
  private final CalendarException[] exceptions;
  private final int[] exceptionDays;

  private ResolvedYear(int year, long startSecond, long endSecond, long[] starts, long[] worked,
      CalendarException[] exceptions, int[] exceptionDays) {
    this.year = year;
    this.startSecond = startSecond;
    this.endSecond = endSecond;
    this.starts = starts;
    this.worked = worked;
    this.exceptions = exceptions;
    this.exceptionDays = exceptionDays;
  }

  /**
   * A resolved year.
   *
   * @param starts interval starts (positions), strictly ascending; may be longer than {@code size}
   * @param ends interval ends, each after its start and not after the next start
   * @param exceptions the year's calendar exceptions, in date order
   */
  static ResolvedYear of(int year, Instant start, Instant end, long[] starts, long[] ends,
      int size, List<CalendarException> exceptions) {
    long[] worked = new long[size + 1];
    for (int i = 0; i < size; i++) {
      worked[i + 1] = worked[i] + (ends[i] - starts[i]);
    }
    int[] days = new int[exceptions.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = exceptions.get(i).date().getDayOfYear();
    }
    return new ResolvedYear(year, start.getEpochSecond(), end.getEpochSecond(),
        Arrays.copyOf(starts, size), worked, exceptions.toArray(new CalendarException[0]), days);
  }

  /** A marker for a year the calendar answers day by day. */
  static ResolvedYear unresolved(int year) {
    return new ResolvedYear(year, 0, 0, null, null, null, null);
  }

  boolean isResolved() {
    return starts != null;
  }

  /** -1 if {@code epochSecond} is before this year, 1 if after it, 0 if in it. */
  int locate(long epochSecond) {
    return epochSecond < startSecond ? -1 : epochSecond >= endSecond ? 1 : 0;
  }

  /** The position of an instant in this year (or at the next year's first instant). */
  long position(Instant at) {
    return (at.getEpochSecond() - startSecond) * NANOS_PER_SECOND + at.getNano();
  }

  Instant instant(long position) {
    return Instant.ofEpochSecond(startSecond, position);
  }

  int size() {
    return starts.length;
  }

  long start(int i) {
    return starts[i];
  }

  long end(int i) {
    return starts[i] + (worked[i + 1] - worked[i]);
  }

  /** The year's working time, in nanoseconds. */
  long total() {
    return worked[starts.length];
  }

  /** The working time from the year's start to {@code position}, in nanoseconds. */
  long workedBefore(long position) {
    int k = startsAtOrBefore(position);
    if (k == 0) {
      return 0;
    }
    int i = k - 1;
    return worked[i] + Math.min(position - starts[i], worked[i + 1] - worked[i]);
  }

  /** The interval that contains {@code position}, else the first one after it; {@code size()} if none. */
  int firstEndingAfter(long position) {
    int k = startsAtOrBefore(position);
    return k > 0 && end(k - 1) > position ? k - 1 : k;
  }

  /** True if {@code position} lies in one of the year's working intervals. */
  boolean isOpen(long position) {
    int i = firstEndingAfter(position);
    return i < size() && start(i) <= position;
  }

  /**
   * The position at which {@code target} nanoseconds of working time, counted from the year's
   * start, are used up: in the first interval whose end reaches it.
   *
   * @param target in {@code (0, total()]}
   */
  long positionOfWorked(long target) {
    int j = Arrays.binarySearch(worked, target);
    int i = (j >= 0 ? j : -j - 1) - 1;
    return starts[i] + (target - worked[i]);
  }

  /** Adds the exceptions on the days of the year {@code fromDay} to {@code toDay}, inclusive. */
  void exceptions(int fromDay, int toDay, List<CalendarException> out) {
    int lo = 0;
    int hi = exceptionDays.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (exceptionDays[mid] < fromDay) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < exceptionDays.length && exceptionDays[i] <= toDay; i++) {
      out.add(exceptions[i]);
    }
  }

  /** The number of intervals that start at or before {@code position}. */
  private int startsAtOrBefore(long position) {
    int k = Arrays.binarySearch(starts, position);
    return k >= 0 ? k + 1 : -k - 1;
  }

  @Override
  public String toString() {
    return isResolved()
        ? year + ": " + size() + " working intervals, " + total() / NANOS_PER_SECOND + " s"
        : year + ": unresolved";
  }
}
