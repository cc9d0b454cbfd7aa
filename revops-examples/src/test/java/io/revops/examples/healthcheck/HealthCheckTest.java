package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.json.RevOpsJson;
import io.revops.core.lead.Lead;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.data.SpendRecord;
import io.revops.examples.io.JsonlReader;
import io.revops.examples.io.JsonlWriter;
import io.revops.core.batch.Finding;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.Cac;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.conversion.ConversionAccumulator;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.cycle.SalesCycleAccumulator;
import io.revops.metrics.cycle.SalesCycleReport;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.metrics.value.Arpa;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.sla.ResponseBucket;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaReport;
import io.revops.sla.StatusCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HealthCheckTest {
  /** Same currency and the same number, whatever the scale the JSON writer chose (0 and 0.00 are one amount). */
  static void assertSameMoney(com.fasterxml.jackson.databind.JsonNode node, javax.money.MonetaryAmount expected) {
    assertThat(node.get("currency").asText()).isEqualTo(expected.getCurrency().getCurrencyCode());
    assertThat(node.get("amount").decimalValue()).isEqualByComparingTo(io.revops.core.money.Amounts.toBigDecimal(expected));
  }

  static final ObjectMapper MAPPER = RevOpsJson.mapper();

  /** A rate in report.json: a JSON number, the library's fraction to the document's stated precision. */
  static void assertRate(JsonNode node, Rate expected) {
    assertThat(node.isNumber()).as("%s is a number", node).isTrue();
    assertThat(node.decimalValue()).isEqualByComparingTo(expected.toBigDecimal()
        .setScale(RevOpsJson.REPORT_RATE_SCALE, RoundingMode.HALF_EVEN));
  }

  /** A ratio in report.json: a JSON number, the library's ratio to the document's stated precision. */
  static void assertRatio(JsonNode node, io.revops.core.money.Ratio expected) {
    assertThat(node.isNumber()).as("%s is a number", node).isTrue();
    assertThat(node.decimalValue()).isEqualByComparingTo(expected.toBigDecimal()
        .setScale(RevOpsJson.REPORT_RATE_SCALE, RoundingMode.HALF_EVEN));
  }
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** The output and exit status of one run. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long[] fakeNanos = {0};
    int status = HealthCheck.of(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> fakeNanos[0] += 1_000_000).run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnAGeneratedDataFolder {
    Path tmp;
    Path data;
    Path outDir;
    Run run;
    JsonNode json;

    final List<Lead> leads = new ArrayList<>();
    final List<LeadEvent> events = new ArrayList<>();
    final List<SpendRecord> spend = new ArrayList<>();
    final List<MrrRecord> mrr = new ArrayList<>();
    List<LeadEventHistory> histories;
    Instant asOf;
    YearMonth end;

    @BeforeAll
    void runTheHealthCheck() throws IOException {
      tmp = Files.createTempDirectory("healthcheck-test");
      data = tmp.resolve("data");
      outDir = tmp.resolve("out");
      try (JsonlWriter w = JsonlWriter.create(data, true)) {
        SampleDataGenerator.of(SampleConfig.standard(60)).generate(w);
      }
      run = run("--data", data.toString(), "--out", outDir.toString());
      json = MAPPER.readTree(outDir.resolve("report.json").toFile());

      // the same data, read independently of the health check
      JsonlReader reader = JsonlReader.fromDirectory(data);
      List<Finding> errors = new ArrayList<>();
      reader.leads(leads::add, errors::add);
      reader.events(events::add, errors::add);
      reader.spend(spend::add, errors::add);
      reader.mrr(mrr::add, errors::add);
      assertThat(errors).isEmpty();
      histories = LeadEventHistory.groupByLead(events);
      asOf = events.stream().map(LeadEvent::at).max(Instant::compareTo).orElseThrow().plusSeconds(1);
      end = YearMonth.from(asOf.atZone(MOSCOW));
    }

    @org.junit.jupiter.api.AfterAll
    void deleteTheFiles() throws IOException {
      try (var files = Files.walk(tmp)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }

    @Test
    void succeedsPrintsTheSummaryAndWritesBothFiles() {
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).contains("RevOps health check", "Funnel", "Bowtie", "CAC", "LTV:CAC", "NRR", "GRR",
          "MRR", "Sales cycle (from first contact): median", "first-contact", "Speed to lead", "Top friction",
          outDir.resolve("report.json").toAbsolutePath().toString());
      assertThat(outDir.resolve("report.html")).isRegularFile();
    }

    @Test
    void evaluatesAsOfTheEndOfTheDataNotTheClock() {
      assertThat(json.get("asOf").asText()).isEqualTo(asOf.toString());
      assertThat(json.get("period").asText()).isEqualTo(end.minusMonths(11) + ".." + end);
    }

    @Test
    void funnelVolumesAreTheStagesTheHistoriesReached() {
      for (LifecycleStage stage : List.of(LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SQL,
          LifecycleStage.CUSTOMER)) {
        long expected = histories.stream().filter(h -> h.stagesReached().contains(stage)).count();
        assertThat(json.at("/funnel/" + stage.name().toLowerCase(java.util.Locale.ROOT)).asLong()).as("%s", stage)
            .isEqualTo(expected);
      }
      assertThat(json.at("/bowtie/attraction").asLong()).isEqualTo(histories.size());
      assertThat(json.at("/input/events").asLong()).isEqualTo(events.size());
    }

    @Test
    void conversionWithItsIntervalIsTheLibrarys() {
      Instant periodStart = end.minusMonths(11).atDay(1).atStartOfDay(MOSCOW).toInstant();
      Proportion p = ConversionAccumulator.of(LifecycleStage.MQL, LifecycleStage.SQL, periodStart, asOf, asOf)
          .addAll(histories).result().overall().value();
      JsonNode v = json.at("/conversions/MQL→SQL/value");
      assertThat(v.get("successes").asLong()).isEqualTo(p.successes());
      assertThat(v.get("trials").asLong()).isEqualTo(p.trials());
      assertRate(v.get("rate"), p.rate());
      assertRate(v.get("lower"), p.lower());
      assertRate(v.get("upper"), p.upper());
    }

    @Test
    void revenueFiguresAreTheLibrarys() {
      RevenueAnalysis analysis = RevenueAnalysis.of(RevenueLedger.of(mrr.stream()
          .map(m -> RevenueRecord.of(m.customerId(), m.month(), m.mrr())).toList()), HealthOptions.defaults().reporting());
      assertRatio(json.at("/nrr/value/ratio"), analysis.nrr(end.minusMonths(12), end).value().ratio());
      assertRate(json.at("/grr/value"), analysis.grr(end.minusMonths(12), end).value());
      MrrMovements m = analysis.movements(end.minusMonths(12), end).value();
      assertSameMoney(json.at("/mrrMovements/value/newMrr"), m.newMrr());
      assertSameMoney(json.at("/mrrMovements/value/churn"), m.churn());
      assertSameMoney(json.at("/mrrMovements/value/endMrr"), m.endMrr());
    }

    @Test
    void cacLtvAndTheirRatioAreTheLibrarys() {
      CurrencyUnit rub = Amounts.currency("RUB");
      YearMonth start = end.minusMonths(11);
      MonetaryAmount periodSpend = Amounts.sum(rub, spend.stream()
          .filter(s -> !s.month().isBefore(start) && !s.month().isAfter(end)).map(SpendRecord::amount).toList());
      long newCustomers = histories.stream().flatMap(h -> h.won().stream())
          .map(w -> YearMonth.from(w.at().atZone(MOSCOW)))
          .filter(mo -> !mo.isBefore(start) && !mo.isAfter(end)).count();
      MetricResult<MonetaryAmount> cac = Cac.of(periodSpend, newCustomers, SpendTiming.SAME_PERIOD);
      assertThat(json.at("/cac/blended/value")).isEqualTo(MAPPER.valueToTree(cac.value()));

      RevenueAnalysis analysis = RevenueAnalysis.of(RevenueLedger.of(mrr.stream()
          .map(m -> RevenueRecord.of(m.customerId(), m.month(), m.mrr())).toList()), HealthOptions.defaults().reporting());
      MrrMovements last = analysis.movements(end.minusMonths(1), end).value();
      MonetaryAmount arpa = Arpa.of(last.endMrr(), last.counts().atEnd()).value();
      long churned = 0;
      long atStart = 0;
      for (YearMonth mo = end.minusMonths(12); mo.isBefore(end); mo = mo.plusMonths(1)) {
        MrrMovements step = analysis.movements(mo, mo.plusMonths(1)).value();
        churned += step.counts().churned();
        atStart += step.counts().atStart();
      }
      MetricResult<MonetaryAmount> ltv = Ltv.fromChurn(arpa, Rate.ofPercent(40), Rate.ofFraction(churned, atStart));
      assertThat(json.at("/arpa/value")).isEqualTo(MAPPER.valueToTree(arpa));
      assertThat(json.at("/ltv/value")).isEqualTo(MAPPER.valueToTree(ltv.value()));
      assertRatio(json.at("/ltvCac/value/ratio"), LtvCac.of(ltv, cac).value().ratio());
    }

    @Test
    void everyRateIsANumberToTheStatedPrecision() {
      assertThat(json.at("/precision/rateDecimalPlaces").asInt()).isEqualTo(RevOpsJson.REPORT_RATE_SCALE);
      assertThat(json.at("/precision/rates").asText()).contains("JSON numbers", "half-even", "10 decimal places");
      List<String> percentStrings = new ArrayList<>();
      List<String> tooPrecise = new ArrayList<>();
      walk(json, "", (path, node) -> {
        if (node.isTextual() && node.asText().matches("-?[0-9.]+%")) {
          percentStrings.add(path + " = " + node);
        }
        if (node.isNumber() && node.decimalValue().scale() > RevOpsJson.REPORT_RATE_SCALE) {
          tooPrecise.add(path + " = " + node);
        }
      });
      assertThat(percentStrings).isEmpty();
      assertThat(tooPrecise).isEmpty();
      assertThat(json.at("/funnelConversions/Lead→MQL").isNumber()).isTrue();
      assertThat(json.at("/monthlyChurn/value").isNumber()).isTrue();
    }

    private void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
      visit.accept(path, node);
      if (node.isObject()) {
        node.fields().forEachRemaining(e -> walk(e.getValue(), path + "/" + e.getKey(), visit));
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), path + "/" + i, visit);
        }
      }
    }

    @Test
    void salesCycleIsTheLibrarys() {
      SalesCycleReport cycle = SalesCycleAccumulator.of(asOf).addAll(histories).result();
      assertThat(json.at("/salesCycle/medianDays/value").decimalValue())
          .isEqualByComparingTo(cycle.median().value().toDays());
      assertThat(json.at("/salesCycle/p90Days/value").decimalValue()).isEqualByComparingTo(cycle.p90().value().toDays());
    }

    @Test
    void slaComplianceAndSpeedToLeadAreTheLibrarys() {
      SlaReport sla = SlaEvaluator.evaluate(SlaAgreement.handbook(HealthOptions.moscowWorkingCalendar()), histories,
          asOf).report();
      StatusCounts first = sla.compliance("first-contact");
      assertThat(json.at("/sla/obligations/first_contact/met").asLong()).isEqualTo(first.met());
      assertThat(json.at("/sla/obligations/first_contact/breached").asLong()).isEqualTo(first.breached());
      assertRate(json.at("/sla/obligations/first_contact/compliance"), first.compliance().orElseThrow());
      var fast = sla.speedToLead().bucket(ResponseBucket.WITHIN_5_MINUTES);
      assertThat(json.at("/sla/speedToLead/within_5_minutes/mqls").asLong()).isEqualTo(fast.mqls());
      assertThat(json.at("/sla/speedToLead/within_5_minutes/sqls").asLong()).isEqualTo(fast.sqls());
      assertThat(json.at("/sla/complianceByWeek/first_contact").size()).isPositive();
    }

    @Test
    void reportHtmlIsWellFormedXmlWithTheFourCharts() throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      Document doc = factory.newDocumentBuilder().parse(outDir.resolve("report.html").toFile());
      NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
      Set<String> classes = new HashSet<>();
      for (int i = 0; i < svgs.getLength(); i++) {
        classes.addAll(List.of(((Element) svgs.item(i)).getAttribute("class").split(" ")));
      }
      assertThat(classes).contains("chart-bowtie", "chart-mrr", "chart-sla-weekly", "chart-speed-to-lead",
          "chart-breached-by-rep", "chart-sla-monthly", "chart-mrr-monthly");
      // one inline script (the drill-down), no external one
      NodeList scripts = doc.getElementsByTagName("script");
      assertThat(scripts.getLength()).isOne();
      assertThat(((Element) scripts.item(0)).hasAttribute("src")).isFalse();
      String html = Files.readString(outDir.resolve("report.html"));
      // the only links are to the page's own sections
      assertThat(html).doesNotContain("src=", "@import", "url(").doesNotContainPattern("href=\"[^#]")
          .doesNotContainPattern("(?<!xmlns=\")https?://");
    }
  }

  @Test
  void aCsvWithMalformedRowsIsReportedRowByRowAndTheGoodRowsAreEvaluated(@TempDir Path out) throws Exception {
    Path leads = Path.of(HealthCheckTest.class.getResource("/csv/leads.csv").toURI());
    Path activities = Path.of(HealthCheckTest.class.getResource("/csv/activities.csv").toURI());
    Run r = run("--csv", leads.toString(), activities.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 rejected", "leads.csv:3 field created_at value \"not-a-date\"");
    JsonNode json = MAPPER.readTree(out.resolve("report.json").toFile());
    assertThat(json.at("/input/rowsRejected").asLong()).isEqualTo(5);
    List<String> errors = new ArrayList<>();
    json.at("/input/errors").forEach(e -> errors.add(e.get("file").asText() + ":" + e.get("line").asLong() + " "
        + e.get("column").asText() + "=" + e.get("value").asText()));
    assertThat(errors).containsExactly("leads.csv:3 created_at=not-a-date", "leads.csv:5 employees=-80",
        "activities.csv:9 channel=fax", "activities.csv:12 lead_id=L9", "activities.csv:17 amount=lots");
    assertThat(json.at("/input/errors/0/rule").asText()).contains("ISO-8601");
    // L1, L3 and L5 are good: three MQLs, L1 and L5 accepted, L1 won (L5's won row was rejected)
    assertThat(json.at("/funnel/lead").asLong()).isEqualTo(3);
    assertThat(json.at("/funnel/mql").asLong()).isEqualTo(3);
    assertThat(json.at("/funnel/sql").asLong()).isEqualTo(2);
    assertThat(json.at("/funnel/customer").asLong()).isEqualTo(1);
    assertThat(json.at("/nrr/notComputable").asText()).isEqualTo("no MRR records in the input");
    assertThat(Files.readString(out.resolve("report.html"))).contains("Rejected rows", "not-a-date");
  }

  @Test
  void aColumnMappingRenamesCsvHeaders(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("leads.csv"), "ID,Created,Channel\nX1,2026-01-05T09:00:00Z,referral\n");
    Files.writeString(dir.resolve("activities.csv"),
        "activity_id,ID,type,at,actor,channel,outcome,reason,amount,currency,fields\n"
            + "A1,X1,mql,2026-01-05T09:00:00Z,,,,,,,\n");
    Files.writeString(dir.resolve("mapping.properties"), "lead_id = ID\ncreated_at = Created\nsource = Channel\n");
    Run r = run("--csv", dir.resolve("leads.csv").toString(), dir.resolve("activities.csv").toString(),
        "--columns", dir.resolve("mapping.properties").toString(), "--out", dir.resolve("out").toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode json = MAPPER.readTree(dir.resolve("out/report.json").toFile());
    assertThat(json.at("/input/rowsRejected").asLong()).isZero();
    assertThat(json.at("/funnel/mql").asLong()).isEqualTo(1);
  }

  @Test
  void anInputThatCannotBeReadAtAllExitsWithOneAndAOneLineReason(@TempDir Path dir) throws IOException {
    Run missingFolder = run("--data", dir.resolve("nope").toString(), "--out", dir.resolve("out").toString());
    assertThat(missingFolder.status()).isEqualTo(1);
    assertThat(missingFolder.err().strip()).startsWith("health-check: cannot read input").doesNotContain("\n");
    assertThat(dir.resolve("out")).doesNotExist();

    Run missingCsv = run("--csv", dir.resolve("leads.csv").toString(), dir.resolve("activities.csv").toString());
    assertThat(missingCsv.status()).isEqualTo(1);
    assertThat(missingCsv.err()).contains("leads.csv");

    Files.writeString(dir.resolve("leads.jsonl"), "");
    Files.writeString(dir.resolve("events.jsonl"), "garbage\n");
    Run noEvents = run("--data", dir.toString(), "--out", dir.resolve("out").toString());
    assertThat(noEvents.status()).isEqualTo(1);
    assertThat(noEvents.err().strip()).contains("no lead events could be read").doesNotContain("\n");
  }

  @Test
  void badArgumentsExitWithTwo() {
    assertThat(run("--bogus").status()).isEqualTo(2);
    Run badAsOf = run("--as-of", "yesterday");
    assertThat(badAsOf.status()).isEqualTo(2);
    assertThat(badAsOf.err()).contains("--as-of must be an ISO-8601 instant");
    assertThat(run("--data").status()).isEqualTo(2);
  }
}
