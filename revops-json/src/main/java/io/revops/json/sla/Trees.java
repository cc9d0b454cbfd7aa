package io.revops.json.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.json.JsonCursor;
import io.revops.json.QualificationModule;
import io.revops.core.money.Rate;
import io.revops.core.qualification.Criterion;
import io.revops.sla.AtRiskLead;
import io.revops.sla.ConversionBySource;
import io.revops.sla.ConversionCounts;
import io.revops.sla.DayBasis;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.Obligation;
import io.revops.sla.ObligationVerdict;
import io.revops.sla.QuotaVerdict;
import io.revops.sla.RejectedLead;
import io.revops.sla.RejectionReview;
import io.revops.sla.ResponseBucket;
import io.revops.sla.ReviewPack;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaAnomaly;
import io.revops.sla.SlaEvaluation;
import io.revops.sla.SlaReport;
import io.revops.sla.SpeedToLead;
import io.revops.sla.StatusCounts;
import io.revops.sla.TimeBasis;
import io.revops.sla.Trace;
import io.revops.sla.WhatIf;
import io.revops.sla.WhatIfSummary;
import io.revops.sla.calendar.BusinessCalendar;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Converts SLA values to JSON trees and agreements back. */
final class Trees {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper CRITERIA = new ObjectMapper().registerModule(new QualificationModule());
  private static final ObjectMapper REASONS = new ObjectMapper().registerModule(new io.revops.json.RevOpsModule());
  private final CalendarCodec calendars;

  /** Rates and ratios in reports are JSON numbers: {@link io.revops.json.RevOpsJson#reportRate}. */
  static java.math.BigDecimal rate(Rate r) {
    return io.revops.json.RevOpsJson.reportRate(r);
  }

  Trees(CalendarCodec calendars) {
    this.calendars = calendars;
  }

  // ---- agreements -------------------------------------------------------------------------------

  ObjectNode agreement(SlaAgreement a) {
    ObjectNode n = F.objectNode();
    n.put("name", a.name());
    n.set("calendar", calendar(a.calendar()));
    n.put("atRiskShare", a.atRiskShare().toBigDecimal());
    ArrayNode obligations = n.putArray("obligations");
    a.obligations().forEach(o -> obligations.add(obligation(o)));
    return n;
  }

  ObjectNode calendar(BusinessCalendar c) {
    return calendars.describeJson(c).orElseThrow(() -> new IllegalArgumentException(
        "no calendar codec describes the calendar \"" + c.describe() + "\"; supply one to SlaModule.of(codec)"));
  }

  /**
   * The obligation as an object: its type, then its parameters. The switch names every type and has no
   * default, so a new type does not compile until it is given its JSON form.
   */
  static ObjectNode obligation(Obligation o) {
    ObjectNode n = F.objectNode();
    n.put("type", JsonCursor.name(o.type()));
    return switch (o.type()) {
      case FIRST_CONTACT -> {
        Obligation.FirstContactWithin f = (Obligation.FirstContactWithin) o;
        yield n.put("allowance", f.allowance().toString()).put("basis", JsonCursor.name(f.basis()));
      }
      case ATTEMPTS -> {
        Obligation.AttemptsWithin a = (Obligation.AttemptsWithin) o;
        yield n.put("attempts", a.attempts()).put("days", a.days()).put("dayBasis", JsonCursor.name(a.dayBasis()))
            .set("channels", names(a.channels()));
      }
      case REJECTION_REASON -> n.set("allowed", names(((Obligation.RejectionHasReason) o).allowed()));
      case STEPS_IN_ORDER -> n.set("steps", names(((Obligation.StepsInOrder) o).steps()));
      case MQL_CRITERIA -> n.set("criterion", CRITERIA.valueToTree(((Obligation.MqlMeetsCriteria) o).criterion()));
      case REQUIRED_FIELDS -> n.set("fields", names(((Obligation.RequiredFieldsComplete) o).fields()));
      case DATA_FRESH -> n.put("maxAge", ((Obligation.DataFresh) o).maxAge().toString());
      case CONTEXT -> n.put("minItems", ((Obligation.ContextPresent) o).minItems());
      case MONTHLY_QUOTA -> n.put("quota", ((Obligation.MonthlyMqlQuota) o).quota());
      case WEEKLY_CONVERSION_REPORT, MONTHLY_REJECTION_REVIEW -> n; // no parameters
    };
  }

