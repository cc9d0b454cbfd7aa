package io.revops.json.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.json.RevOpsJson;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.MqlCriteriaCheck;
import io.revops.sla.SlaAccumulator;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.SlaReport;
import io.revops.sla.calendar.BusinessCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden snapshots of the SLA evaluation: every lead's verdicts (status, reason, trace), per-lead facts and
 * anomalies, and the SLA report, for fixed seeds of {@link MessyLeads}, under each of the three agreements of
 * {@link MessyLeads#agreements()}, written through revops-json's dialect (one JSON document per line) and
 * compared as text with {@code src/test/resources/sla-golden/<agreement>.jsonl}. They replace the former
 * {@code OldLeadEvaluator}/{@code OldSlaAccumulator} oracles of revops-sla and their {@code SameAsBeforeTest}:
 * the files were generated from the evaluation of commit dd7e1b9, which those oracles checked.
 *
 * <p>A failure means a verdict, a reason, a trace, a fact, an anomaly or a report figure changed (or the JSON
 * dialect did: {@code GoldenFilesTest} then fails too). If the change is intended, regenerate on purpose with
 * <pre>{@code ./mvnw -o -B -pl revops-json -am test -Dtest=SlaGoldenSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Drevops.golden.update=true}</pre>
 * review the diff ({@code git diff revops-json/src/test/resources/sla-golden}), and say in CHANGELOG what
 * behaviour changed. With {@code -Drevops.golden.update=true} the test writes the files instead of comparing
 * them (every other check still runs).
 *
 * <p>Each lead is evaluated four ways: with full traces and with {@linkplain SlaEvaluator#withoutTraces() lean}
 * ones, each with the obligation's own criterion and with a custom {@link MqlCriteriaCheck}. The file holds the
 * full-trace, own-criterion evaluation whole, and under {@code "withCheck"} the verdicts and facts the custom
 * check changes; a lean evaluation must give the same statuses, reasons, facts, clocks and reports as its
 * full-trace twin, with no events, working intervals, calendar exceptions or notes. Each file: line 1 the
 * agreement, then for each seed one line per lead and a line with that seed's reports (the check's as the
 * fields that differ). Each report is also computed by merging three accumulators fed round-robin, and must
 * equal the one-accumulator report. Left out of each line, as the same on every line (they are asserted, not
 * dropped unseen): a verdict's {@code "definition"} and {@code "leadId"}, a trace's {@code "asOf"},
 * {@code "calendar"} and {@code "tzdbVersion"} and its empty lists, the report's {@code "agreement"}.
 * {@code "tzdbVersion"} depends on the JDK, so line 1 has {@value #TZDB_PLACEHOLDER}.
 *
 * <p>Coverage: {@link #theSnapshotsReachEveryStatusTheOldOracleTestReached} checks that the leads reach every
 * obligation type × status pair and every anomaly kind the former {@code SameAsBeforeTest} reached (60 seeds of
 * up to 40 leads: 30 pairs, 10 anomaly kinds).
 *
 * <p>Cost: 3 agreements × 4 evaluations × {@value #LEADS_PER_SEED} leads × 3 seeds, a few seconds; the files
 * stay under {@value #BUDGET_BYTES} bytes in all.
 */
class SlaGoldenSnapshotTest {
  static final Path DIRECTORY = Path.of("src", "test", "resources", "sla-golden");
  static final String TZDB_PLACEHOLDER = "(tzdb)";
  static final long[] SEEDS = {0, 1, 2};
  static final int LEADS_PER_SEED = 20;
  static final int BUDGET_BYTES = 1_500_000;
  private static final Pattern TZDB = Pattern.compile("(\"tzdbVersion\":\")[^\"]*(\")");
  private static final boolean UPDATE = Boolean.getBoolean("revops.golden.update");
  private static final ObjectMapper MAPPER = RevOpsJson.mapper();

  /** Every obligation type × status and anomaly kind the former SameAsBeforeTest reached. */
  static final Set<String> REACHED_BEFORE = Set.of(
      "ATTEMPTS×AT_RISK", "ATTEMPTS×BREACHED", "ATTEMPTS×MET", "ATTEMPTS×NOT_APPLICABLE", "ATTEMPTS×PENDING",
      "CONTEXT×BREACHED", "CONTEXT×MET", "CONTEXT×NOT_APPLICABLE",
      "DATA_FRESH×BREACHED", "DATA_FRESH×MET", "DATA_FRESH×NOT_APPLICABLE",
      "FIRST_CONTACT×AT_RISK", "FIRST_CONTACT×BREACHED", "FIRST_CONTACT×MET", "FIRST_CONTACT×NOT_APPLICABLE",
      "FIRST_CONTACT×PENDING",
      "MQL_CRITERIA×BREACHED", "MQL_CRITERIA×MET", "MQL_CRITERIA×NOT_APPLICABLE",
      "REJECTION_REASON×BREACHED", "REJECTION_REASON×MET", "REJECTION_REASON×NOT_APPLICABLE",
      "REJECTION_REASON×PENDING",
      "REQUIRED_FIELDS×BREACHED", "REQUIRED_FIELDS×MET", "REQUIRED_FIELDS×NOT_APPLICABLE",
      "STEPS_IN_ORDER×BREACHED", "STEPS_IN_ORDER×MET", "STEPS_IN_ORDER×NOT_APPLICABLE", "STEPS_IN_ORDER×PENDING",
      "anomaly ACCEPTED_AND_REJECTED", "anomaly HISTORY/EVENT_BEFORE_CREATION",
      "anomaly HISTORY/EXACT_DUPLICATE_DROPPED", "anomaly HISTORY/MISSING_CREATION",
      "anomaly HISTORY/MULTIPLE_CREATION", "anomaly MISSING_SOURCE", "anomaly MULTIPLE_DECISIONS",
      "anomaly SALES_ACTIVITY_BEFORE_MQL", "anomaly SALES_ACTIVITY_WITHOUT_MQL", "anomaly SOURCE_MISMATCH");


  /** One snapshot file: an agreement. */
  record Case(SlaAgreement agreement) {
    String name() {
      return agreement.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    SlaEvaluator evaluator(boolean traces, boolean customCheck) {
      SlaEvaluator e = SlaEvaluator.of(agreement);
      if (customCheck) {
        e = e.withCriteriaCheck(MessyLeads::check);
      }
      return traces ? e : e.withoutTraces();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  static Stream<Case> cases() {
    return MessyLeads.agreements().stream().map(Case::new);
  }

  private static String line(JsonNode node) throws IOException {
    return TZDB.matcher(MAPPER.writeValueAsString(node)).replaceAll("$1" + TZDB_PLACEHOLDER + "$2") + "\n";
  }

  /**
   * The lead's document plus the facts it does not carry. Left out, as the same on every line: each verdict's
   * {@code "definition"} (the agreement's obligation, on line 1) and {@code "leadId"} (the lead's), and the
   * trace's {@code "asOf"} (the lead's), {@code "calendar"} and {@code "tzdbVersion"} (on line 1) and empty
   * lists.
   */
  private static ObjectNode leadLine(LeadVerdicts v, String calendar) {
    ObjectNode lead = MAPPER.valueToTree(v);
    for (JsonNode verdict : (ArrayNode) lead.get("verdicts")) {
      ObjectNode o = (ObjectNode) verdict;
      assertThat(o.path("leadId")).isEqualTo(lead.get("leadId"));
      o.remove(List.of("definition", "leadId"));
      ObjectNode trace = (ObjectNode) o.get("trace");
      assertThat(trace.path("asOf")).isEqualTo(lead.get("asOf"));
      assertThat(trace.path("calendar").asText()).isEqualTo(calendar);
      trace.remove(List.of("asOf", "calendar", "tzdbVersion"));
      List<String> empty = new ArrayList<>();
      trace.fields().forEachRemaining(f -> {
        if (f.getValue().isArray() && f.getValue().isEmpty()) {
          empty.add(f.getKey());
        }
      });
      trace.remove(empty);
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.set("lead", lead);
    n.put("countsTowardsQuota", v.countsTowardsQuota());
    n.put("rejectionWithoutAllowedReason", v.isRejectionWithoutAllowedReason());
    v.rejection().ifPresent(r -> n.set("rejection", MAPPER.valueToTree(r)));
    return n;
  }

  /** One evaluation mode of a seed: the evaluator and its accumulators, one and three to be merged. */
  private static final class Mode {
    final SlaEvaluator evaluator;
    final SlaAccumulator one;
    final List<SlaAccumulator> parts;
    private int next;

    Mode(SlaEvaluator evaluator) {
      this.evaluator = evaluator;
      this.one = evaluator.accumulator(MessyLeads.AS_OF);
      this.parts = List.of(evaluator.accumulator(MessyLeads.AS_OF), evaluator.accumulator(MessyLeads.AS_OF),
          evaluator.accumulator(MessyLeads.AS_OF));
    }

    LeadVerdicts evaluate(SlaInput in) {
      LeadVerdicts v = evaluator.evaluate(in, MessyLeads.AS_OF);
      // the reports first, before any reason or trace is explained
      one.add(v);
      parts.get(next++ % parts.size()).add(v);
      return v;
    }

    SlaReport report(String what) {
      SlaReport report = one.result();
      SlaReport merged = parts.get(2).merge(parts.get(1)).merge(parts.get(0)).result();
      assertThat(merged).as("%s: the report of three merged accumulators", what).isEqualTo(report);
      assertThat(merged.toString()).isEqualTo(report.toString());
      return report;
    }
  }

  /** A lean evaluation is its full-trace twin without the trace's detail. */
  private static void assertLeanTwin(LeadVerdicts lean, LeadVerdicts full, String calendar) {
    ObjectNode expected = leadLine(full, calendar);
    for (JsonNode verdict : expected.get("lead").get("verdicts")) {
      ((ObjectNode) verdict.get("trace")).remove(List.of("events", "workingIntervals", "calendarExceptions",
          "notes"));
    }
    assertThat(leadLine(lean, calendar)).as("lean twin of %s", full.leadId()).isEqualTo(expected);
  }

  /** The members of {@code changed} that differ from {@code base}'s (both objects). */
  private static ObjectNode differences(ObjectNode changed, ObjectNode base) {
    ObjectNode out = MAPPER.createObjectNode();
    changed.fields().forEachRemaining(f -> {
      if (!f.getValue().equals(base.get(f.getKey()))) {
        out.set(f.getKey(), f.getValue());
      }
    });
    return out;
  }

  private static ObjectNode reportNode(SlaReport report, SlaAgreement agreement) {
    ObjectNode n = MAPPER.valueToTree(report);
    assertThat(n.get("agreement")).isEqualTo(MAPPER.valueToTree(agreement));
    n.remove("agreement");
    return n;
  }

  static String snapshot(Case c) throws IOException {
    BusinessCalendar calendar = c.agreement().calendar();
    String describe = calendar.describe();
    StringBuilder out = new StringBuilder();
    out.append(line(MAPPER.createObjectNode().<ObjectNode>set("agreement", MAPPER.valueToTree(c.agreement()))
        .put("calendar", describe).put("tzdbVersion", TZDB_PLACEHOLDER)));
    for (long seed : SEEDS) {
      Mode full = new Mode(c.evaluator(true, false));
      Mode lean = new Mode(c.evaluator(false, false));
      Mode fullCheck = new Mode(c.evaluator(true, true));
      Mode leanCheck = new Mode(c.evaluator(false, true));
      for (SlaInput in : MessyLeads.inputs(seed, LEADS_PER_SEED)) {
        LeadVerdicts v = full.evaluate(in);
        LeadVerdicts l = lean.evaluate(in);
        LeadVerdicts w = fullCheck.evaluate(in);
        LeadVerdicts lw = leanCheck.evaluate(in);
        assertLeanTwin(l, v, describe);
        assertLeanTwin(lw, w, describe);
        ObjectNode doc = leadLine(v, describe);
        ObjectNode withCheck = leadLine(w, describe);
        ObjectNode changed = differences(withCheck, doc);
        ObjectNode lead = (ObjectNode) changed.remove("lead");
        if (lead != null) {
          ObjectNode changedLead = differences(lead, (ObjectNode) doc.get("lead"));
          if (changedLead.has("verdicts")) {
            ArrayNode verdicts = MAPPER.createArrayNode();
            JsonNode before = doc.get("lead").get("verdicts");
            JsonNode after = changedLead.get("verdicts");
            assertThat(after.size()).isEqualTo(before.size());
            for (int k = 0; k < after.size(); k++) {
              if (!after.get(k).equals(before.get(k))) {
                verdicts.add(after.get(k));
              }
            }
            changedLead.set("verdicts", verdicts);
          }
          changed.set("lead", changedLead);
        }
        if (!changed.isEmpty()) {
          doc.set("withCheck", changed);
        }
        out.append(line(doc));
      }
      String what = c + ", seed " + seed;
      SlaReport report = full.report(what);
      SlaReport reportWithCheck = fullCheck.report(what + " with the check");
      assertThat(lean.report(what + " lean")).isEqualTo(report);
      assertThat(leanCheck.report(what + " lean with the check")).isEqualTo(reportWithCheck);
      ObjectNode reportNode = reportNode(report, c.agreement());
      out.append(line(MAPPER.createObjectNode().put("seed", seed).<ObjectNode>set("report", reportNode)
          .set("reportWithCheck", differences(reportNode(reportWithCheck, c.agreement()), reportNode))));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theVerdictsAndTheReportAreTheSnapshot(Case c) throws IOException {
    String written = snapshot(c);
    Path file = DIRECTORY.resolve(c.name() + ".jsonl");
    if (UPDATE) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(file).as("snapshot %s (generate with -Drevops.golden.update=true)", file).exists();
    String golden = Files.readString(file, StandardCharsets.UTF_8);
    if (!written.equals(golden)) {
      String[] now = written.split("\n", -1);
      String[] before = golden.split("\n", -1);
      int first = 0;
      while (first < Math.min(now.length, before.length) && now[first].equals(before[first])) {
        first++;
      }
      assertThat(first < now.length ? now[first] : "(end of text)")
          .as("%s differs from %s at line %d; if intended, regenerate with -Drevops.golden.update=true "
              + "(see this test's javadoc)", c, file, first + 1)
          .isEqualTo(first < before.length ? before[first] : "(end of file)");
      assertThat(written).isEqualTo(golden);
    }
  }

  @Test
  void everySnapshotFileHasACase() throws IOException {
    List<String> names = cases().map(c -> c.name() + ".jsonl").toList();
    try (var files = Files.list(DIRECTORY)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .as("snapshot files without a case").containsExactlyInAnyOrderElementsOf(names);
    }
  }

  @Test
  void theSnapshotsReachEveryStatusTheOldOracleTestReached() {
    Set<String> reached = new TreeSet<>();
    cases().forEach(c -> {
      for (SlaEvaluator evaluator : List.of(c.evaluator(true, false), c.evaluator(true, true))) {
        for (long seed : SEEDS) {
        for (SlaInput in : MessyLeads.inputs(seed, LEADS_PER_SEED)) {
          LeadVerdicts v = evaluator.evaluate(in, MessyLeads.AS_OF);
          v.verdicts().values().forEach(x -> reached.add(x.obligation().type() + "×" + x.status()));
          v.anomalies().forEach(a -> reached.add("anomaly " + a.kind()
              + a.historyKind().map(k -> "/" + k).orElse("")));
          }
        }
      }
    });
    assertThat(reached).as("obligation type × status pairs and anomaly kinds the snapshots reach")
        .containsAll(REACHED_BEFORE);
  }

  @Test
  void theFilesStayWithinTheirBudget() throws IOException {
    long bytes = 0;
    try (var files = Files.list(DIRECTORY)) {
      for (Path p : files.toList()) {
        bytes += Files.size(p);
      }
    }
    assertThat(bytes).as("total size of the snapshot files").isPositive().isLessThan(BUDGET_BYTES);
  }
}
