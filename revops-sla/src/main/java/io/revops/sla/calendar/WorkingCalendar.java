package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import io.revops.core.check.Args;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A business calendar made of weekly working hours in a time zone, a pluggable source of day rules
 * (public holidays, transferred days off, working weekends, shortened days — e.g. {@link
 * RussianProductionCalendar} or {@link JollydayHolidays}) and the calendar's own exceptions:
 * holidays, extra working days, shortened days and one-off closures.
 *
 * <pre>{@code
 * BusinessCalendar moscow = WorkingCalendar.builder()
 *     .zone(ZoneId.of("Europe/Moscow"))
 *     .weeklyHours(WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0)))
 *     .dayRules(RussianProductionCalendar.load())
 *     .closure(LocalDate.of(2026, 3, 20), LocalTimeRange.parse("14:00-18:00"))
 *     .build();
 * }</pre>
 *
 * <h2>How a date's hours are resolved</h2>
 *
 * <ol>
 *   <li>Start from the weekly hours of the date's day of week.
 *   <li>Status: the calendar's own {@linkplain Builder#holiday holiday} or {@linkplain
 *       Builder#extraWorkingDay extra working day} for the date, if any, overrides the day rules'
 *       status. A day off has no hours. A working day on a date without weekly hours gets the
 *       extra day's own hours, else the {@linkplain Builder#workingWeekendHours working-weekend
 *       hours} (by default Monday's hours, or those of the first day of the week that has any).
 *   <li>Shortening (the calendar's own, else the day rules'): the day's working time ends that much
 *       earlier, taken from the last range (and from the one before if the last is shorter).
 *   <li>Closures are cut out last.
 * </ol>
 *
 * <h2>Local times to instants</h2>
 *
 * Hours are wall-clock times in {@link #zone()}; a range covers the instants whose local time falls
 * within it. A local time in a DST gap (which never shows on the clock) maps to the instant the gap
 * ends, i.e. it is shifted forward to the first valid time; so 01:00-03:00 on the New York
 * spring-forward day is one hour of working time. A local time in a DST overlap (shown twice) maps
 * to its earlier occurrence (the earlier offset); so 00:00-01:30 on the New York fall-back day ends
 * at the first 01:30 and is 1.5 hours. An end of {@code 24:00} is the start of the next day. All
 * durations are real elapsed time: a 24/7 calendar counts 23 hours on a spring-forward day.
 *
 * <h2>Cost</h2>
 *
 * A calendar resolves each year's dates once, on first use, into the year's working intervals as
 * instants with running totals of working time and the year's exceptions, and keeps them. Then
 * {@code between} is two binary searches (plus one addition per whole year in between), {@code add}
 * a binary search in the running totals, {@code isOpen}, {@code nextOpening} and {@code
 * workingIntervals} binary searches, and {@code exceptions} a copy of the years' exceptions; never a
 * walk by the day or the minute.
 *
 * <p>The memo is bounded and lock-free: at most 32 years, direct-mapped by year (a year evicts the
 * one 32 years away), each about 4 KB for one range a weekday (6 KB for 24/7) plus about 100 bytes
 * per calendar exception (some 25 a year on the Russian production calendar); so at most about
 * 200 KB for a calendar of one range a weekday. Concurrent queries may build the same year twice,
 * never a wrong one.
 *
 * <p>Years outside 0001–9999, a year for one of whose dates the {@link DayRules} fail (e.g. a year
 * outside the {@link RussianProductionCalendar}'s data), and a year in which a DST overlap repeats
 * local times on both sides of a midnight are answered as before: by walking the dates from the
 * first instant to the last, one resolution (a few map look-ups and, per range, two offset
 * look-ups) per date. So a query fails exactly when it reaches a date the day rules cannot answer.
 * {@code hoursOn} always resolves its date. A calendar whose hours stay closed for more than ten
 * years in a row fails in {@code add} and {@code nextOpening} with an {@link
 * IllegalArgumentException} rather than loop.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendar implements BusinessCalendar {
  private static final long[] CLOSED = new long[0];
  private static final int MAX_CLOSED_DAYS = 3653;
  private static final int YEAR_SLOTS = 32;
  private static final int MIN_TABULATED_YEAR = 1;
  private static final int MAX_TABULATED_YEAR = 9999;
  private static final long SECONDS_PER_AVERAGE_YEAR = 31_556_952L;
  private static final Duration TWO_DAYS = Duration.ofDays(2);

  private final ZoneId zone;
  private final ZoneRules rules;
  private final WeeklyHours weeklyHours;
  private final DayRules dayRules;
  private final ImmutableList<LocalTimeRange> workingWeekendHours;
  private final ImmutableSortedMap<LocalDate, String> holidays;
  private final ImmutableSortedMap<LocalDate, ImmutableList<LocalTimeRange>> extraWorkingDays;
  private final ImmutableSortedMap<LocalDate, Duration> shortenedDays;
  private final ImmutableListMultimap<LocalDate, LocalTimeRange> closures;
  // Local nanos of day as [start, end) pairs, per DayOfWeek ordinal; never mutated.
  private final long[][] week;
  private final long[] weekendHours;
  // Memo of resolved years (see resolvedYear); derived from the fields above, not part of equals.
  private final AtomicReferenceArray<ResolvedYear> resolvedYears =
      new AtomicReferenceArray<>(YEAR_SLOTS);

  private WorkingCalendar(Builder b) {
    this.zone = requireNonNull(b.zone, "zone (call Builder.zone)");
    this.weeklyHours = requireNonNull(b.weeklyHours, "weeklyHours (call Builder.weeklyHours)");
    this.rules = zone.getRules();
    this.dayRules = b.dayRules;
    this.holidays = ImmutableSortedMap.copyOf(b.holidays);
    this.extraWorkingDays = ImmutableSortedMap.copyOf(b.extraWorkingDays);
    this.shortenedDays = ImmutableSortedMap.copyOf(b.shortenedDays);
    ImmutableListMultimap.Builder<LocalDate, LocalTimeRange> c = ImmutableListMultimap.builder();
    new TreeMap<>(b.closures).forEach(c::putAll);
    this.closures = c.build();
    for (LocalDate date : holidays.keySet()) {
      checkArgument(
          !extraWorkingDays.containsKey(date),
          "date must not be both a holiday and an extra working day: %s",
          date);
    }
    this.workingWeekendHours =
        b.workingWeekendHours != null
            ? WeeklyHours.sortedDisjoint(b.workingWeekendHours, "working-weekend hours")
            : defaultWeekendHours(weeklyHours);
    this.week = new long[7][];
    for (DayOfWeek day : DayOfWeek.values()) {
      week[day.ordinal()] = toNanos(weeklyHours.on(day));
    }
    this.weekendHours = toNanos(workingWeekendHours);
    for (Map.Entry<LocalDate, ImmutableList<LocalTimeRange>> e : extraWorkingDays.entrySet()) {
      checkArgument(
          !e.getValue().isEmpty() || weekendHours.length > 0 || hasWeeklyHours(e.getKey()),
          "extra working day %s needs hours: the weekly hours have none to default to",
          e.getKey());
    }
  }

  private boolean hasWeeklyHours(LocalDate date) {
    return week[date.getDayOfWeek().ordinal()].length > 0;
  }

  private static ImmutableList<LocalTimeRange> defaultWeekendHours(WeeklyHours hours) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (hours.isWorkingDay(day)) {
        return ImmutableList.copyOf(hours.on(day));
      }
    }
    return ImmutableList.of();
  }

  private static long[] toNanos(List<LocalTimeRange> ranges) {
    long[] out = new long[ranges.size() * 2];
    for (int i = 0; i < ranges.size(); i++) {
      out[2 * i] = ranges.get(i).startNanoOfDay();
      out[2 * i + 1] = ranges.get(i).endNanoOfDay();
    }
    return out;
  }

  /**
   * A new builder; {@link Builder#zone} and {@link Builder#weeklyHours} are required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A calendar with only weekly hours in a zone, no holidays.
   *
   * @param zone the zone
   * @param weeklyHours the hours
   * @return the calendar
   */
  public static WorkingCalendar of(ZoneId zone, WeeklyHours weeklyHours) {
    return builder().zone(zone).weeklyHours(weeklyHours).build();
  }

  /**
   * A builder initialised with this calendar's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = builder().zone(zone).weeklyHours(weeklyHours).dayRules(dayRules);
    b.workingWeekendHours = new ArrayList<>(workingWeekendHours);
    b.holidays.putAll(holidays);
    b.extraWorkingDays.putAll(extraWorkingDays);
    b.shortenedDays.putAll(shortenedDays);
    closures.asMap().forEach((d, r) -> b.closures.put(d, new ArrayList<>(r)));
    return b;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  /**
   * The weekly hours.
   *
   * @return the weekly hours
   */
  public WeeklyHours weeklyHours() {
    return weeklyHours;
  }

  /**
   * The source of day rules ({@link DayRules#none()} if none was set).
   *
   * @return the day rules
   */
  public DayRules dayRules() {
    return dayRules;
  }

  /**
   * The hours that apply on a working weekend day that brings no hours of its own.
   *
   * @return the working-weekend hours
   */
  public List<LocalTimeRange> workingWeekendHours() {
    return workingWeekendHours;
  }

  /**
   * The calendar's own holidays (not the day rules'), by date, with their descriptions.
   *
   * @return the holidays, by date
   */
  public SortedMap<LocalDate, String> holidays() {
    return holidays;
  }

  /**
   * The calendar's own extra working days, by date, with their hours (empty: the default hours).
   *
   * @return the extra working days, by date
   */
  public SortedMap<LocalDate, List<LocalTimeRange>> extraWorkingDays() {
    return Collections.unmodifiableSortedMap(extraWorkingDays);
  }

  /**
   * The calendar's own shortened days, by date, with how much shorter each is.
   *
   * @return the shortened days, by date
   */
  public SortedMap<LocalDate, Duration> shortenedDays() {
    return shortenedDays;
  }

  /**
   * The one-off closures, by date, in the order they were added.
   *
   * @return the closed wall-clock ranges, by date
   */
  public SortedMap<LocalDate, List<LocalTimeRange>> closures() {
    SortedMap<LocalDate, List<LocalTimeRange>> out = new TreeMap<>();
    closures.asMap().forEach((d, r) -> out.put(d, List.copyOf(r)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The resolved wall-clock working hours of {@code date}, after day rules, the calendar's own
   * exceptions and closures; empty if the date is closed.
   *
   * @param date the date
   * @return its ranges, sorted
   * @throws IllegalArgumentException if the day rules cannot answer for the date
   */
  public List<LocalTimeRange> hoursOn(LocalDate date) {
    requireNonNull(date, "date");
    long[] h = resolve(date, null);
    ImmutableList.Builder<LocalTimeRange> out = ImmutableList.builder();
    for (int i = 0; i < h.length; i += 2) {
      out.add(LocalTimeRange.ofNanos(h[i], h[i + 1]));
    }
    return out.build();
  }

  @Override
  public Instant add(Instant start, Duration workingTime) {
    requireNonNull(start, "start");
    requireNonNull(workingTime, "workingTime");
    checkArgument(!workingTime.isNegative(), "workingTime must not be negative: %s", workingTime);
    if (workingTime.isZero()) {
      return start;
    }
    Instant fast = tabulatedAdd(start, workingTime);
    return fast != null ? fast : referenceAdd(start, workingTime);
  }

  // The reference computations below walk the dates one by one, resolving each; the public methods
  // use them only where the resolved years cannot answer (see resolvedYear). Tests compare the two.

  /** {@link #add} day by day; {@code workingTime} is positive. */
  Instant referenceAdd(Instant start, Duration workingTime) {
    Duration remaining = workingTime;
    LocalDate date = LocalDate.ofInstant(start, zone);
    int closedDays = 0;
    while (true) {
      long[] h = resolve(date, null);
      boolean worked = false;
      for (int i = 0; i < h.length; i += 2) {
        Instant end = toInstant(date, h[i + 1]);
        if (!end.isAfter(start)) {
          continue;
        }
        Instant from = max(toInstant(date, h[i]), start);
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

  @Override
  public Duration between(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from: %s < %s", to, from);
    Duration fast = tabulatedBetween(from, to);
    return fast != null ? fast : referenceBetween(from, to);
  }

  /** {@link #between} day by day. */
  Duration referenceBetween(Instant from, Instant to) {
    long seconds = 0;
    long nanos = 0;
    LocalDate last = LocalDate.ofInstant(to, zone);
    for (LocalDate date = LocalDate.ofInstant(from, zone);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      long[] h = resolve(date, null);
      for (int i = 0; i < h.length; i += 2) {
        Instant s = max(toInstant(date, h[i]), from);
        Instant e = min(toInstant(date, h[i + 1]), to);
        if (s.isBefore(e)) {
          seconds += e.getEpochSecond() - s.getEpochSecond();
          nanos += e.getNano() - s.getNano();
        }
      }
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  @Override
  public boolean isOpen(Instant at) {
    requireNonNull(at, "at");
    ResolvedYear year = yearOf(at);
    if (year == null) {
      return referenceIsOpen(at);
    }
    long position = year.position(at);
    int i = year.firstEndingAfter(position);
    return i < year.size() && year.start(i) <= position;
  }

  /** {@link #isOpen} from the date's resolved hours. */
  boolean referenceIsOpen(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, zone);
    long[] h = resolve(date, null);
    for (int i = 0; i < h.length; i += 2) {
      if (!toInstant(date, h[i]).isAfter(at) && toInstant(date, h[i + 1]).isAfter(at)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Instant nextOpening(Instant at) {
    requireNonNull(at, "at");
    Instant fast = tabulatedNextOpening(at);
    return fast != null ? fast : referenceNextOpening(at);
  }

  /** {@link #nextOpening} day by day. */
  Instant referenceNextOpening(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, zone);
    for (int closedDays = 0; ; closedDays++) {
      long[] h = resolve(date, null);
      for (int i = 0; i < h.length; i += 2) {
        Instant s = toInstant(date, h[i]);
        Instant e = toInstant(date, h[i + 1]);
        if (s.isBefore(e) && e.isAfter(at)) {
          return max(s, at);
        }
      }
      checkClosedDays(closedDays + 1, at);
      date = date.plusDays(1);
    }
  }

  /** {@inheritDoc} Touching intervals (e.g. across midnight on a 24/7 day) are merged. */
  @Override
  public List<WorkingInterval> workingIntervals(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from: %s < %s", to, from);
    List<WorkingInterval> fast = tabulatedWorkingIntervals(from, to);
    return fast != null ? fast : referenceWorkingIntervals(from, to);
  }

  /** {@link #workingIntervals} day by day. */
  List<WorkingInterval> referenceWorkingIntervals(Instant from, Instant to) {
    List<WorkingInterval> out = new ArrayList<>();
    LocalDate last = LocalDate.ofInstant(to, zone);
    for (LocalDate date = LocalDate.ofInstant(from, zone);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      long[] h = resolve(date, null);
      for (int i = 0; i < h.length; i += 2) {
        Instant s = max(toInstant(date, h[i]), from);
        Instant e = min(toInstant(date, h[i + 1]), to);
        if (!s.isBefore(e)) {
          continue;
        }
        appendJoined(out, s, e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@inheritDoc} Only exceptions that change the day's hours are listed: a holiday on a day without
   * weekly hours, or a shortening of a closed day, is not.
   */
  @Override
  public List<CalendarException> exceptions(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from: %s < %s", to, from);
    List<CalendarException> fast = tabulatedExceptions(from, to);
    return fast != null ? fast : referenceExceptions(from, to);
  }

  /** {@link #exceptions} day by day. */
  List<CalendarException> referenceExceptions(LocalDate from, LocalDate to) {
    List<CalendarException> out = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      resolve(date, out);
    }
    return List.copyOf(out);
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder().append(weeklyHours).append(' ').append(zone.getId());
    if (dayRules != DayRules.none()) {
      sb.append(" + ").append(dayRules.describe());
    }
    int own = holidays.size() + extraWorkingDays.size() + shortenedDays.size()
        + closures.keySet().size();
    if (own > 0) {
      sb.append(" + ").append(own).append(own == 1 ? " own exception" : " own exceptions");
    }
    return sb.toString();
  }

  // ---- resolved years -------------------------------------------------------------------------

  /**
   * The resolved year that holds {@code at}, or null if that year is answered day by day. The
   * guess from the epoch second (an average Gregorian year) is at most a year off, plus one for the
   * zone's offset near New Year.
   */
  private ResolvedYear yearOf(Instant at) {
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
   * cannot be resolved. The memo is direct-mapped ({@value #YEAR_SLOTS} slots by year): bounded,
   * lock-free, and a race only builds the same immutable year twice.
   */
  private ResolvedYear resolvedYear(long year) {
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
    Instant start = toInstant(first, 0);
    Instant end = toInstant(next, 0);
    if (overlapStraddlesMidnight(start, end)) {
      return ResolvedYear.unresolved(year);
    }
    long base = start.getEpochSecond();
    long[] starts = new long[512];
    long[] ends = new long[512];
    int n = 0;
    long previous = 0;
    List<CalendarException> exceptions = new ArrayList<>();
    try {
      for (LocalDate date = first; date.isBefore(next); date = date.plusDays(1)) {
        long dayStart = nanosAfter(base, toInstant(date, 0));
        long[] h = resolve(date, exceptions);
        if (dayStart < previous) {
          return ResolvedYear.unresolved(year);
        }
        previous = dayStart;
        for (int i = 0; i < h.length; i += 2) {
          long s = nanosAfter(base, toInstant(date, h[i]));
          long e = nanosAfter(base, toInstant(date, h[i + 1]));
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
    } catch (RuntimeException cannotAnswer) {
      // The day rules fail for a date of this year: the reference walk rethrows it if it gets there.
      return ResolvedYear.unresolved(year);
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
  private boolean overlapStraddlesMidnight(Instant start, Instant end) {
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

  // Each tabulated method returns null where a year it needs is answered day by day; the caller
  // then runs the reference walk for the whole query, so results and failures stay the walk's.

  private Duration tabulatedBetween(Instant from, Instant to) {
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
  private Instant tabulatedAdd(Instant start, Duration workingTime) {
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

  private Instant tabulatedNextOpening(Instant at) {
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

  private List<CalendarException> tabulatedExceptions(LocalDate from, LocalDate to) {
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

  private List<WorkingInterval> tabulatedWorkingIntervals(Instant from, Instant to) {
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
        Instant s = y.instant(sp);
        Instant e = y.instant(ep);
        appendJoined(out, s, e);
      }
    }
    return List.copyOf(out);
  }

  private long[] resolve(LocalDate date, List<CalendarException> sink) {
    long[] base = week[date.getDayOfWeek().ordinal()];
    DayRule rule = dayRules.ruleFor(date);
    DayRule.Status status = rule.status();
    String description = rule.description();
    ImmutableList<LocalTimeRange> ownHours = null;
    String own = holidays.get(date);
    if (own != null) {
      status = DayRule.Status.DAY_OFF;
      description = own;
    } else if ((ownHours = extraWorkingDays.get(date)) != null) {
      status = DayRule.Status.WORKING_DAY;
      description = "extra working day";
    }
    long[] h = base;
    switch (status) {
      case DAY_OFF -> {
        h = CLOSED;
        if (sink != null && base.length > 0) {
          sink.add(new CalendarException(date, CalendarException.Kind.HOLIDAY, description));
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
          sink.add(
              new CalendarException(date, CalendarException.Kind.WORKING_WEEKEND, description));
        }
      }
      case REGULAR -> { }
    }
    Duration shortening = shortenedDays.get(date);
    String shorteningDescription = "shortened day";
    if (shortening == null && rule.isShortened()) {
      shortening = rule.shortening();
      shorteningDescription = rule.shorteningDescription();
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

  // Gap: the instant the gap ends (shift forward); overlap: the earlier offset.
  private Instant toInstant(LocalDate date, long nanoOfDay) {
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

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingCalendar c
        && zone.equals(c.zone)
        && weeklyHours.equals(c.weeklyHours)
        && dayRules.equals(c.dayRules)
        && workingWeekendHours.equals(c.workingWeekendHours)
        && holidays.equals(c.holidays)
        && extraWorkingDays.equals(c.extraWorkingDays)
        && shortenedDays.equals(c.shortenedDays)
        && closures.equals(c.closures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weeklyHours, dayRules, workingWeekendHours, holidays,
        extraWorkingDays, shortenedDays, closures);
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * Builds a {@link WorkingCalendar}. Later calls for the same date replace earlier ones, except
   * closures, which accumulate. Not thread-safe.
   */
  public static final class Builder {
    private ZoneId zone;
    private WeeklyHours weeklyHours;
    private DayRules dayRules = DayRules.none();
    private List<LocalTimeRange> workingWeekendHours;
    private final Map<LocalDate, String> holidays = new LinkedHashMap<>();
    private final Map<LocalDate, ImmutableList<LocalTimeRange>> extraWorkingDays =
        new LinkedHashMap<>();
    private final Map<LocalDate, Duration> shortenedDays = new LinkedHashMap<>();
    private final Map<LocalDate, List<LocalTimeRange>> closures = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The IANA time zone in which hours and dates are read (required).
     *
     * @param zone the zone, e.g. {@code ZoneId.of("Europe/Moscow")}
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The weekly working hours (required).
     *
     * @param weeklyHours the hours
     * @return this builder
     */
    public Builder weeklyHours(WeeklyHours weeklyHours) {
      this.weeklyHours = requireNonNull(weeklyHours, "weeklyHours");
      return this;
    }

    /**
     * The source of holidays and other day rules; {@link DayRules#none()} by default.
     *
     * @param dayRules the source
     * @return this builder
     */
    public Builder dayRules(DayRules dayRules) {
      this.dayRules = requireNonNull(dayRules, "dayRules");
      return this;
    }

    /**
     * The hours of a working weekend day that brings none of its own; by default Monday's weekly
     * hours (or those of the first day of the week that has any).
     *
     * @param ranges the hours
     * @return this builder
     */
    public Builder workingWeekendHours(LocalTimeRange... ranges) {
      requireNonNull(ranges, "ranges");
      checkArgument(ranges.length > 0, "working-weekend hours must not be empty");
      this.workingWeekendHours = List.copyOf(Args.noNulls("ranges", java.util.Arrays.asList(ranges)));
      return this;
    }

    /**
     * A holiday: closed all day.
     *
     * @param date the date
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      return holiday(date, "holiday");
    }

    /**
     * A holiday with a description for traces: closed all day.
     *
     * @param date the date
     * @param description e.g. {@code "company day"}
     * @return this builder
     */
    public Builder holiday(LocalDate date, String description) {
      holidays.put(requireNonNull(date, "date"), Args.maxLength("description", description, Args.MAX_TEXT_LENGTH));
      return this;
    }

    /**
     * Holidays: closed all day.
     *
     * @param dates the dates
     * @return this builder
     */
    public Builder holidays(Collection<LocalDate> dates) {
      requireNonNull(dates, "dates").forEach(this::holiday);
      return this;
    }

    /**
     * An extra working day (e.g. a working Saturday) with the given hours, or with the
     * working-weekend hours if none are given. On a date with weekly hours and no explicit hours it
     * keeps them (and overrides a day rules' day off).
     *
     * @param date the date
     * @param ranges its hours, or none for the default
     * @return this builder
     */
    public Builder extraWorkingDay(LocalDate date, LocalTimeRange... ranges) {
      requireNonNull(date, "date");
      requireNonNull(ranges, "ranges");
      String where = "hours of extra working day " + date;
      extraWorkingDays.put(date, WeeklyHours.sortedDisjoint(Arrays.asList(ranges), where));
      return this;
    }

    /**
     * A day shortened by one hour.
     *
     * @param date the date
     * @return this builder
     */
    public Builder shortenedDay(LocalDate date) {
      return shortenedDay(date, Duration.ofHours(1));
    }

    /**
     * A day whose working time ends {@code shortening} earlier.
     *
     * @param date the date
     * @param shortening how much shorter, positive
     * @return this builder
     */
    public Builder shortenedDay(LocalDate date, Duration shortening) {
      requireNonNull(date, "date");
      requireNonNull(shortening, "shortening");
      checkArgument(
          shortening.compareTo(Duration.ZERO) > 0, "shortening must be positive: %s", shortening);
      shortenedDays.put(date, shortening);
      return this;
    }

    /**
     * A one-off closure of the whole day.
     *
     * @param date the date
     * @return this builder
     */
    public Builder closure(LocalDate date) {
      return closure(date, LocalTimeRange.allDay());
    }

    /**
     * A one-off closure of part of a day.
     *
     * @param date the date
     * @param range the closed wall-clock time
     * @return this builder
     */
    public Builder closure(LocalDate date, LocalTimeRange range) {
      requireNonNull(date, "date");
      requireNonNull(range, "range");
      closures.computeIfAbsent(date, d -> new ArrayList<>()).add(range);
      return this;
    }

    /**
     * The calendar.
     *
     * @return the calendar
     * @throws IllegalArgumentException if a date is both a holiday and an extra working day, or an
     *     extra working day has no hours to default to
     * @throws IllegalStateException if the zone or the weekly hours were not set
     */
    public WorkingCalendar build() {
      checkState(zone != null, "zone must be set");
      checkState(weeklyHours != null, "weeklyHours must be set");
      return new WorkingCalendar(this);
    }
  }

  /** Appends {@code [s, e)} to {@code out}, joined to the last interval if that ends at {@code s}. */
  private static void appendJoined(List<WorkingInterval> out, Instant s, Instant e) {
    int n = out.size();
    if (n > 0 && out.get(n - 1).end().equals(s)) {
      out.set(n - 1, new WorkingInterval(out.get(n - 1).start(), e));
    } else {
      out.add(new WorkingInterval(s, e));
    }
  }
}