  private static ArrayNode names(Collection<? extends Enum<?>> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(v -> a.add(JsonCursor.name(v)));
    return a;
  }

  // ---- results (write only) ---------------------------------------------------------------------

  static ObjectNode counts(StatusCounts c) {
    ObjectNode n = F.objectNode();
    n.put("met", c.met());
    n.put("breached", c.breached());
    n.put("pending", c.pending());
    n.put("atRisk", c.atRisk());
    n.put("notApplicable", c.notApplicable());
    c.compliance().ifPresentOrElse(r -> n.put("compliance", rate(r)), () -> n.putNull("compliance"));
    return n;
  }

  static ObjectNode conversion(ConversionCounts c) {
    ObjectNode n = F.objectNode();
    n.put("mqls", c.mqls());
    n.put("sqls", c.sqls());
    n.put("rejected", c.rejected());
    n.put("open", c.open());
    c.conversion().ifPresentOrElse(r -> n.put("conversion", rate(r)), () -> n.putNull("conversion"));
    return n;
  }

  static ObjectNode conversionBySource(ConversionBySource c) {
    ObjectNode n = F.objectNode();
    n.put("period", c.period());
    n.set("bySource", map(c.bySource(), Trees::conversion));
    n.set("total", conversion(c.total()));
    return n;
  }

  static <K, V> ObjectNode map(Map<K, V> m, Function<V, JsonNode> value) {
    ObjectNode n = F.objectNode();
    m.forEach((k, v) -> n.set(k instanceof Enum<?> e ? JsonCursor.name(e) : k.toString(), value.apply(v)));
    return n;
  }

  /** A map keyed by obligation key, the keys in the JSON's spelling ({@code "first_contact"}). */
  static <V> ObjectNode byKey(Map<String, V> m, Function<V, JsonNode> value) {
    ObjectNode n = F.objectNode();
    m.forEach((k, v) -> n.set(ReportDecoders.obligationKey(k), value.apply(v)));
    return n;
  }

  static ObjectNode quota(QuotaVerdict q) {
    ObjectNode n = F.objectNode();
    n.put("month", q.month().toString());
    n.put("quota", q.quota());
    n.put("mqls", q.mqls());
    n.put("counted", q.counted());
    n.put("attainment", io.revops.json.RevOpsJson.reportRatio(q.attainment()));
    n.put("status", JsonCursor.name(q.status()));
    n.put("reason", q.reason());
    return n;
  }

  static ObjectNode speed(SpeedToLead s) {
    ObjectNode n = F.objectNode();
    ObjectNode b = n.putObject("buckets");
    s.buckets().forEach((k, c) -> b.set(JsonCursor.name(k), conversion(c)));
    s.lift(ResponseBucket.WITHIN_5_MINUTES, ResponseBucket.LATER).ifPresentOrElse(
        r -> n.put("liftWithin5MinutesOverLater", io.revops.json.RevOpsJson.reportRatio(r)),
        () -> n.putNull("liftWithin5MinutesOverLater"));
    return n;
  }

  static ObjectNode rejected(RejectedLead r) {
    ObjectNode n = F.objectNode();
    n.put("leadId", r.leadId().value());
    n.put("at", r.at().toString());
    n.put("source", r.source());
    n.put("rep", r.rep());
    n.set("reason", REASONS.valueToTree(r.reason()));
    return n;
  }

  static ObjectNode rejections(RejectionReview r) {
    ObjectNode n = F.objectNode();
    n.put("period", r.period());
    n.put("total", r.total());
    n.set("bySource", rejectionsBySource(r.bySource()));
    ArrayNode w = n.putArray("withoutAllowedReason");
    r.withoutAllowedReason().forEach(x -> w.add(rejected(x)));
    return n;
  }

  static ObjectNode rejectionsBySource(Map<String, Map<RejectionCode, Long>> bySource) {
    return map(bySource, m -> map(m, v -> F.numberNode(v)));
  }

  static ObjectNode atRisk(AtRiskLead a) {
    ObjectNode n = F.objectNode();
    n.put("leadId", a.leadId().value());
    n.put("obligation", ReportDecoders.obligationKey(a.key()));
    a.due().ifPresent(d -> n.put("due", d.toString()));
    n.put("source", a.source());
    n.put("rep", a.rep());
    n.put("reason", a.reason());
    return n;
  }

