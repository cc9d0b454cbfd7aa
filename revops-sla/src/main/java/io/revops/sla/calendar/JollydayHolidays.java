package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.revops.core.check.Args;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Public holidays of a country (optionally a subdivision) from <a
 * href="https://github.com/focus-shift/jollyday">jollyday</a> as {@link DayRules}: each public
 * holiday is a {@linkplain DayRule#dayOff day off}, on its observed date where jollyday moves it
 * (e.g. US Independence Day on a Saturday is observed on the Friday). Bank holidays and observances
 * are not days off. jollyday knows nothing of working weekends or shortened days.
 *
 * <p>Russia is refused: jollyday's Russian data misses the decree transfers, working Saturdays and
 * shortened days; use {@link RussianProductionCalendar}.
 *
 * <p>Holidays are computed by jollyday once per year on first use and kept (a thread-safe memo; the
 * answers never change), so look-ups are map reads.
 *
 * <p>jollyday is an <em>optional</em> dependency of revops-sla (Russia's calendar does not need it): add
 * {@value #JOLLYDAY_COORDINATES} to use this class. Without them {@link #of} throws an {@link
 * IllegalStateException} naming the missing class and these coordinates; nothing else in revops-sla or
 * revops-json needs jollyday. Every reference to jollyday's classes is in one package-private class, loaded only
 * after that check. jollyday is configured in code, never from system properties, a {@code jollyday.properties}
 * or URLs: its holidays come only from the calendar files inside the jollyday jar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JollydayHolidays implements DayRules {
  /** The longest calendar or subdivision code accepted (jollyday's are at most a few letters). */
  public static final int MAX_CODE_LENGTH = 16;

  /** The version of jollyday revops-sla is built and tested with (the {@code jollyday.version} of its POM). */
  public static final String JOLLYDAY_VERSION = "2.19.0";

  /** The Maven coordinates that provide jollyday, as {@link #of} names them when jollyday is absent. */
  public static final String JOLLYDAY_COORDINATES =
      "de.focus-shift:jollyday-core:" + JOLLYDAY_VERSION + " and de.focus-shift:jollyday-jaxb:" + JOLLYDAY_VERSION;

  /** One class of each artifact, checked before the backend that uses them is loaded. */
  private static final Map<String, String> REQUIRED_CLASSES = Map.of(
      "de.focus_shift.jollyday.core.HolidayManager", "de.focus-shift:jollyday-core",
      "de.focus_shift.jollyday.jaxb.JaxbConfigurationService", "de.focus-shift:jollyday-jaxb");

  private final String country;
  private final ImmutableList<String> subdivisions;
  private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  private JollydayHolidays(String country, ImmutableList<String> subdivisions) {
    this.country = country;
    this.subdivisions = subdivisions;
  }

  /**
   * Fails unless jollyday's two artifacts are on the class path (or module path), naming what is missing.
   *
   * @throws IllegalStateException naming the missing class, its artifact and {@link #JOLLYDAY_COORDINATES}
   */
  static void requireJollyday() {
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(REQUIRED_CLASSES).entrySet()) {
      try {
        Class.forName(e.getKey(), false, JollydayHolidays.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError missing) {
        throw new IllegalStateException("JollydayHolidays needs jollyday, an optional dependency of revops-sla: "
            + "class " + e.getKey() + " (" + e.getValue() + ") is not on the class path or module path; add the "
            + "dependencies " + JOLLYDAY_COORDINATES + ". Russia's calendar (RussianProductionCalendar, "
            + "BusinessCalendars.russia()) does not need them", missing);
      }
    }
  }

  /**
   * The public holidays of {@code country}, and of the given subdivisions (jollyday's hierarchy,
   * e.g. {@code of("DE", "by")} for Bavaria, {@code of("US", "ny")} for New York).
   *
   * @param country a calendar code jollyday supports, usually an ISO 3166 country code such as
   *     {@code "DE"} or {@code "US"} (case-insensitive)
   * @param subdivisions the subdivision path, outermost first; none for the whole country
   * @return the holidays
   * @throws IllegalArgumentException if jollyday does not know the code, or it is {@code "RU"}
   * @throws IllegalStateException if jollyday is not on the class path (it is an optional dependency)
   */
  public static JollydayHolidays of(String country, String... subdivisions) {
    Args.maxLength("country", country, MAX_CODE_LENGTH);
    requireNonNull(subdivisions, "subdivisions");
    String code = country.trim().toUpperCase(Locale.ROOT);
    checkArgument(
        !code.equals("RU"),
        "country must not be RU: jollyday's Russian data misses the decree transfers, working "
            + "Saturdays and shortened days; use RussianProductionCalendar.load()");
    requireJollyday();
    checkArgument(
        JollydayBackend.supportedCodes().contains(code),
        "country must be a calendar code jollyday supports (e.g. DE, US, GB): %s",
        country);
    ImmutableList.Builder<String> subs = ImmutableList.builder();
    for (String s : subdivisions) {
      subs.add(Args.maxLength("subdivision", s, MAX_CODE_LENGTH).trim().toLowerCase(Locale.ROOT));
    }
    return new JollydayHolidays(code, subs.build());
  }

  /**
   * The calendar code, upper case.
   *
   * @return the country code
   */
  public String country() {
    return country;
  }

  /**
   * The subdivision path, lower case.
   *
   * @return the subdivisions
   */
  public List<String> subdivisions() {
    return subdivisions;
  }

  @Override
  public DayRule ruleFor(LocalDate date) {
    requireNonNull(date, "date");
    String holiday = byYear.computeIfAbsent(date.getYear(), this::load).get(date);
    return holiday == null ? DayRule.regular() : DayRule.dayOff(holiday);
  }

  private Map<LocalDate, String> load(int year) {
    return JollydayBackend.publicHolidays(country, subdivisions, year, describe());
  }

  @Override
  public String describe() {
    String where = subdivisions.isEmpty() ? "" : "/" + String.join("/", subdivisions);
    return "jollyday " + country + where + " public holidays";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JollydayHolidays j
        && country.equals(j.country)
        && subdivisions.equals(j.subdivisions);
  }

  @Override
  public int hashCode() {
    return country.hashCode() * 31 + subdivisions.hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
