package io.revops.metrics.planning;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import io.revops.metrics.Policy;
import io.revops.metrics.acquisition.Cac;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.metrics.value.LtvCacBands;
import io.revops.metrics.value.LtvCacHealth;
import io.revops.metrics.value.LtvCacRatio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One year of a {@link PlanningModel} worked through its formulas: visitors, SQL demand and sales
 * capacity, new customers and what limits them, revenue, growth, CAC, LTV, LTV:CAC and ROI.
 *
 * <p>Counts are exact expected values ({@link #expectedNewCustomers()}) with whole customers rounded
 * down ({@link #newCustomers()}); money figures are rounded to the minor unit with
 * {@link RoundingMode#HALF_UP}; LTV:CAC, growth and ROI are computed from the unrounded amounts, so
 * scaling every amount of the model by the same factor leaves them unchanged. A figure that cannot be
 * computed (CAC with no new customers, LTV with zero churn, growth from zero revenue) is a
 * {@link MetricResult} that says why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Projection {
  private static final RoundingMode MONEY = RoundingMode.HALF_UP;

  private final String name;
  private final PlanningModel model;
  private final Scenario scenario;
  private final BigDecimal paidVisitors;
  private final BigDecimal organicVisitors;
  private final ForwardFunnel funnel;
  private final BigDecimal sqlDemand;
  private final BigDecimal salesCapacity;
  private final BigDecimal customersWon;
  private final BigDecimal currentCustomers;
  private final BigDecimal retainedCustomers;
  private final BigDecimal marketRoom;
  private final BigDecimal expectedNewCustomers;
  private final long newCustomers;
  private final GrowthLimit limitedBy;
  private final BigDecimal revenueExact;
  private final BigDecimal acquisitionCostExact;
  private final BigDecimal revenueTeamCostExact;

  Projection(String name, PlanningModel model) {
    this(name, model, null);
  }

  Projection(String name, PlanningModel model, Scenario scenario) {
    this.name = requireNonNull(name, "name");
    this.model = requireNonNull(model, "model");
    this.scenario = scenario;
    BigDecimal churn = model.annualChurn().toBigDecimal();
    BigDecimal kept = BigDecimal.ONE.subtract(churn);

    paidVisitors = PlanningModel.strip(Amounts.toBigDecimal(model.marketingBudget())
        .divide(Amounts.toBigDecimal(model.costPerVisitor()), PlanningModel.MC));
    organicVisitors = PlanningModel.strip(model.marketers().multiply(model.organicVisitorsPerMarketer()));
    funnel = ForwardFunnel.from(paidVisitors.add(organicVisitors), model.funnel());
    sqlDemand = funnel.expected(LifecycleStage.SQL);
    salesCapacity = PlanningModel.strip(model.salesReps().multiply(model.sqlsPerRepPerCycle())
        .multiply(PlanningModel.DAYS_PER_YEAR).divide(model.salesCycleDays(), PlanningModel.MC));
    BigDecimal sqlsWorked = sqlDemand.min(salesCapacity);
    customersWon = PlanningModel.strip(sqlsWorked.multiply(
        model.funnel().rateBetween(LifecycleStage.SQL, LifecycleStage.CUSTOMER).toBigDecimal()));
    currentCustomers = PlanningModel.strip(BigDecimal.valueOf(model.marketSize())
        .multiply(model.marketShare().toBigDecimal()));
    retainedCustomers = PlanningModel.strip(currentCustomers.multiply(kept));
    marketRoom = PlanningModel.strip(BigDecimal.valueOf(model.marketSize()).subtract(retainedCustomers).max(BigDecimal.ZERO));
    if (marketRoom.compareTo(customersWon) < 0) {
      limitedBy = GrowthLimit.MARKET;
    } else if (salesCapacity.compareTo(sqlDemand) < 0) {
      limitedBy = GrowthLimit.SALES_CAPACITY;
    } else {
      limitedBy = GrowthLimit.DEMAND;
    }
    expectedNewCustomers = customersWon.min(marketRoom);
    newCustomers = expectedNewCustomers.setScale(0, RoundingMode.FLOOR).longValueExact();

    BigDecimal deal = Amounts.toBigDecimal(model.averageDeal());
    revenueExact = Amounts.toBigDecimal(model.currentRevenue()).multiply(kept)
        .add(deal.multiply(BigDecimal.valueOf(newCustomers)));
    acquisitionCostExact = Amounts.toBigDecimal(model.marketingBudget())
        .add(model.marketers().multiply(Amounts.toBigDecimal(model.costPerMarketer())))
        .add(model.salesReps().multiply(Amounts.toBigDecimal(model.costPerSalesRep())));
    revenueTeamCostExact = acquisitionCostExact
        .add(model.customerSuccess().multiply(Amounts.toBigDecimal(model.costPerCustomerSuccess())));
  }

  private MonetaryAmount money(BigDecimal v) {
    // round the exact decimal before it becomes money, so the amount type never rounds first
    var currency = model.averageDeal().getCurrency();
    return Amounts.of(v.setScale(Math.max(0, currency.getDefaultFractionDigits()), MONEY), currency);
  }

  /** The scenario's name, or {@code "current"} for the model as it stands. */
  public String name() {
    return name;
  }

  /** The model the projection was computed from (with the scenario's levers applied). */
  public PlanningModel model() {
    return model;
  }

  /** The scenario applied, if any. */
  public Optional<Scenario> scenario() {
    return Optional.ofNullable(scenario);
  }

  /** Paid visitors: marketing budget / cost per visitor. */
  public BigDecimal paidVisitors() {
    return paidVisitors;
  }

  /** Organic visitors: marketers × organic visitors per marketer. */
  public BigDecimal organicVisitors() {
    return organicVisitors;
  }

  /** The year's funnel from all visitors, with the exact expected volume at each stage. */
  public ForwardFunnel funnel() {
    return funnel;
  }

  /** Expected SQLs the funnel delivers in the year. */
  public BigDecimal sqlDemand() {
    return sqlDemand;
  }

  /** SQLs the sales team can work in the year: reps × SQLs per rep per cycle × 365 / cycle days. */
  public BigDecimal salesCapacity() {
    return salesCapacity;
  }

  /** Customers at the start: market size × market share. */
  public BigDecimal currentCustomers() {
    return currentCustomers;
  }

  /** Customers left after churn: current customers × (1 − churn). */
  public BigDecimal retainedCustomers() {
    return retainedCustomers;
  }

  /** Potential customers not yet customers after churn: market size − retained customers. */
  public BigDecimal marketRoom() {
    return marketRoom;
  }

  /** Exact expected new customers: min(worked SQLs × SQL→customer, market room). */
  public BigDecimal expectedNewCustomers() {
    return expectedNewCustomers;
  }

  /** Whole new customers: the expected number rounded down. */
  public long newCustomers() {
    return newCustomers;
  }

  /** The ceiling that binds: funnel demand, sales capacity or the market. */
  public GrowthLimit limitedBy() {
    return limitedBy;
  }

  /** Year-end run-rate: current revenue × (1 − churn) + new customers × average deal. */
  public MonetaryAmount revenue() {
    return money(revenueExact);
  }

  /** Growth: revenue / current revenue − 1; not computable when current revenue is zero. */
  public MetricResult<BigDecimal> growth() {
    BigDecimal current = Amounts.toBigDecimal(model.currentRevenue());
    String how = Amounts.format(revenue()) + " / " + Amounts.format(model.currentRevenue()) + " − 1";
    List<PlanningPolicy> p = List.of(PlanningPolicy.WHOLE_NEW_CUSTOMERS, PlanningPolicy.YEAR_END_RUN_RATE);
    if (current.signum() == 0) {
      return MetricResult.notComputable("growth", "no current revenue", how, p);
    }
    return MetricResult.of("growth",
        PlanningModel.strip(revenueExact.divide(current, PlanningModel.MC).subtract(BigDecimal.ONE)), how, p);
  }

  /** Marketing budget + marketers × cost per marketer + sales reps × cost per rep. */
  public MonetaryAmount acquisitionCost() {
    return money(acquisitionCostExact);
  }

  /** Acquisition cost + customer success × cost per CSM. */
  public MonetaryAmount revenueTeamCost() {
    return money(revenueTeamCostExact);
  }

  /** Revenue × gross margin. */
  public MonetaryAmount grossProfit() {
    return money(grossProfitExact());
  }

  BigDecimal grossProfitExact() {
    return revenueExact.multiply(model.grossMargin().toBigDecimal());
  }

  BigDecimal revenueTeamCostExact() {
    return revenueTeamCostExact;
  }

  /**
   * CAC = acquisition cost / new customers ({@link Cac}, same-period spend, rounded {@link RoundingMode#HALF_UP});
   * not computable without new customers.
   */
  public MetricResult<MonetaryAmount> cac() {
    return Cac.of(acquisitionCost(), newCustomers, SpendTiming.SAME_PERIOD, MONEY)
        .plusPolicies(List.of(PlanningPolicy.TEAM_COST_IN_CAC, PlanningPolicy.WHOLE_NEW_CUSTOMERS));
  }

  /**
   * LTV = average deal × gross margin / annual churn ({@link Ltv#fromAnnualChurn}: the lifetime is
   * 12 / annual churn months, so this equals average deal / 12 × margin × 12 / annual churn months);
   * not computable with zero churn.
   */
  public MetricResult<MonetaryAmount> ltv() {
    List<PlanningPolicy> p = List.of(PlanningPolicy.LIFETIME_FROM_ANNUAL_CHURN);
    if (model.annualChurn().isZero()) {
      String how = Amounts.format(model.averageDeal()) + " annual revenue × " + model.grossMargin() + " margin / 0% annual churn";
      return MetricResult.notComputable(Ltv.METRIC, "zero churn: lifetime unbounded", how, p);
    }
    return Ltv.fromAnnualChurn(model.averageDeal(), model.grossMargin(), model.annualChurn(), MONEY).plusPolicies(p);
  }

  /**
   * LTV:CAC = (average deal × margin × new customers) / (annual churn × acquisition cost), i.e. LTV / CAC
   * from the unrounded amounts, read by the {@linkplain LtvCacBands#defaults() handbook's bands} — the same
   * {@link LtvCacRatio} as {@link LtvCac#of(MonetaryAmount, MonetaryAmount)} gives.
   */
  public MetricResult<LtvCacRatio> ltvToCac() {
    MetricResult<MonetaryAmount> ltv = ltv();
    MetricResult<MonetaryAmount> cac = cac();
    LtvCacBands bands = LtvCacBands.defaults();
    List<Policy> p = List.of(PlanningPolicy.LIFETIME_FROM_ANNUAL_CHURN, PlanningPolicy.TEAM_COST_IN_CAC,
        PlanningPolicy.WHOLE_NEW_CUSTOMERS, bands);
    String how = "LTV / CAC";
    if (!ltv.isComputed()) {
      return MetricResult.notComputable(LtvCac.METRIC, "LTV: " + ltv.reason().orElseThrow(), how, p);
    }
    if (!cac.isComputed()) {
      return MetricResult.notComputable(LtvCac.METRIC, "CAC: " + cac.reason().orElseThrow(), how, p);
    }
    how = MetricResult.format(ltv.value()) + " / " + MetricResult.format(cac.value());
    if (acquisitionCostExact.signum() == 0) {
      return MetricResult.notComputable(LtvCac.METRIC, "no acquisition cost", how, p);
    }
    BigDecimal numerator = Amounts.toBigDecimal(model.averageDeal()).multiply(model.grossMargin().toBigDecimal())
        .multiply(BigDecimal.valueOf(newCustomers));
    BigDecimal denominator = model.annualChurn().toBigDecimal().multiply(acquisitionCostExact);
    Ratio ratio = Ratio.of(numerator.divide(denominator, PlanningModel.MC));
    return MetricResult.of(LtvCac.METRIC, LtvCacRatio.of(ratio, bands), how, p);
  }

  /** The health band of LTV:CAC, if it can be computed. */
  public Optional<LtvCacHealth> ltvToCacBand() {
    return ltvToCac().toOptional().map(LtvCacRatio::health);
  }

  /** ROI = (gross profit − revenue-team cost) / revenue-team cost; not computable with no cost. */
  public MetricResult<BigDecimal> roi() {
    String how = "(" + Amounts.format(grossProfit()) + " − " + Amounts.format(revenueTeamCost()) + ") / "
        + Amounts.format(revenueTeamCost());
    List<PlanningPolicy> p = List.of(PlanningPolicy.ROI_ON_REVENUE_TEAM_COST, PlanningPolicy.YEAR_END_RUN_RATE);
    if (revenueTeamCostExact.signum() == 0) {
      return MetricResult.notComputable("ROI", "no revenue-team cost", how, p);
    }
    return MetricResult.of("ROI", PlanningModel.strip(grossProfitExact().subtract(revenueTeamCostExact)
        .divide(revenueTeamCostExact, PlanningModel.MC)), how, p);
  }

  static String count(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A signed percentage with one decimal, or the reason, e.g. {@code "+8.4%"}. */
  static String signedPercent(MetricResult<BigDecimal> r) {
    return r.toOptional().map(v -> (v.signum() >= 0 ? "+" : "") + percent(v))
        .orElseGet(() -> "n/a (" + r.reason().orElseThrow() + ")");
  }

  static String moneyOrReason(MetricResult<MonetaryAmount> r) {
    return r.toOptional().map(Amounts::format).orElseGet(() -> "n/a (" + r.reason().orElseThrow() + ")");
  }

  String ltvToCacCell() {
    MetricResult<LtvCacRatio> r = ltvToCac();
    return r.toOptional().map(v -> v.ratio().toString(2, RoundingMode.HALF_UP) + " " + v.health().description())
        .orElseGet(() -> "n/a (" + r.reason().orElseThrow() + ")");
  }

  /** The projection, one figure per line, with the formula's inputs. */
  @Override
  public String toString() {
    TextTable t = TextTable.keyValue()
        .row("visitors", count(funnel.top()) + " (" + count(paidVisitors) + " paid + " + count(organicVisitors)
            + " organic)")
        .row("SQL demand", count(sqlDemand) + " a year; sales capacity " + count(salesCapacity))
        .row("new customers", newCustomers + " (expected " + count(expectedNewCustomers) + ", limited by "
            + limitedBy.label() + ")")
        .row("revenue", Amounts.format(revenue()) + " (" + count(retainedCustomers) + " retained + "
            + newCustomers + " new customers)")
        .row("growth", signedPercent(growth()))
        .row("CAC", cac().toString())
        .row("LTV", ltv().toString())
        .row("LTV:CAC", ltvToCacCell())
        .row("ROI", signedPercent(roi()) + " (" + roi().explanation() + ")");
    String levers = scenario == null ? "" : " — " + scenario.leversDescription();
    return ("Projection \"" + name + "\"" + levers + "\n" + t.render("  ")).stripTrailing();
  }
}
