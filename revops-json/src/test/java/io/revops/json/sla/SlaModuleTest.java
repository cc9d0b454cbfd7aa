package io.revops.json.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.money.Rate;
import io.revops.sla.DayBasis;
import io.revops.sla.IsoWeek;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluation;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Agreements round-trip through JSON; results are written. */
class SlaModuleTest {
  private static final BusinessCalendar MOSCOW = BusinessCalendar.always(ZoneId.of("Europe/Moscow"));
  private final ObjectMapper json = new ObjectMapper().registerModule(SlaModule.of());

  @Test
  void theHandbookAgreementRoundTrips() throws Exception {
    SlaAgreement handbook = SlaAgreement.handbook(MOSCOW).withAtRiskShare(Rate.ofPercent(80));
    String text = json.writeValueAsString(handbook);
    assertThat(json.readValue(text, SlaAgreement.class)).isEqualTo(handbook);
    JsonNode tree = json.readTree(text);
    assertThat(tree.get("calendar").get("type").asText()).isEqualTo("always");
    assertThat(tree.get("calendar").get("zone").asText()).isEqualTo("Europe/Moscow");
    assertThat(tree.get("atRiskShare").decimalValue()).isEqualByComparingTo("0.8");
    assertThat(tree.get("obligations").findValuesAsText("type")).contains("first_contact", "monthly_quota");
  }

  @Test
  void everyObligationRoundTrips() throws Exception {
    List<Obligation> all = List.of(Obligation.firstContactWithinElapsed(Duration.ofHours(24)),
        new Obligation.AttemptsWithin(3, 5, DayBasis.WORKING, Set.of(ContactChannel.OTHER)),
        Obligation.rejectionHasReason(Obligation.HANDBOOK_REJECTION_CODES),
        Obligation.stepsInOrder(EventKind.CONNECTED, EventKind.DISCOVERY_CALL), Obligation.mqlMeetsCriteria(),
        Obligation.requiredFieldsComplete(Set.of(LeadField.BANT)), Obligation.dataFresh(Duration.ofDays(7)),
        Obligation.contextPresent(2), Obligation.monthlyMqlQuota(1000), Obligation.weeklyConversionReport(),
        Obligation.monthlyRejectionReview());
    for (Obligation o : all) {
      assertThat(json.readValue(json.writeValueAsString(o), Obligation.class)).isEqualTo(o);
    }
  }

  @Test
  void hereIsWhatAnAgreementLooksLike() throws Exception {
    String text = "{\"name\":\"fast\",\"calendar\":{\"type\":\"always\",\"zone\":\"Europe/Moscow\"},"
        + "\"obligations\":[{\"type\":\"first_contact\",\"allowance\":\"PT5M\",\"basis\":\"elapsed\"},"
        + "{\"type\":\"attempts\",\"attempts\":6,\"days\":14,\"channels\":[\"PHONE\",\"EMAIL\"]}]}";
    SlaAgreement a = json.readValue(text, SlaAgreement.class);
    assertThat(a.atRiskShare()).isEqualTo(SlaAgreement.DEFAULT_AT_RISK_SHARE);
    assertThat(a.obligations()).containsExactly(Obligation.firstContactWithinElapsed(Duration.ofMinutes(5)),
        Obligation.attemptsWithin(6, 14, Set.of(ContactChannel.PHONE, ContactChannel.EMAIL)));
  }

