package io.revops.json.sla;

import static io.revops.json.sla.EdgeLeads.ATTEMPTS_CALENDAR;
import static io.revops.json.sla.EdgeLeads.ATTEMPTS_WORKING;
import static io.revops.json.sla.EdgeLeads.FIRST_CONTACT;
import static io.revops.json.sla.EdgeLeads.FIRST_CONTACT_ELAPSED;
import static io.revops.json.sla.EdgeLeads.msk;
import static io.revops.sla.VerdictStatus.AT_RISK;
import static io.revops.sla.VerdictStatus.BREACHED;
import static io.revops.sla.VerdictStatus.MET;
import static io.revops.sla.VerdictStatus.NOT_APPLICABLE;
import static io.revops.sla.VerdictStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.json.RevOpsJson;
import io.revops.sla.IsoWeek;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.ObligationVerdict;
import io.revops.sla.QuotaVerdict;
import io.revops.sla.ResponseBucket;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaAnomaly;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.SlaReport;
import io.revops.sla.VerdictStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden snapshot of the {@link EdgeLeads}: hand-made leads at the boundaries of the SLA rules (each named
 * by the boundary it probes), evaluated as of {@link EdgeLeads#AS_OF} under {@link EdgeLeads#agreement()},
 * written and compared as {@link SlaGoldenSnapshotTest} does (same line format, same regeneration command:
 * {@code -Dtest='Sla*SnapshotTest'} with {@code -Drevops.golden.update=true} writes {@code sla-golden/edges.jsonl}
 * too). Line 1 the agreement, one
 * line per lead, then the report. The lean evaluation must be the full one's twin, and the report of three
 * merged accumulators the one accumulator's, as there.
 *
 * <p>Besides the text, the verdicts that decide a boundary are checked by hand here (status, and due for the
 * clocked obligations), so that a regenerated file that moved a boundary does not pass unseen.
 *
 * <p>Checked by mutation (2026-12-07, each flip made by hand, the test run, the flip reverted): each of these
 * fails this test — first contact MET at {@code used <= allowance} made {@code <}; BREACHED at
 * {@code used > allowance} made {@code >=}; AT_RISK at {@code used >= share} made {@code >}; the default at-risk
 * share 75% made 76%; the attempts window's end included, made excluded; the window BREACHED after its end,
 * made at it; data age {@code <= max} made {@code <}; a verification, a context item, a first contact or a
 * rejection at the MQL instant made not to count; a step or an attempt tied with the decision ordered by
 * instant only; exactly 5 minutes out of its bucket; an event at the creation instant made an anomaly; an
 * event at the evaluation instant cut off. The seed snapshots of {@link SlaGoldenSnapshotTest} caught 6 of
 * those 16 (the 76% share, the first contact, the rejection, the two ties, the creation instant).
 *
 * <p>Cost: 52 leads, two evaluations each; well under a second.
 */
class SlaEdgeSnapshotTest {
  static final Path FILE = SlaGoldenSnapshotTest.DIRECTORY.resolve("edges.jsonl");
  private static Map<String, LeadVerdicts> byName;
  private static SlaReport report;

  @BeforeAll
  static void evaluate() {
    SlaEvaluator evaluator = SlaEvaluator.of(EdgeLeads.agreement());
    var accumulator = evaluator.accumulator(EdgeLeads.AS_OF);
    byName = new LinkedHashMap<>();
    for (SlaInput in : EdgeLeads.inputs()) {
      LeadVerdicts v = evaluator.evaluate(in, EdgeLeads.AS_OF);
      accumulator.add(v);
      assertThat(byName.put(v.leadId().value(), v)).as("lead names are unique: %s", v.leadId()).isNull();
    }
    report = accumulator.result();
  }

  static String snapshot() throws IOException {
    SlaAgreement agreement = EdgeLeads.agreement();
    String describe = agreement.calendar().describe();
    StringBuilder out = new StringBuilder(SlaGoldenSnapshotTest.headerLine(agreement));
    var full = new SlaGoldenSnapshotTest.Mode(SlaEvaluator.of(agreement), EdgeLeads.AS_OF);
    var lean = new SlaGoldenSnapshotTest.Mode(SlaEvaluator.of(agreement).withoutTraces(), EdgeLeads.AS_OF);
    for (SlaInput in : EdgeLeads.inputs()) {
      LeadVerdicts v = full.evaluate(in);
      SlaGoldenSnapshotTest.assertLeanTwin(lean.evaluate(in), v, describe);
      out.append(SlaGoldenSnapshotTest.line(SlaGoldenSnapshotTest.leadLine(v, describe)));
    }
    SlaReport r = full.report("edges");
    assertThat(lean.report("edges lean")).isEqualTo(r);
    out.append(SlaGoldenSnapshotTest.line(RevOpsJson.mapper().createObjectNode()
        .<ObjectNode>set("report", SlaGoldenSnapshotTest.reportNode(r, agreement))));
    return out.toString();
  }

  @Test
  void theEdgeVerdictsAndTheReportAreTheSnapshot() throws IOException {
    SlaGoldenSnapshotTest.compareWithFile(snapshot(), FILE, "edges");
  }

  private static ObligationVerdict verdict(String lead, String key) {
    assertThat(byName).as("edge leads").containsKey(lead);
    return byName.get(lead).verdict(key).orElseThrow(() -> new AssertionError(lead + " has no verdict " + key));
  }

  /** The verdict's status and due (an instant in Moscow time, or null for none). */
  private static void expect(String lead, String key, VerdictStatus status, String dueMsk) {
    ObligationVerdict v = verdict(lead, key);
    assertThat(v.status()).as("%s: %s (%s)", lead, key, v.reason()).isEqualTo(status);
    assertThat(v.due()).as("%s: %s due", lead, key)
        .isEqualTo(dueMsk == null ? Optional.empty() : Optional.of(msk(dueMsk)));
  }

  private static void expect(String lead, String key, VerdictStatus status) {
    ObligationVerdict v = verdict(lead, key);
    assertThat(v.status()).as("%s: %s (%s)", lead, key, v.reason()).isEqualTo(status);
  }

  @Test
  void aFirstContactExactlyAtTheDueIsMetAndOneWorkingMinuteLaterBreached() {
    expect("first-contact-exactly-at-due", FIRST_CONTACT, MET, "2026-11-09T11:00");
    expect("first-contact-one-working-minute-late", FIRST_CONTACT, BREACHED, "2026-11-09T11:00");
    expect("first-contact-at-mql-instant", FIRST_CONTACT, MET, "2026-11-09T11:00");
  }

  @Test
  void theWorkingDaysEdgesHolidayAndShortenedDay() {
    // due at Friday's close; Monday 09:00 is no working time later, 09:01 a minute
    expect("first-contact-due-at-close-met-at-next-opening", FIRST_CONTACT, MET, "2026-11-13T18:00");
    expect("first-contact-due-at-close-one-minute-after-next-opening", FIRST_CONTACT, BREACHED, "2026-11-13T18:00");
    expect("first-contact-mql-at-close", FIRST_CONTACT, MET, "2026-11-16T10:00");
    expect("first-contact-mql-on-weekend", FIRST_CONTACT, MET, "2026-11-16T10:00");
    // 30 minutes left of the shortened 3 November (closes 17:00), the 4th a holiday: due 5 November 09:30
    expect("first-contact-across-shortened-day-and-holiday-at-due", FIRST_CONTACT, MET, "2026-11-05T09:30");
    expect("first-contact-across-shortened-day-and-holiday-one-minute-late", FIRST_CONTACT, BREACHED,
        "2026-11-05T09:30");
    expect("first-contact-after-shortened-close", FIRST_CONTACT, MET, "2026-11-05T09:30");
  }

  @Test
  void aContactBeforeTheMqlInstantDoesNotCount() {
    expect("first-contact-one-second-before-mql", FIRST_CONTACT, BREACHED, "2026-11-09T11:00");
    assertThat(byName.get("first-contact-one-second-before-mql").anomalies()).extracting(SlaAnomaly::kind)
        .contains(SlaAnomaly.Kind.SALES_ACTIVITY_BEFORE_MQL);
    assertThat(byName.get("first-contact-one-second-before-mql").firstResponseAt()).isEmpty();
  }

  @Test
  void anOpenClockIsBreachedOnlyPastTheAllowanceAndAtRiskFromTheShare() {
    expect("open-exactly-the-allowance-used", FIRST_CONTACT, AT_RISK, "2026-11-18T12:00");
    expect("open-one-minute-over-the-allowance", FIRST_CONTACT, BREACHED, "2026-11-18T11:59");
    expect("open-exactly-at-the-at-risk-share", FIRST_CONTACT, AT_RISK, "2026-11-18T12:15");
    expect("open-one-second-below-the-at-risk-share", FIRST_CONTACT, PENDING, "2026-11-18T12:15:01");
    expect("open-exactly-at-the-at-risk-share", FIRST_CONTACT_ELAPSED, PENDING, "2026-11-19T11:15");
    // the evaluation instant is included in the history, a second later is not
    expect("contact-exactly-at-the-evaluation-instant", FIRST_CONTACT, MET, "2026-11-18T12:00");
    expect("contact-one-second-after-the-evaluation-instant", FIRST_CONTACT, AT_RISK, "2026-11-18T12:00");
  }

  @Test
  void elapsedTimeAndTheSpeedToLeadBucketsIncludeTheirBound() {
    expect("elapsed-exactly-24-hours", FIRST_CONTACT_ELAPSED, MET, "2026-11-10T10:00");
    expect("elapsed-24-hours-and-one-second", FIRST_CONTACT_ELAPSED, BREACHED, "2026-11-10T10:00");
    expect("elapsed-exactly-24-hours", FIRST_CONTACT, BREACHED, "2026-11-09T11:00");
    // November's first contacts within 5 minutes, each bound included: five at the MQL instant
    // (first-contact-at-mql-instant, mql-and-contact-at-the-creation-instant and the three attempts-second-*
    // leads) and bucket-exactly-5-minutes; bucket-5-minutes-and-one-second is not among them
    var november = report.speedToLeadByMonth().get(YearMonth.of(2026, 11));
    assertThat(november.bucket(ResponseBucket.WITHIN_5_MINUTES).mqls()).isEqualTo(6);
    assertThat(ResponseBucket.of(Duration.ofMinutes(5))).isEqualTo(ResponseBucket.WITHIN_5_MINUTES);
    assertThat(ResponseBucket.of(Duration.ofSeconds(301))).isEqualTo(ResponseBucket.WITHIN_1_HOUR);
    assertThat(ResponseBucket.of(Duration.ofHours(24))).isEqualTo(ResponseBucket.WITHIN_24_HOURS);
    assertThat(ResponseBucket.of(Duration.ofSeconds(24 * 3600 + 1))).isEqualTo(ResponseBucket.LATER);
  }

  @Test
  void theAttemptsWindowIncludesBothEnds() {
    // 2 working days after Monday 2 November: the shortened 3rd and the 5th (the 4th is a holiday)
    expect("attempts-second-exactly-at-working-window-end", ATTEMPTS_WORKING, MET, "2026-11-06T00:00");
    expect("attempts-second-one-second-after-working-window-end", ATTEMPTS_WORKING, BREACHED, "2026-11-06T00:00");
    expect("attempts-second-exactly-one-calendar-day-later", ATTEMPTS_CALENDAR, MET, "2026-11-10T10:00");
    expect("attempts-on-channels-outside-the-agreed", ATTEMPTS_WORKING, BREACHED, "2026-11-12T00:00");
    expect("attempts-on-channels-outside-the-agreed", ATTEMPTS_CALENDAR, MET, "2026-11-10T10:00");
    // the attempt at the rejection's instant comes before it (kind order) and counts
    expect("attempt-at-the-instant-of-the-rejection", ATTEMPTS_WORKING, MET, "2026-11-12T00:00");
  }

  @Test
  void anAttemptsWindowEndingAtTheEvaluationInstantIsStillOpen() {
    expect("attempts-window-ends-at-the-evaluation-instant", ATTEMPTS_CALENDAR, AT_RISK, "2026-11-18T12:00");
    expect("attempts-window-ended-one-second-before-the-evaluation-instant", ATTEMPTS_CALENDAR, BREACHED,
        "2026-11-18T11:59:59");
    expect("attempts-exactly-at-the-at-risk-share-of-the-window", ATTEMPTS_CALENDAR, AT_RISK, "2026-11-18T18:00");
    expect("attempts-one-second-below-the-at-risk-share-of-the-window", ATTEMPTS_CALENDAR, PENDING,
        "2026-11-18T18:00:01");
    expect("attempts-window-ends-at-the-evaluation-instant", ATTEMPTS_WORKING, PENDING, "2026-11-20T00:00");
  }

  @Test
  void decisionsAndStepsAtTheBoundaries() {
    expect("rejection-without-reason-at-mql-instant", "rejection-reason", BREACHED);
    expect("rejection-without-reason-one-second-before-mql", "rejection-reason", PENDING);
    expect("rejection-reason-outside-the-allowed", "rejection-reason", BREACHED);
    expect("attempt-at-the-instant-of-the-rejection", "rejection-reason", MET);
    expect("steps-discovery-call-at-the-instant-of-the-acceptance", "steps-in-order", MET);
    expect("steps-out-of-order", "steps-in-order", BREACHED);
    // events listed in reverse order are judged as their twin listed in order
    Map<String, VerdictStatus> twin = statuses("steps-discovery-call-at-the-instant-of-the-acceptance");
    assertThat(statuses("events-listed-in-reverse-order")).isEqualTo(twin);
    assertThat(twin).containsEntry("steps-in-order", MET);
  }

  private static Map<String, VerdictStatus> statuses(String lead) {
    return byName.get(lead).verdicts().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().status()));
  }

  @Test
  void dataAgeAndContextIncludeTheMqlInstant() {
    expect("data-verified-exactly-30-days-before-mql", "data-fresh", MET, "2026-11-09T10:00");
    expect("data-verified-30-days-and-one-second-before-mql", "data-fresh", BREACHED, "2026-11-09T09:59:59");
    expect("data-verified-at-mql-instant", "data-fresh", MET, "2026-12-09T10:00");
    expect("data-verified-one-second-after-mql", "data-fresh", BREACHED, null);
    expect("data-changed-at-mql-instant-after-an-old-verification", "data-fresh", MET, "2026-12-09T10:00");
    expect("context-item-at-mql-instant", "context", MET);
    expect("context-item-one-second-after-mql", "context", BREACHED);
  }

  @Test
  void theLeadsFactsAtTheirEdges() {
    assertThat(byName.get("mql-and-contact-at-the-creation-instant").anomalies()).isEmpty();
    expect("mql-and-contact-at-the-creation-instant", FIRST_CONTACT, MET, "2026-11-09T11:00");
    assertThat(byName.get("event-one-second-before-the-creation").anomalies())
        .extracting(a -> a.kind() + a.historyKind().map(k -> "/" + k).orElse(""))
        .containsExactly("HISTORY/EVENT_BEFORE_CREATION");
    assertThat(byName.get("no-creation-no-source-no-owner").anomalies()).extracting(SlaAnomaly::kind)
        .contains(SlaAnomaly.Kind.MISSING_SOURCE);
    expect("no-creation-no-source-no-owner", "required-fields", BREACHED);
    expect("no-creation-source-only-in-lead-data", "required-fields", MET);
    expect("no-lead-data", "required-fields", NOT_APPLICABLE);
    expect("no-lead-data", "data-fresh", NOT_APPLICABLE);
    expect("no-lead-data", FIRST_CONTACT, MET, "2026-11-09T11:00");
  }

  @Test
  void monthsAndWeeksStartAtMidnightInTheCalendarsZone() {
    Map<YearMonth, Long> mqls = report.quota().stream()
        .collect(Collectors.toMap(QuotaVerdict::month, QuotaVerdict::mqls));
    assertThat(mqls).containsEntry(YearMonth.of(2026, 10), 3L)
        .containsEntry(YearMonth.of(2026, 11), byName.size() - 3L);
    var byWeek = report.complianceByWeek(FIRST_CONTACT);
    assertThat(byWeek.get(IsoWeek.of(2026, 43)).total()).isEqualTo(1);
    assertThat(byWeek.get(IsoWeek.of(2026, 44)).total()).isEqualTo(3);
    List<Instant> october = byName.values().stream().flatMap(v -> v.mqlAt().stream())
        .filter(t -> t.isBefore(msk("2026-11-01T00:00"))).sorted().toList();
    assertThat(october).containsExactly(msk("2026-10-25T23:59:59"), msk("2026-10-26T00:00"),
        msk("2026-10-31T23:59:59"));
  }
}