  static ObjectNode anomaly(SlaAnomaly a) {
    ObjectNode n = F.objectNode();
    n.put("leadId", a.leadId().value());
    n.put("kind", JsonCursor.name(a.kind()));
    a.historyKind().ifPresent(k -> n.put("historyKind", JsonCursor.name(k)));
    ArrayNode e = n.putArray("events");
    a.events().forEach(id -> e.add(id.value()));
    n.put("message", a.message());
    return n;
  }

  ObjectNode report(SlaReport r) {
    ObjectNode n = F.objectNode();
    n.set("agreement", agreement(r.agreement()));
    n.put("calendar", r.agreement().calendar().describe());
    n.put("tzdbVersion", r.agreement().calendar().tzdbVersion());
    n.put("zone", r.agreement().zone().getId());
    n.put("asOf", r.asOf().toString());
    n.put("leads", r.leads());
    n.put("mqls", r.mqls());
    n.put("mqlsWithoutLeadData", r.mqlsWithoutLeadData());
    n.set("compliance", byKey(r.compliance(), Trees::counts));
    n.set("notApplicableForLackOfData", byKey(r.notApplicableForLackOfData(), v -> F.numberNode(v)));
    ObjectNode byWeek = n.putObject("complianceByWeek");
    ObjectNode byMonth = n.putObject("complianceByMonth");
    ObjectNode bySource = n.putObject("complianceBySource");
    ObjectNode byRep = n.putObject("complianceByRep");
    for (String k : r.compliance().keySet()) {
      String key = ReportDecoders.obligationKey(k);
      byWeek.set(key, map(r.complianceByWeek(k), Trees::counts));
      byMonth.set(key, map(r.complianceByMonth(k), Trees::counts));
      bySource.set(key, map(r.complianceBySource(k), Trees::counts));
      byRep.set(key, map(r.complianceByRep(k), Trees::counts));
    }
    ArrayNode quota = n.putArray("quota");
    r.quota().forEach(q -> quota.add(quota(q)));
    ArrayNode weekly = n.putArray("weeklyConversion");
    r.weeklyConversion().forEach(c -> weekly.add(conversionBySource(c)));
    ArrayNode monthly = n.putArray("monthlyConversion");
    r.monthlyConversion().forEach(c -> monthly.add(conversionBySource(c)));
    n.set("rejectionsByMonth", map(r.rejectionsByMonth(), Trees::rejectionsBySource));
    ArrayNode without = n.putArray("rejectionsWithoutAllowedReason");
    r.rejectionsWithoutAllowedReason().forEach(x -> without.add(rejected(x)));
    n.set("rejectionReview", rejections(r.rejectionReview()));
    n.set("speedToLeadByMonth", map(r.speedToLeadByMonth(), Trees::speed));
    n.set("speedToLead", speed(r.speedToLead()));
    ArrayNode risk = n.putArray("atRisk");
    r.atRisk().forEach(a -> risk.add(atRisk(a)));
    ArrayNode anomalies = n.putArray("anomalies");
    r.anomalies().forEach(a -> anomalies.add(anomaly(a)));
    return n;
  }

  static ObjectNode pack(ReviewPack p) {
    ObjectNode n = F.objectNode();
    n.put("cadence", JsonCursor.name(p.cadence()));
    n.put("period", p.period());
    n.put("from", p.from().toString());
    n.put("to", p.to().toString());
    n.put("agreement", p.agreement());
    n.set("compliance", byKey(p.compliance(), Trees::counts));
    if (!p.trend().isEmpty()) {
      n.set("trend", map(p.trend(), m -> byKey(m, Trees::counts)));
    }
    n.set("conversion", conversionBySource(p.conversion()));
    ArrayNode quota = n.putArray("quota");
    p.quota().forEach(q -> quota.add(quota(q)));
    p.rejections().ifPresent(r -> n.set("rejections", rejections(r)));
    p.speedToLead().ifPresent(s -> n.set("speedToLead", speed(s)));
    ArrayNode risk = n.putArray("atRisk");
    p.atRisk().forEach(a -> risk.add(atRisk(a)));
    n.put("anomalies", p.anomalies());
    return n;
  }

