package io.revops.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.money.ExchangeRates;
import io.revops.io.CrmExports;
import io.revops.io.crm.CrmRecord;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.SlaReport;
import io.revops.sla.calendar.BusinessCalendars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CRM exports read into Datasets give what revops-io's single-JVM import gives on the same files: the same
 * leads, events and findings (with their lines), and the same SLA report once grouped by lead. The fixtures are
 * revops-io's, laid out as the CRMs write them.
 */
class CrmDatasetsTest extends SparkSessions {
  private static final Path FIXTURES = Path.of("../revops-io/src/test/resources/io/revops/io/fixtures");

  /** What the single-JVM import reads from the files of one export. */
  private record SingleJvm(List<Lead> leads, List<LeadEvent> events, List<Finding> findings) {
    static SingleJvm read(String profile, List<Path> files) throws IOException {
      List<Lead> leads = new ArrayList<>();
      List<LeadEvent> events = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      try (Stream<CrmRecord> records = CrmExports.open(profile, Optional.empty(), files, findings::add).records()) {
        records.forEach(r -> {
          if (r instanceof CrmRecord.LeadRow l) {
            leads.add(l.lead());
            events.addAll(l.events());
          } else if (r instanceof CrmRecord.EventRow e) {
            events.addAll(e.events());
          }
        });
      }
      return new SingleJvm(leads, events, findings);
    }
  }

  private static CrmDatasets.Export export(String profile, List<Path> files) throws IOException {
    return CrmDatasets.Export.of(profile, Optional.empty(), files.stream().map(p -> p.toAbsolutePath().toString())
        .toList());
  }

  private static List<LeadEvent> events(Dataset<EventRow> rows) throws EventRows.BadRow {
    List<LeadEvent> out = new ArrayList<>();
    for (EventRow r : rows.collectAsList()) {
      out.add(EventRows.toEvent(r));
    }
    return out;
  }

  private static List<Lead> leads(Dataset<LeadJsonRow> rows) throws EventRows.BadRow {
    List<Lead> out = new ArrayList<>();
    for (LeadJsonRow r : rows.collectAsList()) {
      out.add(JsonForms.lead(r.getJson()));
    }
    return out;
  }

  @Test
  void threeExportsReadInParallelGiveWhatTheSingleJvmImportGives() throws Exception {
    assertThat(FIXTURES).isDirectory();
    Map<String, List<Path>> exports = new HashMap<>();
    exports.put("amocrm", List.of(FIXTURES.resolve("amocrm-deals.csv")));
    exports.put("bitrix24", List.of(FIXTURES.resolve("bitrix24-leads.csv")));
    exports.put("salesforce", List.of(FIXTURES.resolve("salesforce-Lead.csv"), FIXTURES.resolve("salesforce-Task.csv")));
    List<CrmDatasets.Export> specs = new ArrayList<>();
    List<Lead> expectedLeads = new ArrayList<>();
    List<LeadEvent> expectedEvents = new ArrayList<>();
    for (Map.Entry<String, List<Path>> e : exports.entrySet()) {
      specs.add(export(e.getKey(), e.getValue()));
      SingleJvm single = SingleJvm.read(e.getKey(), e.getValue());
      assertThat(single.findings()).as(e.getKey()).isEmpty();
      assertThat(single.leads()).as(e.getKey()).isNotEmpty();
      expectedLeads.addAll(single.leads());
      expectedEvents.addAll(single.events());
    }

    CrmDatasets.Read read = CrmDatasets.of(spark).read(specs).cache();

    assertThat(read.rows().rdd().getNumPartitions()).isEqualTo(3);
    assertThat(leads(read.leads())).containsExactlyInAnyOrderElementsOf(expectedLeads);
    assertThat(events(read.events())).containsExactlyInAnyOrderElementsOf(expectedEvents);
    assertThat(read.findings().count()).isZero();
    assertThat(read.mrr().count()).isZero();
  }

