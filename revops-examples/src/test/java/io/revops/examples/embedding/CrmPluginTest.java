package io.revops.examples.embedding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.ExchangeRates;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.EvaluationContext;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.examples.healthcheck.HealthOptions;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.SlaAgreement;
import io.revops.sla.VerdictStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrmPluginTest {
  final CrmPlugin plugin = CrmPlugin.of(ExampleCrmMapping.create(), HandbookCriteria.mql(),
      SlaAgreement.handbook(HealthOptions.moscowWorkingCalendar()), EvaluationContext.of(ExchangeRates.none()));

  // Tuesday 3 March 2026, 10:00 Moscow time
  static final CrmRecord LEAD = new CrmRecord("00Q-17", Map.ofEntries(
      Map.entry("Company", "Volga Machines"), Map.entry("Employees", "250"),
      Map.entry("AnnualRevenueRUB", "900000000"), Map.entry("Industry", "manufacturing"),
      Map.entry("City", "Kazan"), Map.entry("CityPopulation", "1318000"),
      Map.entry("FullName", "Anna Petrova"), Map.entry("JobTitle", "CFO"), Map.entry("Phone", "+7 900 000-00-00"),
      Map.entry("Email", "anna@volga.example"), Map.entry("LeadSource", "webinar"),
      Map.entry("CreatedAt", "2026-03-03T07:00:00Z"), Map.entry("PricingVisits", "3"),
      Map.entry("LastPricingVisitAt", "2026-03-03T06:30:00Z")));

  static CrmRecord activity(String id, String kind, String at, String... more) {
    Map<String, String> f = new java.util.HashMap<>(Map.of("Kind", kind, "At", at, "Owner", "rep-1"));
    for (int i = 0; i < more.length; i += 2) {
      f.put(more[i], more[i + 1]);
    }
    return new CrmRecord(id, f);
  }

  @Test
  void qualifiesALeadRecordPerRequestWithReasons() {
    Evaluation e = plugin.qualify(LEAD, Instant.parse("2026-03-03T08:00:00Z"));
    assertThat(e.outcome()).isNotNull();
    assertThat(e.toString()).isNotBlank();
    // the same request gives the same answer: nothing is remembered between requests
    assertThat(plugin.qualify(LEAD, Instant.parse("2026-03-03T08:00:00Z"))).isEqualTo(e);
    CrmRecord small = new CrmRecord("00Q-18", Map.of("Company", "Tiny", "Employees", "5", "CreatedAt",
        "2026-03-03T07:00:00Z"));
    Evaluation failed = plugin.qualify(small, Instant.parse("2026-03-03T08:00:00Z"));
    assertThat(failed.isFailed()).isTrue();
    assertThat(failed.failedReasons()).isNotEmpty();
  }

  @Test
  void evaluatesTheSlaForOneLeadAsOfTheRequest() {
    List<CrmRecord> fast = List.of(activity("T1", "mql", "2026-03-03T07:00:00Z"),
        activity("T2", "note", "2026-03-03T07:02:00Z"),
        activity("T3", "call", "2026-03-03T07:20:00Z", "Result", "reached"));
    LeadVerdicts ok = plugin.sla(LEAD, fast, Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(ok.verdict("first-contact").orElseThrow().status()).isEqualTo(VerdictStatus.MET);

    List<CrmRecord> slow = List.of(activity("T1", "mql", "2026-03-03T07:00:00Z"),
        activity("T3", "call", "2026-03-04T12:00:00Z", "Result", "no_answer"));
    LeadVerdicts late = plugin.sla(LEAD, slow, Instant.parse("2026-03-05T09:00:00Z"));
    assertThat(late.verdict("first-contact").orElseThrow().status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(late.verdict("first-contact").orElseThrow().reason()).isNotBlank();
  }

  @Test
  void aRecordThatCannotBeMappedFailsNamingFieldAndValue() {
    CrmRecord bad = new CrmRecord("00Q-19", Map.of("Company", "Acme", "Employees", "many"));
    assertThatThrownBy(() -> plugin.qualify(bad, Instant.parse("2026-03-03T08:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Employees").hasMessageContaining("many");
  }

  @Test
  void aRecordWithoutSourceIsCreatedWithTheNamedUnknownSourceAndItsLeadHasNone() {
    CrmRecord noSource = new CrmRecord("00Q-20", Map.of("Company", "Acme", "Employees", "250",
        "CreatedAt", "2026-03-03T07:00:00Z"));
    ExampleCrmMapping mapping = ExampleCrmMapping.create();
    LeadEvent.Created created = (LeadEvent.Created) mapping.created(noSource);
    assertThat(created.source()).isSameAs(LeadSource.UNKNOWN);
    assertThat(mapping.lead(noSource).source()).isEmpty();
    assertThat(((LeadEvent.Created) mapping.created(LEAD)).source()).isEqualTo(LeadSource.of("webinar"));
  }

  @Test
  void theEmbeddingHasNoStaticStateAndStartsNoThreads() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.revops.examples.embedding");
    noFields().should().beStatic().check(classes);
    noClasses().should().dependOnClassesThat().areAssignableTo(Thread.class).check(classes);
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors").check(classes);
  }
}
