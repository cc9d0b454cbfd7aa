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
import java.time.ZoneId;
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
import org.jspecify.annotations.Nullable;

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
 * <p>Inside, the calendar is four parts in this package: this class (the value and its builder),
 * {@code DayResolver} (a date's hours and local times to instants), {@code ReferenceWalks} (the
 * queries by the day) and {@code YearTables} (the resolved years that answer most queries).
 * This file is one job, the value and its builder, and is long only by the javadoc of the public
 * queries (about 40% of its lines).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendar implements BusinessCalendar {
  private final ZoneId zone;
  private final WeeklyHours weeklyHours;
  private final DayRules dayRules;
  private final ImmutableList<LocalTimeRange> workingWeekendHours;
  private final ImmutableSortedMap<LocalDate, String> holidays;
  private final ImmutableSortedMap<LocalDate, ImmutableList<LocalTimeRange>> extraWorkingDays;
  private final ImmutableSortedMap<LocalDate, Duration> shortenedDays;
  private final ImmutableListMultimap<LocalDate, LocalTimeRange> closures;
  // The three parts derived from the fields above (not part of equals): a date's hours, the walks
  // by the day, and the memo of resolved years that answers most queries.
  private final DayResolver days;
  private final ReferenceWalks walks;
  private final YearTables tables;

  private WorkingCalendar(Builder b) {
    this.zone = requireNonNull(b.zone, "zone (call Builder.zone)");
    this.weeklyHours = requireNonNull(b.weeklyHours, "weeklyHours (call Builder.weeklyHours)");
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
    this.days = new DayResolver(zone, weeklyHours, dayRules, workingWeekendHours, holidays,
        extraWorkingDays, shortenedDays, closures);
    for (Map.Entry<LocalDate, ImmutableList<LocalTimeRange>> e : extraWorkingDays.entrySet()) {
      checkArgument(
          !e.getValue().isEmpty() || days.hasWeekendHours() || days.hasWeeklyHours(e.getKey()),
          "extra working day %s needs hours: the weekly hours have none to default to",
          e.getKey());
    }
    this.walks = new ReferenceWalks(days);
    this.tables = new YearTables(days);
  }

  private static ImmutableList<LocalTimeRange> defaultWeekendHours(WeeklyHours hours) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (hours.isWorkingDay(day)) {
        return ImmutableList.copyOf(hours.on(day));
      }
    }
    return ImmutableList.of();
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
    long[] h = days.resolve(date, null);
    ImmutableList.Builder<LocalTimeRange> out = ImmutableList.builder();
    for (int i = 0; i < h.length; i += 2) {
      out.add(LocalTimeRange.ofNanos(h[i], h[i + 1]));
    }
    return out.build();
  }

  // Each query asks the year tables first; they answer null where a year it needs is answered day
  // by day, and the reference walk then answers the whole query, so results and failures stay the
  // walk's. Tests compare the two through the package-private reference* methods.

  @Override
  public Instant add(Instant start, Duration workingTime) {
    requireNonNull(start, "start");
    requireNonNull(workingTime, "workingTime");
    checkArgument(!workingTime.isNegative(), "workingTime must not be negative: %s", workingTime);
    if (workingTime.isZero()) {
      return start;
    }
    Instant fast = tables.add(start, workingTime);
    return fast != null ? fast : referenceAdd(start, workingTime);
  }

  /** {@link #add} day by day; {@code workingTime} is positive. */
  Instant referenceAdd(Instant start, Duration workingTime) {
    return walks.add(start, workingTime);
  }

  @Override
  public Duration between(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from: %s < %s", to, from);
    Duration fast = tables.between(from, to);
    return fast != null ? fast : referenceBetween(from, to);
  }

  /** {@link #between} day by day. */
  Duration referenceBetween(Instant from, Instant to) {
    return walks.between(from, to);
  }

  @Override
  public boolean isOpen(Instant at) {
    requireNonNull(at, "at");
    Boolean fast = tables.isOpen(at);
    return fast != null ? fast : referenceIsOpen(at);
  }

  /** {@link #isOpen} from the date's resolved hours. */
  boolean referenceIsOpen(Instant at) {
    return walks.isOpen(at);
  }

  @Override
  public Instant nextOpening(Instant at) {
    requireNonNull(at, "at");
    Instant fast = tables.nextOpening(at);
    return fast != null ? fast : referenceNextOpening(at);
  }

  /** {@link #nextOpening} day by day. */
  Instant referenceNextOpening(Instant at) {
    return walks.nextOpening(at);
  }

  /** {@inheritDoc} Touching intervals (e.g. across midnight on a 24/7 day) are merged. */
  @Override
  public List<WorkingInterval> workingIntervals(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from: %s < %s", to, from);
    List<WorkingInterval> fast = tables.workingIntervals(from, to);
    return fast != null ? fast : referenceWorkingIntervals(from, to);
  }

  /** {@link #workingIntervals} day by day. */
  List<WorkingInterval> referenceWorkingIntervals(Instant from, Instant to) {
    return walks.workingIntervals(from, to);
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
    List<CalendarException> fast = tables.exceptions(from, to);
    return fast != null ? fast : referenceExceptions(from, to);
  }

  /** {@link #exceptions} day by day. */
  List<CalendarException> referenceExceptions(LocalDate from, LocalDate to) {
    return walks.exceptions(from, to);
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

  @Override
  public boolean equals(@Nullable Object o) {
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
}
