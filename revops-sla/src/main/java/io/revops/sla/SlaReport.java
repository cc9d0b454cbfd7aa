package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;

import io.revops.core.history.RejectionCode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The aggregates of an SLA evaluation: compliance per obligation overall, by ISO week and by month of the
 * MQL instant (in the agreement's zone), by source and by rep; the monthly quota verdicts; MQL→SQL
 * conversion by source per week and per month of the MQL cohort; rejections by month, source and reason,
 * with those lacking an allowed reason; speed to lead per MQL month; the obligations at risk now; and every
 * data anomaly. Review packs for the weekly, monthly and quarterly meetings are cut from it.
 *
 * <p>Verdicts of leads that never became MQLs (all NOT_APPLICABLE) count in the overall, source and rep
 * figures, not in the weekly and monthly ones, which are keyed by the MQL instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaReport {
  private final SlaAgreement agreement;
  private final Instant asOf;
  private final long leads;
  private final long mqls;
  private final long mqlsWithoutLeadData;
  private final Map<String, StatusCounts> compliance;
  private final Map<String, Long> notApplicableForLackOfData;
  private final Map<String, NavigableMap<IsoWeek, StatusCounts>> byWeek;
  private final Map<String, NavigableMap<YearMonth, StatusCounts>> byMonth;
  private final Map<String, SortedMap<String, StatusCounts>> bySource;
  private final Map<String, SortedMap<String, StatusCounts>> byRep;
  private final List<QuotaVerdict> quota;
  private final NavigableMap<IsoWeek, Map<String, ConversionCounts>> conversionByWeek;
  private final NavigableMap<YearMonth, Map<String, ConversionCounts>> conversionByMonth;
  private final NavigableMap<YearMonth, Map<String, Map<RejectionCode, Long>>> rejections;
  private final List<RejectedLead> withoutAllowedReason;
  private final NavigableMap<YearMonth, SpeedToLead> speed;
  private final List<AtRiskLead> atRisk;
  private final List<SlaAnomaly> anomalies;

  SlaReport(SlaAgreement agreement, Instant asOf, long leads, long mqls, long mqlsWithoutLeadData,
      Map<String, StatusCounts> compliance, Map<String, Long> notApplicableForLackOfData,
      Map<String, TreeMap<IsoWeek, StatusCounts>> byWeek, Map<String, TreeMap<YearMonth, StatusCounts>> byMonth,
      Map<String, TreeMap<String, StatusCounts>> bySource, Map<String, TreeMap<String, StatusCounts>> byRep,
      List<QuotaVerdict> quota, TreeMap<IsoWeek, Map<String, ConversionCounts>> conversionByWeek,
      TreeMap<YearMonth, Map<String, ConversionCounts>> conversionByMonth,
      TreeMap<YearMonth, Map<String, Map<RejectionCode, Long>>> rejections, List<RejectedLead> withoutAllowedReason,
      TreeMap<YearMonth, SpeedToLead> speed, List<AtRiskLead> atRisk, List<SlaAnomaly> anomalies) {
    this.agreement = agreement;
    this.asOf = asOf;
    this.leads = leads;
    this.mqls = mqls;
    this.mqlsWithoutLeadData = mqlsWithoutLeadData;
    this.compliance = Collections.unmodifiableMap(new LinkedHashMap<>(compliance));
    this.notApplicableForLackOfData = Collections.unmodifiableMap(new TreeMap<>(notApplicableForLackOfData));
    this.byWeek = frozen(byWeek);
    this.byMonth = frozen(byMonth);
    this.bySource = frozenSorted(bySource);
    this.byRep = frozenSorted(byRep);
    this.quota = List.copyOf(quota);
    this.conversionByWeek = Collections.unmodifiableNavigableMap(conversionByWeek);
    this.conversionByMonth = Collections.unmodifiableNavigableMap(conversionByMonth);
    this.rejections = Collections.unmodifiableNavigableMap(rejections);
    this.withoutAllowedReason = List.copyOf(withoutAllowedReason);
    this.speed = Collections.unmodifiableNavigableMap(speed);
    this.atRisk = List.copyOf(atRisk);
    this.anomalies = List.copyOf(anomalies);
  }

  private static <K> Map<String, NavigableMap<K, StatusCounts>> frozen(Map<String, TreeMap<K, StatusCounts>> m) {
    Map<String, NavigableMap<K, StatusCounts>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableNavigableMap(v)));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, SortedMap<String, StatusCounts>> frozenSorted(
      Map<String, TreeMap<String, StatusCounts>> m) {
    Map<String, SortedMap<String, StatusCounts>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableSortedMap(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * A builder of a report from its parts, for readers of a stored report (revops-json reads the SLA report
   * document with it); an evaluation builds its report with {@link SlaAccumulator}. Every per-lead obligation
   * of the agreement must be given its counts with {@link Builder#compliance}; everything else defaults to
   * empty.
   *
   * <p>Cost: {@code build()} copies every part once, O(parts).
   */
  public static Builder builder(SlaAgreement agreement, Instant asOf) {
    return new Builder(agreement, asOf);
  }

  /** Collects the parts of a report; not thread-safe, used once. */
  public static final class Builder {
    private final SlaAgreement agreement;
    private final Instant asOf;
    private final List<String> keys = new ArrayList<>();
    private long leads;
    private long mqls;
    private long mqlsWithoutLeadData;
    private final Map<String, StatusCounts> compliance = new LinkedHashMap<>();
    private final Map<String, Long> notApplicableForLackOfData = new LinkedHashMap<>();
    private final Map<String, TreeMap<IsoWeek, StatusCounts>> byWeek = new LinkedHashMap<>();
    private final Map<String, TreeMap<YearMonth, StatusCounts>> byMonth = new LinkedHashMap<>();
    private final Map<String, TreeMap<String, StatusCounts>> bySource = new LinkedHashMap<>();
    private final Map<String, TreeMap<String, StatusCounts>> byRep = new LinkedHashMap<>();
    private final List<QuotaVerdict> quota = new ArrayList<>();
    private final TreeMap<IsoWeek, Map<String, ConversionCounts>> conversionByWeek = new TreeMap<>();
    private final TreeMap<YearMonth, Map<String, ConversionCounts>> conversionByMonth = new TreeMap<>();
    private final TreeMap<YearMonth, Map<String, Map<RejectionCode, Long>>> rejections = new TreeMap<>();
    private final List<RejectedLead> withoutAllowedReason = new ArrayList<>();
    private final TreeMap<YearMonth, SpeedToLead> speed = new TreeMap<>();
    private final List<AtRiskLead> atRisk = new ArrayList<>();
    private final List<SlaAnomaly> anomalies = new ArrayList<>();

    private Builder(SlaAgreement agreement, Instant asOf) {
      this.agreement = requireNonNull(agreement, "agreement");
      this.asOf = Args.instant("asOf", asOf);
      agreement.obligationsByKey().forEach((k, o) -> {
        if (o.scope() == Obligation.Scope.PER_LEAD) {
          keys.add(k);
        }
      });
    }

    /** The leads evaluated, those that became MQLs, and the MQLs evaluated without lead data. */
    public Builder counts(long leads, long mqls, long mqlsWithoutLeadData) {
      Args.count("leads", leads);
      Args.count("mqls", mqls);
      Args.count("mqlsWithoutLeadData", mqlsWithoutLeadData);
      checkArgument(mqls <= leads, "mqls must be at most leads=%s: %s", leads, mqls);
      checkArgument(mqlsWithoutLeadData <= mqls, "mqlsWithoutLeadData must be at most mqls=%s: %s", mqls,
          mqlsWithoutLeadData);
      this.leads = leads;
      this.mqls = mqls;
      this.mqlsWithoutLeadData = mqlsWithoutLeadData;
      return this;
    }

    /**
     * The counts of the per-lead obligation {@code key}: overall, how many NOT_APPLICABLE for lack of lead data,
     * and by ISO week and month of the MQL instant, by source and by rep.
     */
    public Builder compliance(String key, StatusCounts overall, long notApplicableForLackOfData,
        Map<IsoWeek, StatusCounts> byWeek, Map<YearMonth, StatusCounts> byMonth, Map<String, StatusCounts> bySource,
        Map<String, StatusCounts> byRep) {
      requireNonNull(key, "key");
      checkArgument(keys.contains(key), "key must name a per-lead obligation of the agreement, one of %s: %s", keys,
          io.revops.core.batch.Quote.bounded(key));
      requireNonNull(overall, "overall");
      Args.count("notApplicableForLackOfData", notApplicableForLackOfData);
      checkArgument(notApplicableForLackOfData <= overall.notApplicable(),
          "notApplicableForLackOfData must be at most the not-applicable count %s: %s", overall.notApplicable(),
          notApplicableForLackOfData);
      compliance.put(key, overall);
      this.notApplicableForLackOfData.put(key, notApplicableForLackOfData);
      this.byWeek.put(key, new TreeMap<>(Args.noNulls("byWeek", byWeek)));
      this.byMonth.put(key, new TreeMap<>(Args.noNulls("byMonth", byMonth)));
      this.bySource.put(key, new TreeMap<>(Args.noNulls("bySource", bySource)));
      this.byRep.put(key, new TreeMap<>(Args.noNulls("byRep", byRep)));
      return this;
    }

    /** The monthly quota verdicts, in month order. */
    public Builder quota(List<QuotaVerdict> quota) {
      this.quota.addAll(Args.noNulls("quota", quota));
      return this;
    }

    /** The MQL→SQL conversion by source of one ISO week's MQL cohort. */
    public Builder conversion(IsoWeek week, Map<String, ConversionCounts> bySource) {
      requireNonNull(week, "week");
      conversionByWeek.put(week, new TreeMap<>(Args.noNulls("bySource", bySource)));
      return this;
    }

    /** The MQL→SQL conversion by source of one month's MQL cohort. */
    public Builder conversion(YearMonth month, Map<String, ConversionCounts> bySource) {
      requireNonNull(month, "month");
      conversionByMonth.put(month, new TreeMap<>(Args.noNulls("bySource", bySource)));
      return this;
    }

    /** The rejections dated in {@code month}, by source and reason code. */
    public Builder rejections(YearMonth month, Map<String, Map<RejectionCode, Long>> bySource) {
      requireNonNull(month, "month");
      TreeMap<String, Map<RejectionCode, Long>> copy = new TreeMap<>();
      Args.noNulls("bySource", bySource).forEach((s, codes) -> {
        EnumMap<RejectionCode, Long> e = new EnumMap<>(RejectionCode.class);
        Args.noNulls("bySource", codes).forEach((c, n) ->
            e.put(c, Args.count("bySource", n)));
        copy.put(s, e);
      });
      rejections.put(month, copy);
      return this;
    }

    /** The rejections with no reason or one outside the allowed set. */
    public Builder rejectionsWithoutAllowedReason(List<RejectedLead> rejected) {
      withoutAllowedReason.addAll(Args.noNulls("rejected", rejected));
      return this;
    }

    /** Speed to lead over the MQLs of {@code month}. */
    public Builder speedToLead(YearMonth month, SpeedToLead speedToLead) {
      speed.put(requireNonNull(month, "month"), requireNonNull(speedToLead, "speedToLead"));
      return this;
    }

    /** The obligations at risk as of the evaluation instant. */
    public Builder atRisk(List<AtRiskLead> atRisk) {
      this.atRisk.addAll(Args.noNulls("atRisk", atRisk));
      return this;
    }

    /** The data anomalies found. */
    public Builder anomalies(List<SlaAnomaly> anomalies) {
      this.anomalies.addAll(Args.noNulls("anomalies", anomalies));
      return this;
    }

    /** The report; fails naming the first per-lead obligation of the agreement given no counts. */
    public SlaReport build() {
      List<String> missing = keys.stream().filter(k -> !compliance.containsKey(k)).toList();
      checkArgument(missing.isEmpty(), "compliance must be given for every per-lead obligation; missing: %s", missing);
      Map<String, StatusCounts> ordered = new LinkedHashMap<>();
      keys.forEach(k -> ordered.put(k, compliance.get(k)));
      return new SlaReport(agreement, asOf, leads, mqls, mqlsWithoutLeadData, ordered, notApplicableForLackOfData,
          inOrder(byWeek), inOrder(byMonth), inOrder(bySource), inOrder(byRep), quota,
          new TreeMap<>(conversionByWeek), new TreeMap<>(conversionByMonth), new TreeMap<>(rejections),
          withoutAllowedReason.stream().sorted().toList(), new TreeMap<>(speed),
          atRisk.stream().sorted().toList(), anomalies.stream().sorted().toList());
    }

    private <V> Map<String, V> inOrder(Map<String, V> byKey) {
      Map<String, V> out = new LinkedHashMap<>();
      keys.forEach(k -> out.put(k, byKey.get(k)));
      return out;
    }
  }

  /** The agreement evaluated. */
  public SlaAgreement agreement() {
    return agreement;
  }

  /** The evaluation instant. */
  public Instant asOf() {
    return asOf;
  }

  /** Leads evaluated. */
  public long leads() {
    return leads;
  }

  /** Leads that became MQLs by the evaluation instant. */
  public long mqls() {
    return mqls;
  }

  /** MQLs evaluated without lead data (their marketing obligations are NOT_APPLICABLE). */
  public long mqlsWithoutLeadData() {
    return mqlsWithoutLeadData;
  }

  /** The compliance of each per-lead obligation, by key in the agreement's order. */
  public Map<String, StatusCounts> compliance() {
    return compliance;
  }

  /** The counts of one obligation. */
  public StatusCounts compliance(String key) {
    return require(compliance, key);
  }

  /** How many NOT_APPLICABLE verdicts of each obligation are for lack of lead data. */
  public Map<String, Long> notApplicableForLackOfData() {
    return notApplicableForLackOfData;
  }

  /** One obligation's counts by ISO week of the MQL instant. */
  public NavigableMap<IsoWeek, StatusCounts> complianceByWeek(String key) {
    return require(byWeek, key);
  }

  /** One obligation's counts by month of the MQL instant. */
  public NavigableMap<YearMonth, StatusCounts> complianceByMonth(String key) {
    return require(byMonth, key);
  }

  /** One obligation's counts by lead source. */
  public SortedMap<String, StatusCounts> complianceBySource(String key) {
    return require(bySource, key);
  }

  /** One obligation's counts by rep. */
  public SortedMap<String, StatusCounts> complianceByRep(String key) {
    return require(byRep, key);
  }

  private static <V> V require(Map<String, V> m, String key) {
    requireNonNull(key, "key");
    V v = m.get(key);
    checkArgument(v != null, "no per-lead obligation with key %s; keys: %s", key, m.keySet());
    return v;
  }

  /** The monthly quota verdicts, from the first MQL month to the evaluation month (empty without a quota). */
  public List<QuotaVerdict> quota() {
    return quota;
  }

  /** The weekly MQL→SQL conversion report by source: one entry per week with MQLs, in week order. */
  public List<ConversionBySource> weeklyConversion() {
    List<ConversionBySource> out = new ArrayList<>();
    conversionByWeek.forEach((w, m) -> out.add(ConversionBySource.of(w.toString(), m)));
    return List.copyOf(out);
  }

  /** The monthly MQL→SQL conversion by source: one entry per month with MQLs, in month order. */
  public List<ConversionBySource> monthlyConversion() {
    List<ConversionBySource> out = new ArrayList<>();
    conversionByMonth.forEach((m, c) -> out.add(ConversionBySource.of(m.toString(), c)));
    return List.copyOf(out);
  }

  /** The rejections by month they are dated in (the agreement's zone), then by source and reason code. */
  public NavigableMap<YearMonth, Map<String, Map<RejectionCode, Long>>> rejectionsByMonth() {
    TreeMap<YearMonth, Map<String, Map<RejectionCode, Long>>> out = new TreeMap<>();
    rejections.forEach((m, bySrc) -> {
      Map<String, Map<RejectionCode, Long>> t = new TreeMap<>();
      bySrc.forEach((s, codes) -> t.put(s, Collections.unmodifiableMap(new EnumMap<>(codes.isEmpty()
          ? new EnumMap<>(RejectionCode.class) : codes))));
      out.put(m, Collections.unmodifiableMap(t));
    });
    return Collections.unmodifiableNavigableMap(out);
  }

  /** Speed to lead by month of the MQL instant. */
  public NavigableMap<YearMonth, SpeedToLead> speedToLeadByMonth() {
    return speed;
  }

  /** The conversion by source of one week's MQL cohort. */
  public ConversionBySource conversion(IsoWeek week) {
    return ConversionBySource.of(week.toString(), conversionByWeek.getOrDefault(requireNonNull(week, "week"),
        Map.of()));
  }

  /** The conversion by source of the MQL cohort of the months {@code from} to {@code to} inclusive. */
  public ConversionBySource conversion(YearMonth from, YearMonth to) {
    Map<String, ConversionCounts> sum = new TreeMap<>();
    conversionByMonth.subMap(from, true, to, true).values()
        .forEach(m -> m.forEach((s, c) -> sum.merge(s, c, ConversionCounts::plus)));
    return ConversionBySource.of(label(from, to), sum);
  }

  /** The review of every rejection evaluated. */
  public RejectionReview rejectionReview() {
    return rejections.isEmpty() ? RejectionReview.of("all months", Map.of(), withoutAllowedReason)
        : rejectionReview(rejections.firstKey(), rejections.lastKey()).withPeriod("all months");
  }

  /** The review of rejections dated in the months {@code from} to {@code to} inclusive. */
  public RejectionReview rejectionReview(YearMonth from, YearMonth to) {
    Map<String, Map<RejectionCode, Long>> sum = new TreeMap<>();
    rejections.subMap(from, true, to, true).values().forEach(m -> m.forEach((s, codes) -> codes.forEach((c, n) ->
        sum.computeIfAbsent(s, x -> new EnumMap<>(RejectionCode.class)).merge(c, n, Long::sum))));
    List<RejectedLead> without = withoutAllowedReason.stream().filter(r -> {
      YearMonth m = YearMonth.from(r.at().atZone(agreement.zone()));
      return !m.isBefore(from) && !m.isAfter(to);
    }).toList();
    return RejectionReview.of(label(from, to), sum, without);
  }

  /** The rejections with no reason or one outside the allowed set. */
  public List<RejectedLead> rejectionsWithoutAllowedReason() {
    return withoutAllowedReason;
  }

  /** Speed to lead over every MQL. */
  public SpeedToLead speedToLead() {
    return speed.values().stream().reduce(SpeedToLead.of(Map.of()), SpeedToLead::plus);
  }

  /** Speed to lead over the MQLs of the months {@code from} to {@code to} inclusive. */
  public SpeedToLead speedToLead(YearMonth from, YearMonth to) {
    return speed.subMap(from, true, to, true).values().stream().reduce(SpeedToLead.of(Map.of()), SpeedToLead::plus);
  }

  /** The obligations at risk as of the evaluation instant, soonest due first. */
  public List<AtRiskLead> atRisk() {
    return atRisk;
  }

  /** Every data anomaly found, by lead. */
  public List<SlaAnomaly> anomalies() {
    return anomalies;
  }

  /** The pack for the weekly stand-up on {@code week}. */
  public ReviewPack weeklyPack(IsoWeek week) {
    return ReviewPack.weekly(this, week);
  }

  /** The pack for the monthly review of {@code month}. */
  public ReviewPack monthlyPack(YearMonth month) {
    return ReviewPack.monthly(this, month);
  }

  /** The pack for the quarterly strategy session on quarter {@code quarter} (1–4) of {@code year}. */
  public ReviewPack quarterlyPack(int year, int quarter) {
    return ReviewPack.quarterly(this, year, quarter);
  }

  Map<String, StatusCounts> complianceOf(IsoWeek week) {
    Map<String, StatusCounts> out = new LinkedHashMap<>();
    byWeek.forEach((k, m) -> out.put(k, m.getOrDefault(week, StatusCounts.ZERO)));
    return out;
  }

  Map<String, StatusCounts> complianceOf(YearMonth from, YearMonth to) {
    Map<String, StatusCounts> out = new LinkedHashMap<>();
    byMonth.forEach((k, m) -> out.put(k, m.subMap(from, true, to, true).values().stream()
        .reduce(StatusCounts.ZERO, StatusCounts::plus)));
    return out;
  }

  static String label(YearMonth from, YearMonth to) {
    return from.equals(to) ? from.toString() : from + ".." + to;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SlaReport r && agreement.equals(r.agreement) && asOf.equals(r.asOf) && leads == r.leads
        && mqls == r.mqls && mqlsWithoutLeadData == r.mqlsWithoutLeadData && compliance.equals(r.compliance)
        && notApplicableForLackOfData.equals(r.notApplicableForLackOfData) && byWeek.equals(r.byWeek)
        && byMonth.equals(r.byMonth) && bySource.equals(r.bySource) && byRep.equals(r.byRep)
        && quota.equals(r.quota) && conversionByWeek.equals(r.conversionByWeek)
        && conversionByMonth.equals(r.conversionByMonth) && rejections.equals(r.rejections)
        && withoutAllowedReason.equals(r.withoutAllowedReason) && speed.equals(r.speed) && atRisk.equals(r.atRisk)
        && anomalies.equals(r.anomalies);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(asOf, leads, mqls, compliance, quota, anomalies);
  }

  /** The compliance summary table. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SLA \"").append(agreement.name()).append("\" as of ").append(asOf)
        .append(" (").append(agreement.calendar().describe()).append(", tzdb ")
        .append(agreement.calendar().tzdbVersion()).append(")\n");
    sb.append("  ").append(leads).append(" leads, ").append(mqls).append(" MQLs");
    if (mqlsWithoutLeadData > 0) {
      sb.append(", ").append(mqlsWithoutLeadData).append(" MQLs without lead data");
    }
    sb.append(", ").append(anomalies.size()).append(" anomalies\n");
    sb.append(complianceTable(compliance, agreement));
    for (QuotaVerdict q : quota) {
      sb.append("\n  ").append(q);
    }
    if (!atRisk.isEmpty()) {
      sb.append("\n  at risk now: ").append(atRisk.size());
      atRisk.forEach(a -> sb.append("\n    ").append(a));
    }
    return sb.toString();
  }

  static String complianceTable(Map<String, StatusCounts> compliance, SlaAgreement agreement) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-9s %-18s %5s %8s %7s %7s %5s  %s",
        "party", "obligation", "met", "breached", "pending", "at risk", "n/a", "compliance"));
    compliance.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "%n  %-9s %-18s %5d %8d %7d %7d %5d  %s",
        agreement.obligation(k).map(o -> o.party().name()).orElse("?"), k, c.met(), c.breached(), c.pending(),
        c.atRisk(), c.notApplicable(), c.complianceText())));
    return sb.toString();
  }
}
