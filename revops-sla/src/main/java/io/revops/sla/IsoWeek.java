package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.check.Args;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An ISO-8601 week: a week-based year and a week number (1 to 52 or 53), Monday to Sunday, printed
 * {@code 2026-W48}. Weekly aggregates are keyed by it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsoWeek implements Comparable<IsoWeek> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");
  private final int year;
  private final int week;

  private IsoWeek(int year, int week) {
    this.year = year;
    this.week = week;
  }

  /** Week {@code week} of the week-based year {@code year}. */
  public static IsoWeek of(int year, int week) {
    checkYear(year);
    int weeks = (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    checkArgument(week >= 1 && week <= weeks, "week of %s must be in [1, %s]: %s", year, weeks, week);
    return new IsoWeek(year, week);
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "week-based year must be in [1, 9999]: %s", year);
  }

  /** The week containing {@code date}. */
  public static IsoWeek from(LocalDate date) {
    requireNonNull(date, "date");
    // an ISO week belongs to the year of its Thursday and is numbered by that Thursday's day of the year; the
    // same answer as IsoFields.WEEK_BASED_YEAR and WEEK_OF_WEEK_BASED_YEAR, without the field machinery
    // (reports compute this for every lead)
    LocalDate thursday = LocalDate.ofEpochDay(date.toEpochDay() + 4 - date.getDayOfWeek().getValue());
    checkYear(thursday.getYear());
    return new IsoWeek(thursday.getYear(), (thursday.getDayOfYear() - 1) / 7 + 1);
  }

  /** Reads {@code 2026-W48}. */
  public static IsoWeek parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      // an IllegalArgumentException, as for every bad argument (a DateTimeParseException is not one)
      throw new IllegalArgumentException("text must be an ISO week like 2026-W48: \"" + Quote.bounded(text) + "\"");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week-based year. */
  public int year() {
    return year;
  }

  /** The week number. */
  public int week() {
    return week;
  }

  /** The Monday of the week. */
  public LocalDate firstDay() {
    return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The Sunday of the week. */
  public LocalDate lastDay() {
    return firstDay().plusDays(6);
  }

  /** The next week. */
  public IsoWeek plusWeeks(long weeks) {
    return from(firstDay().plusWeeks(weeks));
  }

  @Override
  public int compareTo(IsoWeek o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IsoWeek w && year == w.year && week == w.week;
  }

  @Override
  public int hashCode() {
    return year * 100 + week;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%04d-W%02d", year, week);
  }
}
