package io.revops.json.sla;

import io.revops.core.history.EventId;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.LeadId;
import io.revops.json.Decoders;
import io.revops.json.JsonCursor;
import io.revops.json.JsonDecoder;
import io.revops.json.JsonPathException;
import io.revops.sla.AtRiskLead;
import io.revops.sla.ConversionBySource;
import io.revops.sla.ConversionCounts;
import io.revops.sla.IsoWeek;
import io.revops.sla.QuotaVerdict;
import io.revops.sla.RejectedLead;
import io.revops.sla.RejectionReview;
import io.revops.sla.ResponseBucket;
import io.revops.sla.ReviewPack;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaAnomaly;
import io.revops.sla.SlaReport;
import io.revops.sla.SpeedToLead;
import io.revops.sla.StatusCounts;
import io.revops.sla.VerdictStatus;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The streaming decoders of the SLA's reports: the SLA report and the review packs (the what-if comparison,
 * as a {@link io.revops.sla.WhatIfSummary}, is read by {@link WhatIfDecoders}). Every failure is a
 * {@link JsonPathException} with the path, the value and the rule; unknown fields are rejected; keys are the dialect's ({@code "first_contact"}, {@code "no_budget"},
 * {@code "within_5_minutes"}, read case-insensitively). Derived fields (a compliance rate, a conversion rate,
 * an attainment, a lift, a report's all-months rejection review and speed to lead) are written for readers of
 * the JSON; when read they are checked for their shape and otherwise ignored: the value is rebuilt from the
 * counts.
 */
final class ReportDecoders {
  private ReportDecoders() {}

  /** Decodes a key of a JSON object, the cursor standing on the field's value. */
  @FunctionalInterface
  interface KeyDecoder<K> {
    K decode(JsonCursor in, String key) throws IOException;
  }

  /** An obligation key in the JSON's spelling ({@link ObligationKeys#toJson}). */
  static String obligationKey(String key) {
    return ObligationKeys.toJson(key);
  }

  /** Reads an obligation key as the agreement's key ({@link ObligationKeys#fromJson}). */
  static String obligationKey(JsonCursor in, String key) throws JsonPathException {
    return ObligationKeys.fromJson(in, key);
  }

  static <K, V> Map<K, V> map(JsonCursor in, String what, KeyDecoder<K> key, JsonDecoder<V> value)
      throws IOException {
    in.beginObject(what);
    Map<K, V> out = new LinkedHashMap<>();
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      K k = key.decode(in, f);
      if (out.put(k, value.decode(in)) != null) {
        throw in.fail("duplicate key \"" + io.revops.core.batch.Quote.bounded(f) + "\" in " + what);
      }
    }
    return out;
  }

  static String plainKey(JsonCursor in, String key) {
    return key;
  }

  static IsoWeek weekKey(JsonCursor in, String key) throws JsonPathException {
    return in.build(() -> IsoWeek.parse(key));
  }

  static YearMonth monthKey(JsonCursor in, String key) throws JsonPathException {
    return in.build(() -> YearMonth.parse(key));
  }

  /** Reads a derived number (a rate, a ratio, a count), which the reader rebuilds from the counts. */
  private static void derived(JsonCursor in) throws IOException {
    in.decimal("a number derived from the counts");
  }

  static StatusCounts counts(JsonCursor in) throws IOException {
    in.beginObject("status counts");
    Long met = null;
    Long breached = null;
    Long pending = null;
    Long atRisk = null;
    Long notApplicable = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "met" -> met = in.count("a count of verdicts");
        case "breached" -> breached = in.count("a count of verdicts");
        case "pending" -> pending = in.count("a count of verdicts");
        case "atRisk" -> atRisk = in.count("a count of verdicts");
        case "notApplicable" -> notApplicable = in.count("a count of verdicts");
        case "compliance" -> derived(in);
        default -> throw in.unknownField("met, breached, pending, atRisk, notApplicable, compliance");
      }
    }
    long m = in.required(met, "met", "a count of verdicts");
    long b = in.required(breached, "breached", "a count of verdicts");
    long p = in.required(pending, "pending", "a count of verdicts");
    long a = in.required(atRisk, "atRisk", "a count of verdicts");
    long n = in.required(notApplicable, "notApplicable", "a count of verdicts");
    return in.build(() -> StatusCounts.of(m, b, p, a, n));
  }

  static ConversionCounts conversion(JsonCursor in) throws IOException {
    in.beginObject("conversion counts");
    Long mqls = null;
    Long sqls = null;
    Long rejected = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "mqls" -> mqls = in.count("a count of MQLs");
        case "sqls" -> sqls = in.count("a count of SQLs");
        case "rejected" -> rejected = in.count("a count of rejected MQLs");
        case "open", "conversion" -> derived(in);
        default -> throw in.unknownField("mqls, sqls, rejected, open, conversion");
      }
    }
    long m = in.required(mqls, "mqls", "a count of MQLs");
    long s = in.required(sqls, "sqls", "a count of SQLs");
    long r = in.required(rejected, "rejected", "a count of rejected MQLs");
    return in.build(() -> ConversionCounts.of(m, s, r));
  }

  static ConversionBySource conversionBySource(JsonCursor in) throws IOException {
    in.beginObject("a conversion report by source");
    String period = null;
    Map<String, ConversionCounts> bySource = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "period" -> period = in.text("a period label");
        case "bySource" -> bySource = map(in, "conversion counts by source", ReportDecoders::plainKey,
            ReportDecoders::conversion);
        case "total" -> conversion(in);
        default -> throw in.unknownField("period, bySource, total");
      }
    }
    String p = in.required(period, "period", "a period label such as \"2026-W45\"");
    Map<String, ConversionCounts> b = in.required(bySource, "bySource", "conversion counts by source");
    return in.build(() -> ConversionBySource.of(p, b));
  }

  static QuotaVerdict quota(JsonCursor in) throws IOException {
    in.beginObject("a quota verdict");
    YearMonth month = null;
    Integer quota = null;
    Long mqls = null;
    Long counted = null;
    VerdictStatus status = null;
    String reason = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "month" -> month = in.month();
        case "quota" -> quota = in.intCount("a number of MQLs");
        case "mqls" -> mqls = in.count("a count of MQLs");
        case "counted" -> counted = in.count("a count of MQLs");
        case "status" -> status = in.enumValue(VerdictStatus.class);
        case "reason" -> reason = in.text("the verdict's reason");
        case "attainment" -> derived(in);
        default -> throw in.unknownField("month, quota, mqls, counted, attainment, status, reason");
      }
    }
    YearMonth mo = in.required(month, "month", "a month such as \"2026-11\"");
    int q = in.required(quota, "quota", "a number of MQLs");
    long m = in.required(mqls, "mqls", "a count of MQLs");
    long c = in.required(counted, "counted", "a count of MQLs");
    VerdictStatus s = in.required(status, "status", "one of " + JsonCursor.allowed(VerdictStatus.class));
    String r = in.required(reason, "reason", "the verdict's reason (a JSON string)");
    return in.build(() -> QuotaVerdict.of(mo, q, m, c, s, r));
  }

  static SpeedToLead speed(JsonCursor in) throws IOException {
    in.beginObject("speed to lead");
    Map<ResponseBucket, ConversionCounts> buckets = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "buckets" -> buckets = map(in, "conversion counts by response bucket",
            (c, k) -> c.enumKey(ResponseBucket.class, k, "a response bucket"), ReportDecoders::conversion);
        case "liftWithin5MinutesOverLater" -> derived(in);
        default -> throw in.unknownField("buckets, liftWithin5MinutesOverLater");
      }
    }
    Map<ResponseBucket, ConversionCounts> b = in.required(buckets, "buckets", "conversion counts by response bucket");
    return in.build(() -> SpeedToLead.of(b));
  }

  static RejectedLead rejected(JsonCursor in) throws IOException {
    in.beginObject("a rejected lead");
    String leadId = null;
    Instant at = null;
    String source = null;
    String rep = null;
    RejectionReason reason = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "leadId" -> leadId = in.text("a lead id");
        case "at" -> at = in.instant();
        case "source" -> source = in.text("a lead source");
        case "rep" -> rep = in.text("a rep");
        case "reason" -> reason = Decoders.REJECTION_REASON.decode(in);
        default -> throw in.unknownField("leadId, at, source, rep, reason");
      }
    }
    String id = in.required(leadId, "leadId", "a lead id (a JSON string)");
    Instant a = in.required(at, "at", "an ISO-8601 instant");
    String s = in.required(source, "source", "a lead source (a JSON string)");
    String r = in.required(rep, "rep", "a rep (a JSON string)");
    RejectionReason why = in.required(reason, "reason", "a rejection reason {\"code\": ...}");
    return in.build(() -> new RejectedLead(LeadId.of(id), a, s, r, why));
  }

  static Map<String, Map<RejectionCode, Long>> rejectionsBySource(JsonCursor in) throws IOException {
    return map(in, "rejections by source", ReportDecoders::plainKey, c -> map(c, "rejections by reason code",
        (x, k) -> x.enumKey(RejectionCode.class, k, "a rejection code"), x -> x.count("a count of rejections")));
  }

  static RejectionReview rejections(JsonCursor in) throws IOException {
    in.beginObject("a rejection review");
    String period = null;
    Map<String, Map<RejectionCode, Long>> bySource = null;
    List<RejectedLead> without = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "period" -> period = in.text("a period label");
        case "bySource" -> bySource = rejectionsBySource(in);
        case "withoutAllowedReason" -> without = in.list("rejected leads", ReportDecoders::rejected);
        case "total" -> derived(in);
        default -> throw in.unknownField("period, total, bySource, withoutAllowedReason");
      }
    }
    String p = in.required(period, "period", "a period label");
    Map<String, Map<RejectionCode, Long>> b = in.required(bySource, "bySource", "rejections by source");
    List<RejectedLead> w = in.required(without, "withoutAllowedReason", "an array of rejected leads");
    return in.build(() -> RejectionReview.of(p, b, w));
  }

  static AtRiskLead atRisk(JsonCursor in) throws IOException {
    in.beginObject("an obligation at risk");
    String leadId = null;
    String key = null;
    Instant due = null;
    String source = null;
    String rep = null;
    String reason = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "leadId" -> leadId = in.text("a lead id");
        case "obligation" -> key = obligationKey(in, in.text("an obligation key"));
        case "due" -> due = in.instant();
        case "source" -> source = in.text("a lead source");
        case "rep" -> rep = in.text("a rep");
        case "reason" -> reason = in.text("the verdict's reason");
        default -> throw in.unknownField("leadId, obligation, due, source, rep, reason");
      }
    }
    String id = in.required(leadId, "leadId", "a lead id (a JSON string)");
    String k = in.required(key, "obligation", "an obligation key such as \"first_contact\"");
    String s = in.required(source, "source", "a lead source (a JSON string)");
    String r = in.required(rep, "rep", "a rep (a JSON string)");
    String why = in.required(reason, "reason", "the verdict's reason (a JSON string)");
    Optional<Instant> d = Optional.ofNullable(due);
    return in.build(() -> new AtRiskLead(LeadId.of(id), k, d, s, r, why));
  }

  static SlaAnomaly anomaly(JsonCursor in) throws IOException {
    in.beginObject("an SLA anomaly");
    String leadId = null;
    SlaAnomaly.Kind kind = null;
    HistoryAnomaly.Kind historyKind = null;
    List<String> events = null;
    String message = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "leadId" -> leadId = in.text("a lead id");
        case "kind" -> kind = in.enumValue(SlaAnomaly.Kind.class);
        case "historyKind" -> historyKind = in.enumValue(HistoryAnomaly.Kind.class);
        case "events" -> events = in.list("event ids", x -> x.text("an event id"));
        case "message" -> message = in.text("the anomaly's message");
        default -> throw in.unknownField("leadId, kind, historyKind, events, message");
      }
    }
    String id = in.required(leadId, "leadId", "a lead id (a JSON string)");
    SlaAnomaly.Kind k = in.required(kind, "kind", "one of " + JsonCursor.allowed(SlaAnomaly.Kind.class));
    List<String> e = in.required(events, "events", "an array of event ids");
    String m = in.required(message, "message", "the anomaly's message (a JSON string)");
    if ((k == SlaAnomaly.Kind.HISTORY) != (historyKind != null)) {
      throw in.notAllowed("historyKind", k == SlaAnomaly.Kind.HISTORY ? "missing; a history anomaly names its "
          + "historyKind, one of " + JsonCursor.allowed(HistoryAnomaly.Kind.class)
          : "only a history anomaly has a historyKind, not a " + JsonCursor.name(k) + " one");
    }
    Optional<HistoryAnomaly.Kind> h = Optional.ofNullable(historyKind);
    return in.build(() -> new SlaAnomaly(LeadId.of(id), k, h, e.stream().map(EventId::of).toList(), m));
  }

  private static final String REPORT_FIELDS = "agreement, calendar, tzdbVersion, zone, asOf, leads, mqls, "
      + "mqlsWithoutLeadData, compliance, notApplicableForLackOfData, complianceByWeek, complianceByMonth, "
      + "complianceBySource, complianceByRep, quota, weeklyConversion, monthlyConversion, rejectionsByMonth, "
      + "rejectionsWithoutAllowedReason, rejectionReview, speedToLeadByMonth, speedToLead, atRisk, anomalies";

  static SlaReport report(JsonCursor in, CalendarCodec calendars) throws IOException {
    in.beginObject("an SLA report");
    SlaAgreement agreement = null;
    Instant asOf = null;
    Long leads = null;
    Long mqls = null;
    Long withoutLeadData = null;
    Map<String, StatusCounts> compliance = null;
    Map<String, Long> lackOfData = Map.of();
    Map<String, Map<IsoWeek, StatusCounts>> byWeek = Map.of();
    Map<String, Map<YearMonth, StatusCounts>> byMonth = Map.of();
    Map<String, Map<String, StatusCounts>> bySource = Map.of();
    Map<String, Map<String, StatusCounts>> byRep = Map.of();
    List<QuotaVerdict> quota = List.of();
    List<ConversionBySource> weekly = List.of();
    List<ConversionBySource> monthly = List.of();
    Map<YearMonth, Map<String, Map<RejectionCode, Long>>> rejections = Map.of();
    List<RejectedLead> without = List.of();
    Map<YearMonth, SpeedToLead> speed = Map.of();
    List<AtRiskLead> atRisk = List.of();
    List<SlaAnomaly> anomalies = List.of();
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "agreement" -> agreement = AgreementDecoders.agreement(in, calendars);
        case "calendar", "tzdbVersion", "zone" -> in.text("a description derived from the agreement");
        case "rejectionReview" -> rejections(in);
        case "speedToLead" -> speed(in);
        case "asOf" -> asOf = in.instant();
        case "leads" -> leads = in.count("a count of leads");
        case "mqls" -> mqls = in.count("a count of MQLs");
        case "mqlsWithoutLeadData" -> withoutLeadData = in.count("a count of MQLs");
        case "compliance" -> compliance = map(in, "status counts by obligation", ReportDecoders::obligationKey,
            ReportDecoders::counts);
        case "notApplicableForLackOfData" -> lackOfData = map(in, "counts by obligation",
            ReportDecoders::obligationKey, x -> x.count("a count of verdicts"));
        case "complianceByWeek" -> byWeek = map(in, "status counts by obligation and week",
            ReportDecoders::obligationKey, x -> map(x, "status counts by ISO week", ReportDecoders::weekKey,
                ReportDecoders::counts));
        case "complianceByMonth" -> byMonth = map(in, "status counts by obligation and month",
            ReportDecoders::obligationKey, x -> map(x, "status counts by month", ReportDecoders::monthKey,
                ReportDecoders::counts));
        case "complianceBySource" -> bySource = map(in, "status counts by obligation and source",
            ReportDecoders::obligationKey, x -> map(x, "status counts by source", ReportDecoders::plainKey,
                ReportDecoders::counts));
        case "complianceByRep" -> byRep = map(in, "status counts by obligation and rep",
            ReportDecoders::obligationKey, x -> map(x, "status counts by rep", ReportDecoders::plainKey,
                ReportDecoders::counts));
        case "quota" -> quota = in.list("quota verdicts", ReportDecoders::quota);
        case "weeklyConversion" -> weekly = in.list("weekly conversion reports", ReportDecoders::conversionBySource);
        case "monthlyConversion" -> monthly = in.list("monthly conversion reports",
            ReportDecoders::conversionBySource);
        case "rejectionsByMonth" -> rejections = map(in, "rejections by month", ReportDecoders::monthKey,
            ReportDecoders::rejectionsBySource);
        case "rejectionsWithoutAllowedReason" -> without = in.list("rejected leads", ReportDecoders::rejected);
        case "speedToLeadByMonth" -> speed = map(in, "speed to lead by month", ReportDecoders::monthKey,
            ReportDecoders::speed);
        case "atRisk" -> atRisk = in.list("obligations at risk", ReportDecoders::atRisk);
        case "anomalies" -> anomalies = in.list("anomalies", ReportDecoders::anomaly);
        default -> throw in.unknownField(REPORT_FIELDS);
      }
    }
    SlaAgreement a = in.required(agreement, "agreement", "an SLA agreement (a JSON object)");
    Instant at = in.required(asOf, "asOf", "an ISO-8601 instant");
    long l = in.required(leads, "leads", "a count of leads");
    long m = in.required(mqls, "mqls", "a count of MQLs");
    long w = in.required(withoutLeadData, "mqlsWithoutLeadData", "a count of MQLs");
    Map<String, StatusCounts> c = in.required(compliance, "compliance", "status counts by obligation");
    SlaReport.Builder b = in.build(() -> SlaReport.builder(a, at).counts(l, m, w));
    for (Map.Entry<String, StatusCounts> e : c.entrySet()) {
      String k = e.getKey();
      long lack = lackOfData.getOrDefault(k, 0L);
      Map<IsoWeek, StatusCounts> wk = byWeek.getOrDefault(k, Map.of());
      Map<YearMonth, StatusCounts> mo = byMonth.getOrDefault(k, Map.of());
      Map<String, StatusCounts> src = bySource.getOrDefault(k, Map.of());
      Map<String, StatusCounts> rep = byRep.getOrDefault(k, Map.of());
      in.build(() -> b.compliance(k, e.getValue(), lack, wk, mo, src, rep));
    }
    for (ConversionBySource x : weekly) {
      IsoWeek week = in.build(() -> IsoWeek.parse(x.period()));
      b.conversion(week, x.bySource());
    }
    for (ConversionBySource x : monthly) {
      YearMonth month = in.build(() -> YearMonth.parse(x.period()));
      b.conversion(month, x.bySource());
    }
    rejections.forEach(b::rejections);
    speed.forEach(b::speedToLead);
    List<QuotaVerdict> q = quota;
    List<RejectedLead> wr = without;
    List<AtRiskLead> r = atRisk;
    List<SlaAnomaly> an = anomalies;
    return in.build(() -> b.quota(q).rejectionsWithoutAllowedReason(wr).atRisk(r).anomalies(an).build());
  }

  private static final String PACK_FIELDS = "cadence, period, from, to, agreement, compliance, trend, conversion, "
      + "quota, rejections, speedToLead, atRisk, anomalies";

  static ReviewPack pack(JsonCursor in) throws IOException {
    in.beginObject("a review pack");
    ReviewPack.Cadence cadence = null;
    String period = null;
    LocalDate from = null;
    LocalDate to = null;
    String agreement = null;
    Map<String, StatusCounts> compliance = null;
    Map<YearMonth, Map<String, StatusCounts>> trend = Map.of();
    ConversionBySource conversion = null;
    List<QuotaVerdict> quota = List.of();
    RejectionReview rejections = null;
    SpeedToLead speed = null;
    List<AtRiskLead> atRisk = List.of();
    Integer anomalies = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "cadence" -> cadence = in.enumValue(ReviewPack.Cadence.class);
        case "period" -> period = in.text("a period label");
        case "from" -> from = in.date();
        case "to" -> to = in.date();
        case "agreement" -> agreement = in.text("an agreement name");
        case "compliance" -> compliance = map(in, "status counts by obligation", ReportDecoders::obligationKey,
            ReportDecoders::counts);
        case "trend" -> trend = new TreeMap<>(map(in, "compliance by month", ReportDecoders::monthKey,
            x -> map(x, "status counts by obligation", ReportDecoders::obligationKey, ReportDecoders::counts)));
        case "conversion" -> conversion = conversionBySource(in);
        case "quota" -> quota = in.list("quota verdicts", ReportDecoders::quota);
        case "rejections" -> rejections = rejections(in);
        case "speedToLead" -> speed = speed(in);
        case "atRisk" -> atRisk = in.list("obligations at risk", ReportDecoders::atRisk);
        case "anomalies" -> anomalies = in.intCount("a count of anomalies");
        default -> throw in.unknownField(PACK_FIELDS);
      }
    }
    ReviewPack.Cadence c = in.required(cadence, "cadence", "one of " + JsonCursor.allowed(ReviewPack.Cadence.class));
    String p = in.required(period, "period", "a period label such as \"2026-11\"");
    LocalDate fr = in.required(from, "from", "an ISO-8601 date");
    LocalDate t = in.required(to, "to", "an ISO-8601 date");
    String a = in.required(agreement, "agreement", "an agreement name (a JSON string)");
    Map<String, StatusCounts> co = in.required(compliance, "compliance", "status counts by obligation");
    ConversionBySource cv = in.required(conversion, "conversion", "a conversion report by source");
    int an = in.required(anomalies, "anomalies", "a count of anomalies");
    Map<YearMonth, Map<String, StatusCounts>> tr = trend;
    List<QuotaVerdict> q = quota;
    Optional<RejectionReview> rj = Optional.ofNullable(rejections);
    Optional<SpeedToLead> sp = Optional.ofNullable(speed);
    List<AtRiskLead> r = atRisk;
    return in.build(() -> ReviewPack.of(c, p, fr, t, a, co, tr, cv, q, rj, sp, r, an));
  }
}
