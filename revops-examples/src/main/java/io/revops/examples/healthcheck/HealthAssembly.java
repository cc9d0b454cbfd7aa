package io.revops.examples.healthcheck;

import io.revops.core.flywheel.Friction;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.batch.Findings;
import io.revops.core.money.Rate;
import io.revops.core.qualification.EvaluationContext;
import io.revops.core.batch.Finding;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.acquisition.AcquisitionReport;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.cycle.SalesCycleReport;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.NetRetention;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.healthcheck.sections.MonthlyRevenue;
import io.revops.examples.healthcheck.sections.ReportSections;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.TrailingYear;
import io.revops.metrics.value.Arpa;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.metrics.value.LtvCacRatio;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaReport;
import io.revops.core.quality.DataQualityReport;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How a {@link HealthReport} is assembled from what the pass over the leads accumulated: the reading's counts, the
 * funnel, conversion, acquisition, revenue, bowtie, SLA and lever figures, each metric computed or saying why
 * not; and the conversions both the accumulator and the report use (reporting currency, the handbook SLA).
 *
 * <p>Cost: the revenue analysis of the ledger (O(records)) plus what each section's result costs; the leads are
 * not read again.
 */
final class HealthAssembly {
  private HealthAssembly() {}

  /** The report's parts, set one by one and handed to {@link HealthReport}'s constructor. */
  static final class Parts {
    String source;
    Instant asOf;
    MonthRange period;
    CurrencyUnit currency;
    long leads;
    long events;
    long historiesWithAnomalies;
    long unsoundHistories;
    long rowsRead;
    long rowsRejected;
    Map<String, Long> rejectionsByRule;
    List<Finding> errors;
    FunnelSnapshot funnel;
    BowtieSnapshot bowtie;
    Map<String, MetricResult<Proportion>> conversions = new LinkedHashMap<>();
    AcquisitionReport acquisition;
    MetricResult<MonetaryAmount> arpa;
    MetricResult<Rate> monthlyChurn;
    MetricResult<MonetaryAmount> ltv;
    MetricResult<LtvCacRatio> ltvCac;
    MetricResult<NetRetention> nrr;
    MetricResult<Rate> grr;
    MetricResult<MrrMovements> movements;
    SalesCycleReport cycle;
    SlaReport sla;
    Optional<Friction> lowestConversion;
    boolean hasSpend;
    LeverAnalysis lever;
    DealTally deals;
    MissingData missing;
    MetricResult<MrrMovements> lastMonth;
    DataQualityReport dataQuality;
    List<RevenueLedger.Duplicate> duplicateMrr = List.of();
    Optional<String> dataQualityMissing = Optional.empty();
    Findings dataQualityFindings = Findings.create();
    ReportSections sections;
  }

  /** The revenue ledger of the MRR records. */
  static RevenueLedger ledger(List<MrrRecord> mrr) {
    RevenueLedger.Builder ledger = RevenueLedger.builder();
    mrr.forEach(m -> ledger.add(m.customerId(), m.month(), m.mrr()));
    return ledger.result();
  }

  /**
   * What reading the input found, as the report shows it.
   *
   * @param source where the data came from
   * @param events the number of events read
   * @param rowsRead the number of data rows read, good and bad
   * @param rowsRejected the number of rows rejected
   * @param rejectionsByRule the rejected rows counted by rule
   * @param errors the first errors
   */
  record Reading(String source, long events, long rowsRead, long rowsRejected, Map<String, Long> rejectionsByRule,
      List<Finding> errors) {}

  /**
   * The report of every lead added to {@code acc}, with the spend it was given (none when {@code hasSpend} is
   * false) and the revenue {@code ledger}.
   */
  static HealthReport of(Reading reading, HealthAccumulator acc, boolean hasSpend, RevenueLedger ledger,
      HealthOptions options) {
    Parts b = new Parts();
    b.source = reading.source();
    b.asOf = acc.asOf();
    b.period = acc.period();
    b.currency = options.reporting().currency();
    b.leads = acc.leads();
    b.events = reading.events();
    b.historiesWithAnomalies = acc.withAnomalies();
    b.unsoundHistories = acc.unsound();
    b.rowsRead = reading.rowsRead();
    b.rowsRejected = reading.rowsRejected();
    b.rejectionsByRule = reading.rejectionsByRule();
    b.errors = reading.errors();
    b.funnel = acc.funnel();
    b.conversions.put(HealthReport.CONVERSIONS.get(0), acc.leadToMql().result().overall());
    b.conversions.put(HealthReport.CONVERSIONS.get(1), acc.mqlToSql().result().overall());
    b.conversions.put(HealthReport.CONVERSIONS.get(2), acc.sqlToCustomer().result().overall());
    b.conversions.put(HealthReport.CONVERSIONS.get(3), acc.winRate().result().overall());
    b.acquisition = acc.acquisition();
    b.hasSpend = hasSpend;
    revenue(b, ledger, options);
    b.duplicateMrr = ledger.duplicates();
    b.bowtie = bowtie(b, acc.advocacy());
    b.deals = acc.deals();
    b.cycle = acc.deals().cycle();
    b.sla = acc.sla().result();
    long watched = b.sla.compliance().values().stream().mapToLong(c -> c.breached() + c.atRisk()).sum();
    b.sections = new ReportSections(acc.watchList().result(watched), acc.monthlyFunnel().result(),
        MonthlyRevenue.of(ledger, options.reporting(), b.period));
    friction(b, acc, options);
    b.missing = MissingData.of(hasSpend, !ledger.isEmpty(), b.leads, acc.deals());
    acc.dataQuality(reading.source(), b.dataQualityFindings).ifPresentOrElse(q -> b.dataQuality = q,
        () -> b.dataQualityMissing = acc.dataQualityMissing());
    return new HealthReport(b);
  }

