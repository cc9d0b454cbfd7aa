package io.revops.sla;

// Test oracle: SlaAccumulator as of 2d0afe6, with the current monthly-quota rule (68f0e30), for SameAsBeforeTest.

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.RejectionCode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates lead verdicts into an {@link SlaReport} in parts: {@link #add(LeadVerdicts) add} the verdicts of
 * one partition of the leads, {@link #merge(SlaAccumulator) merge} the partitions, read the
 * {@link #result() report}. Any split of the leads into partitions, merged in any order, gives the same
 * report as adding every lead to one accumulator.
 *
 * <p>It keeps counts by obligation, period, source and rep, plus the few per-lead lists the reports name
 * (rejections without an allowed reason, leads at risk, anomalies): memory grows with those, not with the
 * number of leads.
 *
 * <p>Accumulators are mutable and not thread-safe: use one per partition. {@code add} and {@code merge}
 * return this accumulator; {@code merge} leaves its argument unchanged.
 */
final class OldSlaAccumulator {
  private static final int STATUSES = VerdictStatus.values().length;

  private final SlaAgreement agreement;
  private final Instant asOf;
  private final ZoneId zone;
  private long leads;
  private long mqls;
  private long mqlsWithoutLeadData;
  private final Map<String, long[]> overall = new LinkedHashMap<>();
  private final Map<String, Long> noLeadData = new LinkedHashMap<>();
  // hashed while adding (several updates per lead), sorted once in result()
  private final Map<String, HashMap<IsoWeek, long[]>> byWeek = new LinkedHashMap<>();
  private final Map<String, HashMap<YearMonth, long[]>> byMonth = new LinkedHashMap<>();
  private final Map<String, HashMap<String, long[]>> bySource = new LinkedHashMap<>();
  private final Map<String, HashMap<String, long[]>> byRep = new LinkedHashMap<>();
  private final TreeMap<YearMonth, long[]> quota = new TreeMap<>();
  private final TreeMap<IsoWeek, TreeMap<String, long[]>> conversionByWeek = new TreeMap<>();
  private final TreeMap<YearMonth, TreeMap<String, long[]>> conversionByMonth = new TreeMap<>();
  private final TreeMap<YearMonth, TreeMap<String, EnumMap<RejectionCode, long[]>>> rejections = new TreeMap<>();
  private final List<RejectedLead> withoutReason = new ArrayList<>();
  private final TreeMap<YearMonth, EnumMap<ResponseBucket, long[]>> speed = new TreeMap<>();
  private final List<AtRiskLead> atRisk = new ArrayList<>();
  private final List<SlaAnomaly> anomalies = new ArrayList<>();

  private OldSlaAccumulator(SlaAgreement agreement, Instant asOf) {
    this.agreement = requireNonNull(agreement, "agreement");
    this.asOf = requireNonNull(asOf, "asOf");
    this.zone = agreement.zone();
    agreement.obligationsByKey().forEach((k, o) -> {
      if (o.scope() == Obligation.Scope.PER_LEAD) {
        overall.put(k, new long[STATUSES]);
        noLeadData.put(k, 0L);
        byWeek.put(k, new HashMap<>());
        byMonth.put(k, new HashMap<>());
        bySource.put(k, new HashMap<>());
        byRep.put(k, new HashMap<>());
      }
    });
  }

  /** An empty accumulator for evaluations of {@code agreement} as of {@code asOf}. */
  static OldSlaAccumulator of(SlaAgreement agreement, Instant asOf) {
    return new OldSlaAccumulator(agreement, asOf);
  }

  /** Adds one lead's verdicts (evaluated under this accumulator's agreement, as of its instant). */
  public OldSlaAccumulator add(LeadVerdicts lead) {
    requireNonNull(lead, "lead");
    checkArgument(lead.asOf().equals(asOf), "lead verdicts must be as of %s: %s", asOf, lead.asOf());
    checkArgument(lead.verdicts().keySet().equals(overall.keySet()),
        "lead verdicts must cover the agreement's per-lead obligations %s: %s", overall.keySet(),
        lead.verdicts().keySet());
    leads++;
    anomalies.addAll(lead.anomalies());
    Instant mqlAt = lead.mqlAt().orElse(null);
    IsoWeek week = mqlAt == null ? null : IsoWeek.from(mqlAt.atZone(zone).toLocalDate());
    YearMonth month = mqlAt == null ? null : YearMonth.from(mqlAt.atZone(zone));
    if (mqlAt != null) {
      mqls++;
      if (!lead.hasLeadData()) {
        mqlsWithoutLeadData++;
      }
    }
    for (ObligationVerdict v : lead.verdicts().values()) {
      String k = v.key();
      int s = v.status().ordinal();
      overall.get(k)[s]++;
      if (v.status() == VerdictStatus.NOT_APPLICABLE && v.reason().startsWith(LeadEvaluator.NO_LEAD_DATA)) {
        noLeadData.merge(k, 1L, Long::sum);
      }
      if (mqlAt != null) {
        byWeek.get(k).computeIfAbsent(week, x -> new long[STATUSES])[s]++;
        byMonth.get(k).computeIfAbsent(month, x -> new long[STATUSES])[s]++;
      }
      bySource.get(k).computeIfAbsent(lead.source(), x -> new long[STATUSES])[s]++;
      byRep.get(k).computeIfAbsent(lead.rep(), x -> new long[STATUSES])[s]++;
      if (v.status() == VerdictStatus.AT_RISK) {
        atRisk.add(new AtRiskLead(lead.leadId(), k, v.trace().due(), lead.source(), lead.rep(), v.reason()));
      }
    }
    if (mqlAt != null) {
      long[] q = quota.computeIfAbsent(month, x -> new long[2]);
      q[0]++;
      if (lead.countsTowardsQuota()) {
        q[1]++;
      }
      long[] conv = new long[] {1, lead.acceptedAt().isPresent() ? 1 : 0,
          lead.acceptedAt().isEmpty() && lead.rejection().isPresent() ? 1 : 0};
      add(conversionByWeek.computeIfAbsent(week, x -> new TreeMap<>()).computeIfAbsent(lead.source(),
          x -> new long[3]), conv);
      add(conversionByMonth.computeIfAbsent(month, x -> new TreeMap<>()).computeIfAbsent(lead.source(),
          x -> new long[3]), conv);
      ResponseBucket bucket = lead.firstResponseAt().map(t -> ResponseBucket.of(Duration.between(mqlAt, t)))
          .orElse(ResponseBucket.NEVER);
      long[] sp = speed.computeIfAbsent(month, x -> new EnumMap<>(ResponseBucket.class))
          .computeIfAbsent(bucket, x -> new long[3]);
      add(sp, conv);
    }
    lead.rejection().ifPresent(r -> {
      YearMonth rm = YearMonth.from(r.at().atZone(zone));
      rejections.computeIfAbsent(rm, x -> new TreeMap<>())
          .computeIfAbsent(lead.source(), x -> new EnumMap<>(RejectionCode.class))
          .computeIfAbsent(r.reason().code(), x -> new long[1])[0]++;
      if (lead.isRejectionWithoutAllowedReason()) {
        withoutReason.add(new RejectedLead(lead.leadId(), r.at(), lead.source(), lead.rep(), r.reason()));
      }
    });
    return this;
  }

  /** Adds everything {@code other} has seen (it must be for the same agreement and instant). */
  public OldSlaAccumulator merge(OldSlaAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other.agreement.equals(agreement), "cannot merge accumulators of different agreements: %s vs %s",
        agreement.name(), other.agreement.name());
    checkArgument(other.asOf.equals(asOf), "cannot merge accumulators as of different instants: %s vs %s", asOf,
        other.asOf);
    leads += other.leads;
    mqls += other.mqls;
    mqlsWithoutLeadData += other.mqlsWithoutLeadData;
    other.overall.forEach((k, c) -> add(overall.get(k), c));
    other.noLeadData.forEach((k, n) -> noLeadData.merge(k, n, Long::sum));
    other.byWeek.forEach((k, m) -> mergeInto(byWeek.get(k), m));
    other.byMonth.forEach((k, m) -> mergeInto(byMonth.get(k), m));
    other.bySource.forEach((k, m) -> mergeInto(bySource.get(k), m));
    other.byRep.forEach((k, m) -> mergeInto(byRep.get(k), m));
    mergeInto(quota, other.quota);
    other.conversionByWeek.forEach((w, m) -> mergeInto(conversionByWeek.computeIfAbsent(w, x -> new TreeMap<>()), m));
    other.conversionByMonth.forEach((w, m) -> mergeInto(conversionByMonth.computeIfAbsent(w, x -> new TreeMap<>()),
        m));
    other.rejections.forEach((mo, bySrc) -> bySrc.forEach((s, codes) -> codes.forEach((c, n) ->
        add(rejections.computeIfAbsent(mo, x -> new TreeMap<>()).computeIfAbsent(s,
            x -> new EnumMap<>(RejectionCode.class)).computeIfAbsent(c, x -> new long[1]), n))));
    other.speed.forEach((mo, b) -> b.forEach((bucket, n) -> add(speed.computeIfAbsent(mo,
        x -> new EnumMap<>(ResponseBucket.class)).computeIfAbsent(bucket, x -> new long[3]), n)));
    withoutReason.addAll(other.withoutReason);
    atRisk.addAll(other.atRisk);
    anomalies.addAll(other.anomalies);
    return this;
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private static <K> void mergeInto(Map<K, long[]> into, Map<K, long[]> from) {
    from.forEach((k, c) -> add(into.computeIfAbsent(k, x -> new long[c.length]), c));
  }

  /** The report over everything added and merged so far. */
  public SlaReport result() {
    Map<String, StatusCounts> compliance = new LinkedHashMap<>();
    overall.forEach((k, c) -> compliance.put(k, StatusCounts.of(c)));
    return new SlaReport(agreement, asOf, leads, mqls, mqlsWithoutLeadData, compliance, Map.copyOf(noLeadData),
        counts(byWeek), counts(byMonth), counts(bySource), counts(byRep), quotaVerdicts(),
        conversions(conversionByWeek), conversions(conversionByMonth), rejectionCounts(),
        withoutReason.stream().sorted().toList(), speedToLead(), atRisk.stream().sorted().toList(),
        anomalies.stream().sorted().toList());
  }

  private static <K extends Comparable<K>> Map<String, TreeMap<K, StatusCounts>> counts(
      Map<String, HashMap<K, long[]>> raw) {
    Map<String, TreeMap<K, StatusCounts>> out = new LinkedHashMap<>();
    raw.forEach((k, m) -> {
      TreeMap<K, StatusCounts> t = new TreeMap<>();
      m.forEach((p, c) -> t.put(p, StatusCounts.of(c)));
      out.put(k, t);
    });
    return out;
  }

  private static <P extends Comparable<P>> TreeMap<P, Map<String, ConversionCounts>> conversions(
      TreeMap<P, TreeMap<String, long[]>> raw) {
    TreeMap<P, Map<String, ConversionCounts>> out = new TreeMap<>();
    raw.forEach((p, m) -> {
      TreeMap<String, ConversionCounts> t = new TreeMap<>();
      m.forEach((s, c) -> t.put(s, ConversionCounts.of(c[0], c[1], c[2])));
      out.put(p, t);
    });
    return out;
  }

  private TreeMap<YearMonth, Map<String, Map<RejectionCode, Long>>> rejectionCounts() {
    TreeMap<YearMonth, Map<String, Map<RejectionCode, Long>>> out = new TreeMap<>();
    rejections.forEach((mo, bySrc) -> {
      TreeMap<String, Map<RejectionCode, Long>> t = new TreeMap<>();
      bySrc.forEach((s, codes) -> {
        EnumMap<RejectionCode, Long> e = new EnumMap<>(RejectionCode.class);
        codes.forEach((c, n) -> e.put(c, n[0]));
        t.put(s, e);
      });
      out.put(mo, t);
    });
    return out;
  }

  private TreeMap<YearMonth, SpeedToLead> speedToLead() {
    TreeMap<YearMonth, SpeedToLead> out = new TreeMap<>();
    speed.forEach((mo, b) -> {
      EnumMap<ResponseBucket, ConversionCounts> e = new EnumMap<>(ResponseBucket.class);
      b.forEach((bucket, c) -> e.put(bucket, ConversionCounts.of(c[0], c[1], c[2])));
      out.put(mo, SpeedToLead.of(e));
    });
    return out;
  }

  private List<QuotaVerdict> quotaVerdicts() {
    Obligation.MonthlyMqlQuota q = agreement.first(Obligation.MonthlyMqlQuota.class).orElse(null);
    if (q == null) {
      return List.of();
    }
    YearMonth last = YearMonth.from(asOf.atZone(zone));
    YearMonth first = quota.isEmpty() ? last : quota.firstKey();
    List<QuotaVerdict> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      long[] c = quota.getOrDefault(m, new long[2]);
      out.add(quotaVerdict(m, q.quota(), c[0], c[1]));
    }
    return List.copyOf(out);
  }

  private QuotaVerdict quotaVerdict(YearMonth m, int q, long mqlCount, long counted) {
    Instant start = m.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    String figures = counted + " of " + q + " MQLs counted";
    if (counted >= q) {
      return QuotaVerdict.of(m, q, mqlCount, counted, VerdictStatus.MET, figures);
    }
    if (!asOf.isBefore(end)) {
      return QuotaVerdict.of(m, q, mqlCount, counted, VerdictStatus.BREACHED, figures + "; the month ended " + end);
    }
    // an even pace: the whole MQLs the quota prorates to the seconds of the month gone by (exact: floor of
    // q * used / whole in long arithmetic; a month has under 2.7 million seconds and a quota is an int)
    long used = Duration.between(start, asOf).getSeconds();
    long whole = Duration.between(start, end).getSeconds();
    long expected = Math.multiplyExact((long) q, used) / whole;
    if (counted < expected) {
      return QuotaVerdict.of(m, q, mqlCount, counted, VerdictStatus.AT_RISK, figures + " so far, behind an even "
          + "pace of " + expected + " by now; the month ends " + end);
    }
    return QuotaVerdict.of(m, q, mqlCount, counted, VerdictStatus.PENDING, figures + " so far, on an even pace ("
        + expected + " by now); the month ends " + end);
  }
}