  static ObjectNode trace(Trace t) {
    ObjectNode n = F.objectNode();
    n.put("asOf", t.asOf().toString());
    t.clockStart().ifPresent(x -> n.put("clockStart", x.toString()));
    t.due().ifPresent(x -> n.put("due", x.toString()));
    t.allowance().ifPresent(x -> n.put("allowance", x.toString()));
    t.used().ifPresent(x -> n.put("used", x.toString()));
    t.basis().ifPresent(x -> n.put("basis", JsonCursor.name(x)));
    ArrayNode events = n.putArray("events");
    for (LeadEvent e : t.events()) {
      ObjectNode en = events.addObject();
      en.put("id", e.id().value());
      en.put("kind", JsonCursor.name(e.kind()));
      en.put("at", e.at().toString());
    }
    ArrayNode intervals = n.putArray("workingIntervals");
    t.workingIntervals().forEach(w -> intervals.addObject().put("start", w.start().toString())
        .put("end", w.end().toString()));
    ArrayNode exceptions = n.putArray("calendarExceptions");
    t.calendarExceptions().forEach(x -> exceptions.addObject().put("date", x.date().toString())
        .put("kind", JsonCursor.name(x.kind())).put("description", x.description()));
    n.put("calendar", t.calendar());
    n.put("tzdbVersion", t.tzdbVersion());
    ArrayNode notes = n.putArray("notes");
    t.notes().forEach(notes::add);
    return n;
  }

  static ObjectNode verdict(ObligationVerdict v) {
    ObjectNode n = F.objectNode();
    n.put("leadId", v.leadId().value());
    n.put("obligation", ReportDecoders.obligationKey(v.key()));
    n.set("definition", obligation(v.obligation()));
    n.put("status", JsonCursor.name(v.status()));
    n.put("reason", v.reason());
    n.set("trace", trace(v.trace()));
    return n;
  }

  static ObjectNode lead(LeadVerdicts l) {
    ObjectNode n = F.objectNode();
    n.put("leadId", l.leadId().value());
    n.put("asOf", l.asOf().toString());
    n.put("source", l.source());
    n.put("rep", l.rep());
    l.mqlAt().ifPresent(x -> n.put("mqlAt", x.toString()));
    l.firstResponseAt().ifPresent(x -> n.put("firstResponseAt", x.toString()));
    l.acceptedAt().ifPresent(x -> n.put("acceptedAt", x.toString()));
    n.put("hasLeadData", l.hasLeadData());
    ArrayNode verdicts = n.putArray("verdicts");
    l.verdicts().values().forEach(v -> verdicts.add(verdict(v)));
    ArrayNode anomalies = n.putArray("anomalies");
    l.anomalies().forEach(a -> anomalies.add(anomaly(a)));
    return n;
  }

  ObjectNode evaluation(SlaEvaluation e) {
    ObjectNode n = F.objectNode();
    n.set("report", report(e.report()));
    ArrayNode leads = n.putArray("leads");
    e.leads().forEach(l -> leads.add(lead(l)));
    return n;
  }

  static ObjectNode whatIf(WhatIf w) {
    return whatIf(w.summary());
  }

  static ObjectNode whatIf(WhatIfSummary w) {
    ObjectNode n = F.objectNode();
    n.put("base", w.base());
    n.put("changed", w.changed());
    ArrayNode changes = n.putArray("changes");
    for (WhatIfSummary.Change c : w.changes()) {
      ObjectNode cn = changes.addObject();
      cn.put("leadId", c.leadId().value());
      cn.put("obligation", ReportDecoders.obligationKey(c.key()));
      c.before().ifPresent(v -> cn.put("before", JsonCursor.name(v.status())).put("beforeReason", v.reason()));
      c.after().ifPresent(v -> cn.put("after", JsonCursor.name(v.status())).put("afterReason", v.reason()));
    }
    ArrayNode quota = n.putArray("quotaChanges");
    for (WhatIfSummary.QuotaChange q : w.quotaChanges()) {
      ObjectNode qn = quota.addObject();
      qn.put("month", q.month().toString());
      q.before().ifPresent(v -> qn.put("before", JsonCursor.name(v)));
      q.after().ifPresent(v -> qn.put("after", JsonCursor.name(v)));
    }
    return n;
  }
}
