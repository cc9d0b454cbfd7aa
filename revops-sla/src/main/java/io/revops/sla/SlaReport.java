package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
  public boolean equals(Object o) {
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
