package io.revops.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period of whole calendar months, {@code start} to {@code end} inclusive: one month
 * ({@code 2026-03}), a quarter ({@code 2026-01..2026-03}), a year.
 *
 * <p>{@code toString()} prints {@code 2026-03} for one month and {@code 2026-01..2026-03} otherwise;
 * {@link #parse(CharSequence)} reads both back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthRange implements Comparable<MonthRange> {
  private final YearMonth start;
  private final YearMonth end;

  private MonthRange(YearMonth start, YearMonth end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end must not be before start: end=%s, start=%s", end, start);
    this.start = start;
    this.end = end;
  }

  /**
   * The months {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static MonthRange of(YearMonth start, YearMonth end) {
    return new MonthRange(start, end);
  }

  /**
   * The twelve months a report "as of" {@code asOf} covers: those ending with the month, in {@code zone}, of the
   * instant just before {@code asOf} ("as of" is exclusive: as of midnight on 1 April, the year ends with March).
   *
   * @throws NullPointerException naming {@code asOf} or {@code zone} if either is null
   * @throws IllegalArgumentException naming {@code asOf} if its year (or the one before) is outside what
   *     {@link YearMonth} holds
   */
  public static MonthRange trailingYear(Instant asOf, ZoneId zone) {
    requireNonNull(asOf, "asOf");
    requireNonNull(zone, "zone");
    try {
      YearMonth last = YearMonth.from(asOf.minusNanos(1).atZone(zone));
      return new MonthRange(last.minusMonths(11), last);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("asOf must lie in a year that has a year before it: " + asOf, e);
    }
  }

  /** The single month {@code month}. */
  public static MonthRange ofMonth(YearMonth month) {
    return new MonthRange(month, month);
  }

  /**
   * Quarter {@code quarter} (1 to 4) of {@code year}, e.g. {@code ofQuarter(2026, 2)} for 2026-04..2026-06.
   *
   * @throws IllegalArgumentException if {@code quarter} is not in [1, 4]
   */
  public static MonthRange ofQuarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be in [1, 4]: %s", quarter);
    checkYear(year);
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return new MonthRange(first, first.plusMonths(2));
  }

  /** The twelve months of {@code year}. */
  public static MonthRange ofYear(int year) {
    checkYear(year);
    return new MonthRange(YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  private static void checkYear(int year) {
    checkArgument(year >= Year.MIN_VALUE && year <= Year.MAX_VALUE, "year must be in [%s, %s]: %s", Year.MIN_VALUE,
        Year.MAX_VALUE, year);
  }

  /**
   * Reads {@code 2026-03} or {@code 2026-01..2026-03}.
   *
   * @throws IllegalArgumentException naming the text if it is not a month range
   */
  public static MonthRange parse(CharSequence text) {
    String s = Args.maxLength("text", requireNonNull(text, "text").toString(), Args.MAX_TEXT_LENGTH).trim();
    int dots = s.indexOf("..");
    try {
      return dots < 0
          ? ofMonth(YearMonth.parse(s))
          : of(YearMonth.parse(s.substring(0, dots).trim()), YearMonth.parse(s.substring(dots + 2).trim()));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("month range must read like 2026-03 or 2026-01..2026-03: \"" + s + "\"", e);
    }
  }

  /** The first month. */
  public YearMonth start() {
    return start;
  }

  /** The last month, included. */
  public YearMonth end() {
    return end;
  }

  /** The number of months, at least 1. */
  public long lengthInMonths() {
    return ChronoUnit.MONTHS.between(start, end) + 1;
  }

  /** True if {@code month} is in this range. */
  public boolean contains(YearMonth month) {
    requireNonNull(month, "month");
    return !month.isBefore(start) && !month.isAfter(end);
  }

  /** The range of the same length that ends the month before this one starts (the previous quarter of a quarter). */
  public MonthRange previous() {
    long n = lengthInMonths();
    return new MonthRange(start.minusMonths(n), start.minusMonths(1));
  }

  /** The range of the same length that starts the month after this one ends. */
  public MonthRange next() {
    long n = lengthInMonths();
    return new MonthRange(end.plusMonths(1), end.plusMonths(n));
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(MonthRange o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MonthRange r && start.equals(r.start) && end.equals(r.end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  /** {@code 2026-03} for one month, {@code 2026-01..2026-03} otherwise; {@link #parse(CharSequence)} reads it back. */
  @Override
  public String toString() {
    return start.equals(end) ? start.toString() : start + ".." + end;
  }
}