  static MonetaryAmount convert(MonetaryAmount amount, CurrencyUnit currency, java.time.LocalDate on,
      HealthOptions options) {
    return amount.getCurrency().equals(currency) ? amount
        : options.reporting().rates().convert(amount, currency, on, options.reporting().rounding());
  }

  private static void revenue(Parts b, RevenueLedger ledger, HealthOptions options) {
    YearMonth end = b.period.end();
    if (ledger.isEmpty()) {
      String why = "no MRR records in the input";
      b.nrr = MetricResult.notComputable("NRR", why, List.of());
      b.grr = MetricResult.notComputable("GRR", why, List.of());
      b.movements = MetricResult.notComputable("MRR movements", why, List.of());
      b.arpa = MetricResult.notComputable(Arpa.METRIC, why, List.of());
      b.monthlyChurn = MetricResult.notComputable("Monthly logo churn", why, List.of());
      b.lastMonth = MetricResult.notComputable("MRR movements", why, List.of());
    } else {
      RevenueAnalysis analysis = RevenueAnalysis.of(ledger, options.reporting());
      TrailingYear year = analysis.trailingYear(end);
      b.nrr = year.nrr();
      b.grr = year.grr();
      b.movements = year.movements();
      MetricResult<MrrMovements> lastMonth = analysis.movements(end.minusMonths(1), end);
      b.lastMonth = lastMonth;
      b.arpa = lastMonth.isComputed()
          ? Arpa.of(lastMonth.value().endMrr(), lastMonth.value().counts().atEnd())
          : MetricResult.notComputable(Arpa.METRIC, lastMonth.reason().orElseThrow(), List.of());
      b.monthlyChurn = MonthlyRevenue.monthlyChurn(analysis, year.start(), end);
    }
    b.ltv = b.arpa.isComputed() && b.monthlyChurn.isComputed()
        ? Ltv.fromChurn(b.arpa.value(), options.grossMargin(), b.monthlyChurn.value())
        : MetricResult.notComputable(Ltv.METRIC, b.arpa.isComputed() ? b.monthlyChurn.reason().orElseThrow()
            : b.arpa.reason().orElseThrow(), List.of());
    b.ltvCac = !b.hasSpend
        ? MetricResult.notComputable("LTV:CAC", "CAC not computable: no spend records in the input", List.of())
        : LtvCac.of(b.ltv, b.acquisition.cac());
  }

  private static BowtieSnapshot bowtie(Parts b, long advocacy) {
    long leads = b.funnel.count(LifecycleStage.LEAD).orElse(0);
    long mqls = b.funnel.count(LifecycleStage.MQL).orElse(0);
    long customers = b.funnel.count(LifecycleStage.CUSTOMER).orElse(0);
    long retained = b.movements.isComputed() ? b.movements.value().counts().atEnd() : 0;
    long expanded = b.movements.isComputed() ? b.movements.value().counts().expanded() : 0;
    return BowtieSnapshot.of(leads, mqls, customers, retained, expanded, advocacy);
  }

  /**
   * The handbook SLA on the options' calendar; its MQL criteria (the handbook definition) convert revenue in
   * other currencies with the options' exchange rates.
   */
  static SlaEvaluator slaEvaluator(HealthOptions options) {
    return SlaEvaluator.of(SlaAgreement.handbook(options.calendar()))
        .withEvaluationContext(EvaluationContext.of(options.reporting().rates()));
  }

  private static void friction(Parts b, HealthAccumulator acc, HealthOptions options) {
    b.lowestConversion = RevenueAudit.lowestConversionFriction(b.funnel);
    b.lever = LeverAnalysis.of(new LeverAnalysis.Inputs(b.period, b.currency, acc.deals(), b.conversions,
        b.acquisition, b.hasSpend, b.cycle, b.monthlyChurn, b.lastMonth, options.grossMargin()));
  }
}
