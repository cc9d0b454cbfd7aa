package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.RU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.batch.Findings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "No holiday" and "no description" are an empty {@link Optional}, never an empty string (issue 14):
 * each test fails if the sentinel comes back.
 */
class NoSentinelsTest {
  @Test
  void aDayWithoutHolidayHasNone() {
    // 2026-01-09 is a transferred day off with no holiday named (h absent), 2026-01-07 names one
    ProductionYear y = RU.year(2026).orElseThrow();
    assertThat(y.day(LocalDate.of(2026, 1, 9)).orElseThrow().holiday()).isEqualTo(Optional.empty());
    assertThat(y.day(LocalDate.of(2026, 1, 7)).orElseThrow().holiday())
        .isEqualTo(Optional.of("Рождество Христово"));
    assertThat(ProductionDay.of(LocalDate.of(2026, 1, 9), ProductionDay.Kind.DAY_OFF).holiday())
        .isEqualTo(Optional.empty());
  }

  @Test
  void aHolidayTitleIsNotBlank() {
    LocalDate d = LocalDate.of(2026, 1, 9);
    assertThatThrownBy(() -> ProductionDay.of(d, ProductionDay.Kind.DAY_OFF, Optional.of(" "), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holiday must not be blank: \" \"");
    ProductionDay named = ProductionDay.of(d, ProductionDay.Kind.DAY_OFF, Optional.of("x"), Optional.empty());
    ProductionDay unnamed = ProductionDay.of(d, ProductionDay.Kind.DAY_OFF, Optional.empty(), Optional.empty());
    assertThat(named).isNotEqualTo(unnamed).hasToString("2026-01-09 DAY_OFF (x)");
    assertThat(unnamed).isEqualTo(ProductionDay.of(d, ProductionDay.Kind.DAY_OFF)).hasToString("2026-01-09 DAY_OFF");
  }

  @Test
  void aHolidayWithoutTitleInTheFileIsUnnamed() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<calendar year=\"2026\"><holidays>"
        + "<holiday id=\"1\"/><holiday id=\"2\" title=\"  \"/><holiday id=\"3\" title=\"Новый год\"/></holidays>"
        + "<days><day d=\"01.01\" t=\"1\" h=\"1\"/><day d=\"01.02\" t=\"1\" h=\"2\"/>"
        + "<day d=\"01.05\" t=\"1\" h=\"3\"/></days></calendar>";
    ProductionYear y = XmlCalendar.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml",
        Findings.create()).orElseThrow();
    assertThat(y.day(LocalDate.of(2026, 1, 1)).orElseThrow().holiday()).isEmpty();
    assertThat(y.day(LocalDate.of(2026, 1, 2)).orElseThrow().holiday()).isEmpty();
    assertThat(y.day(LocalDate.of(2026, 1, 5)).orElseThrow().holiday()).hasValue("Новый год");
  }

  @Test
  void aRegularDayHasNoDescriptionAndAnUnshortenedDayNoShorteningDescription() {
    assertThat(DayRule.regular().description()).isEqualTo(Optional.empty());
    assertThat(DayRule.regular().shorteningDescription()).isEqualTo(Optional.empty());
    assertThat(DayRule.dayOff("closed").description()).isEqualTo(Optional.of("closed"));
    assertThat(DayRule.dayOff("closed").shorteningDescription()).isEqualTo(Optional.empty());
    DayRule shortened = DayRule.regular().withShortening(Duration.ofHours(1), "pre-holiday day");
    assertThat(shortened.description()).isEqualTo(Optional.empty());
    assertThat(shortened.shorteningDescription()).isEqualTo(Optional.of("pre-holiday day"));
    assertThat(shortened).hasToString("REGULAR shortened by PT1H (pre-holiday day)");
    // a working day of the Russian calendar (2026-06-10) is regular, with nothing to say
    assertThat(RU.ruleFor(LocalDate.of(2026, 6, 10)).description()).isEmpty();
    assertThat(RU.ruleFor(LocalDate.of(2026, 1, 9)).description())
        .hasValue("RU production calendar 2026: non-working day");
  }

  @Test
  void aDayOffOrWorkingDaySaysWhy() {
    assertThatThrownBy(() -> DayRule.dayOff(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description must not be blank: \"\"");
    assertThatThrownBy(() -> DayRule.workingDay(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description must not be blank: \" \"");
    assertThatThrownBy(() -> DayRule.regular().withShortening(Duration.ofHours(1), ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description must not be blank: \"\"");
  }

  @Test
  void theCalendarsExceptionsKeepTheirDescriptions() {
    // the rule's description and the shortening's are what the calendar's exceptions say
    WorkingCalendar c = BusinessCalendars.russia();
    assertThat(c.exceptions(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 9)))
        .extracting(CalendarException::description)
        .containsExactly("RU production calendar 2026: non-working day");
    assertThat(c.exceptions(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)))
        .extracting(CalendarException::description)
        .containsExactly("RU production calendar 2026: non-working day");
    assertThat(c.exceptions(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3)))
        .extracting(CalendarException::description)
        .containsExactly("RU production calendar 2026: pre-holiday day, 60 min shorter");
  }
}
