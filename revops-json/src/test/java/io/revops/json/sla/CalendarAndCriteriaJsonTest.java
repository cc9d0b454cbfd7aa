package io.revops.json.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.json.QualificationModule;
import io.revops.core.qualification.Criteria;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.core.qualification.Window;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.BusinessCalendars;
import io.revops.sla.calendar.DayRule;
import io.revops.sla.calendar.DayRules;
import io.revops.sla.calendar.JollydayHolidays;
import io.revops.sla.calendar.LocalTimeRange;
import io.revops.sla.calendar.RussianProductionCalendar;
import io.revops.sla.calendar.WeeklyHours;
import io.revops.sla.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working calendars and MQL criteria in agreement JSON, with the default codec. */
class CalendarAndCriteriaJsonTest {
  private final ObjectMapper json = new ObjectMapper().registerModule(SlaModule.of());

  private SlaAgreement roundTrip(SlaAgreement a) throws Exception {
    return json.readValue(json.writeValueAsString(a), SlaAgreement.class);
  }

  @Test
  void theRussianHandbookAgreementRoundTripsWithItsCriterion() throws Exception {
    SlaAgreement a = SlaAgreement.handbookRussia();
    String text = json.writeValueAsString(a);
    assertThat(json.readValue(text, SlaAgreement.class)).isEqualTo(a);
    JsonNode cal = json.readTree(text).get("calendar");
    assertThat(cal.get("type").asText()).isEqualTo("working");
    assertThat(cal.get("zone").asText()).isEqualTo("Europe/Moscow");
    assertThat(cal.get("hours").asText()).isEqualTo("Mon-Fri 09:00-18:00");
    assertThat(cal.get("dayRules").asText()).isEqualTo("ru-production-calendar");
    assertThat(cal.has("weekendsOnlyFallback")).isFalse();
    JsonNode criterion = json.readTree(text).get("obligations").findParents("type").stream()
        .filter(n -> n.get("type").asText().equals("mql_criteria")).findFirst().orElseThrow().get("criterion");
    ObjectMapper qualification = new ObjectMapper().registerModule(new QualificationModule());
    // the embedded criterion is the qualification module's JSON
    assertThat(qualification.treeToValue(criterion, Criterion.class)).isEqualTo(HandbookCriteria.mql());
  }

  @Test
  void aCustomCriterionRoundTripsAndAnOldAgreementWithoutOneGetsTheHandbooks() throws Exception {
    Criterion strict = Criteria.allOf("strict MQL", HandbookCriteria.firmographic(),
        Criteria.siteVisitsAtLeast(5, Window.lastDays(14)));
    Obligation o = Obligation.mqlMeetsCriteria(strict);
    assertThat(json.readValue(json.writeValueAsString(o), Obligation.class)).isEqualTo(o);
    assertThat(json.readValue("{\"type\":\"mql_criteria\"}", Obligation.class))
        .isEqualTo(Obligation.mqlMeetsCriteria(HandbookCriteria.mql()));
    assertThatThrownBy(() -> json.readValue("{\"type\":\"mql_criteria\",\"criterion\":{\"type\":\"employees_at_least\"}}",
        Obligation.class)).isInstanceOf(JsonMappingException.class).hasMessageContaining("criterion")
        .hasMessageContaining("min");
  }

  @Test
  void everyPartOfAWorkingCalendarRoundTrips() throws Exception {
    WorkingCalendar full = WorkingCalendar.builder()
        .zone(ZoneId.of("Asia/Yekaterinburg"))
        .weeklyHours(WeeklyHours.parse("Mon-Thu 09:00-13:00,14:00-18:00; Fri 09:00-16:45"))
        .dayRules(RussianProductionCalendar.load().weekendsOnlyFallback())
        .workingWeekendHours(LocalTimeRange.parse("10:00-14:00"))
        .holiday(LocalDate.of(2026, 8, 14), "company day")
        .holiday(LocalDate.of(2026, 8, 17))
        .extraWorkingDay(LocalDate.of(2026, 8, 22))
        .extraWorkingDay(LocalDate.of(2026, 8, 29), LocalTimeRange.parse("11:00-15:00"),
            LocalTimeRange.parse("16:00-17:00"))
        .shortenedDay(LocalDate.of(2026, 8, 20), Duration.ofMinutes(90))
        .closure(LocalDate.of(2026, 8, 25), LocalTimeRange.parse("14:00-18:00"))
        .closure(LocalDate.of(2026, 8, 25), LocalTimeRange.parse("09:00-10:00"))
        .closure(LocalDate.of(2026, 8, 26))
        .build();
    SlaAgreement a = SlaAgreement.handbook(full);
    String text = json.writeValueAsString(a);
    SlaAgreement back = json.readValue(text, SlaAgreement.class);
    assertThat(back).isEqualTo(a);
    assertThat(back.calendar().hashCode()).isEqualTo(full.hashCode());
    assertThat(((WorkingCalendar) back.calendar()).hoursOn(LocalDate.of(2026, 8, 25)))
        .isEqualTo(full.hoursOn(LocalDate.of(2026, 8, 25)));
    JsonNode cal = json.readTree(text).get("calendar");
    assertThat(cal.get("weekendsOnlyFallback").asBoolean()).isTrue();
    assertThat(cal.get("holidays").get("2026-08-14").asText()).isEqualTo("company day");
    assertThat(cal.get("extraWorkingDays").get("2026-08-22").asText()).isEmpty();
    assertThat(cal.get("extraWorkingDays").get("2026-08-29").asText()).isEqualTo("11:00-15:00,16:00-17:00");
    assertThat(cal.get("shortenedDays").get("2026-08-20").asText()).isEqualTo("PT1H30M");
    assertThat(cal.get("closures").get("2026-08-26").asText()).isEqualTo("00:00-24:00");
    assertThat(cal.get("workingWeekendHours").asText()).isEqualTo("10:00-14:00");
  }

