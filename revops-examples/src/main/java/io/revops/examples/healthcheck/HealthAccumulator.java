package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadSource;
import io.revops.examples.data.SpendRecord;
import io.revops.examples.healthcheck.sections.MonthlyFunnel;
import io.revops.examples.healthcheck.sections.WatchList;
import io.revops.metrics.MonthRange;
import io.revops.core.batch.Findings;
import io.revops.core.quality.DataQuality;
import io.revops.core.quality.DataQualityReport;
import io.revops.core.quality.QualityRecord;
import io.revops.metrics.acquisition.AcquisitionAccumulator;
import io.revops.metrics.acquisition.AcquisitionReport;
import io.revops.metrics.acquisition.Channel;
import io.revops.metrics.acquisition.ChannelKind;
import io.revops.metrics.acquisition.NewCustomers;
import io.revops.metrics.acquisition.NewLeads;
import io.revops.metrics.acquisition.Spend;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.conversion.ConversionAccumulator;
import io.revops.metrics.conversion.WinRateAccumulator;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.SlaAccumulator;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The per-lead half of a health report: every figure a lead contributes to, fed one lead at a time through
 * the metrics' and the SLA's mergeable accumulators, so a lead is evaluated and dropped. What it keeps grows
 * with the counts the report shows (stages, months, channels, the SLA's at-risk and anomaly lists, one
 * observation per lead that entered the sales cycle), not with the leads' data or events.
 *
 * <p>The report's rule for each figure is described on {@link HealthReport}. Spend is added after the leads
 * ({@link #addSpend}) because which spend is attributed to a channel depends on the lead sources seen.
 *
 * <p>Cost: one {@link LeadEventHistory#asOf} cut, four conversion checks, the SLA evaluation of the lead
 * (the bulk of the time) and a few map updates per lead.
 *
 * <p>Instances are mutable and not thread-safe.
 */
final class HealthAccumulator {
  private final HealthOptions options;
  private final Instant asOf;
  private final MonthRange period;
  private final ZoneId zone;
  private final CurrencyUnit currency;
  private final Set<String> paid;
  private final Map<String, Channel> channels = new HashMap<>();
  private final Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
  private final ConversionAccumulator leadToMql;
  private final ConversionAccumulator mqlToSql;
  private final ConversionAccumulator sqlToCustomer;
  private final WinRateAccumulator winRate;
  private final AcquisitionAccumulator acquisition;
  private final DealTally deals;
  private final SlaEvaluator slaEvaluator;
  private final SlaAccumulator sla;
  // the report's analyst sections: bounded (the most urgent verdicts; twelve months of counts)
  private final WatchList.Collector watch = WatchList.collector(WatchList.CAPACITY);
  private final MonthlyFunnel.Collector monthly;
  private final List<SpendRecord> spend = new ArrayList<>();
  /** The data-quality keys of the leads added, until there are more than {@link #QUALITY_LIMIT}. */
  private List<QualityRecord> quality = new ArrayList<>();
  private long qualityLeads;
  private long leads;
  private long withAnomalies;
  private long unsound;
  private long advocacy;

  private HealthAccumulator(HealthOptions options, Instant asOf, Set<String> paidChannels, MonthRange period) {
    this.options = requireNonNull(options, "options");
    this.asOf = requireNonNull(asOf, "asOf");
    this.zone = options.calendar().zone();
    this.period = period == null ? HealthReport.periodEndingAt(asOf, zone) : period;
    this.currency = options.reporting().currency();
    this.paid = Set.copyOf(paidChannels);
    for (LifecycleStage s : LifecycleStage.values()) {
      stages.put(s, 0L);
    }
    Instant periodStart = this.period.start().atDay(1).atStartOfDay(zone).toInstant();
    leadToMql = ConversionAccumulator.of(LifecycleStage.LEAD, LifecycleStage.MQL, periodStart, asOf, asOf);
    mqlToSql = ConversionAccumulator.of(LifecycleStage.MQL, LifecycleStage.SQL, periodStart, asOf, asOf);
    sqlToCustomer = ConversionAccumulator.of(LifecycleStage.SQL, LifecycleStage.CUSTOMER, periodStart, asOf, asOf);
    winRate = WinRateAccumulator.of(periodStart, asOf);
    acquisition = AcquisitionAccumulator.of(currency, this.period, SpendTiming.SAME_PERIOD);
    deals = new DealTally(periodStart, asOf, zone);
    slaEvaluator = HealthAssembly.slaEvaluator(options);
    // each lead comes once (grouped by lead, in memory or by the streaming job's grouping check and spill):
    // nothing is kept per lead, so the heap does not grow with the number of leads
    sla = slaEvaluator.accumulatorOfDistinctLeads(asOf);
    monthly = MonthlyFunnel.collector(HealthReport.CONVERSIONS, this.period, zone, asOf);
  }

  /**
   * An empty accumulator evaluating as of {@code asOf}; {@code paidChannels} are the spend channels marked
   * paid (a lead source among them is a paid channel).
   */
  static HealthAccumulator of(HealthOptions options, Instant asOf, Set<String> paidChannels) {
    return new HealthAccumulator(options, asOf, paidChannels, null);
  }

  /**
   * The acquisition report of {@code period} (rather than the report's own period): every history and spend
   * record added through the same accumulator as the report's, so the rules live in one place.
   */
  static AcquisitionReport acquisition(List<LeadEventHistory> histories, List<SpendRecord> spend, MonthRange period,
      HealthOptions options, Instant asOf) {
    HealthAccumulator acc = new HealthAccumulator(options, asOf, paidChannels(spend), requireNonNull(period, "period"));
    histories.forEach(h -> acc.add(h, Optional.empty()));
    spend.forEach(acc::addSpend);
    return acc.acquisition();
  }

  /** The channels marked paid in {@code spend}. */
  static Set<String> paidChannels(List<SpendRecord> spend) {
    Set<String> paid = new HashSet<>();
    spend.stream().filter(SpendRecord::paid).forEach(s -> s.channel().ifPresent(paid::add));
    return paid;
  }

  /**
   * Adds one lead: its whole history (cut here at the "as of" instant; a lead with no event by then is left
   * out) and its data if the leads file has it.
   */
  void add(LeadEventHistory history, Optional<Lead> lead) {
    prepare(history, lead).ifPresent(this::add);
  }

  /**
   * One lead made ready to add: its history cut at the "as of" instant and its SLA verdicts.
   *
   * @param history the history cut at the "as of" instant (not empty)
   * @param lead the lead's data, if the leads file has it
   * @param sla the lead's SLA verdicts as of the "as of" instant
   */
  record Prepared(LeadEventHistory history, Optional<Lead> lead, LeadVerdicts sla) {}

  /**
   * The per-lead work of {@link #add(LeadEventHistory, Optional)} that reads nothing of this accumulator's
   * running state (the "as of" cut and the SLA evaluation): it may run on another thread than the adding one
   * (the main job prepares on its reading thread). Empty for a lead with no event by the "as of" instant.
   */
  Optional<Prepared> prepare(LeadEventHistory history, Optional<Lead> lead) {
    LeadEventHistory h = history.asOf(asOf);
    if (h.size() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Prepared(h, lead, slaEvaluator.evaluate(lead.map(l -> SlaInput.of(h, l))
        .orElseGet(() -> SlaInput.of(h)), asOf)));
  }

  /** Adds a lead {@link #prepare prepared} by this accumulator. */
  void add(Prepared prepared) {
    LeadEventHistory h = prepared.history();
    Optional<Lead> lead = prepared.lead();
    leads++;
    if (h.hasAnomalies()) {
      withAnomalies++;
    }
    if (!h.isSound()) {
      unsound++;
    }
    for (LifecycleStage s : h.stagesReached()) {
      stages.merge(s, 1L, Long::sum);
    }
    leadToMql.add(h);
    mqlToSql.add(h);
    sqlToCustomer.add(h);
    winRate.add(h);
    Optional<LeadEvent.Created> created = h.created();
    Channel channel = created.map(c -> channel(c.source().code())).orElse(null);
    if (created.isPresent()) {
      YearMonth month = YearMonth.from(created.get().at().atZone(zone));
      acquisition.add(channel != null ? NewLeads.of(month, channel, 1) : NewLeads.of(month, 1));
    }
    Optional<MonetaryAmount> wonAmount = Optional.empty();
    Optional<LeadEvent.Won> won = h.won();
    if (won.isPresent()) {
      LeadEvent.Won w = won.get();
      java.time.ZonedDateTime at = w.at().atZone(zone);
      YearMonth month = YearMonth.from(at);
      acquisition.add(channel != null ? NewCustomers.of(month, channel, 1) : NewCustomers.of(month, 1));
      if (created.isPresent() && created.get().source().code().equals("referral")) {
        advocacy++;
      }
      wonAmount = Optional.of(HealthAssembly.convert(w.amount(), currency, at.toLocalDate(), options));
    }
    deals.add(h, channel != null && channel.kind() == ChannelKind.PAID, wonAmount);
    lead.ifPresent(this::addQuality);
    monthly.add(h);
    LeadVerdicts verdicts = prepared.sla();
    sla.add(verdicts);
    watch.add(verdicts);
  }

  private Channel channel(String code) {
    return channels.computeIfAbsent(code,
        c -> Channel.of(LeadSource.of(c), paid.contains(c) ? ChannelKind.PAID : ChannelKind.ORGANIC));
  }

  /**
   * The most leads whose data-quality keys are kept (a few hundred bytes each): duplicate detection needs
   * them all at once, so beyond this the section says it was not computed rather than grow the heap.
   */
  static final int QUALITY_LIMIT = 250_000;

  private void addQuality(Lead lead) {
    qualityLeads++;
    if (quality != null) {
      quality.add(QualityRecord.of(lead));
      if (quality.size() > QUALITY_LIMIT) {
        quality = null;
      }
    }
  }

  /** The data-quality report of the leads added, or empty (see {@link #dataQualityMissing()}). */
  Optional<DataQualityReport> dataQuality(String source, Findings findings) {
    return quality == null ? Optional.empty()
        : Optional.of(DataQuality.defaultRegion(HealthReport.DATA_QUALITY_REGION).check(quality, asOf, source,
            findings));
  }

  /** Why {@link #dataQuality} is empty: present exactly when it is. */
  Optional<String> dataQualityMissing() {
    return quality != null ? Optional.empty() : Optional.of("not computed: " + qualityLeads
        + " leads with data, more than the " + QUALITY_LIMIT
        + " whose keys the streaming health check keeps in memory for duplicate detection");
  }

  /** Adds a spend record (after every lead; see the class comment). */
  void addSpend(SpendRecord s) {
    spend.add(requireNonNull(s, "spend"));
  }

  Instant asOf() {
    return asOf;
  }

  MonthRange period() {
    return period;
  }

  long leads() {
    return leads;
  }

  long withAnomalies() {
    return withAnomalies;
  }

  long unsound() {
    return unsound;
  }

  long advocacy() {
    return advocacy;
  }

  /** The funnel volumes: every lead counted at each stage its history reached; visitors = leads. */
  FunnelSnapshot funnel() {
    Map<LifecycleStage, Long> counts = new EnumMap<>(stages);
    counts.put(LifecycleStage.VISITOR, counts.get(LifecycleStage.LEAD));
    return FunnelSnapshot.of(counts);
  }

  ConversionAccumulator leadToMql() {
    return leadToMql;
  }

  ConversionAccumulator mqlToSql() {
    return mqlToSql;
  }

  ConversionAccumulator sqlToCustomer() {
    return sqlToCustomer;
  }

  WinRateAccumulator winRate() {
    return winRate;
  }

  /** The won deals, the sales cycle and the volumes of the lever analysis ({@link DealTally}). */
  DealTally deals() {
    return deals;
  }

  SlaAccumulator sla() {
    return sla;
  }

  /** The most urgent breached and at-risk verdicts seen. */
  WatchList.Collector watchList() {
    return watch;
  }

  /** The conversions by cohort month. */
  MonthlyFunnel.Collector monthlyFunnel() {
    return monthly;
  }

  /** The acquisition report: the leads' new leads and customers and the spend added. */
  AcquisitionReport acquisition() {
    AcquisitionAccumulator acc = AcquisitionAccumulator.of(currency, period, SpendTiming.SAME_PERIOD).merge(acquisition);
    for (SpendRecord s : spend) {
      MonetaryAmount amount = HealthAssembly.convert(s.amount(), currency, s.month().atDay(1), options);
      Department department = s.department().equals("sales") ? Department.SALES : Department.MARKETING;
      // spend without a channel, or on one no lead came from, is the department's
      Channel ch = s.channel().map(channels::get).orElse(null);
      acc.add(ch == null ? Spend.of(s.month(), department, amount) : Spend.of(s.month(), ch, department, amount));
    }
    return acc.result();
  }

  @Override
  public String toString() {
    return "HealthAccumulator[as of " + asOf + ", " + leads + " leads, " + deals.won() + " deals]";
  }
}
