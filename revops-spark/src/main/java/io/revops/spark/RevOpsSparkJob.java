package io.revops.spark;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.ReportingCurrency;
import io.revops.metrics.acquisition.AcquisitionAccumulator;
import io.revops.metrics.acquisition.AcquisitionReport;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.conversion.ConversionAccumulator;
import io.revops.metrics.conversion.FunnelCounts;
import io.revops.metrics.conversion.FunnelCountsReport;
import io.revops.metrics.conversion.WinRateAccumulator;
import io.revops.metrics.conversion.ConversionReport;
import io.revops.metrics.cycle.SalesCycleAccumulator;
import io.revops.metrics.cycle.SalesCycleReport;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.NetRetention;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.TrailingYear;
import io.revops.core.money.Rate;
import io.revops.sla.SlaAccumulator;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaReport;
import io.revops.sla.calendar.BusinessCalendars;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import scala.Tuple7;

/**
 * The example job: a RevOps health check of a JSON Lines data folder on Spark. It reads the events, lead
 * profiles, MRR and spend, groups the events by lead with its profile, and computes in one pass over the leads the handbook SLA (Moscow working
 * hours on Russia's production calendar), funnel counts, MQL→SQL conversion, win rate and sales cycle; then
 * acquisition (CAC, CPL) and revenue retention (MRR movements, NRR, GRR) over the 12 months ending with the
 * "as of" month. The same code runs on a cluster and on {@code local[*]}: the master comes from
 * {@code spark-submit} (or {@code --master}).
 *
 * <pre>{@code
 * spark-submit --class io.revops.spark.RevOpsSparkJob --master yarn app.jar --data s3a://bucket/revops/
 * java -cp ... io.revops.spark.RevOpsSparkJob --master local[*] --data /tmp/data [--as-of 2026-12-31T21:00:00Z]
 * }</pre>
 */
public final class RevOpsSparkJob {
  /** The sample's exchange rate (90 RUB per USD from 2000-01-01), as the single-JVM health check uses. */
  static final ExchangeRates RATES = ExchangeRates.builder().rate(LocalDate.of(2000, 1, 1), "USD", "RUB", "90")
      .build();

  private RevOpsSparkJob() {}

  /** What the job found. */
  public static final class Result {
    private final Instant asOf;
    private final MonthRange period;
    private final long findings;
    private final SlaReport sla;
    private final FunnelCountsReport funnel;
    private final ConversionReport mqlToSql;
    private final ConversionReport winRate;
    private final SalesCycleReport cycle;
    private final AcquisitionReport acquisition;
    private final MetricResult<NetRetention> nrr;
    private final MetricResult<Rate> grr;
    private final MetricResult<MrrMovements> movements;

    private Result(Instant asOf, MonthRange period, long findings, SlaReport sla, FunnelCountsReport funnel,
        ConversionReport mqlToSql, ConversionReport winRate, SalesCycleReport cycle, AcquisitionReport acquisition,
        MetricResult<NetRetention> nrr, MetricResult<Rate> grr, MetricResult<MrrMovements> movements) {
      this.asOf = asOf;
      this.period = period;
      this.findings = findings;
      this.sla = sla;
      this.funnel = funnel;
      this.mqlToSql = mqlToSql;
      this.winRate = winRate;
      this.cycle = cycle;
      this.acquisition = acquisition;
      this.nrr = nrr;
      this.grr = grr;
      this.movements = movements;
    }

    /** The instant evaluated at. */
    public Instant asOf() {
      return asOf;
    }

    /** The SLA report. */
    public SlaReport sla() {
      return sla;
    }

    /** The funnel counts of the period. */
    public FunnelCountsReport funnel() {
      return funnel;
    }

    /** The sales cycle. */
    public SalesCycleReport cycle() {
      return cycle;
    }

    /** CAC and CPL. */
    public AcquisitionReport acquisition() {
      return acquisition;
    }

    /** NRR over the 12 months ending with the period. */
    public MetricResult<NetRetention> nrr() {
      return nrr;
    }