  @Test
  void jollydayAndNoDayRulesRoundTrip() throws Exception {
    WorkingCalendar berlin = WorkingCalendar.builder().zone(ZoneId.of("Europe/Berlin"))
        .weeklyHours(WeeklyHours.mondayToFriday(LocalTimeRange.parse("08:00-17:00")))
        .dayRules(JollydayHolidays.of("DE")).build();
    WorkingCalendar munich = berlin.toBuilder().zone(ZoneId.of("Europe/Berlin"))
        .dayRules(JollydayHolidays.of("DE", "by")).build();
    WorkingCalendar plain = WorkingCalendar.of(ZoneId.of("America/New_York"), WeeklyHours.everyDay(LocalTimeRange.allDay()));
    for (WorkingCalendar c : List.of(berlin, munich, plain)) {
      assertThat(roundTrip(SlaAgreement.handbook(c)).calendar()).isEqualTo(c);
    }
    assertThat(json.readTree(json.writeValueAsString(SlaAgreement.handbook(munich))).at("/calendar/dayRules").asText())
        .isEqualTo("jollyday:DE-by");
    assertThat(json.readTree(json.writeValueAsString(SlaAgreement.handbook(plain))).at("/calendar").has("dayRules"))
        .isFalse();
  }

  @Test
  void theFlatFormOfTheWorkingCodecRoundTripsToo() {
    WorkingCalendar c = BusinessCalendars.russia().toBuilder().holiday(LocalDate.of(2026, 12, 30), "year end").build();
    Map<String, String> flat = CalendarCodec.working().describe(c).orElseThrow();
    assertThat(flat).containsEntry("dayRules", "ru-production-calendar")
        .containsEntry("holidays", "{\"2026-12-30\":\"year end\"}");
    assertThat(CalendarCodec.working().resolve(flat)).contains(c);
    assertThat(CalendarCodec.standard().describe(BusinessCalendar.always(ZoneId.of("UTC")))).isPresent();
    assertThat(CalendarCodec.working().describe(BusinessCalendar.always(ZoneId.of("UTC")))).isEmpty();
  }

  @Test
  void dayRulesOfTheCallersOwnNeedTheirOwnCodec() {
    DayRules mine = new DayRules() {
      @Override
      public DayRule ruleFor(LocalDate date) {
        return DayRule.regular();
      }

      @Override
      public String describe() {
        return "mine";
      }
    };
    WorkingCalendar c = BusinessCalendars.russia().toBuilder().dayRules(mine).build();
    assertThat(CalendarCodec.standard().describe(c)).isEmpty();
    assertThatThrownBy(() -> json.writeValueAsString(SlaAgreement.handbook(c)))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("no calendar codec describes");
  }

  @Test
  void badDescriptorsSayWhatIsWrong() {
    String agreement = "{\"name\":\"x\",\"obligations\":[],\"calendar\":";
    assertThatThrownBy(() -> json.readValue(agreement
        + "{\"type\":\"working\",\"zone\":\"Europe/Moscow\",\"hours\":\"Mon-Fri 09:00-18:00\",\"dayRules\":\"ru\"}}",
        SlaAgreement.class)).isInstanceOf(JsonMappingException.class).hasMessageContaining("\"dayRules\"")
        .hasMessageContaining("\"ru\"");
    assertThatThrownBy(() -> json.readValue(agreement
        + "{\"type\":\"working\",\"zone\":\"Europe/Moscow\",\"hours\":\"Mon-Fri 09:00-18:00\",\"weekendsOnlyFallback\":true}}",
        SlaAgreement.class)).hasMessageContaining("weekendsOnlyFallback");
    assertThatThrownBy(() -> json.readValue(agreement
        + "{\"type\":\"working\",\"zone\":\"Europe/Moscow\"}}", SlaAgreement.class))
        .hasMessageContaining("missing field \"hours\"");
    assertThatThrownBy(() -> json.readValue(agreement
        + "{\"type\":\"working\",\"zone\":\"Europe/Moscow\",\"hours\":\"Mon-Fri 09:00-18:00\",\"holidays\":{\"31.12.2026\":\"x\"}}}",
        SlaAgreement.class)).hasMessageContaining("31.12.2026");
    assertThatThrownBy(() -> json.readValue(agreement
        + "{\"type\":\"working\",\"zone\":\"Europe/Moscow\",\"hours\":\"Mon-Fri 09:00-18:00\",\"colour\":\"red\"}}",
        SlaAgreement.class)).hasMessageContaining("unexpected field \"colour\"");
  }
}
