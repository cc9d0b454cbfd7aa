package io.revops.sla.calendar;

import com.google.common.collect.ImmutableMap;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.focus_shift.jollyday.core.impl.DefaultHolidayManager;
import de.focus_shift.jollyday.core.impl.JapaneseBridgingHolidayManager;
import de.focus_shift.jollyday.jaxb.JaxbConfigurationService;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one class of revops-sla that refers to jollyday's classes. jollyday is an optional dependency of
 * revops-sla: this class is loaded only when {@link JollydayHolidays#of} has checked that jollyday is present
 * ({@link JollydayHolidays} itself never names a jollyday type), so a consumer without jollyday never sees a
 * {@code NoClassDefFoundError}.
 *
 * <p>jollyday is configured here, in code, and never from outside: {@code HolidayManager.getInstance} would
 * merge properties from the system properties {@code de.focus_shift.jollyday.config.urls} (URLs it opens) and
 * {@code de.focus_shift.jollyday.config.providers} (classes it loads) and from any {@code jollyday.properties}
 * on the class path. This class builds the manager itself with jollyday's own parsers and the JAXB
 * configuration service, so its holidays come only from the calendar files inside the jollyday jar.
 *
 * <p>Cost: the first manager of a calendar code parses jollyday's XML file for it (milliseconds); managers are
 * kept, one per code, and are thread-safe.
 */
final class JollydayBackend {
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

  private JollydayBackend() {}

  /** The calendar codes jollyday supports, upper case. */
  static Set<String> supportedCodes() {
    return HolidayManager.getSupportedCalendarCodes();
  }

  /**
   * The public holidays of one year: observed date to {@code "<describe>: <name>"}, names of holidays on the
   * same date joined with {@code "; "}.
   */
  static Map<LocalDate, String> publicHolidays(
      String country, List<String> subdivisions, int year, String describe) {
    HolidayManager manager = MANAGERS.computeIfAbsent(country.toLowerCase(Locale.ROOT), JollydayBackend::manager);
    Map<LocalDate, String> out = new HashMap<>();
    for (Holiday h :
        manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions.toArray(new String[0]))) {
      // getDate() is the observed date when jollyday moves the holiday.
      String name = describe + ": " + h.getDescription(Locale.ENGLISH);
      out.merge(h.getDate(), name, (a, b) -> a + "; " + b.substring(b.indexOf(": ") + 2));
    }
    return ImmutableMap.copyOf(out);
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
}