  @Test
  void badJsonFailsWithAMessageNamingTheProblem() {
    assertThatThrownBy(() -> json.readValue("{\"type\":\"teleport\"}", Obligation.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("$.type: expected an obligation type, one of \"first_contact\"");
    assertThatThrownBy(() -> json.readValue("{\"type\":\"monthly_quota\",\"quota\":-5}", Obligation.class))
        .hasMessageContaining("$.quota: expected a number of MQLs that is not negative, got -5");
    assertThatThrownBy(() -> json.readValue("{\"type\":\"first_contact\",\"basis\":\"elapsed\"}", Obligation.class))
        .hasMessageContaining("$.allowance: missing; expected an ISO-8601 duration");
    assertThatThrownBy(() -> json.readValue("{\"name\":\"x\",\"calendar\":{\"type\":\"ru\"},\"obligations\":[]}",
        SlaAgreement.class)).hasMessageContaining("no calendar codec resolves the calendar descriptor");
  }

  @Test
  void callersSupplyCodecsForTheirOwnCalendars() throws Exception {
    BusinessCalendar custom = officeCalendar(BusinessCalendar.always(ZoneId.of("Asia/Yekaterinburg")));
    CalendarCodec office = new CalendarCodec() {
      @Override
      public Optional<Map<String, String>> describe(BusinessCalendar c) {
        return c == custom ? Optional.of(Map.of("type", "office", "city", "ekb")) : Optional.empty();
      }

      @Override
      public Optional<BusinessCalendar> resolve(Map<String, String> d) {
        return "office".equals(d.get("type")) ? Optional.of(custom) : Optional.empty();
      }
    };
    ObjectMapper withOffice = new ObjectMapper().registerModule(SlaModule.of(office.orElse(CalendarCodec.always())));
    SlaAgreement a = SlaAgreement.handbook(custom);
    String text = withOffice.writeValueAsString(a);
    assertThat(text).contains("\"city\":\"ekb\"");
    assertThat(withOffice.readValue(text, SlaAgreement.class)).isEqualTo(a);
    assertThat(withOffice.readValue(withOffice.writeValueAsString(SlaAgreement.handbook(MOSCOW)), SlaAgreement.class))
        .isEqualTo(SlaAgreement.handbook(MOSCOW));
    assertThatThrownBy(() -> json.writeValueAsString(a)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("no calendar codec describes");
  }

  /** A calendar the always-codec does not know: a plain delegate. */
  private static BusinessCalendar officeCalendar(BusinessCalendar d) {
    return new BusinessCalendar() {
      @Override
      public ZoneId zone() {
        return d.zone();
      }

      @Override
      public Instant add(Instant start, Duration workingTime) {
        return d.add(start, workingTime);
      }

      @Override
      public Duration between(Instant from, Instant to) {
        return d.between(from, to);
      }

      @Override
      public boolean isOpen(Instant at) {
        return d.isOpen(at);
      }

      @Override
      public Instant nextOpening(Instant at) {
        return d.nextOpening(at);
      }

      @Override
      public List<io.revops.sla.calendar.WorkingInterval> workingIntervals(Instant from, Instant to) {
        return d.workingIntervals(from, to);
      }

      @Override
      public List<io.revops.sla.calendar.CalendarException> exceptions(java.time.LocalDate from,
          java.time.LocalDate to) {
        return d.exceptions(from, to);
      }

      @Override
      public String describe() {
        return "office " + d.describe();
      }
    };
  }

  @Test
  void evaluationsAndReportsAreWritten() throws Exception {
    Instant mql = Instant.parse("2026-11-02T07:00:00Z");
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(mql, "webinar").becameMql(mql)
        .contactAttempt(mql.plusSeconds(120), "ivan", ContactChannel.PHONE, AttemptOutcome.REACHED).build();
    SlaEvaluation e = SlaEvaluator.evaluate(SlaAgreement.handbook(MOSCOW), List.of(h),
        Instant.parse("2026-11-20T00:00:00Z"));
    JsonNode tree = json.readTree(json.writeValueAsString(e));
    assertThat(tree.at("/report/compliance/first_contact/met").asLong()).isEqualTo(1);
    assertThat(tree.at("/report/compliance/first_contact/compliance").isNumber()).isTrue();
    assertThat(tree.at("/report/compliance/first_contact/compliance").decimalValue()).isEqualByComparingTo("1");
    assertThat(tree.at("/report/speedToLead/buckets/within_5_minutes/sqls").asLong()).isZero();
    assertThat(tree.at("/report/tzdbVersion").asText()).isNotBlank();
    JsonNode verdict = tree.at("/leads/0/verdicts/0");
    assertThat(verdict.get("obligation").asText()).isEqualTo("mql_criteria");
    JsonNode firstContact = tree.at("/leads/0/verdicts").findParents("obligation").stream()
        .filter(n -> n.get("obligation").asText().equals("first_contact")).findFirst().orElseThrow();
    assertThat(firstContact.get("status").asText()).isEqualTo("met");
    assertThat(firstContact.at("/trace/used").asText()).isEqualTo("PT2M");
    assertThat(firstContact.at("/trace/events/1/kind").asText()).isEqualTo("contact_attempt");
    assertThat(json.readTree(json.writeValueAsString(e.report().monthlyPack(java.time.YearMonth.of(2026, 11))))
        .get("cadence").asText()).isEqualTo("monthly");
    assertThat(json.readValue(json.writeValueAsString(IsoWeek.of(2026, 48)), IsoWeek.class))
        .isEqualTo(IsoWeek.of(2026, 48));
  }

  private static final String CHANGE = "{'base':'a','changed':'b','quotaChanges':[],'changes':[{'leadId':'L',"
      + "'obligation':'first_contact',";

  private void whatIfRejected(String text, String pathAndRule) {
    assertThatThrownBy(() -> json.readValue(text.replace('\'', '"'), io.revops.sla.WhatIfSummary.class)).as(text)
        .isInstanceOf(io.revops.json.JsonPathException.class).hasMessageContaining(pathAndRule);
  }

  @Test
  void aWhatIfReadsBackOnlyWithBothPartsOfEachSide() throws Exception {
    io.revops.sla.WhatIfSummary s = json.readValue((CHANGE + "'before':'MET','beforeReason':'r'}]}")
        .replace('\'', '"'), io.revops.sla.WhatIfSummary.class);
    assertThat(s.changes()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("first-contact");
      assertThat(c.before()).contains(new io.revops.sla.WhatIfSummary.Verdict(io.revops.sla.VerdictStatus.MET, "r"));
      assertThat(c.after()).isEmpty();
    });
    whatIfRejected(CHANGE + "'before':'met'}]}", "$.changes[0].beforeReason: missing; expected the verdict's reason");
    whatIfRejected(CHANGE + "'afterReason':'r'}]}", "$.changes[0].after: missing; expected a verdict status");
    whatIfRejected(CHANGE + "'before':'met','beforeReason':'r','after':'met','afterReason':'q'}]}",
        "$.changes[0]: invalid value: a change's statuses must differ: before and after are both MET");
    whatIfRejected(CHANGE + "'leadid':'L'}]}", "$.changes[0].leadid: unknown field \"leadid\"");
    whatIfRejected(CHANGE + "'before':'at-risk','beforeReason':'r'}]}", "$.changes[0].before: expected one of");
    whatIfRejected("{'base':'a','changed':'b','changes':[],'quotaChanges':[{'month':'2026-11'}]}",
        "$.quotaChanges[0]: invalid value: a change needs a before or an after verdict");
    whatIfRejected("{'base':'a','changed':'b','changes':[]}", "$.quotaChanges: missing; expected an array");
  }
}
