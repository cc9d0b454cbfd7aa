package io.revops.sla.calendar;

import io.revops.core.check.Args;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Russia's official production calendar (five-day week) as {@link DayRules}: the weekdays that are
 * not working days (public holidays, the government's transfer decrees and, by default, the
 * presidential decrees' paid non-working days of 2020 and 2021), the weekend days that are working
 * days, and the shortened pre-holiday days (one hour shorter).
 *
 * <pre>{@code
 * RussianProductionCalendar ru = RussianProductionCalendar.load();              // 2013-2027, bundled
 * RussianProductionCalendar official = ru.decreedDays(DecreedDays.WORKING_DAYS); // 2020/2021 decrees not off
 * Findings findings = Findings.create();
 * RussianProductionCalendar next = ru.withYear(                                 // next year's file, no release
 *     XmlCalendar.read(Path.of("2028.xml"), findings).orElseThrow(), "2028.xml");
 * }</pre>
 *
 * <p><b>Data.</b> The bundled resources {@code xmlcalendar-ru/2013.xml} … {@code 2027.xml} (next to
 * this class) are verbatim copies of the xmlcalendar project's files (GitHub {@code
 * xmlcalendar/data}, folder {@code ru/}), read with {@link XmlCalendar}; data version (covered years
 * and the first 12 hex digits of the SHA-256 of the files concatenated in year order): {@value
 * #DATA_VERSION}. The {@linkplain #CORRECTIONS documented corrections} are applied on load; every
 * other day is as the files say. jollyday's Russian data is not used: it misses the decree
 * transfers, working Saturdays and shortened days.
 *
 * <p><b>Decreed paid non-working days</b> (2020-03-30 … 2020-05-08, 2020-06-24, 2020-07-01, 2021-05-04 …
 * 2021-05-07, 2021-11-01 … 2021-11-03; {@link ProductionDay.Kind#DECREED_NON_WORKING_DAY}): not public
 * holidays and not in the official working-time norm, but most offices were closed. They are days
 * off by default ({@link DecreedDays#DAYS_OFF}, "RU production calendar 2020: decreed paid
 * non-working day (…)"); {@link #decreedDays(DecreedDays) decreedDays(WORKING_DAYS)} counts them as
 * working days.
 *
 * <p><b>Semantics</b> (with {@code WeeklyHours.mondayToFriday(09:00, 18:00)}): a non-working weekday
 * is a {@linkplain DayRule#dayOff day off}; a working weekend is a {@linkplain DayRule#workingDay
 * working day} with the calendar's working-weekend hours (Monday's by default); a shortened day ends
 * one hour earlier (so the working Saturday 2025-11-01, also shortened, is 09:00-17:00). Every other
 * Saturday and Sunday is off because the weekly hours have no hours on it: this source does not
 * close weekends itself, so a calendar whose weekly hours include Saturday keeps its Saturdays.
 *
 * <p><b>Years outside the data.</b> {@link #ruleFor(LocalDate)} fails with an {@link
 * IllegalArgumentException} naming the year, unless the calendar was created with {@link
 * #weekendsOnlyFallback()}: then such dates are regular (only the weekly hours' weekends are off, no
 * holidays).
 *
 * <p>Cost: {@link #load()} parses the fifteen files (some 40 KB) each time it is called; keep the
 * instance. {@link #ruleFor} is two map look-ups.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RussianProductionCalendar implements DayRules {
  /** The first year of the bundled data. */
  public static final int FIRST_BUNDLED_YEAR = 2013;

  /** The last year of the bundled data. */
  public static final int LAST_BUNDLED_YEAR = 2027;

  /** The version of the bundled data. */
  public static final String DATA_VERSION = "2013-2027 sha256:32137a2bc689";

  /**
   * The corrections applied to the bundled files: 2014-02-24, marked shortened in {@code 2014.xml},
   * follows the 23 February holiday instead of preceding one and is a full working day in the
   * official 2014 calendar (Government decree of 28.05.2013 No. 444).
   */
  public static final List<CalendarCorrection> CORRECTIONS = List.of(
      CalendarCorrection.toFiveDayWeek(LocalDate.of(2014, 2, 24),
          ProductionDay.Kind.SHORTENED_WORKING_DAY,
          "a full working day in the official 2014 calendar; the shortened day follows a holiday"));

  private static final Duration ONE_HOUR = Duration.ofHours(1);

  private final ImmutableSortedMap<Integer, ProductionYear> years;
  private final String provenance;
  private final DecreedDays decreed;
  private final boolean weekendsOnlyFallback;

  private RussianProductionCalendar(ImmutableSortedMap<Integer, ProductionYear> years,
      String provenance, DecreedDays decreed, boolean weekendsOnlyFallback) {
    this.years = years;
    this.provenance = provenance;
    this.decreed = decreed;
    this.weekendsOnlyFallback = weekendsOnlyFallback;
  }

  /**
   * Reads the bundled data 2013–2027 with the {@linkplain #CORRECTIONS corrections} applied;
   * decreed days are days off, dates outside the covered years fail.
   *
   * @return the calendar
   * @throws IllegalStateException if a bundled resource is missing or has a finding no correction
   *     answers
   */
  public static RussianProductionCalendar load() {
    TreeMap<Integer, ProductionYear> years = new TreeMap<>();
    for (int year = FIRST_BUNDLED_YEAR; year <= LAST_BUNDLED_YEAR; year++) {
      years.put(year, bundledYear(year));
    }
    return new RussianProductionCalendar(
        ImmutableSortedMap.copyOfSorted(years), DATA_VERSION, DecreedDays.DAYS_OFF, false);
  }

  private static ProductionYear bundledYear(int year) {
    String resource = resource(year);
    Findings findings = Findings.create();
    ProductionYear y;
    try (InputStream in = RussianProductionCalendar.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + resource);
      }
      y = XmlCalendar.read(in, resource, findings)
          .orElseThrow(() -> new IllegalStateException("bundled data unreadable: " + findings.all()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    List<CalendarCorrection> corrections =
        CORRECTIONS.stream().filter(c -> c.date().getYear() == year).toList();
    for (Finding f : findings.all()) {
      boolean answered = f.field().equals(Optional.of("day@d")) && corrections.stream()
          .anyMatch(c -> f.value().equals(Optional.of(XmlCalendar.monthDay(c.date()))));
      if (!answered) {
        throw new IllegalStateException("bundled data has a finding no correction answers: " + f);
      }
    }
    for (CalendarCorrection c : corrections) {
      y = c.applyTo(y, resource);
    }
    Findings after = Findings.create();
    XmlCalendar.check(y, resource, after);
    if (!after.isEmpty()) {
      throw new IllegalStateException("bundled data after its corrections: " + after.all());
    }
    return y;
  }

  /** The bundled resource of {@code year}, relative to this class. */
  static String resource(int year) {
    return "xmlcalendar-ru/" + year + ".xml";
  }

  /**
   * A calendar of the caller's own years (e.g. read with {@link XmlCalendar}); decreed days are
   * days off, other years fail.
   *
   * @param years the years, each once
   * @param provenance where they come from, for {@link #describe()}, e.g. {@code "files of 2025-09-30"}
   * @return the calendar
   */
  public static RussianProductionCalendar of(Collection<ProductionYear> years, String provenance) {
    requireNonNull(years, "years");
    Args.text("provenance", provenance);
    checkArgument(!years.isEmpty(), "years must not be empty");
    TreeMap<Integer, ProductionYear> byYear = new TreeMap<>();
    for (ProductionYear y : years) {
      checkArgument(byYear.put(requireNonNull(y, "years element").year(), y) == null,
          "years must name each year once: %s", y.year());
    }
    return new RussianProductionCalendar(
        ImmutableSortedMap.copyOfSorted(byYear), provenance, DecreedDays.DAYS_OFF, false);
  }

  /**
   * A copy with {@code year} added, or replacing the data's year of the same number: how a user
   * loads next year's file the day it is published.
   *
   * @param year the year, e.g. from {@link XmlCalendar#read}
   * @param source where it comes from, for {@link #describe()}, e.g. {@code "2028.xml"}
   * @return the calendar
   */
  public RussianProductionCalendar withYear(ProductionYear year, String source) {
    requireNonNull(year, "year");
    requireNonNull(source, "source");
    TreeMap<Integer, ProductionYear> copy = new TreeMap<>(years);
    copy.put(year.year(), year);
    return new RussianProductionCalendar(ImmutableSortedMap.copyOfSorted(copy),
        provenance + "; " + year.year() + " from " + source, decreed, weekendsOnlyFallback);
  }

  /**
   * A copy that counts the decreed paid non-working days of 2020 and 2021 as {@code decreed} says.
   *
   * @param decreed {@link DecreedDays#DAYS_OFF} (the default) or {@link DecreedDays#WORKING_DAYS}
   * @return the calendar
   */
  public RussianProductionCalendar decreedDays(DecreedDays decreed) {
    requireNonNull(decreed, "decreed");
    return new RussianProductionCalendar(years, provenance, decreed, weekendsOnlyFallback);
  }

  /**
   * How the decreed paid non-working days count.
   *
   * @return the policy
   */
  public DecreedDays decreedDays() {
    return decreed;
  }

  /**
   * A copy that treats dates in years the data does not cover as regular days (weekends only, no
   * holidays) instead of failing.
   *
   * @return the lenient calendar
   */
  public RussianProductionCalendar weekendsOnlyFallback() {
    return new RussianProductionCalendar(years, provenance, decreed, true);
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
    return years.keySet();
  }

  /**
   * The data of one year.
   *
   * @param year a year
   * @return its data, empty if not covered
   */
  public Optional<ProductionYear> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  /**
   * True if the data covers {@code date}'s year.
   *
   * @param date the date
   * @return whether the year is covered
   */
  public boolean covers(LocalDate date) {
    return years.containsKey(requireNonNull(date, "date").getYear());
  }

  @Override
  public DayRule ruleFor(LocalDate date) {
    requireNonNull(date, "date");
    ProductionYear year = years.get(date.getYear());
    if (year == null) {
      checkArgument(
          weekendsOnlyFallback,
          "RU production calendar has no data for %s; covered years: %s; use "
              + "RussianProductionCalendar.load().weekendsOnlyFallback() to treat years outside "
              + "the data as weekends only (no public holidays)",
          date.getYear(),
          coveredYearsText());
      return DayRule.regular();
    }
    ProductionDay day = year.days().get(date);
    if (day == null) {
      return DayRule.regular();
    }
    String prefix = "RU production calendar " + date.getYear() + ": ";
    boolean weekend = day.isWeekend();
    return switch (day.kind()) {
      case DAY_OFF -> weekend ? DayRule.regular() : DayRule.dayOff(prefix + "non-working day");
      case DECREED_NON_WORKING_DAY -> weekend || decreed == DecreedDays.WORKING_DAYS
          ? DayRule.regular()
          : DayRule.dayOff(prefix + "decreed paid non-working day"
              + day.holiday().map(h -> " (" + h + ")").orElse(""));
      case SHORTENED_WORKING_DAY ->
          (weekend ? DayRule.workingDay(prefix + "working weekend") : DayRule.regular())
              .withShortening(ONE_HOUR, prefix + "pre-holiday day");
      case WORKING_WEEKEND ->
          weekend ? DayRule.workingDay(prefix + "working weekend") : DayRule.regular();
    };
  }

  private String coveredYearsText() {
    return years.size() == years.lastKey() - years.firstKey() + 1
        ? years.firstKey() + "–" + years.lastKey()
        : years.keySet().toString();
  }

  @Override
  public String describe() {
    return "RU production calendar " + coveredYearsText() + " [" + provenance + "]"
        + (decreed == DecreedDays.WORKING_DAYS ? " (decreed non-working days as working days)" : "")
        + (weekendsOnlyFallback ? " (weekends only outside)" : "");
  }

  /** Equal if the same data is read the same way; the provenance is not compared. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RussianProductionCalendar c
        && weekendsOnlyFallback == c.weekendsOnlyFallback
        && decreed == c.decreed
        && years.equals(c.years);
  }

  @Override
  public int hashCode() {
    return (years.hashCode() * 31 + decreed.hashCode()) * 31 + Boolean.hashCode(weekendsOnlyFallback);
  }

  @Override
  public String toString() {
    return describe();
  }
}
