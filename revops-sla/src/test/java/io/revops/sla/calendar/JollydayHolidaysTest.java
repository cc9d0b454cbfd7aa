package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.BERLIN;
import static io.revops.sla.calendar.Calendars.NEW_YORK;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.revops.sla.calendar.CalendarException.Kind;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JollydayHolidaysTest {
  private static final JollydayHolidays GERMANY = JollydayHolidays.of("DE");

  private final WorkingCalendar berlin =
      WorkingCalendar.builder().zone(BERLIN).weeklyHours(NINE_TO_SIX).dayRules(GERMANY).build();

  @Test
  void theNamedJollydayVersionIsTheOneThePomBuildsWith() {
    assertThat(JollydayHolidays.JOLLYDAY_VERSION).isEqualTo(System.getProperty("revops.jollyday.version"));
    assertThat(JollydayHolidays.JOLLYDAY_COORDINATES)
        .isEqualTo("de.focus-shift:jollyday-core:" + JollydayHolidays.JOLLYDAY_VERSION
            + " and de.focus-shift:jollyday-jaxb:" + JollydayHolidays.JOLLYDAY_VERSION);
  }

  @Test
  void easterHolidaysInGermanyAreClosed() {
    // 2026: Good Friday 3 April, Easter Monday 6 April.
    assertThat(berlin.hoursOn(LocalDate.of(2026, 4, 3))).isEmpty();
    assertThat(berlin.hoursOn(LocalDate.of(2026, 4, 6))).isEmpty();
    assertThat(berlin.add(at("2026-04-02T17:00", BERLIN), Duration.ofHours(2)))
        .isEqualTo(at("2026-04-07T10:00", BERLIN));
    assertThat(berlin.exceptions(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7)))
        .extracting(CalendarException::date, CalendarException::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 3), Kind.HOLIDAY),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 6), Kind.HOLIDAY));
    assertThat(GERMANY.ruleFor(LocalDate.of(2026, 4, 3)).description())
        .hasValue("jollyday DE public holidays: Good Friday");
  }

  @Test
  void subdivisionsAddRegionalHolidays() {
    LocalDate epiphany = LocalDate.of(2026, 1, 6);
    assertThat(GERMANY.ruleFor(epiphany)).isEqualTo(DayRule.regular());
    assertThat(JollydayHolidays.of("de", "BY").ruleFor(epiphany).status())
        .isEqualTo(DayRule.Status.DAY_OFF);
  }

  @Test
  void usHolidaysAreTakenOnTheirObservedDates() {
    WorkingCalendar newYork = WorkingCalendar.builder().zone(NEW_YORK).weeklyHours(NINE_TO_SIX)
        .dayRules(JollydayHolidays.of("US")).build();
    // 4 July 2027 is a Sunday, observed Monday 5 July;
    // 25 December 2027 is a Saturday, observed Friday 24 December.
    assertThat(newYork.hoursOn(LocalDate.of(2027, 7, 5))).isEmpty();
    assertThat(newYork.hoursOn(LocalDate.of(2027, 12, 24))).isEmpty();
    assertThat(newYork.hoursOn(LocalDate.of(2027, 7, 6))).isNotEmpty();
  }

  @Test
  void unknownCodesAndRussiaAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JollydayHolidays.of("XX"))
        .withMessage("country must be a calendar code jollyday supports (e.g. DE, US, GB): XX");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JollydayHolidays.of("ru"))
        .withMessageContaining("RussianProductionCalendar");
  }

  @Test
  void equalByCountryAndSubdivision() {
    assertThat(JollydayHolidays.of("de")).isEqualTo(GERMANY).hasSameHashCodeAs(GERMANY);
    assertThat(JollydayHolidays.of("DE", "by")).isNotEqualTo(GERMANY);
    assertThat(berlin.describe())
        .isEqualTo("Mon-Fri 09:00-18:00 Europe/Berlin + jollyday DE public holidays");
  }
}
