package io.revops.io.crm;

import static io.revops.io.crm.Imported.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.money.Amounts;
import io.revops.io.profile.Profiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Salesforce Data Loader and HubSpot fixtures import with zero rejected rows and the counts they were made with. */
class SalesforceHubSpotFixturesTest {
  @Test
  void salesforceLeadsTasksAndOpportunitiesInAnyFileOrder() {
    // given in the "wrong" order: the import reads Lead.csv first
    Imported in = Imported.read(Profiles.builtIn("salesforce"), List.of(fixture("salesforce-Opportunity.csv"),
        fixture("salesforce-Task.csv"), fixture("salesforce-Lead.csv")));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.leads).hasSize(8);
    assertThat(in.count(EventKind.ACCEPTED_AS_SQL)).isEqualTo(3);
    assertThat(in.count(EventKind.REJECTED)).isEqualTo(2);
    assertThat(in.count(EventKind.CONNECTED)).isEqualTo(2);
    assertThat(in.count(EventKind.CONTACT_ATTEMPT)).isEqualTo(6);
    assertThat(in.count(EventKind.OPPORTUNITY_CREATED)).isEqualTo(3);
    assertThat(in.count(EventKind.WON)).isEqualTo(1);
    assertThat(in.count(EventKind.LOST)).isEqualTo(1);
    assertThat(in.summary.files()).extracting(ImportSummary.FileSummary::spec)
        .containsExactly("Lead.csv", "Task.csv", "Opportunity.csv");
    assertThat(in.summary.rowsRead()).isEqualTo(8 + 9 + 3);
  }

  @Test
  void salesforceSemantics() {
    Imported in = Imported.read(Profiles.builtIn("salesforce"), List.of(fixture("salesforce-Lead.csv"),
        fixture("salesforce-Task.csv"), fixture("salesforce-Opportunity.csv")));
    LeadEvent sql = in.events.stream().filter(e -> e.kind() == EventKind.ACCEPTED_AS_SQL).findFirst().orElseThrow();
    assertThat(sql.leadId().value()).isEqualTo("00Q5g00000Abc000AAA");
    assertThat(sql.at()).isEqualTo(Instant.parse("2026-02-10T00:00:00Z"));
    LeadEvent.ContactAttempt voicemail = in.events.stream().filter(e -> e instanceof LeadEvent.ContactAttempt)
        .map(LeadEvent.ContactAttempt.class::cast).filter(a -> a.outcome() == AttemptOutcome.LEFT_MESSAGE)
        .findFirst().orElseThrow();
    assertThat(voicemail.channel()).isEqualTo(ContactChannel.PHONE);
    assertThat(voicemail.leadId().value()).isEqualTo("00Q5g00000Abc001AAA");
    LeadEvent.Won won = in.events.stream().filter(e -> e instanceof LeadEvent.Won).map(LeadEvent.Won.class::cast)
        .findFirst().orElseThrow();
    assertThat(won.leadId().value()).isEqualTo("00Q5g00000Abc000AAA");
    assertThat(Amounts.toBigDecimal(won.amount())).isEqualByComparingTo(new BigDecimal("125000"));
    assertThat(won.amount().getCurrency().getCurrencyCode()).isEqualTo("USD");
    assertThat(in.leads.get(0).contact().name()).contains("Ann Smith0");
  }

  @Test
  void aTaskOfAContactNotALeadIsRejected() {
    String task = "\"ID\",\"WHOID\",\"TASKSUBTYPE\",\"CREATEDDATE\",\"CALLDISPOSITION\"\n"
        + "\"00T1\",\"0035g00000Con001AAA\",\"Call\",\"2026-02-02T10:00:00.000Z\",\"Connected\"\n";
    Imported in = Imported.read(Profiles.builtIn("salesforce"), List.of(fixture("salesforce-Lead.csv"),
        ExportFile.of("Task.csv", task.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(in.findings.all()).singleElement().satisfies(f -> {
      assertThat(f.field()).hasValue("WHOID");
      assertThat(f.rule()).isEqualTo("must be the id of a lead in the leads file");
    });
  }

  @Test
  void hubspotLifecycleDatesAreEventsInThePortalsZone() {
    Imported in = Imported.read(Profiles.builtIn("hubspot").withZone(ZoneId.of("America/New_York")),
        List.of(fixture("hubspot-contacts.csv")));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.leads).hasSize(6);
    assertThat(in.count(EventKind.BECAME_MQL)).isEqualTo(5);
    assertThat(in.count(EventKind.ACCEPTED_AS_SQL)).isEqualTo(4);
    assertThat(in.count(EventKind.OPPORTUNITY_CREATED)).isEqualTo(3);
    assertThat(in.count(EventKind.WON)).isEqualTo(2);
    LeadEvent.Won won = in.events.stream().filter(e -> e instanceof LeadEvent.Won).map(LeadEvent.Won.class::cast)
        .findFirst().orElseThrow();
    // 2026-01-20 13:10 in New York (UTC-5)
    assertThat(won.at()).isEqualTo(Instant.parse("2026-01-20T18:10:00Z"));
    assertThat(Amounts.toBigDecimal(won.amount())).isEqualByComparingTo(new BigDecimal("12500"));
    assertThat(in.summary.describe()).contains("column \"Became a Customer Date\": mapped to event won",
        "column \"Lifecycle Stage\": ignored");
  }

  @Test
  void aHubSpotCustomerWithoutADealAmountIsRejected() {
    byte[] bytes = Imported.bytes("hubspot-contacts.csv");
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\"12,500.00\"", "\"\"");
    Imported in = Imported.read(Profiles.builtIn("hubspot"),
        List.of(ExportFile.of("contacts.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(in.rejectedLines()).containsExactly(2L, 7L);
    assertThat(in.findings.all()).allSatisfy(f -> assertThat(f.field()).hasValue("Recent Deal Amount"));
    assertThat(in.leads).hasSize(4);
  }
}
