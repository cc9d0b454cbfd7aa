package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.focus_shift.jollyday.core.impl.DefaultHolidayManager;
import de.focus_shift.jollyday.core.impl.JapaneseBridgingHolidayManager;
import de.focus_shift.jollyday.jaxb.JaxbConfigurationService;
import io.revops.core.check.Args;
import java.util.Properties;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
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
 * <p>jollyday is configured here, in code, and never from outside: {@code HolidayManager.getInstance} would
 * merge properties from the system properties {@code de.focus_shift.jollyday.config.urls} (URLs it opens) and
 * {@code de.focus_shift.jollyday.config.providers} (classes it loads) and from any {@code jollyday.properties}
 * on the class path. This class builds the manager itself with jollyday's own parsers and the JAXB
 * configuration service, so its holidays come only from the calendar files inside the jollyday jar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JollydayHolidays implements DayRules {
  /** The longest calendar or subdivision code accepted (jollyday's are at most a few letters). */
  public static final int MAX_CODE_LENGTH = 16;

  /** The parsers jollyday 2.19 lists in its own {@code jollyday.properties}, by configuration type. */
  private static final Map<String, String> PARSERS = Map.of("Fixed", "FixedParser",
      "FixedWeekdayInMonth", "FixedWeekdayInMonthParser", "Islamic", "IslamicHolidayParser",
      "Christian", "ChristianHolidayParser", "RelativeToFixed", "RelativeToFixedParser",
      "RelativeToWeekdayInMonth", "RelativeToWeekdayInMonthParser",
      "FixedWeekdayBetweenFixed", "FixedWeekdayBetweenFixedParser",
      "FixedWeekdayRelativeToFixed", "FixedWeekdayRelativeToFixedParser",
      "EthiopianOrthodox", "EthiopianOrthodoxHolidayParser", "RelativeToEasterSunday", "RelativeToEasterSundayParser");

  /** One manager per calendar code, as jollyday's own cache would keep it (managers are thread-safe). */
  private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

  private final String country;
  private final ImmutableList<String> subdivisions;
  private final HolidayManager manager;
  private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  private JollydayHolidays(String country, ImmutableList<String> subdivisions) {
    this.country = country;
    this.subdivisions = subdivisions;
    this.manager = MANAGERS.computeIfAbsent(country.toLowerCase(Locale.ROOT), JollydayHolidays::manager);
  }

  /** A manager configured only from this class: no system property, class-path properties file or URL read. */
  static HolidayManager manager(String calendar) {
    Properties properties = new Properties();
    PARSERS.forEach((type, parser) -> properties.setProperty(
        "parser.impl.de.focus_shift.jollyday.core.spi." + type + "HolidayConfiguration",
        "de.focus_shift.jollyday.core.parser.impl." + parser));
    ManagerParameter parameter = ManagerParameters.create(calendar, properties);
    HolidayManager m = calendar.equals("jp") ? new JapaneseBridgingHolidayManager() : new DefaultHolidayManager();
    m.setConfigurationService(new JaxbConfigurationService());
    m.init(parameter);
    return m;
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
   */
  public static JollydayHolidays of(String country, String... subdivisions) {
    Args.maxLength("country", country, MAX_CODE_LENGTH);
    requireNonNull(subdivisions, "subdivisions");
    String code = country.trim().toUpperCase(Locale.ROOT);
    checkArgument(
        !code.equals("RU"),
        "country must not be RU: jollyday's Russian data misses the decree transfers, working "
            + "Saturdays and shortened days; use RussianProductionCalendar.load()");
    checkArgument(
        HolidayManager.getSupportedCalendarCodes().contains(code),
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
    Map<LocalDate, String> out = new HashMap<>();
    for (Holiday h :
        manager.getHolidays(
            Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions.toArray(new String[0]))) {
      // getDate() is the observed date when jollyday moves the holiday.
      String name = describe() + ": " + h.getDescription(Locale.ENGLISH);
      out.merge(h.getDate(), name, (a, b) -> a + "; " + b.substring(b.indexOf(": ") + 2));
    }
    return ImmutableMap.copyOf(out);
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
