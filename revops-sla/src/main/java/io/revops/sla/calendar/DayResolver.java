package io.revops.sla.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WorkingCalendar}'s day resolution: the wall-clock working hours of one date (weekly hours,
 * then the day rules' or the calendar's own status, shortening and closures, in the order the
 * calendar's javadoc gives), and the mapping of a local time of a date to an instant (DST gaps
 * shifted forward, overlaps at the earlier offset). Both the reference walks and the year tables
 * resolve dates only through this class, so the rules are written once.
 *
 * <p>Hours are local nanos of the day as {@code [start, end)} pairs in a {@code long[]}, sorted and
 * disjoint; arrays handed out are never mutated.
 *
 * <p>Cost: {@link #resolve} is a few map look-ups plus one day-rules look-up; {@link #toInstant} one
 * or two zone-rules look-ups.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DayResolver {
  private static final long[] CLOSED = new long[0];

  final ZoneId zone;
  private final ZoneRules rules;
  private final DayRules dayRules;
  private final ImmutableSortedMap<LocalDate, String> holidays;
  private final ImmutableSortedMap<LocalDate, ImmutableList<LocalTimeRange>> extraWorkingDays;
  private final ImmutableSortedMap<LocalDate, Duration> shortenedDays;
  private final ImmutableListMultimap<LocalDate, LocalTimeRange> closures;
  // Local nanos of day as [start, end) pairs, per DayOfWeek ordinal; never mutated.
  private final long[][] week;
  private final long[] weekendHours;

  DayResolver(ZoneId zone, WeeklyHours weeklyHours, DayRules dayRules,
      List<LocalTimeRange> workingWeekendHours,
      ImmutableSortedMap<LocalDate, String> holidays,
      ImmutableSortedMap<LocalDate, ImmutableList<LocalTimeRange>> extraWorkingDays,
      ImmutableSortedMap<LocalDate, Duration> shortenedDays,
      ImmutableListMultimap<LocalDate, LocalTimeRange> closures) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.dayRules = dayRules;
    this.holidays = holidays;
    this.extraWorkingDays = extraWorkingDays;
    this.shortenedDays = shortenedDays;
    this.closures = closures;
    this.week = new long[7][];
    for (DayOfWeek day : DayOfWeek.values()) {
      week[day.ordinal()] = toNanos(weeklyHours.on(day));
    }
    this.weekendHours = toNanos(workingWeekendHours);
  }

  /** True if the weekly hours of the date's day of week are not empty. */
  boolean hasWeeklyHours(LocalDate date) {
    return week[date.getDayOfWeek().ordinal()].length > 0;
  }

  /** True if a working weekend day without hours of its own gets some. */
  boolean hasWeekendHours() {
    return weekendHours.length > 0;
  }

  /** The zone's rules, for the year tables' DST checks. */
  ZoneRules rules() {
    return rules;
  }

  /**
   * The resolved hours of {@code date}, and its calendar exceptions added to {@code sink} if one is
   * given.
   *
   * @throws IllegalArgumentException if the day rules cannot answer for the date ({@link
   *     DayRules#ruleFor})
   */
  long[] resolve(LocalDate date, @Nullable List<CalendarException> sink) {
    long[] base = week[date.getDayOfWeek().ordinal()];
    DayRule rule = dayRules.ruleFor(date);
    DayRule.Status status = rule.status();
    String ownDescription = null; // the calendar's own holiday or extra working day, said instead of the rule
    ImmutableList<LocalTimeRange> ownHours = null;
    String own = holidays.get(date);
    if (own != null) {
      status = DayRule.Status.DAY_OFF;
      ownDescription = own;
    } else if ((ownHours = extraWorkingDays.get(date)) != null) {
      status = DayRule.Status.WORKING_DAY;
      ownDescription = "extra working day";
    }
    long[] h = base;
    switch (status) {
      case DAY_OFF -> {
        h = CLOSED;
        if (sink != null && base.length > 0) {
          sink.add(new CalendarException(date, CalendarException.Kind.HOLIDAY, why(ownDescription, rule)));
        }
      }
      case WORKING_DAY -> {
        if (ownHours != null && !ownHours.isEmpty()) {
          h = toNanos(ownHours);
        } else if (base.length == 0) {
          h = weekendHours;
        }
        if (sink != null
            && (base.length == 0 || h != base || rule.status() == DayRule.Status.DAY_OFF)) {
          sink.add(new CalendarException(
              date, CalendarException.Kind.WORKING_WEEKEND, why(ownDescription, rule)));
        }
      }
      case REGULAR -> { }
    }
    Duration shortening = shortenedDays.get(date);
    String shorteningDescription = "shortened day";
    if (shortening == null && rule.isShortened()) {
      shortening = rule.shortening();
      shorteningDescription = rule.shorteningDescription().orElseThrow(); // a shortened rule says why
    }
    if (shortening != null && h.length > 0) {
      h = shorten(h, shortening.toNanos());
      if (sink != null) {
        sink.add(new CalendarException(date, CalendarException.Kind.SHORTENED_DAY,
            shorteningDescription + ", " + shortening.toMinutes() + " min shorter"));
      }
    }
    List<LocalTimeRange> closed = closures.get(date);
    for (LocalTimeRange c : closed) {
      if (h.length > 0 && sink != null) {
        sink.add(new CalendarException(date, CalendarException.Kind.CLOSURE,
            c.equals(LocalTimeRange.allDay()) ? "closed all day" : "closed " + c));
      }
      h = subtract(h, c.startNanoOfDay(), c.endNanoOfDay());
    }
    return h;
  }

  /**
   * Why a day is closed or working: the calendar's own reason if it has one, else the day rule's (a
   * day-off or working-day rule always has one).
   */
  private static String why(@Nullable String own, DayRule rule) {
    return own != null ? own : rule.description().orElseThrow();
  }

  /**
   * The instant of a local time of {@code date}: in a gap the instant the gap ends (shifted
   * forward), in an overlap the earlier offset; {@code 24:00} is the next day's midnight.
   */
  Instant toInstant(LocalDate date, long nanoOfDay) {
    if (nanoOfDay == LocalTimeRange.NANOS_PER_DAY) {
      return toInstant(date.plusDays(1), 0);
    }
    LocalDateTime local = LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay));
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (!offsets.isEmpty()) {
      // One offset normally; two in an overlap, the earlier (offset before the transition) first.
      return local.toInstant(offsets.get(0));
    }
    ZoneOffsetTransition gap = rules.getTransition(local);
    return gap.getInstant();
  }

  static long[] toNanos(List<LocalTimeRange> ranges) {
    long[] out = new long[ranges.size() * 2];
    for (int i = 0; i < ranges.size(); i++) {
      out[2 * i] = ranges.get(i).startNanoOfDay();
      out[2 * i + 1] = ranges.get(i).endNanoOfDay();
    }
    return out;
  }

  private static long[] shorten(long[] h, long nanos) {
    long[] r = h.clone();
    int n = r.length;
    long left = nanos;
    while (left > 0 && n > 0) {
      long length = r[n - 1] - r[n - 2];
      if (length > left) {
        r[n - 1] -= left;
        left = 0;
      } else {
        left -= length;
        n -= 2;
      }
    }
    return n == r.length ? r : Arrays.copyOf(r, n);
  }

  private static long[] subtract(long[] h, long cs, long ce) {
    long[] out = new long[h.length + 2];
    int n = 0;
    for (int i = 0; i < h.length; i += 2) {
      long s = h[i];
      long e = h[i + 1];
      if (e <= cs || s >= ce) {
        out[n++] = s;
        out[n++] = e;
        continue;
      }
      if (s < cs) {
        out[n++] = s;
        out[n++] = cs;
      }
      if (e > ce) {
        out[n++] = ce;
        out[n++] = e;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
