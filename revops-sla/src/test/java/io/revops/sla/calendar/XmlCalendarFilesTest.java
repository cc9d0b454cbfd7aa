package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.MOSCOW;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.RU;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every day of 2013-2027 is as the bundled xmlcalendar files say, read here independently (DOM, not
 * the StAX reader) and checked through a whole {@link WorkingCalendar}, except the documented
 * {@link RussianProductionCalendar#CORRECTIONS}.
 */
class XmlCalendarFilesTest {
  private static final WorkingCalendar DEFAULT = calendar(RU);
  private static final WorkingCalendar OFFICIAL = calendar(RU.decreedDays(DecreedDays.WORKING_DAYS));

  private static WorkingCalendar calendar(DayRules rules) {
    return WorkingCalendar.builder().zone(MOSCOW).weeklyHours(NINE_TO_SIX).dayRules(rules).build();
  }

  /** One {@code <day>} of a file, with its holiday's title. */
  private record Entry(String t, String title) {}

  private static Map<LocalDate, Entry> entries(int year) throws Exception {
    Map<LocalDate, Entry> out = new HashMap<>();
    try (InputStream in = RussianProductionCalendar.class.getResourceAsStream(
        RussianProductionCalendar.resource(year))) {
      Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
      assertThat(root.getAttribute("year")).isEqualTo(String.valueOf(year));
      Map<String, String> titles = new HashMap<>();
      NodeList holidays = root.getElementsByTagName("holiday");
      for (int i = 0; i < holidays.getLength(); i++) {
        Element h = (Element) holidays.item(i);
        titles.put(h.getAttribute("id"), h.getAttribute("title"));
      }
      NodeList days = root.getElementsByTagName("day");
      for (int i = 0; i < days.getLength(); i++) {
        Element d = (Element) days.item(i);
        String[] md = d.getAttribute("d").split("\\.");
        LocalDate date = LocalDate.of(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
        assertThat(out.put(date, new Entry(d.getAttribute("t"), titles.getOrDefault(d.getAttribute("h"), ""))))
            .as("%s listed once", date).isNull();
      }
    }
    return out;
  }

  private static String expectedHours(LocalDate date, Entry e, boolean decreedWorking) {
    boolean weekend = ProductionDay.isWeekend(date);
    if (e == null) {
      return weekend ? "[]" : "[09:00-18:00]";
    }
    return switch (e.t()) {
      case "1" -> weekend || !(decreedWorking && e.title().contains("Указ Президента"))
          ? "[]" : "[09:00-18:00]";
      case "2" -> "[09:00-17:00]";
      case "3" -> "[09:00-18:00]";
      default -> throw new AssertionError(date + " t=" + e.t());
    };
  }

  @Test
  void everyDayOf2013To2027IsAsTheFilesSayExceptTheDocumentedCorrections() throws Exception {
    Set<LocalDate> corrected = RussianProductionCalendar.CORRECTIONS.stream()
        .map(CalendarCorrection::date).collect(Collectors.toSet());
    int checked = 0;
    for (int year = 2013; year <= 2027; year++) {
      Map<LocalDate, Entry> entries = entries(year);
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        if (corrected.contains(d)) {
          continue;
        }
        Entry e = entries.get(d);
        assertThat(DEFAULT.hoursOn(d)).as("%s %s", d, e).hasToString(expectedHours(d, e, false));
        assertThat(OFFICIAL.hoursOn(d)).as("%s %s official", d, e).hasToString(expectedHours(d, e, true));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(5478 - corrected.size());
  }

  @Test
  void theOnlyCorrectionIsTheShortenedMondayAfter23February2014() throws Exception {
    assertThat(RussianProductionCalendar.CORRECTIONS).singleElement().satisfies(c -> {
      assertThat(c.date()).isEqualTo(LocalDate.of(2014, 2, 24));
      assertThat(c.asWritten()).isEqualTo(ProductionDay.Kind.SHORTENED_WORKING_DAY);
      assertThat(c.corrected()).isEmpty();
    });
    assertThat(entries(2014).get(LocalDate.of(2014, 2, 24)).t()).isEqualTo("2");
    assertThat(DEFAULT.hoursOn(LocalDate.of(2014, 2, 24))).hasToString("[09:00-18:00]");
    assertThat(RU.year(2014).orElseThrow().day(LocalDate.of(2014, 2, 24))).isEmpty();
  }

  @Test
  void readingTheBundledFilesFindsOnlyWhatTheCorrectionsAnswer() throws Exception {
    Findings findings = Findings.create();
    for (int year = 2013; year <= 2027; year++) {
      String resource = RussianProductionCalendar.resource(year);
      try (InputStream in = RussianProductionCalendar.class.getResourceAsStream(resource)) {
        assertThat(XmlCalendar.read(in, resource, findings)).isPresent();
      }
    }
    assertThat(findings.all()).containsExactly(Finding.of("xmlcalendar-ru/2014.xml", 23, "day@d", "02.24",
        "a shortened day (t=2) precedes a day off; 2014-02-25 is a working day"));
  }

  @Test
  void everyYearHasTheOfficialNormWithDecreedDaysAsWorkingDays() {
    for (int year = 2013; year <= 2027; year++) {
      ProductionYear y = RU.year(year).orElseThrow();
      int expected = year == 2020 || year == 2024 ? 248 : 247;
      assertThat(y.norm()).as("%s", year).isEqualTo(expected);
      assertThat(y.workingDays(DecreedDays.WORKING_DAYS)).as("%s", year).isEqualTo(expected);
      int counted = workingDays(OFFICIAL, year);
      assertThat(counted).as("%s", year).isEqualTo(expected);
    }
  }

  @Test
  void decreedDaysAreOffByDefault2020Has219WorkingDays2021Has240() {
    assertThat(RU.decreedDays()).isEqualTo(DecreedDays.DAYS_OFF);
    assertThat(RU.year(2020).orElseThrow().workingDays(DecreedDays.DAYS_OFF)).isEqualTo(219);
    assertThat(workingDays(DEFAULT, 2020)).isEqualTo(219);
    assertThat(workingDays(DEFAULT, 2021)).isEqualTo(240);
    assertThat(workingDays(DEFAULT, 2019)).isEqualTo(247);
    List<LocalDate> weekdays2021 = RU.year(2021).orElseThrow().decreedNonWorkingDays().stream()
        .filter(d -> !ProductionDay.isWeekend(d)).toList();
    assertThat(weekdays2021).containsExactly(LocalDate.of(2021, 5, 4), LocalDate.of(2021, 5, 5),
        LocalDate.of(2021, 5, 6), LocalDate.of(2021, 5, 7), LocalDate.of(2021, 11, 1),
        LocalDate.of(2021, 11, 2), LocalDate.of(2021, 11, 3));
    LocalDate april = LocalDate.of(2020, 4, 6);
    assertThat(RU.ruleFor(april)).isEqualTo(DayRule.dayOff("RU production calendar 2020: decreed paid "
        + "non-working day (Нерабочие дни (Указ Президента от 02.04.2020 №239))"));
    assertThat(RU.decreedDays(DecreedDays.WORKING_DAYS).ruleFor(april)).isEqualTo(DayRule.regular());
    assertThat(RU.decreedDays(DecreedDays.WORKING_DAYS)).isNotEqualTo(RU)
        .hasToString(RU + " (decreed non-working days as working days)");
    // 1 May 2020 is a public holiday under either policy
    assertThat(OFFICIAL.hoursOn(LocalDate.of(2020, 5, 1))).isEmpty();
  }

  private static int workingDays(WorkingCalendar c, int year) {
    int n = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      n += c.hoursOn(d).isEmpty() ? 0 : 1;
    }
    return n;
  }
}
