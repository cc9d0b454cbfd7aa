package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of wall-clock time within one day, {@code [start, end)}, such as
 * {@code 09:00-18:00}.
 *
 * <p>The end may be the end of the day, written {@code 24:00}: pass {@link LocalTime#MAX} or {@link
 * LocalTime#MIDNIGHT} as the end to mean it. {@link #end()} then returns {@link LocalTime#MAX} and
 * {@link #isEndOfDay()} is true; the range still covers the day's last nanosecond, and on a calendar
 * it ends exactly where the next day starts. A range must not be empty: start is before end.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalTimeRange implements Comparable<LocalTimeRange> {
  static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private static final LocalTimeRange ALL_DAY = new LocalTimeRange(0, NANOS_PER_DAY);

  private final long startNanos;
  private final long endNanos;

  private LocalTimeRange(long startNanos, long endNanos) {
    checkArgument(
        startNanos < endNanos,
        "time range start must be before its end: %s-%s",
        LocalTime.ofNanoOfDay(startNanos),
        endNanos == NANOS_PER_DAY ? "24:00" : LocalTime.ofNanoOfDay(endNanos));
    this.startNanos = startNanos;
    this.endNanos = endNanos;
  }

  /**
   * The range from {@code start} (inclusive) to {@code end} (exclusive); an end of {@link
   * LocalTime#MAX} or {@link LocalTime#MIDNIGHT} means the end of the day (24:00).
   *
   * @param start the first working time of day
   * @param end the first time of day after the range
   * @return the range
   * @throws IllegalArgumentException if start is not before end
   */
  public static LocalTimeRange of(LocalTime start, LocalTime end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    long endNanos =
        end.equals(LocalTime.MAX) || end.equals(LocalTime.MIDNIGHT)
            ? NANOS_PER_DAY
            : end.toNanoOfDay();
    return new LocalTimeRange(start.toNanoOfDay(), endNanos);
  }

  /**
   * The whole day, {@code 00:00-24:00}.
   *
   * @return the range covering the whole day
   */
  public static LocalTimeRange allDay() {
    return ALL_DAY;
  }

  /**
   * Parses {@code "HH:mm-HH:mm"} (seconds allowed, as in {@link LocalTime#parse}), with {@code
   * 24:00} as the end of the day; the inverse of {@link #toString()}.
   *
   * @param text the text, e.g. {@code "09:00-18:00"}
   * @return the range
   * @throws IllegalArgumentException if the text is not a valid range
   */
  public static LocalTimeRange parse(CharSequence text) {
    String s = Args.maxLength("text", requireNonNull(text, "text").toString(), Args.MAX_TEXT_LENGTH).trim();
    int dash = s.indexOf('-');
    checkArgument(dash > 0, "time range must look like 09:00-18:00: %s", s);
    try {
      LocalTime start = LocalTime.parse(s.substring(0, dash).trim());
      String endText = s.substring(dash + 1).trim();
      LocalTime end = endText.equals("24:00") ? LocalTime.MAX : LocalTime.parse(endText);
      return of(start, end);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time range must look like 09:00-18:00: " + s, e);
    }
  }

  /**
   * The first time of day in the range.
   *
   * @return the start
   */
  public LocalTime start() {
    return LocalTime.ofNanoOfDay(startNanos);
  }

  /**
   * The first time of day after the range; {@link LocalTime#MAX} if the range runs to the end of the
   * day (see {@link #isEndOfDay()}).
   *
   * @return the end
   */
  public LocalTime end() {
    return endNanos == NANOS_PER_DAY ? LocalTime.MAX : LocalTime.ofNanoOfDay(endNanos);
  }

  /**
   * True if the range runs to the end of the day (24:00).
   *
   * @return whether the end is 24:00
   */
  public boolean isEndOfDay() {
    return endNanos == NANOS_PER_DAY;
  }

  /**
   * The wall-clock length of the range (on a day with a DST change the elapsed time may differ).
   *
   * @return the length
   */
  public Duration duration() {
    return Duration.ofNanos(endNanos - startNanos);
  }

  /**
   * True if the two ranges share some time (touching ranges such as 09:00-13:00 and 13:00-18:00 do
   * not).
   *
   * @param other the other range
   * @return whether they overlap
   */
  public boolean overlaps(LocalTimeRange other) {
    requireNonNull(other, "other");
    return startNanos < other.endNanos && other.startNanos < endNanos;
  }

  long startNanoOfDay() {
    return startNanos;
  }

  long endNanoOfDay() {
    return endNanos;
  }

  static LocalTimeRange ofNanos(long startNanos, long endNanos) {
    return new LocalTimeRange(startNanos, endNanos);
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(LocalTimeRange o) {
    int c = Long.compare(startNanos, o.startNanos);
    return c != 0 ? c : Long.compare(endNanos, o.endNanos);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LocalTimeRange r && startNanos == r.startNanos && endNanos == r.endNanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(startNanos * 31 + endNanos);
  }

  /** The range as {@code "09:00-18:00"}, with {@code "24:00"} for the end of the day. */
  @Override
  public String toString() {
    return LocalTime.ofNanoOfDay(startNanos) + "-" + (isEndOfDay() ? "24:00" : end().toString());
  }
}
