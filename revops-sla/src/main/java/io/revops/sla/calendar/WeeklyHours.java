package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.revops.core.check.Args;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Working hours per day of the week: for each {@link DayOfWeek} a list of {@link LocalTimeRange}s
 * (several a day allowed, e.g. {@code 09:00-13:00} and {@code 14:00-18:00} around lunch). A day
 * with no ranges is not a working day.
 *
 * <p>The ranges of a day are kept sorted by start and must not overlap (touching is allowed). A
 * range may run to the end of the day ({@code 24:00}, see {@link LocalTimeRange}); hours that run
 * past midnight are written as two ranges, one on each day.
 *
 * <p>{@link #toString()} reads like {@code "Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00"} and
 * {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeeklyHours {
  private static final String[] ABBREVIATIONS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final WeeklyHours NONE = new WeeklyHours(new EnumMap<>(DayOfWeek.class));

  private final Map<DayOfWeek, ImmutableList<LocalTimeRange>> days;

  private WeeklyHours(Map<DayOfWeek, ? extends List<LocalTimeRange>> hours) {
    EnumMap<DayOfWeek, ImmutableList<LocalTimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<LocalTimeRange> ranges = hours.get(day);
      if (ranges == null || ranges.isEmpty()) {
        copy.put(day, ImmutableList.of());
        continue;
      }
      copy.put(day, sortedDisjoint(ranges, "working hours on " + day));
    }
    this.days = copy;
  }

  /** The ranges sorted by start; fails if two overlap, naming {@code where} and both ranges. */
  static ImmutableList<LocalTimeRange> sortedDisjoint(List<LocalTimeRange> ranges, String where) {
    List<LocalTimeRange> sorted = new ArrayList<>(ranges.size());
    for (LocalTimeRange r : ranges) {
      sorted.add(requireNonNull(r, () -> "a time range in " + where + " is null"));
    }
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(
          !sorted.get(i - 1).overlaps(sorted.get(i)),
          "%s must not overlap: %s and %s",
          where,
          sorted.get(i - 1),
          sorted.get(i));
    }
    return ImmutableList.copyOf(sorted);
  }

  /**
   * The given hours per day; days missing from the map are not working days (a day mapped to an empty list is
   * closed too, said explicitly). A day mapped to {@code null} is refused: it does not say whether it is closed.
   *
   * @param hours the ranges per day
   * @return the weekly hours
   * @throws IllegalArgumentException if a day's ranges overlap
   * @throws NullPointerException naming the day if it is mapped to {@code null}
   */
  public static WeeklyHours of(Map<DayOfWeek, ? extends List<LocalTimeRange>> hours) {
    Args.noNulls("hours", hours);
    return new WeeklyHours(hours);
  }

  /**
   * No working hours on any day (a starting point for {@link #withDay}).
   *
   * @return the empty weekly hours
   */
  public static WeeklyHours none() {
    return NONE;
  }

  /**
   * Monday to Friday from {@code start} to {@code end}, e.g. {@code mondayToFriday(09:00, 18:00)};
   * an end of {@link LocalTime#MAX} or midnight means 24:00.
   *
   * @param start the opening time
   * @param end the closing time
   * @return the weekly hours
   */
  public static WeeklyHours mondayToFriday(LocalTime start, LocalTime end) {
    return mondayToFriday(LocalTimeRange.of(start, end));
  }

  /**
   * Monday to Friday with the given ranges each day.
   *
   * @param ranges the ranges of each working day
   * @return the weekly hours
   */
  public static WeeklyHours mondayToFriday(LocalTimeRange... ranges) {
    WeeklyHours hours = NONE;
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        hours = hours.withDay(day, ranges);
      }
    }
    return hours;
  }

  /**
   * Every day of the week with the given ranges; {@code everyDay(LocalTimeRange.allDay())} is 24/7.
   *
   * @param ranges the ranges of each day
   * @return the weekly hours
   */
  public static WeeklyHours everyDay(LocalTimeRange... ranges) {
    WeeklyHours hours = NONE;
    for (DayOfWeek day : DayOfWeek.values()) {
      hours = hours.withDay(day, ranges);
    }
    return hours;
  }

  /**
   * Parses the format of {@link #toString()}: day groups separated by {@code ;}, each a day ({@code
   * Mon}) or a span of days ({@code Mon-Fri}) followed by comma-separated time ranges; {@code
   * "closed"} is no working hours.
   *
   * @param text e.g. {@code "Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00"}
   * @return the weekly hours
   * @throws IllegalArgumentException if the text is malformed
   */
  public static WeeklyHours parse(CharSequence text) {
    String s = Args.maxLength("text", requireNonNull(text, "text").toString(), Args.MAX_TEXT_LENGTH).trim();
    if (s.equals("closed")) {
      return NONE;
    }
    EnumMap<DayOfWeek, List<LocalTimeRange>> hours = new EnumMap<>(DayOfWeek.class);
    for (String group : s.split(";")) {
      String g = group.trim();
      int space = g.indexOf(' ');
      checkArgument(space > 0, "weekly hours group must look like 'Mon-Fri 09:00-18:00': %s", g);
      String dayPart = g.substring(0, space);
      List<LocalTimeRange> ranges = new ArrayList<>();
      for (String r : g.substring(space + 1).split(",")) {
        ranges.add(LocalTimeRange.parse(r));
      }
      String[] span = dayPart.split("-");
      checkArgument(span.length <= 2, "day span must look like 'Mon' or 'Mon-Fri': %s", dayPart);
      DayOfWeek first = dayOf(span[0]);
      DayOfWeek last = span.length == 2 ? dayOf(span[1]) : first;
      checkArgument(
          first.compareTo(last) <= 0, "day span must run Monday to Sunday: %s", dayPart);
      for (int d = first.ordinal(); d <= last.ordinal(); d++) {
        DayOfWeek day = DayOfWeek.values()[d];
        checkArgument(!hours.containsKey(day), "day given twice in weekly hours: %s", day);
        hours.put(day, ranges);
      }
    }
    return new WeeklyHours(hours);
  }

  private static DayOfWeek dayOf(String abbreviation) {
    int i = Arrays.asList(ABBREVIATIONS).indexOf(abbreviation);
    checkArgument(
        i >= 0, "day must be one of %s: %s", Arrays.toString(ABBREVIATIONS), abbreviation);
    return DayOfWeek.values()[i];
  }

  /**
   * A copy with {@code day}'s hours replaced by {@code ranges} (none: not a working day).
   *
   * @param day the day
   * @param ranges its new ranges
   * @return the new weekly hours
   * @throws IllegalArgumentException if the ranges overlap
   */
  public WeeklyHours withDay(DayOfWeek day, LocalTimeRange... ranges) {
    requireNonNull(day, "day");
    requireNonNull(ranges, "ranges");
    EnumMap<DayOfWeek, List<LocalTimeRange>> copy = new EnumMap<>(days);
    copy.put(day, Arrays.asList(ranges));
    return new WeeklyHours(copy);
  }

  /**
   * The ranges of {@code day}, sorted; empty if it is not a working day.
   *
   * @param day the day
   * @return its ranges
   */
  public List<LocalTimeRange> on(DayOfWeek day) {
    return days.get(requireNonNull(day, "day"));
  }

  /**
   * True if {@code day} has working hours.
   *
   * @param day the day
   * @return whether it is a working day
   */
  public boolean isWorkingDay(DayOfWeek day) {
    return !on(day).isEmpty();
  }

  /**
   * True if no day has working hours.
   *
   * @return whether the week is closed
   */
  public boolean isEmpty() {
    return days.values().stream().allMatch(List::isEmpty);
  }

  /**
   * The wall-clock working time of a regular week.
   *
   * @return the sum of all ranges
   */
  public Duration perWeek() {
    Duration total = Duration.ZERO;
    for (List<LocalTimeRange> ranges : days.values()) {
      for (LocalTimeRange r : ranges) {
        total = total.plus(r.duration());
      }
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WeeklyHours w && days.equals(w.days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }

  /** Consecutive days with equal hours grouped: {@code "Mon-Fri 09:00-18:00; Sat 10:00-14:00"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    DayOfWeek[] all = DayOfWeek.values();
    int i = 0;
    while (i < all.length) {
      List<LocalTimeRange> ranges = days.get(all[i]);
      int j = i;
      while (j + 1 < all.length && days.get(all[j + 1]).equals(ranges)) {
        j++;
      }
      if (!ranges.isEmpty()) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(ABBREVIATIONS[i]);
        if (j > i) {
          sb.append('-').append(ABBREVIATIONS[j]);
        }
        sb.append(' ');
        for (int k = 0; k < ranges.size(); k++) {
          sb.append(k == 0 ? "" : ",").append(ranges.get(k));
        }
      }
      i = j + 1;
    }
    return sb.length() == 0 ? "closed" : sb.toString();
  }
}