  @Test
  void aDamagedRowIsAFindingWithItsFileAndLineAndTheOtherRowsAreRead(@TempDir Path dir) throws Exception {
    byte[] original = Files.readAllBytes(FIXTURES.resolve("amocrm-deals.csv"));
    String text = new String(original, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(text.lines().toList());
    // the second data row loses its creation date: the row must be rejected, the others kept
    String row = lines.get(2);
    int firstDate = row.indexOf(".20");
    assertThat(firstDate).as("a dd.MM.yyyy date in the row").isPositive();
    lines.set(2, row.substring(0, firstDate - 5) + "31.02.2025" + row.substring(firstDate + 5));
    Path damaged = dir.resolve("amocrm-deals.csv");
    Files.writeString(damaged, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

    SingleJvm single = SingleJvm.read("amocrm", List.of(damaged));
    SingleJvm clean = SingleJvm.read("amocrm", List.of(FIXTURES.resolve("amocrm-deals.csv")));
    assertThat(single.findings()).isNotEmpty();
    assertThat(single.findings()).allSatisfy(f -> assertThat(f.line()).isEqualTo(3));
    assertThat(single.leads()).hasSize(clean.leads().size() - 1);

    CrmDatasets.Read read = CrmDatasets.of(spark).read(List.of(export("amocrm", List.of(damaged)))).cache();
    List<Finding> findings = read.findings().collectAsList().stream().map(FindingRow::toFinding).toList();
    assertThat(findings).containsExactlyInAnyOrderElementsOf(single.findings());
    assertThat(leads(read.leads())).containsExactlyInAnyOrderElementsOf(single.leads());
    assertThat(events(read.events())).containsExactlyInAnyOrderElementsOf(single.events());
  }

  @Test
  void theSlaReportOfAnExportOnSparkIsTheSingleJvmOne() throws Exception {
    List<Path> files = List.of(FIXTURES.resolve("salesforce-Lead.csv"), FIXTURES.resolve("salesforce-Task.csv"));
    SingleJvm single = SingleJvm.read("salesforce", files);
    Instant asOf = single.events().stream().map(LeadEvent::at).max(Instant::compareTo).orElseThrow()
        .plusSeconds(1);
    SlaAgreement agreement = SlaAgreement.handbook(BusinessCalendars.russia());
    Map<String, Lead> byId = new HashMap<>();
    single.leads().forEach(l -> byId.put(l.id().value(), l));
    List<SlaInput> inputs = LeadEventHistory.groupByLead(single.events()).stream()
        .map(h -> byId.containsKey(h.leadId().value()) ? SlaInput.of(h, byId.get(h.leadId().value()))
            : SlaInput.of(h)).toList();
    SlaReport expected = SlaEvaluator.of(agreement)
        .withEvaluationContext(io.revops.core.qualification.EvaluationContext.of(ExchangeRates.none()))
        .evaluate(inputs.stream(), asOf, v -> { });

    CrmDatasets.Read read = CrmDatasets.of(spark).read(List.of(export("salesforce", files))).cache();
    Dataset<LeadRow> leads = LeadHistories.group(read.events(), read.leads()).repartition(2);
    SlaReport onSpark = leads.select(RevOpsAggregators.sla(agreement, ExchangeRates.none(), asOf).toColumn())
        .first().accumulator().result();

    assertThat(onSpark).isEqualTo(expected);
    assertThat(onSpark.leads()).isEqualTo(inputs.size());
  }

  @Test
  void anExportIsCheckedOnTheDriver() {
    assertThatThrownBy(() -> CrmDatasets.Export.of("amocrm", Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("files");
    assertThatThrownBy(() -> CrmDatasets.Export.of("no-such-crm", Optional.empty(), List.of("x.csv")))
        .isInstanceOf(Exception.class).hasMessageContaining("no-such-crm");
  }
}
