package io.revops.spark;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.Department;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.metrics.MonthRange;
import io.revops.metrics.acquisition.AcquisitionAccumulator;
import io.revops.metrics.acquisition.Channel;
import io.revops.metrics.acquisition.ChannelKind;
import io.revops.metrics.acquisition.NewCustomers;
import io.revops.metrics.acquisition.NewLeads;
import io.revops.metrics.acquisition.Spend;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.conversion.ConversionAccumulator;
import io.revops.metrics.conversion.FunnelCounts;
import io.revops.metrics.conversion.WinRateAccumulator;
import io.revops.metrics.cycle.SalesCycleAccumulator;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.sla.SlaAccumulator;
import io.revops.sla.SlaAgreement;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The revops aggregates as Spark {@link RevOpsAggregator}s: the SLA report, funnel counts, conversion and win
 * rates and the sales cycle over {@link LeadRow}s (one per lead, see {@link LeadHistories#group}),
 * acquisition over leads and spend, and the revenue ledger (MRR movements, NRR, GRR) over {@link MrrRow}s.
 *
 * <pre>{@code
 * Dataset<LeadRow> leads = LeadHistories.group(JsonLinesReader.of(spark).events(dir).rows());
 * Partial<SlaAccumulator> sla = leads.select(RevOpsAggregators.sla(agreement, rates, asOf).toColumn()).first();
 * SlaReport report = sla.accumulator().result();
 * }</pre>
 *
 * <p>Each aggregator carries its parameters to the executors; the SLA aggregator carries the agreement as its
 * JSON and builds its evaluator once per task, so each lead is evaluated where its events are.
 */
public final class RevOpsAggregators {
  private RevOpsAggregators() {}

  /**
   * The SLA report of {@code agreement} as of {@code asOf}: each lead evaluated on the executor with its
   * profile when the row has one (without, its MQL-criteria obligation says so), its verdicts added to a
   * partition's {@link SlaAccumulator}.
   *
   * @param rates the exchange rates the MQL criteria convert revenue with ({@code ExchangeRates.none()} for
   *     none)
   * @throws IllegalArgumentException if the agreement's calendar cannot be described as JSON (the standard
   *     calendars can)
   */
  public static RevOpsAggregator<LeadRow, SlaAccumulator> sla(SlaAgreement agreement, ExchangeRates rates,
      Instant asOf) {
    SlaJob job = SlaJob.of(agreement, rates, asOf);
    return RevOpsAggregator.of("SLA " + agreement.name() + " as of " + asOf, job::accumulator,
        (acc, lead) -> acc.add(job.evaluate(lead)), SlaAccumulator::merge);
  }

  /** Funnel counts ({@link FunnelCounts#of(long, Instant, Instant, Instant)}). */
  public static RevOpsAggregator<LeadRow, FunnelCounts> funnelCounts(long visitors, Instant windowStart,
      Instant windowEnd, Instant asOf) {
    FunnelCounts.of(visitors, windowStart, windowEnd, asOf); // validates here, on the driver
    return RevOpsAggregator.of("funnel counts", () -> FunnelCounts.of(visitors, windowStart, windowEnd, asOf),
        (acc, lead) -> acc.add(lead.history()), FunnelCounts::merge);
  }

  /** The conversion from one stage to another ({@link ConversionAccumulator#of}). */
  public static RevOpsAggregator<LeadRow, ConversionAccumulator> conversion(LifecycleStage from, LifecycleStage to,
      Instant windowStart, Instant windowEnd, Instant asOf) {
    ConversionAccumulator.of(from, to, windowStart, windowEnd, asOf);
    return RevOpsAggregator.of("conversion " + from + "→" + to,
        () -> ConversionAccumulator.of(from, to, windowStart, windowEnd, asOf),
        (acc, lead) -> acc.add(lead.history()), ConversionAccumulator::merge);
  }

  /** The win rate of opportunities decided in the window ({@link WinRateAccumulator#of}). */
  public static RevOpsAggregator<LeadRow, WinRateAccumulator> winRate(Instant windowStart, Instant windowEnd) {
    WinRateAccumulator.of(windowStart, windowEnd);
    return RevOpsAggregator.of("win rate", () -> WinRateAccumulator.of(windowStart, windowEnd),
        (acc, lead) -> acc.add(lead.history()), WinRateAccumulator::merge);
  }

  /** The sales cycle with the default policies ({@link SalesCycleAccumulator#of(Instant)}). */
  public static RevOpsAggregator<LeadRow, SalesCycleAccumulator> salesCycle(Instant asOf) {
    SalesCycleAccumulator.of(asOf);
    return RevOpsAggregator.of("sales cycle", () -> SalesCycleAccumulator.of(asOf),
        (acc, lead) -> acc.add(lead.history()), SalesCycleAccumulator::merge);
  }

  /**
   * The acquisition side of CAC and CPL: each lead's creation counts a new lead, its win a new customer, in the
   * month (in the acquisition's time zone) it happened and on the channel of its source.
   *
   * @param acquisition the parameters, with the kind of each lead source's channel (see
   *     {@link Acquisition#channels}); a lead whose source is not among them counts on an organic channel
   */
  public static RevOpsAggregator<LeadRow, AcquisitionAccumulator> acquisitionOfLeads(Acquisition acquisition) {
    requireNonNull(acquisition, "acquisition");
    return RevOpsAggregator.of("acquisition of leads " + acquisition, acquisition::accumulator,
        (acc, lead) -> acquisition.addLead(acc, lead.history()), AcquisitionAccumulator::merge);
  }

  /** The spend side of CAC and CPL: each spend row converted to the reporting currency on its month's first day. */
  public static RevOpsAggregator<SpendRow, AcquisitionAccumulator> acquisitionOfSpend(Acquisition acquisition) {
    requireNonNull(acquisition, "acquisition");
    return RevOpsAggregator.of("acquisition of spend " + acquisition, acquisition::accumulator,
        acquisition::addSpend, AcquisitionAccumulator::merge);
  }

  /**
   * The revenue ledger of the MRR rows; {@code RevenueAnalysis.of(partial.accumulator().result(), reporting)}
   * gives MRR movements, NRR and GRR. Cost: the ledger holds every customer-month, so the driver holds them all
   * (about 100 bytes each: 10^7 customer-months in about 1 GB).
   */
  public static RevOpsAggregator<MrrRow, RevenueLedger.Builder> revenueLedger() {
    return RevOpsAggregator.of("revenue ledger", RevenueLedger::builder, (acc, row) -> acc.add(row.toRecord()),
        RevenueLedger.Builder::merge);
  }

  /**
   * The parameters of acquisition: reporting currency, exchange rates and rounding for spend in other
   * currencies, the period, the spend timing, the time zone months are counted in, and each lead source's
   * channel kind. This class is immutable.
   */
  public static final class Acquisition implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String currency;
    private final Shipped<ExchangeRates> rates;
    private final RoundingMode rounding;
    private final YearMonth start;
    private final YearMonth end;
    private final SpendTiming timing;
    private final ZoneId zone;
    private final HashMap<String, ChannelKind> channels;

    private Acquisition(CurrencyUnit currency, ExchangeRates rates, RoundingMode rounding, MonthRange period,
        SpendTiming timing, ZoneId zone, Map<String, ChannelKind> channels) {
      this.currency = requireNonNull(currency, "currency").getCurrencyCode();
      this.rates = new Shipped<>(requireNonNull(rates, "rates"));
      this.rounding = requireNonNull(rounding, "rounding");
      this.start = requireNonNull(period, "period").start();
      this.end = period.end();
      this.timing = requireNonNull(timing, "timing");
      this.zone = requireNonNull(zone, "zone");
      this.channels = new HashMap<>(requireNonNull(channels, "channels"));
    }

    /** The parameters of one acquisition report. */
    public static Acquisition of(CurrencyUnit currency, ExchangeRates rates, RoundingMode rounding,
        MonthRange period, SpendTiming timing, ZoneId zone, Map<String, ChannelKind> channels) {
      return new Acquisition(currency, rates, rounding, period, timing, zone, channels);
    }

    /**
     * Each lead source's channel kind: paid if any spend on a channel of that name is marked paid, organic
     * otherwise (the health check's rule).
     */
    public static Map<String, ChannelKind> channels(Iterable<String> leadSources, Iterable<String> paidChannels) {
      java.util.Set<String> paid = new java.util.HashSet<>();
      paidChannels.forEach(paid::add);
      Map<String, ChannelKind> out = new HashMap<>();
      leadSources.forEach(s -> out.put(s, paid.contains(s) ? ChannelKind.PAID : ChannelKind.ORGANIC));
      return out;
    }

    AcquisitionAccumulator accumulator() {
      return AcquisitionAccumulator.of(Amounts.currency(currency), MonthRange.of(start, end), timing);
    }

    private Optional<Channel> channel(String code) {
      ChannelKind kind = channels.get(code);
      return kind == null ? Optional.empty() : Optional.of(Channel.of(LeadSource.of(code), kind));
    }

    /** Adds one lead's creation and win to {@code acc}. */
    public AcquisitionAccumulator addLead(AcquisitionAccumulator acc, LeadEventHistory h) {
      Optional<Channel> channel = h.source().map(s -> channel(s.code())
          .orElseGet(() -> Channel.of(s, ChannelKind.ORGANIC)));
      h.created().ifPresent(c -> {
        YearMonth month = YearMonth.from(c.at().atZone(zone));
        acc.add(channel.map(ch -> NewLeads.of(month, ch, 1)).orElseGet(() -> NewLeads.of(month, 1)));
      });
      h.won().ifPresent(w -> {
        YearMonth month = YearMonth.from(w.at().atZone(zone));
        acc.add(channel.map(ch -> NewCustomers.of(month, ch, 1)).orElseGet(() -> NewCustomers.of(month, 1)));
      });
      return acc;
    }

    /** Adds one spend row to {@code acc}; a channel that is no lead source is spend not attributed to one. */
    public AcquisitionAccumulator addSpend(AcquisitionAccumulator acc, SpendRow s) {
      YearMonth month = YearMonth.parse(s.getMonth());
      CurrencyUnit target = Amounts.currency(currency);
      MonetaryAmount amount = Amounts.of(s.getAmount(), s.getCurrency());
      if (!amount.getCurrency().equals(target)) {
        amount = rates.get().convert(amount, target, month.atDay(1), rounding);
      }
      Department department = "sales".equals(s.getDepartment()) ? Department.SALES : Department.MARKETING;
      Optional<Channel> channel = channel(s.getChannel());
      MonetaryAmount a = amount;
      return acc.add(channel.map(ch -> Spend.of(month, ch, department, a)).orElseGet(() -> Spend.of(month,
          department, a)));
    }

    @Override
    public String toString() {
      return "Acquisition[" + currency + " " + start + ".." + end + " " + timing + " in " + zone + ", "
          + channels.size() + " channels]";
    }
  }
}
