package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * Russia's official production calendar (five-day week) as {@link DayRules}: the weekdays that are
 * not working days (public holidays and the government's transfer decrees), the weekend days that
 * are working days, and the shortened pre-holiday days (one hour shorter).
 *
 * <p><b>Data.</b> The bundled resource {@value #RESOURCE} (next to this class) covers 2025, 2026 and
 * 2027. It is a verbatim copy of the project's shared data file {@code
 * shared/data/ru-production-calendar.json} (format: {@code years.<year>.nonWorkingWeekdays},
 * {@code workingWeekends}, {@code shortenedDays}, ISO dates), checked by a test to be identical;
 * the file name carries the covered years so that a later edition gets a new name. Data version
 * (covered years and the first 12 hex digits of the file's SHA-256): {@value #DATA_VERSION}.
 * jollyday's Russian data is not used: it misses the decree transfers, working Saturdays and
 * shortened days.
 *
 * <p><b>Semantics</b> (with {@code WeeklyHours.mondayToFriday(09:00, 18:00)}): a listed
 * non-working weekday is a {@linkplain DayRule#dayOff day off}; a listed working weekend is a
 * {@linkplain DayRule#workingDay working day} with the calendar's working-weekend hours (Monday's by
 * default); a listed shortened day ends one hour earlier (so the working Saturday 2025-11-01, also
 * shortened, is 09:00-17:00). Every other Saturday and Sunday is off because the weekly hours have no
 * hours on it: this source does not close weekends itself, so a calendar whose weekly hours include
 * Saturday keeps its Saturdays.
 *
 * <p><b>Years outside the data.</b> {@link #ruleFor(LocalDate)} fails with an {@link
 * IllegalArgumentException} naming the year, unless the calendar was created with {@link
 * #weekendsOnlyFallback()}: then such dates are regular (only the weekly hours' weekends are off, no
 * holidays).
 *
 * <p>The data is read with Jackson each time {@link #load()} is called; keep the instance.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RussianProductionCalendar implements DayRules {
  /** The bundled resource's name, relative to this class. */
  public static final String RESOURCE = "ru-production-calendar-2025-2027.json";

  /** The version of the bundled data. */
  public static final String DATA_VERSION = "2025-2027 sha256:2afd3c11f7e7";

  private static final Duration ONE_HOUR = Duration.ofHours(1);

  private final ImmutableMap<LocalDate, DayRule> rules;
  private final ImmutableSortedSet<Integer> years;
  private final boolean weekendsOnlyFallback;

  private RussianProductionCalendar(
      ImmutableMap<LocalDate, DayRule> rules,
      ImmutableSortedSet<Integer> years,
      boolean weekendsOnlyFallback) {
    this.rules = rules;
    this.years = years;
    this.weekendsOnlyFallback = weekendsOnlyFallback;
  }

  /**
   * Reads the bundled data; dates outside the covered years fail.
   *
   * @return the calendar
   * @throws IllegalStateException if the bundled resource is missing or malformed
   */
  public static RussianProductionCalendar load() {
    try (InputStream in = RussianProductionCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + RESOURCE);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static RussianProductionCalendar read(InputStream in, String source) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    JsonNode yearsNode = root.path("years");
    if (!yearsNode.isObject() || yearsNode.isEmpty()) {
      throw new IllegalStateException(source + ": no 'years' object");
    }
    Map<LocalDate, DayRule> rules = new HashMap<>();
    ImmutableSortedSet.Builder<Integer> years = ImmutableSortedSet.naturalOrder();
    for (Map.Entry<String, JsonNode> entry : yearsNode.properties()) {
      int year = Integer.parseInt(entry.getKey());
      years.add(year);
      String prefix = "RU production calendar " + year + ": ";
      for (LocalDate d : dates(entry.getValue(), "nonWorkingWeekdays", year, source)) {
        check(!isWeekend(d), source, "non-working weekday is a weekend: " + d);
        check(rules.put(d, DayRule.dayOff(prefix + "non-working day")) == null, source,
            "date listed twice: " + d);
      }
      for (LocalDate d : dates(entry.getValue(), "workingWeekends", year, source)) {
        check(isWeekend(d), source, "working weekend is a weekday: " + d);
        check(rules.put(d, DayRule.workingDay(prefix + "working weekend")) == null, source,
            "date listed twice: " + d);
      }
      for (LocalDate d : dates(entry.getValue(), "shortenedDays", year, source)) {
        DayRule base = rules.getOrDefault(d, DayRule.regular());
        check(base.status() != DayRule.Status.DAY_OFF, source,
            "shortened day is a non-working day: " + d);
        rules.put(d, base.withShortening(ONE_HOUR, prefix + "pre-holiday day"));
      }
    }
    return new RussianProductionCalendar(ImmutableMap.copyOf(rules), years.build(), false);
  }

  private static Iterable<LocalDate> dates(JsonNode year, String field, int y, String source) {
    JsonNode array = year.path(field);
    check(array.isArray(), source, y + "." + field + " must be an array");
    ImmutableSortedSet.Builder<LocalDate> out = ImmutableSortedSet.naturalOrder();
    for (JsonNode n : array) {
      try {
        LocalDate d = LocalDate.parse(n.asText());
        check(d.getYear() == y, source, y + "." + field + " holds a date of another year: " + d);
        out.add(d);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(source + ": not an ISO date in " + field + ": " + n, e);
      }
    }
    return out.build();
  }

  private static void check(boolean ok, String source, String message) {
    if (!ok) {
      throw new IllegalStateException(source + ": " + message);
    }
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * A copy that treats dates in years the data does not cover as regular days (weekends only, no
   * holidays) instead of failing.
   *
   * @return the lenient calendar
   */
  public RussianProductionCalendar weekendsOnlyFallback() {
    return new RussianProductionCalendar(rules, years, true);
  }

  /**
   * True if dates outside the covered years are treated as regular days.
   *
   * @return whether the fallback is on
   */
  public boolean isWeekendsOnlyFallback() {
    return weekendsOnlyFallback;
  }

  /**
   * The years the data covers.
   *
   * @return the years, ascending
   */
  public SortedSet<Integer> coveredYears() {
    return years;
  }

  /**
   * True if the data covers {@code date}'s year.
   *
   * @param date the date
   * @return whether the year is covered
   */
  public boolean covers(LocalDate date) {
    return years.contains(requireNonNull(date, "date").getYear());
  }

  @Override
  public DayRule ruleFor(LocalDate date) {
    requireNonNull(date, "date");
    if (!years.contains(date.getYear())) {
      checkArgument(
          weekendsOnlyFallback,
          "RU production calendar has no data for %s; covered years: %s; use "
              + "RussianProductionCalendar.load().weekendsOnlyFallback() to treat years outside "
              + "the data as weekends only (no public holidays)",
          date.getYear(),
          coveredYearsText());
      return DayRule.regular();
    }
    return rules.getOrDefault(date, DayRule.regular());
  }

  private String coveredYearsText() {
    return years.size() == years.last() - years.first() + 1
        ? years.first() + "–" + years.last()
        : years.toString();
  }

  @Override
  public String describe() {
    return "RU production calendar " + coveredYearsText() + " [" + DATA_VERSION + "]"
        + (weekendsOnlyFallback ? " (weekends only outside)" : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RussianProductionCalendar c
        && weekendsOnlyFallback == c.weekendsOnlyFallback
        && years.equals(c.years)
        && rules.equals(c.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode() * 31 + Boolean.hashCode(weekendsOnlyFallback);
  }

  @Override
  public String toString() {
    return describe();
  }
}
