package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>This class is immutable and thread-safe.
 */
public final class JollydayHolidays implements DayRules {
  private final String country;
  private final ImmutableList<String> subdivisions;
  private final HolidayManager manager;
  private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  private JollydayHolidays(String country, ImmutableList<String> subdivisions) {
    this.country = country;
    this.subdivisions = subdivisions;
    this.manager =
        HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
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
    requireNonNull(country, "country");
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
      subs.add(requireNonNull(s, "subdivision").trim().toLowerCase(Locale.ROOT));
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
  public boolean equals(Object o) {
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
