package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.flywheel.Friction;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.PlausibleRange;
import io.revops.core.batch.Findings;
import io.revops.core.money.Rate;
import io.revops.core.batch.Finding;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.acquisition.AcquisitionReport;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.cycle.SalesCycleReport;
import io.revops.metrics.planning.Sensitivity;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.NetRetention;
import io.revops.examples.healthcheck.sections.ReportSections;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.value.LtvCacRatio;
import io.revops.sla.SlaReport;
import io.revops.core.lead.Lead;
import io.revops.core.quality.DataQualityReport;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Everything a RevOps health check found, computed through the revops library from one {@link HealthInput}:
 * funnel and bowtie volumes, conversion and win rates with 95% Wilson intervals, CAC by channel, ARPA, churn,
 * LTV and LTV:CAC with its band, NRR, GRR and MRR movements, the sales cycle, SLA compliance per obligation
 * with speed to lead, and the top friction.
 *
 * <p>How the figures are derived (the choices are the report's, each figure comes from a library call):
 * <ul>
 *   <li>The period is the 12 calendar months (company time zone) ending with the month of the "as of"
 *       instant's last event; rates, CAC and revenue retention are for this period.</li>
 *   <li>Funnel volumes count every lead in the data by the furthest stage its history reached
 *       ({@link LeadEventHistory#stagesReached()}). Visitors are not in the event schema: the snapshot sets
 *       visitors equal to leads, so the funnel effectively starts at the lead.</li>
 *   <li>Bowtie: attraction = leads, conversion = MQLs, deal = customers won, retention = customers paying in
 *       the last month, expansion = customers who expanded during the period, advocacy = customers won
 *       through the {@code referral} source (the data has no other sign of advocacy).</li>
 *   <li>CAC by channel: spend and new customers of the period, same-period timing; spend on a channel that
 *       is no lead source (e.g. the sales team) counts in the blended CAC only.</li>
 *   <li>ARPA = MRR of the last month / customers paying in it; monthly churn = customers lost over the
 *       period's twelve month-to-month steps / customers at the start of those steps (pooled); LTV = ARPA ×
 *       gross margin / monthly churn; LTV:CAC uses the blended CAC.</li>
 *   <li>SLA: the handbook agreement (its MQL obligation checks the handbook's MQL definition) on the configured
 *       working calendar, with the exchange rates for revenue in other currencies; every lead with an MQL is
 *       evaluated.</li>
 *   <li>A won deal (a customer) has one definition for every section ({@link DealTally}); the sales cycle
 *       runs from first contact, or from creation when the data records no contact at all.</li>
 *   <li>Top friction: the lowest stage conversion of the funnel ({@link RevenueAudit}), and the lever that
 *       moves new customers most when improved by 10% ({@link Sensitivity}) in the planning model run on the
 *       data's own volumes and rates ({@link LeverAnalysis}, which names every input it could not observe).</li>
 * </ul>
 *
 * <p>Every per-lead figure is gathered by a {@link HealthAccumulator}, one lead at a time, so the same report
 * comes from data held in memory ({@link #evaluate}) and from a stream of any size
 * ({@link StreamingHealthCheck}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HealthReport {
  /** The names of the conversions reported, in order. */
  public static final List<String> CONVERSIONS = List.of("Lead→MQL", "MQL→SQL", "SQL→Customer", "Win rate");

  private final String source;
  private final Instant asOf;
  private final MonthRange period;
  private final CurrencyUnit currency;
  private final long leads;
  private final long events;
  private final long historiesWithAnomalies;
  private final long unsoundHistories;
  private final long rowsRead;
  private final long rowsRejected;
  private final Map<String, Long> rejectionsByRule;
  private final List<Finding> errors;
  private final FunnelSnapshot funnel;
  private final BowtieSnapshot bowtie;
  private final Map<String, MetricResult<Proportion>> conversions;
  private final AcquisitionReport acquisition;
  private final MetricResult<MonetaryAmount> arpa;
  private final MetricResult<Rate> monthlyChurn;
  private final MetricResult<MonetaryAmount> ltv;
  private final MetricResult<LtvCacRatio> ltvCac;
  private final MetricResult<NetRetention> nrr;
  private final MetricResult<Rate> grr;
  private final MetricResult<MrrMovements> movements;
  private final SalesCycleReport cycle;
  private final SlaReport sla;
  private final Optional<Friction> lowestConversion;
  private final boolean hasSpend;
  private final LeverAnalysis lever;
  private final DealTally deals;
  private final MissingData missing;
  private final DataQualityReport dataQuality;
  private final Optional<String> dataQualityMissing;
  private final Findings dataQualityFindings;
  private final List<RevenueLedger.Duplicate> duplicateMrr;
  private final ReportSections sections;

  HealthReport(HealthAssembly.Parts b) {
    this.source = b.source;
    this.asOf = b.asOf;
    this.period = b.period;
    this.currency = b.currency;
    this.leads = b.leads;
    this.events = b.events;
    this.historiesWithAnomalies = b.historiesWithAnomalies;
    this.unsoundHistories = b.unsoundHistories;
    this.rowsRead = b.rowsRead;
    this.rowsRejected = b.rowsRejected;
    this.rejectionsByRule = Map.copyOf(b.rejectionsByRule);
    this.errors = List.copyOf(b.errors);
    this.funnel = b.funnel;
    this.bowtie = b.bowtie;
    this.conversions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.conversions));
    this.acquisition = b.acquisition;
    this.arpa = b.arpa;
    this.monthlyChurn = b.monthlyChurn;
    this.ltv = b.ltv;
    this.ltvCac = b.ltvCac;
    this.nrr = b.nrr;
    this.grr = b.grr;
    this.movements = b.movements;
    this.cycle = b.cycle;
    this.sla = b.sla;
    this.lowestConversion = b.lowestConversion;
    this.hasSpend = b.hasSpend;
    this.lever = b.lever;
    this.deals = b.deals;
    this.missing = b.missing;
    this.dataQuality = b.dataQuality;
    this.dataQualityMissing = b.dataQualityMissing;
    this.dataQualityFindings = b.dataQualityFindings;
    this.duplicateMrr = b.duplicateMrr;
    this.sections = b.sections;
  }


  /**
   * The instant after the latest plausible event of {@code input} ({@link PlausibleRange#latest()}): the default
   * "as of". An event far outside the data's own span (at {@code +100000-01-01}) does not move it.
   *
   * @throws IllegalArgumentException if the input has no events
   */
  public static Instant endOfData(HealthInput input) {
    return endOfData(PlausibleRange.of(requireNonNull(input, "input").histories()), input);
  }

  private static Instant endOfData(PlausibleRange range, HealthInput input) {
    return range.latest().map(i -> i.plusSeconds(1))
        .orElseThrow(() -> new IllegalArgumentException("the input has no events: " + input.source()));
  }

  /** The 12 months ending with the month (in {@code zone}) of the instant just before {@code asOf}. */
  public static MonthRange periodEndingAt(Instant asOf, ZoneId zone) {
    return MonthRange.trailingYear(asOf, zone);
  }

  /**
   * Evaluates the health check of data held in memory.
   *
   * @throws IllegalArgumentException if the input has no events (nothing to evaluate)
   */
  public static HealthReport evaluate(HealthInput input, HealthOptions options) {
    requireNonNull(input, "input");
    requireNonNull(options, "options");
    PlausibleRange range = PlausibleRange.of(input.histories());
    Instant asOf = options.asOf().orElseGet(() -> endOfData(range, input));
    HealthAccumulator acc = HealthAccumulator.of(options, asOf, HealthAccumulator.paidChannels(input.spend()));
    PassSink leads = new PassSink(acc, range);
    for (LeadEventHistory h : input.histories()) {
      leads.add(h, input.lead(h.leadId()));
    }
    input.spend().forEach(acc::addSpend);
    return HealthAssembly.of(new HealthAssembly.Reading(input.source(), input.eventCount(), input.rowsRead(), input.rowsRejected(),
        input.rejectionsByRule(), input.errors().subList(0, Math.min(RowErrors.KEPT, input.errors().size()))),
        acc, !input.spend().isEmpty(), HealthAssembly.ledger(input.mrr()), options);
  }

  /** The region phone numbers without a country code are read in by the data-quality section. */
  public static final String DATA_QUALITY_REGION = "RU";

  /**
   * The data-quality section: duplicate leads and companies, completeness, freshness of the leads known at the
   * "as of" instant; empty, with {@link #dataQualityMissing()} saying why, when there were too many leads to
   * keep their keys in memory.
   */
  public Optional<DataQualityReport> dataQuality() {
    return Optional.ofNullable(dataQuality);
  }

  /** Why there is no data-quality section: present exactly when {@link #dataQuality()} is empty. */
  public Optional<String> dataQualityMissing() {
    return dataQualityMissing;
  }

  /** The values the data-quality check could not read (an email, a phone, a verification after the as-of). */
  public Findings dataQualityFindings() {
    return dataQualityFindings;
  }

  /**
   * The MRR records given more than once (same customer, month, currency and amount: a row exported twice), each
   * counted once in every revenue figure ({@link RevenueLedger#duplicates()}), ordered by customer and month.
   */
  public List<RevenueLedger.Duplicate> duplicateMrrRecords() {
    return duplicateMrr;
  }

  /** Where the data came from. */
  public String source() {
    return source;
  }

  /** The instant the report was evaluated at. */
  public Instant asOf() {
    return asOf;
  }

  /** The 12-month period of rates, CAC and revenue retention. */
  public MonthRange period() {
    return period;
  }

  /** The reporting currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The number of leads with events up to the "as of" instant. */
  public long leads() {
    return leads;
  }

  /** The number of events read. */
  public long events() {
    return events;
  }

  /** The number of histories with anomalies (duplicates, events out of order, won and lost). */
  public long historiesWithAnomalies() {
    return historiesWithAnomalies;
  }

  /**
   * The number of histories an anomaly compromises ({@code !LeadEventHistory.isSound()}): the metrics leave
   * these out; the others had only anomalies that building the history repaired (an exact duplicate dropped).
   */
  public long unsoundHistories() {
    return unsoundHistories;
  }

  /** The number of input rows read. */
  public long rowsRead() {
    return rowsRead;
  }

  /** The number of input rows rejected. */
  public long rowsRejected() {
    return rowsRejected;
  }

  /** Rejected rows counted by rule. */
  public Map<String, Long> rejectionsByRule() {
    return rejectionsByRule;
  }

  /** The first 50 row errors. */
  public List<Finding> errors() {
    return errors;
  }

  /** The funnel volumes. */
  public FunnelSnapshot funnel() {
    return funnel;
  }

  /** The bowtie volumes. */
  public BowtieSnapshot bowtie() {
    return bowtie;
  }

  /** The period's conversion and win rates with 95% Wilson intervals, by the names of {@link #CONVERSIONS}. */
  public Map<String, MetricResult<Proportion>> conversions() {
    return conversions;
  }

  /** CAC and CPL, blended, by kind and by channel. */
  public AcquisitionReport acquisition() {
    return acquisition;
  }

  /** Average revenue per account in the last month. */
  public MetricResult<MonetaryAmount> arpa() {
    return arpa;
  }

  /** Pooled monthly logo churn over the period. */
  public MetricResult<Rate> monthlyChurn() {
    return monthlyChurn;
  }

  /** Churn-based LTV. */
  public MetricResult<MonetaryAmount> ltv() {
    return ltv;
  }

  /** LTV:CAC with its band. */
  public MetricResult<LtvCacRatio> ltvCac() {
    return ltvCac;
  }

  /** Net revenue retention over the last 12 months. */
  public MetricResult<NetRetention> nrr() {
    return nrr;
  }

  /** Gross revenue retention over the last 12 months. */
  public MetricResult<Rate> grr() {
    return grr;
  }

  /** MRR movements over the last 12 months. */
  public MetricResult<MrrMovements> movements() {
    return movements;
  }

  /** The sales cycle. */
  public SalesCycleReport cycle() {
    return cycle;
  }

  /** SLA compliance, speed to lead and the rest of the SLA report. */
  public SlaReport sla() {
    return sla;
  }

  /** The analyst sections: breached and at-risk leads, conversions and MRR movements by month. */
  public ReportSections sections() {
    return sections;
  }

  /** The funnel's lowest conversion as a friction. */
  public Optional<Friction> lowestConversion() {
    return lowestConversion;
  }

  /**
   * Whether the input has any spend record: without one, CAC is not computable (the acquisition report would
   * otherwise divide no spend by the new customers and read 0).
   */
  public boolean hasSpend() {
    return hasSpend;
  }

  /** The planning sensitivity on the data's volumes and rates ({@link #lever()}), if it could be computed. */
  public Optional<Sensitivity> sensitivity() {
    return lever.sensitivity();
  }

  /** Why the sensitivity is missing: present exactly when {@link #sensitivity()} is empty. */
  public Optional<String> sensitivityNote() {
    return lever.note();
  }

  /** The lever analysis: the planning model on the data's volumes and rates, and what it could not observe. */
  LeverAnalysis lever() {
    return lever;
  }

  /** What the input lacks, said once ({@link MissingData}). */
  MissingData missingData() {
    return missing;
  }

  /** The won deals every section counts, with what each leaves out ({@link DealTally}). */
  DealTally deals() {
    return deals;
  }

  /** The readable summary printed by the health check. */
  public String summary() {
    return HealthText.summary(this);
  }

  @Override
  public String toString() {
    return summary();
  }
}