    /** GRR over the 12 months ending with the period. */
    public MetricResult<Rate> grr() {
      return grr;
    }

    /** MRR movements over the 12 months ending with the period. */
    public MetricResult<MrrMovements> movements() {
      return movements;
    }

    /** MQL→SQL conversion of the period. */
    public ConversionReport mqlToSql() {
      return mqlToSql;
    }

    /** The win rate of the period. */
    public ConversionReport winRate() {
      return winRate;
    }

    /** The number of input rows rejected. */
    public long findings() {
      return findings;
    }

    @Override
    public String toString() {
      return "revops on Spark, as of " + asOf + ", period " + period + "\n"
          + "rows rejected: " + findings + "\n"
          + sla + "\n"
          + "funnel: " + funnel + "\n"
          + "MQL→SQL: " + mqlToSql.overall() + "\n"
          + "win rate: " + winRate.overall() + "\n"
          + "sales cycle: " + cycle + "\n"
          + "CAC: " + acquisition.cac() + "\n"
          + "NRR: " + nrr + "\nGRR: " + grr + "\nMRR movements: " + movements;
    }
  }

  /**
   * Runs the health check on {@code dir}; {@code asOf} empty for the end of the data (the instant after the
   * latest event).
   */
  public static Result run(SparkSession spark, String dir, Optional<Instant> asOfOption) {
    requireNonNull(spark, "spark");
    requireNonNull(dir, "dir");
    requireNonNull(asOfOption, "asOf");
    SlaAgreement agreement = SlaAgreement.handbook(BusinessCalendars.russia());
    ZoneId zone = agreement.zone();
    JsonLinesReader reader = JsonLinesReader.of(spark);
    JsonLinesReader.Read<EventRow> events = reader.events(dir);
    JsonLinesReader.Read<LeadJsonRow> profiles = reader.leads(dir);
    JsonLinesReader.Read<MrrRow> mrr = reader.mrr(dir);
    JsonLinesReader.Read<SpendRow> spend = reader.spend(dir);
    // pass 1 over the events: the "as of", the lead sources and the rejected rows, together
    EventSummary scan = events.summarize(EventSummary.summary());
    Instant asOf = asOfOption.orElseGet(() -> scan.endOfData().orElseThrow(() -> new IllegalArgumentException(
        "dir: " + dir + " has no good event in events.jsonl*, so there is no default \"as of\"; give one")));
    MonthRange period = MonthRange.trailingYear(asOf, zone);
    Instant periodStart = period.start().atDay(1).atStartOfDay(zone).toInstant();

    // the spend and MRR files are small: read on the driver's terms before the leads' pass
    List<String> paid = spend.rows().filter((org.apache.spark.api.java.function.FilterFunction<SpendRow>)
        SpendRow::isPaid).map((MapFunction<SpendRow, String>) SpendRow::getChannel, Encoders.STRING())
        .distinct().collectAsList();
    RevOpsAggregators.Acquisition acquisition = RevOpsAggregators.Acquisition.of(Amounts.currency("RUB"), RATES,
        RoundingMode.HALF_EVEN, period, SpendTiming.SAME_PERIOD, zone,
        RevOpsAggregators.Acquisition.channels(scan.sources(), paid));

    // pass 2: the events grouped by lead with its profile, every per-lead aggregate in one pass (not cached:
    // the grouped leads are the largest data of the job)
    Dataset<LeadRow> leads = LeadHistories.group(events.rows(), profiles.rows());
    // six aggregates: more than Dataset.select's five typed columns, so grouped under one constant key (each
    // partition still aggregates its own leads first; only the partial aggregates are shuffled)
    RevOpsAggregator<LeadRow, SlaAccumulator> slaAgg = RevOpsAggregators.sla(agreement, RATES, asOf);
    RevOpsAggregator<LeadRow, FunnelCounts> funnelAgg = RevOpsAggregators.funnelCounts(0, periodStart, asOf, asOf);
    RevOpsAggregator<LeadRow, ConversionAccumulator> mqlToSqlAgg = RevOpsAggregators.conversion(LifecycleStage.MQL,
        LifecycleStage.SQL, periodStart, asOf, asOf);
    RevOpsAggregator<LeadRow, WinRateAccumulator> winAgg = RevOpsAggregators.winRate(periodStart, asOf);
    RevOpsAggregator<LeadRow, SalesCycleAccumulator> cycleAgg = RevOpsAggregators.salesCycle(asOf);
    RevOpsAggregator<LeadRow, AcquisitionAccumulator> acqAgg = RevOpsAggregators.acquisitionOfLeads(acquisition);
    List<Tuple7<Integer, Partial<SlaAccumulator>, Partial<FunnelCounts>, Partial<ConversionAccumulator>,
        Partial<WinRateAccumulator>, Partial<SalesCycleAccumulator>, Partial<AcquisitionAccumulator>>> grouped =
        leads.groupByKey((MapFunction<LeadRow, Integer>) lead -> 0, Encoders.INT()).agg(slaAgg.toColumn(),
            funnelAgg.toColumn(), mqlToSqlAgg.toColumn(), winAgg.toColumn(), cycleAgg.toColumn(),
            acqAgg.toColumn()).collectAsList();
    // no leads: no group, so each aggregate is its empty accumulator
    Tuple7<Integer, Partial<SlaAccumulator>, Partial<FunnelCounts>, Partial<ConversionAccumulator>,
        Partial<WinRateAccumulator>, Partial<SalesCycleAccumulator>, Partial<AcquisitionAccumulator>> onePass =
        grouped.isEmpty() ? new Tuple7<>(0, slaAgg.zero(), funnelAgg.zero(), mqlToSqlAgg.zero(), winAgg.zero(),
            cycleAgg.zero(), acqAgg.zero()) : grouped.get(0);
    AcquisitionAccumulator acq = onePass._7().accumulator()
        .merge(spend.rows().select(RevOpsAggregators.acquisitionOfSpend(acquisition).toColumn()).first()
            .accumulator());

    RevenueLedger ledger = mrr.rows().select(RevOpsAggregators.revenueLedger().toColumn()).first().accumulator()
        .result();
    RevenueAnalysis revenue = RevenueAnalysis.of(ledger, ReportingCurrency.of("RUB", RATES, RoundingMode.HALF_EVEN));
    TrailingYear year = revenue.trailingYear(period.end());
    long findings = scan.rejected() + profiles.findings().count() + mrr.findings().count()
        + spend.findings().count();
    return new Result(asOf, period, findings, onePass._2().accumulator().result(),
        onePass._3().accumulator().result(), onePass._4().accumulator().result(),
        onePass._5().accumulator().result(), onePass._6().accumulator().result(), acq.result(),
        year.nrr(), year.grr(), year.movements());
  }

  /**
   * Runs the job: {@code --data DIR} (required), {@code --as-of INSTANT}, {@code --master URL} (when not set by
   * {@code spark-submit}). Prints the result; exit status 2 on bad arguments.
   */
  public static void main(String[] args) {
    String dir = null;
    Optional<Instant> asOf = Optional.empty();
    String master = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--data" -> dir = value;
        case "--as-of" -> asOf = Optional.of(Instant.parse(requireNonNull(value, "--as-of needs a value")));
        case "--master" -> master = value;
        default -> usage(System.err, "unknown argument: " + args[i]);
      }
      i++;
    }
    if (dir == null) {
      usage(System.err, "--data DIR is required");
    }
    SparkSession.Builder builder = SparkSession.builder().appName("revops health check");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      long t0 = System.nanoTime();
      Result result = run(spark, dir, asOf);
      System.out.println(result);
      System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    } finally {
      spark.stop();
    }
  }

  private static void usage(PrintStream err, String problem) {
    err.println("revops-spark: " + problem + " (usage: --data DIR [--as-of INSTANT] [--master URL])");
    System.exit(2);
  }
}
