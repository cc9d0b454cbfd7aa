package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.RejectionCode;
import io.revops.core.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import io.revops.sla.Tallies.Conversion;
import io.revops.sla.Tallies.Count;
import io.revops.sla.Tallies.Month;
import io.revops.sla.Tallies.PerObligation;
import io.revops.sla.Tallies.Quota;
import io.revops.sla.Tallies.Speed;
import io.revops.sla.Tallies.Statuses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Aggregates lead verdicts into an {@link SlaReport} in parts: {@link #add(LeadVerdicts) add} the verdicts of
 * one partition of the leads, {@link #merge(SlaAccumulator) merge} the partitions, read the
 * {@link #result() report}. Any split of the leads into partitions, merged in any order, gives the same
 * report as adding every lead to one accumulator.
 *
 * <p>It keeps counts by obligation, period, source and rep, plus the few per-lead lists the reports name
 * (rejections without an allowed reason, leads at risk, anomalies), and one small record per lead (its id and
 * what it added to the counts, about a hundred bytes), so that a lead added twice — in one partition or in two
 * merged ones — is counted once and reported as a {@link SlaAnomaly.Kind#DUPLICATE_LEAD}.
 *
 * <p>A caller that already has each lead once — events grouped by lead, as the streaming health check and
 * Spark's group-by-lead do — can say so with {@link #ofDistinctLeads}: such an accumulator keeps no record per
 * lead, so its memory does not grow with the number of leads (only with the lists the report names), and its
 * merge adds the counts. It cannot see a lead added twice; that is the caller's guarantee.
 *
 * <p>Accumulators are mutable and not thread-safe: use one per partition. {@code add} and {@code merge}
 * return this accumulator; {@code merge} leaves its argument unchanged.
 */
public final class SlaAccumulator {
  private final SlaAgreement agreement;
  private final Instant asOf;
  private final ZoneId zone;
  private long leads;
  private long mqls;
  private long mqlsWithoutLeadData;
  // the per-lead obligations' keys in the agreement's order: a tally of statuses counts every obligation of a
  // lead at once, so a lead costs one map update per grouping, not one per verdict
  private final List<String> keys = new ArrayList<>();
  private final Statuses overall;
  private final PerObligation noLeadData;
  // hashed while adding, sorted once in result()
  private final HashMap<IsoWeek, Statuses> byWeek = new HashMap<>();
  private final HashMap<Month, Statuses> byMonth = new HashMap<>();
  // grouped by attribution, not by its key text: the absence of a source or rep is a group of its own
  private final HashMap<Attribution, Statuses> bySource = new HashMap<>();
  private final HashMap<Attribution, Statuses> byRep = new HashMap<>();
  private final HashMap<Month, Quota> quota = new HashMap<>();
  private final HashMap<BySource<IsoWeek>, Conversion> conversionByWeek = new HashMap<>();
  private final HashMap<BySource<Month>, Conversion> conversionByMonth = new HashMap<>();
  private final TreeMap<YearMonth, TreeMap<Attribution, EnumMap<RejectionCode, Count>>> rejections = new TreeMap<>();
  private final List<RejectedLead> withoutReason = new ArrayList<>();
  private final HashMap<Month, Speed> speed = new HashMap<>();
  private final List<AtRiskLead> atRisk = new ArrayList<>();
  private final List<SlaAnomaly> anomalies = new ArrayList<>();
  // every lead counted, with what it added: a second copy of a lead (in this partition or a merged one) is
  // counted once, and the report does not depend on the order the copies came in
  private final HashMap<LeadId, Counted> counted = new HashMap<>();
  // false for an accumulator of distinct leads: nothing is kept per lead, merges add the counts
  private final boolean tracksLeads;

  /** A period and a source, the key of the conversion counts. */
  private record BySource<P>(P period, Attribution source) {}

  private SlaAccumulator(SlaAgreement agreement, Instant asOf, boolean tracksLeads) {
    this.tracksLeads = tracksLeads;
    this.agreement = requireNonNull(agreement, "agreement");
    this.asOf = Args.instant("asOf", asOf);
    this.zone = agreement.zone();
    agreement.obligationsByKey().forEach((k, o) -> {
      if (o.scope() == Obligation.Scope.PER_LEAD) {
        keys.add(k);
      }
    });
    this.overall = new Statuses(keys.size());
    this.noLeadData = new PerObligation(keys.size());
  }

  /** An empty accumulator for evaluations of {@code agreement} as of {@code asOf}. */
  public static SlaAccumulator of(SlaAgreement agreement, Instant asOf) {
    return new SlaAccumulator(agreement, asOf, true);
  }

  /**
   * An empty accumulator for leads the caller guarantees distinct: no lead is added twice, to it or to any
   * accumulator merged with it. It keeps no record per lead (the report's counts and named lists only), so
   * memory does not grow with the number of leads; a lead added twice would be counted twice, unreported.
   * It merges only with accumulators of distinct leads.
   */
  public static SlaAccumulator ofDistinctLeads(SlaAgreement agreement, Instant asOf) {
    return new SlaAccumulator(agreement, asOf, false);
  }

  /** Whether this accumulator was made by {@link #ofDistinctLeads} (it keeps nothing per lead). */
  public boolean isOfDistinctLeads() {
    return !tracksLeads;
  }

  /**
   * Adds one lead's verdicts (evaluated under this accumulator's agreement, as of its instant). A lead already
   * added (here or in a merged accumulator) is counted once: of its copies the one first in a fixed order of their
   * contributions counts, whatever the order they come in, and the report lists a
   * {@link SlaAnomaly.Kind#DUPLICATE_LEAD}.
   */
  public SlaAccumulator add(LeadVerdicts lead) {
    requireNonNull(lead, "lead");
    checkArgument(lead.asOf().equals(asOf), "lead verdicts must be as of %s: %s", asOf, lead.asOf());
    VerdictMap inOrder = VerdictMap.inOrder(lead.verdicts(), keys);
    checkArgument(inOrder != null, "lead verdicts must cover the agreement's per-lead obligations %s: %s", keys,
        lead.verdicts().keySet());
    count(contribution(lead, inOrder), 1);
    return this;
  }

  /** What one lead adds to the counts: kept per lead, so that a second copy of it can take its place. */
  private record Contribution(LeadId leadId, Attribution source, Attribution rep, IsoWeek week, Month month,
      boolean withoutLeadData, byte[] statuses, boolean[] forLackOfLeadData, List<AtRiskLead> atRisk,
      boolean countsTowardsQuota, boolean accepted, boolean rejectedOnly, ResponseBucket bucket,
      YearMonth rejectionMonth,
      RejectionCode rejectionCode, RejectedLead withoutReason, List<SlaAnomaly> anomalies) {
    boolean mql() {
      return month != null;
    }

    /** The contribution as text, to choose between two copies of a lead whatever their order (rare: built then). */
    String canonical() {
      return source.key() + '|' + rep.key() + '|' + week + '|' + (month == null ? "null" : month.index()) + '|' + withoutLeadData
          + '|' + Arrays.toString(statuses) + '|' + Arrays.toString(forLackOfLeadData) + '|' + atRisk + '|' + countsTowardsQuota + '|' + accepted
          + '|' + rejectedOnly + '|' + (bucket == null ? -1 : bucket.ordinal()) + '|' + rejectionMonth + '|' + rejectionCode + '|' + withoutReason
          + '|' + anomalies;
    }
  }

  /** Of two copies of a lead, the one counted: a fixed order of their contributions, not the order they came in. */
  private static final java.util.Comparator<Contribution> PREFERRED =
      java.util.Comparator.comparing(Contribution::canonical);

  /** Of two verdicts of the same lead, the one this accumulator counts (the evaluation keeps the same one). */
  LeadVerdicts preferred(LeadVerdicts a, LeadVerdicts b) {
    return PREFERRED.compare(contribution(b, inOrder(b)), contribution(a, inOrder(a))) < 0 ? b : a;
  }

  private VerdictMap inOrder(LeadVerdicts lead) {
    VerdictMap inOrder = VerdictMap.inOrder(lead.verdicts(), keys);
    checkArgument(inOrder != null, "lead verdicts must cover the agreement's per-lead obligations %s: %s", keys,
        lead.verdicts().keySet());
    return inOrder;
  }

  /** A lead counted, and how many copies of it were met. */
  private static final class Counted {
    Contribution contribution;
    int copies = 1;

    Counted(Contribution contribution) {
      this.contribution = contribution;
    }
  }

  private Contribution contribution(LeadVerdicts lead, VerdictMap inOrder) {
    Instant mqlAt = lead.mqlAt().orElse(null);
    IsoWeek week = null;
    Month month = null;
    if (mqlAt != null) {
      java.time.ZonedDateTime local = mqlAt.atZone(zone);
      week = IsoWeek.from(local.toLocalDate());
      month = Month.of(local);
    }
    byte[] statuses = new byte[keys.size()];
    boolean[] lack = new boolean[keys.size()];
    List<AtRiskLead> risks = new ArrayList<>(0);
    // by position, reading statuses only: verdicts that are not read are not made (see VerdictMap)
    for (int k = 0; k < keys.size(); k++) {
      VerdictStatus status = inOrder.statusAt(k);
      statuses[k] = (byte) status.ordinal();
      lack[k] = inOrder.isForLackOfLeadDataAt(k);
      if (status == VerdictStatus.AT_RISK) {
        risks.add(atRisk(lead, inOrder.valueAt(k)));
      }
    }
    ResponseBucket bucket = mqlAt == null ? null : lead.firstResponseAt()
        .map(t -> ResponseBucket.of(Duration.between(mqlAt, t))).orElse(ResponseBucket.NEVER);
    YearMonth rejectionMonth = lead.rejection().map(r -> YearMonth.from(r.at().atZone(zone))).orElse(null);
    RejectionCode code = lead.rejection().map(r -> r.reason().code()).orElse(null);
    RejectedLead withoutReason = lead.rejection().filter(r -> lead.isRejectionWithoutAllowedReason())
        .map(r -> new RejectedLead(lead.leadId(), r.at(), lead.source(), lead.rep(), r.reason())).orElse(null);
    boolean accepted = lead.acceptedAt().isPresent();
    return new Contribution(lead.leadId(), lead.sourceAttribution(), lead.repAttribution(), week, month, !lead.hasLeadData(), statuses,
        lack, List.copyOf(risks), lead.countsTowardsQuota(), accepted,
        !accepted && lead.rejection().isPresent(), bucket, rejectionMonth, code, withoutReason,
        lead.anomalies());
  }

  /** Counts {@code c} once, or, for a lead already counted, keeps the preferred of the two copies. */
  private void count(Contribution c, int copies) {
    if (!tracksLeads) {
      counted(c, 1);
      return;
    }
    Counted before = counted.get(c.leadId());
    if (before == null) {
      Counted first = new Counted(c);
      first.copies = copies;
      counted.put(c.leadId(), first);
      counted(c, 1);
      return;
    }
    before.copies += copies;
    if (PREFERRED.compare(c, before.contribution) < 0) {
      counted(before.contribution, -1);
      counted(c, 1);
      before.contribution = c;
    }
  }

  /** Adds ({@code sign} 1) or takes away ({@code sign} -1) one lead's contribution. */
  private void counted(Contribution c, int sign) {
    leads += sign;
    overall.add(c.statuses(), sign);
    noLeadData.add(c.forLackOfLeadData(), sign);
    bySource.computeIfAbsent(c.source(), x -> statuses()).add(c.statuses(), sign);
    byRep.computeIfAbsent(c.rep(), x -> statuses()).add(c.statuses(), sign);
    change(atRisk, c.atRisk(), sign);
    change(anomalies, c.anomalies(), sign);
    if (c.mql()) {
      mqls += sign;
      if (c.withoutLeadData()) {
        mqlsWithoutLeadData += sign;
      }
      byWeek.computeIfAbsent(c.week(), x -> statuses()).add(c.statuses(), sign);
      byMonth.computeIfAbsent(c.month(), x -> statuses()).add(c.statuses(), sign);
      quota.computeIfAbsent(c.month(), x -> new Quota()).add(c.countsTowardsQuota(), sign);
      conversionByWeek.computeIfAbsent(new BySource<>(c.week(), c.source()), x -> new Conversion())
          .add(c.accepted(), c.rejectedOnly(), sign);
      conversionByMonth.computeIfAbsent(new BySource<>(c.month(), c.source()), x -> new Conversion())
          .add(c.accepted(), c.rejectedOnly(), sign);
      speed.computeIfAbsent(c.month(), x -> new Speed()).bucket(c.bucket())
          .add(c.accepted(), c.rejectedOnly(), sign);
    }
    if (c.rejectionMonth() != null) {
      rejectionCount(c.rejectionMonth(), c.source(), c.rejectionCode()).add(sign);
      if (c.withoutReason() != null) {
        change(withoutReason, List.of(c.withoutReason()), sign);
      }
    }
  }

  private Count rejectionCount(YearMonth month, Attribution source, RejectionCode code) {
    return rejections.computeIfAbsent(month, x -> new TreeMap<>())
        .computeIfAbsent(source, x -> new EnumMap<>(RejectionCode.class))
        .computeIfAbsent(code, x -> new Count());
  }

  private static <T> void change(List<T> list, List<T> items, int sign) {
    if (sign > 0) {
      list.addAll(items);
    } else {
      items.forEach(list::remove);
    }
  }

  private AtRiskLead atRisk(LeadVerdicts lead, ObligationVerdict v) {
    return new AtRiskLead(lead.leadId(), v.key(), v.trace().due(), lead.source(), lead.rep(), v.reason());
  }

  /**
   * Adds everything {@code other} has seen (it must be for the same agreement and instant). A lead both have
   * counted is counted once, as if all its copies had been added to one accumulator.
   */
  public SlaAccumulator merge(SlaAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "other must not be this accumulator");
    checkArgument(other.agreement.equals(agreement), "cannot merge accumulators of different agreements: %s vs %s",
        agreement.name(), other.agreement.name());
    checkArgument(other.asOf.equals(asOf), "cannot merge accumulators as of different instants: %s vs %s", asOf,
        other.asOf);
    checkArgument(other.tracksLeads == tracksLeads, "cannot merge an accumulator of distinct leads with one that "
        + "tracks each lead: both must be made by of or both by ofDistinctLeads");
    if (tracksLeads) {
      other.counted.values().forEach(c -> count(c.contribution, c.copies));
    } else {
      addCounts(other);
    }
    return this;
  }

  /** Adds {@code other}'s counts and lists to this accumulator's (distinct leads: nothing to reconcile). */
  private void addCounts(SlaAccumulator other) {
    leads += other.leads;
    mqls += other.mqls;
    mqlsWithoutLeadData += other.mqlsWithoutLeadData;
    overall.addAll(other.overall);
    noLeadData.addAll(other.noLeadData);
    mergeInto(byWeek, other.byWeek, this::statuses, Statuses::addAll);
    mergeInto(byMonth, other.byMonth, this::statuses, Statuses::addAll);
    mergeInto(bySource, other.bySource, this::statuses, Statuses::addAll);
    mergeInto(byRep, other.byRep, this::statuses, Statuses::addAll);
    mergeInto(quota, other.quota, Quota::new, Quota::addAll);
    mergeInto(conversionByWeek, other.conversionByWeek, Conversion::new, Conversion::addAll);
    mergeInto(conversionByMonth, other.conversionByMonth, Conversion::new, Conversion::addAll);
    mergeInto(speed, other.speed, Speed::new, Speed::addAll);
    other.rejections.forEach((month, bySrc) -> bySrc.forEach((src, byCode) -> byCode.forEach((code, n) ->
        rejectionCount(month, src, code).add(n.value()))));
    withoutReason.addAll(other.withoutReason);
    atRisk.addAll(other.atRisk);
    anomalies.addAll(other.anomalies);
  }

  /** The anomaly of a lead met {@code copies} times, the same in every evaluation path. */
  static SlaAnomaly duplicate(LeadId leadId, int copies) {
    return SlaAnomaly.of(leadId, SlaAnomaly.Kind.DUPLICATE_LEAD, List.of(), "lead " + leadId + " appeared " + copies
        + " times in the input; counted once");
  }

  private static <K, T> void mergeInto(Map<K, T> into, Map<K, T> from, Supplier<T> empty,
      java.util.function.BiConsumer<T, T> addAll) {
    from.forEach((k, t) -> addAll.accept(into.computeIfAbsent(k, x -> empty.get()), t));
  }

  /** An empty tally of every per-lead obligation's statuses, for one group. */
  private Statuses statuses() {
    return new Statuses(keys.size());
  }

  /** The report over everything added and merged so far. */
  public SlaReport result() {
    Map<String, StatusCounts> compliance = new LinkedHashMap<>();
    Map<String, Long> withoutLeadData = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      compliance.put(keys.get(k), overall.counts(k));
      withoutLeadData.put(keys.get(k), noLeadData.count(k));
    }
    return new SlaReport(agreement, asOf, leads, mqls, mqlsWithoutLeadData, compliance, Map.copyOf(withoutLeadData),
        byKey(byWeek), byKey(byMonth(byMonth)), byKey(keyed(bySource)), byKey(keyed(byRep)), quotaVerdicts(),
        conversions(conversionByWeek), conversions(bySourceAndMonth(conversionByMonth)), rejectionCounts(),
        withoutReason.stream().sorted().toList(), speedToLead(), atRisk.stream().sorted().toList(),
        allAnomalies());
  }

  private List<SlaAnomaly> allAnomalies() {
    List<SlaAnomaly> all = new ArrayList<>(anomalies);
    counted.forEach((id, c) -> {
      if (c.copies > 1) {
        all.add(duplicate(id, c.copies));
      }
    });
    all.sort(null);
    return List.copyOf(all);
  }

  /** Counts by group turned into counts by key, then group, sorted. */
  private <G extends Comparable<G>> Map<String, TreeMap<G, StatusCounts>> byKey(Map<G, Statuses> raw) {
    Map<String, TreeMap<G, StatusCounts>> out = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      TreeMap<G, StatusCounts> t = new TreeMap<>();
      int key = k;
      raw.forEach((g, c) -> t.put(g, c.counts(key)));
      out.put(keys.get(k), t);
    }
    return out;
  }

  private static <P extends Comparable<P>> TreeMap<P, Map<String, ConversionCounts>> conversions(
      Map<BySource<P>, Conversion> raw) {
    TreeMap<P, Map<String, ConversionCounts>> out = new TreeMap<>();
    raw.forEach((g, c) -> out.computeIfAbsent(g.period(), x -> new TreeMap<>()).put(g.source().key(), c.counts()));
    return out;
  }

  private TreeMap<YearMonth, Map<String, Map<RejectionCode, Long>>> rejectionCounts() {
    TreeMap<YearMonth, Map<String, Map<RejectionCode, Long>>> out = new TreeMap<>();
    rejections.forEach((mo, bySrc) -> {
      TreeMap<String, Map<RejectionCode, Long>> t = new TreeMap<>();
      bySrc.forEach((s, codes) -> {
        EnumMap<RejectionCode, Long> e = new EnumMap<>(RejectionCode.class);
        codes.forEach((c, n) -> e.put(c, n.value()));
        t.put(s.key(), e);
      });
      out.put(mo, t);
    });
    return out;
  }

  /** {@code raw} keyed by the attributions' keys, as the report is (distinct for distinct attributions). */
  private static <V> Map<String, V> keyed(Map<Attribution, V> raw) {
    Map<String, V> out = new HashMap<>();
    raw.forEach((a, v) -> out.put(a.key(), v));
    return out;
  }

  /** {@code raw} keyed by the months the keys stand for. */
  private static <V> Map<YearMonth, V> byMonth(Map<Month, V> raw) {
    Map<YearMonth, V> out = new HashMap<>();
    raw.forEach((m, v) -> out.put(m.yearMonth(), v));
    return out;
  }

  private static Map<BySource<YearMonth>, Conversion> bySourceAndMonth(Map<BySource<Month>, Conversion> raw) {
    Map<BySource<YearMonth>, Conversion> out = new HashMap<>();
    raw.forEach((g, v) -> out.put(new BySource<>(g.period().yearMonth(), g.source()), v));
    return out;
  }

  private TreeMap<YearMonth, SpeedToLead> speedToLead() {
    TreeMap<YearMonth, SpeedToLead> out = new TreeMap<>();
    byMonth(speed).forEach((mo, c) -> {
      EnumMap<ResponseBucket, ConversionCounts> e = new EnumMap<>(ResponseBucket.class);
      for (ResponseBucket bucket : ResponseBucket.values()) {
        Conversion b = c.bucket(bucket);
        if (!b.isEmpty()) { // a bucket no MQL fell into is left out
          e.put(bucket, b.counts());
        }
      }
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
    Map<YearMonth, Quota> counts = byMonth(quota);
    YearMonth first = counts.keySet().stream().min(java.util.Comparator.naturalOrder()).orElse(last);
    List<QuotaVerdict> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      Quota c = counts.getOrDefault(m, new Quota());
      out.add(quotaVerdict(m, q.quota(), c.mqls(), c.counted()));
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
