package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.quality.MatchKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health check's last section: the data quality of the leads known at the "as of" instant. */
class DataQualitySectionTest {
  @Test
  void theSampleReportEndsWithTheDataQualityOfItsLeads() {
    HealthReport report = HealthReport.evaluate(HealthReportTest.INPUT, HealthOptions.defaults());
    assertThat(report.dataQuality().orElseThrow().leads()).isEqualTo(report.leads());
    assertThat(report.dataQuality().orElseThrow().defaultRegion()).isEqualTo(HealthReport.DATA_QUALITY_REGION);
    String summary = report.summary();
    assertThat(summary.indexOf("\nData quality\n")).isGreaterThan(summary.indexOf("\nTop friction\n"));
    assertThat(summary.substring(summary.indexOf("\nData quality\n")))
        .contains("leads counted twice").contains("completeness: [name ").contains("freshness: as of "
            + report.asOf()).contains("unreadable values: ");
    assertThat(HealthHtml.render(report)).contains("Data quality").contains("leads counted twice");
    assertThat(HealthJson.tree(report).path("dataQuality").path("leads").asLong()).isEqualTo(report.leads());
  }

  @Test
  void aLeadEnteredTwiceIsCountedTwiceInTheFunnel() {
    Instant t = Instant.parse("2026-03-02T09:00:00Z");
    List<Lead> leads = List.of(
        Lead.builder("A").contact(Contact.of("Иван Петров", null, "+7 (495) 123-45-67", "ivan@romashka.ru"))
            .company(Company.of("ООО «Ромашка»")).build(),
        Lead.builder("B").contact(Contact.of("Петров Иван", null, "84951234567", null))
            .company(Company.of("Ромашка, ООО")).build(),
        Lead.builder("C").contact(Contact.of("Анна Смирнова", null, "не указан", null)).build());
    List<LeadEvent> events = new ArrayList<>();
    for (Lead l : leads) {
      events.addAll(LeadEventHistory.builder(l.id()).created(t, "webinar").build().events());
    }
    HealthInput input = HealthInput.of("test", leads, events, List.of(), List.of(), List.of(), events.size());
    HealthReport report = HealthReport.evaluate(input, HealthOptions.defaults());
    assertThat(report.dataQuality().orElseThrow().leadsCountedTwice()).isEqualTo(1);
    assertThat(report.dataQuality().orElseThrow().duplicatePeople()).singleElement()
        .satisfies(c -> assertThat(c.keys()).containsKeys(MatchKey.PHONE, MatchKey.NAME_AT_COMPANY));
    assertThat(report.dataQualityFindings().all()).singleElement()
        .satisfies(f -> assertThat(f.field()).hasValue("phone"));
    assertThat(report.summary()).contains("1 leads counted twice, 2 distinct people");
  }
}
