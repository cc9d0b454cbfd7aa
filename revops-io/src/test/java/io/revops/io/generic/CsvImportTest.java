package io.revops.io.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionCode;
import io.revops.core.lead.Lead;
import io.revops.core.money.Amounts;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
  static final String LEADS = """
      lead_id,created_at,source,company,employees,annual_revenue,currency,industry,city,city_population,contact_name,job_title,phone,email
      L1,2026-03-06T14:30:00Z,webinar,Uralmash,1200,5000000000,RUB,manufacturing,Yekaterinburg,1540000,Anna Petrova,CFO,+7 900 000-00-00,anna@uralmash.example
      L2,yesterday,paid_search,Acme,50,,,,,,,,,
      L3,2026-03-07T10:00:00Z,referral,Beta,-5,,,,,,,,,
      L4,2026-03-08T10:00:00Z,events,Gamma,80,100,XYZ,it,,,,,,bad-email
      L5,2026-03-09T10:00:00Z,events
      L6,2026-03-09T11:00:00Z,cold_outbound,Delta,,,,,,,,,,
      """;
  static final String ACTIVITIES = """
      activity_id,lead_id,type,at,actor,channel,outcome,reason,amount,currency,fields
      A1,L1,mql,2026-03-06T14:30:00Z,,,,,,,
      A2,L1,attempt,2026-03-06T15:00:00Z,rep-1,phone,reached,,,,
      A3,L1,rejected,2026-03-10T10:00:00Z,rep-1,,,no_budget,,,
      A4,L6,won,2026-05-01T10:00:00Z,rep-2,,,,2000000,RUB,
      A5,L1,attempt,2026-03-07T15:00:00Z,rep-1,fax,,,,,
      A6,L9,mql,2026-03-06T14:30:00Z,,,,,,,
      A7,L6,teleport,2026-03-06T14:30:00Z,,,,,,,
      A8,L6,won,2026-05-02T10:00:00Z,rep-2,,,,,RUB,
      A9,L6,rejected,2026-03-10T10:00:00Z,rep-1,,,,,,
      """;

  CsvImport.Result importSample() throws IOException {
    return CsvImport.withDefaultColumns().read(new StringReader(LEADS), "leads.csv", new StringReader(ACTIVITIES),
        "activities.csv");
  }

  @Test
  void keepsTheGoodRows() throws IOException {
    CsvImport.Result r = importSample();
    assertThat(r.leads()).extracting(l -> l.id().value()).containsExactly("L1", "L6");
    Lead l1 = r.leads().get(0);
    assertThat(l1.company().orElseThrow().employees()).hasValue(1200);
    assertThat(Amounts.format(l1.company().orElseThrow().annualRevenue().orElseThrow())).isEqualTo("5 000 000 000,00 RUB");
    LeadEventHistory h1 = r.histories().get(0);
    assertThat(h1.events()).extracting(LeadEvent::kind).extracting(Enum::name)
        .containsExactly("CREATED", "BECAME_MQL", "CONTACT_ATTEMPT", "REJECTED");
    assertThat(h1.last(LeadEvent.Rejected.class).orElseThrow().reason().code()).isEqualTo(RejectionCode.NO_BUDGET);
    LeadEventHistory h6 = r.histories().get(1);
    assertThat(h6.wonAmount()).hasValueSatisfying(a -> assertThat(Amounts.format(a)).isEqualTo("2 000 000,00 RUB"));
    assertThat(h6.last(LeadEvent.Rejected.class).orElseThrow().reason().isGiven()).isFalse();
    assertThat(r.rowsRead()).isEqualTo(15);
  }

  @Test
  void reportsEveryBadRowWithFileLineColumnValueAndRule() throws IOException {
    CsvImport.Result r = importSample();
    assertThat(r.findings()).extracting(Finding::toString).containsExactly(
        "leads.csv:3 field created_at value \"yesterday\": must be an ISO-8601 instant such as 2026-03-06T14:30:00Z",
        "leads.csv:4 field employees value \"-5\": must not be negative",
        "leads.csv:5 field email value \"bad-email\": must look like name@domain",
        "leads.csv:5 field currency value \"XYZ\": must be an ISO 4217 currency code",
        "leads.csv:6 value \"L5,2026-03-09T10:00:00Z,events\": a row must have 14 values like the header: it has 3",
        "activities.csv:6 field channel value \"fax\": must be one of [phone, email, linkedin, other]",
        "activities.csv:7 field lead_id value \"L9\": must be a lead_id of the leads file",
        "activities.csv:8 field type value \"teleport\": must be one of mql, assigned, attempt, connected, discovery, "
            + "sql, rejected, opportunity, won, lost, data_changed",
        "activities.csv:9 field amount: required for a won activity (decimal)");
    assertThat(r.rowsRejected()).isEqualTo(8);
  }

  @Test
  void aNegativeAnnualRevenueIsABadRowNotAFailedRun() throws IOException {
    String leads = """
        lead_id,created_at,source,company,employees,annual_revenue,currency,industry,city,city_population,contact_name,job_title,phone,email
        L1,2026-03-06T14:30:00Z,webinar,Beta,300,-5,RUB,it,,,,,,
        L2,2026-03-06T14:30:00Z,webinar,Gamma,300,5,RUB,it,,,,,,
        """;
    CsvImport.Result r = CsvImport.withDefaultColumns().read(new StringReader(leads), "leads.csv",
        new StringReader("activity_id,lead_id,type,at,actor,channel,outcome,reason,amount,currency,fields\n"),
        "activities.csv");
    assertThat(r.leads()).extracting(l -> l.id().value()).containsExactly("L2");
    assertThat(r.findings()).extracting(Finding::toString)
        .containsExactly("leads.csv:2 field annual_revenue value \"-5\": must not be negative");
  }

  @Test
  void columnsCanBeRenamed() throws IOException {
    String leads = "ID,Created,Channel\nX1,2026-01-01T00:00:00Z,referral\n";
    String activities = "activity_id,ID,type,at,actor,channel,outcome,reason,amount,currency,fields\n";
    CsvColumns columns = CsvColumns.defaults().with(CsvColumns.Field.LEAD_ID, "ID")
        .with(CsvColumns.Field.CREATED_AT, "Created").with(CsvColumns.Field.SOURCE, "Channel");
    CsvImport.Result r = CsvImport.of(columns).read(new StringReader(leads), "l.csv", new StringReader(activities), "a.csv");
    assertThat(r.findings()).isEmpty();
    assertThat(r.histories().get(0).source().orElseThrow().code()).isEqualTo("referral");
  }

  @Test
  void anUnterminatedQuoteRejectsItsRowOnlyAndTheRowsAfterItAreRead() throws IOException {
    String leads = """
        lead_id,created_at,source
        L1,2026-03-06T14:30:00Z,"webinar
        L2,2026-03-06T14:30:00Z,referral
        """;
    CsvImport.Result r = CsvImport.withDefaultColumns().read(new StringReader(leads), "leads.csv",
        new StringReader("activity_id,lead_id,type,at\nA1,L2,mql,2026-03-07T10:00:00Z\n"), "activities.csv");
    assertThat(r.leads()).extracting(l -> l.id().value()).containsExactly("L2");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo("leads.csv");
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.rule()).startsWith("a row must be well-formed CSV");
    });
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.histories().get(0).events()).extracting(LeadEvent::kind).extracting(Enum::name)
        .containsExactly("CREATED", "BECAME_MQL");
  }

  @Test
  void filesOnDiskMayStartWithAByteOrderMark(@TempDir Path dir) throws IOException {
    Path leads = dir.resolve("leads.csv");
    Path activities = dir.resolve("activities.csv");
    Files.writeString(leads, "\uFEFFlead_id,created_at,source\nL1,2026-03-06T14:30:00Z,webinar\n", StandardCharsets.UTF_8);
    Files.writeString(activities, "\uFEFFactivity_id,lead_id,type,at\nA1,L1,mql,2026-03-07T10:00:00Z\n",
        StandardCharsets.UTF_8);
    CsvImport.Result r = CsvImport.withDefaultColumns().read(leads, activities);
    assertThat(r.findings()).isEmpty();
    assertThat(r.leads()).extracting(l -> l.id().value()).containsExactly("L1");
    assertThat(r.events()).hasSize(2);
  }
}
