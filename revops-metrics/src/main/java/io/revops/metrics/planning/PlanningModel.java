package io.revops.metrics.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A transparent one-year revenue planning model: every assumption is an input, every output a stated
 * formula. It answers the handbook's question "what revenue growth can we deliver with the current
 * resources?" and, through {@link Scenario scenarios}, "what if we change them?".
 *
 * <h2>Inputs</h2>
 * From the handbook ({@link #handbook()}): market size 10,000 potential customers; market share 5%;
 * average deal 2,000,000 RUB a year; current revenue 1,000,000,000 RUB a year; the funnel
 * visitor →2%→ lead →30%→ MQL →40%→ SQL →25%→ customer; sales cycle 90 days; 5 marketers, 15 sales reps,
 * 3 customer success managers; marketing budget 50,000,000 RUB a year.
 *
 * <p>Assumptions the handbook does not give, with the example values of {@link #handbook()} — replace
 * them with your own:
 * <ul>
 *   <li>cost per paid visitor: 500 RUB;</li>
 *   <li>organic visitors a marketer brings in a year (content, SEO, events): 4,000;</li>
 *   <li>SQLs a sales rep can work through in one sales cycle: 6;</li>
 *   <li>annual churn: 10%;</li>
 *   <li>gross margin: 40% (the handbook's LTV example);</li>
 *   <li>fully loaded cost a year of a marketer 2,400,000 RUB, a sales rep 3,000,000 RUB, a customer
 *       success manager 2,400,000 RUB.</li>
 * </ul>
 *
 * <h2>Formulas (one year)</h2>
 * <ol>
 *   <li>{@code visitors = marketing budget / cost per visitor + marketers × organic visitors per marketer}</li>
 *   <li>{@code SQL demand = visitors × (visitor→…→SQL rates)} (the {@link ForwardFunnel})</li>
 *   <li>{@code sales capacity = sales reps × SQLs per rep per cycle × 365 / cycle days} (SQLs a year);
 *       a cycle of 60 instead of 90 days gives 50% more capacity, as in the handbook</li>
 *   <li>{@code customers won = min(SQL demand, sales capacity) × (SQL→…→customer rates)}</li>
 *   <li>{@code current customers = market size × market share};
 *       {@code retained customers = current customers × (1 − churn)};
 *       {@code market room = market size − retained customers}</li>
 *   <li>{@code expected new customers = min(customers won, market room)}; the binding ceiling is the
 *       {@link GrowthLimit}; {@code new customers = ⌊expected new customers⌋}</li>
 *   <li>{@code revenue = current revenue × (1 − churn) + new customers × average deal} — the year-end
 *       run-rate: every new customer counts for a full year's deal</li>
 *   <li>{@code growth = revenue / current revenue − 1}</li>
 *   <li>{@code acquisition cost = marketing budget + marketers × cost per marketer + sales reps × cost per rep};
 *       {@code CAC = acquisition cost / new customers} ({@link io.revops.metrics.acquisition.Cac})</li>
 *   <li>{@code lifetime months = 12 / annual churn};
 *       {@code LTV = average deal / 12 × gross margin × lifetime months} (= average deal × margin / churn, {@link io.revops.metrics.value.Ltv#fromAnnualChurn})</li>
 *   <li>{@code LTV:CAC = LTV / CAC}, from the unrounded amounts, read with the handbook's {@link io.revops.metrics.value.LtvCacBands}</li>
 *   <li>{@code revenue-team cost = acquisition cost + customer success × cost per CSM};
 *       {@code ROI = (revenue × gross margin − revenue-team cost) / revenue-team cost}</li>
 * </ol>
 * Divisions use {@link MathContext#DECIMAL128}; money is rounded to the minor unit only when printed or
 * returned ({@link java.math.RoundingMode#HALF_UP}). Customer success acts through churn: the model does
 * not guess how much churn a manager saves, a {@link Scenario} states both the hire and its assumed effect.
 *
 * <p>All amounts are in one currency (that of the average deal); another currency is rejected.
 *
 * <p>This class is immutable and thread-safe. It is one file on purpose: the formulas above are one
 * chain, each step reading the one before, and the file is long by their javadoc and the validating builder.
 */
public final class PlanningModel {
  static final MathContext MC = MathContext.DECIMAL128;
  static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private final long marketSize;
  private final Rate marketShare;
  private final MonetaryAmount averageDeal;
  private final MonetaryAmount currentRevenue;
  private final FunnelRates funnel;
  private final BigDecimal salesCycleDays;
  private final BigDecimal marketers;
  private final BigDecimal salesReps;
  private final BigDecimal customerSuccess;
  private final MonetaryAmount marketingBudget;
  private final MonetaryAmount costPerVisitor;
  private final BigDecimal organicVisitorsPerMarketer;
  private final BigDecimal sqlsPerRepPerCycle;
  private final Rate annualChurn;
  private final Rate grossMargin;
  private final MonetaryAmount costPerMarketer;
  private final MonetaryAmount costPerSalesRep;
  private final MonetaryAmount costPerCustomerSuccess;

  private PlanningModel(Builder b) {
    checkArgument(b.marketSize > 0, "marketSize must be positive: %s", b.marketSize);
    this.marketSize = b.marketSize;
    this.marketShare = requireNonNull(b.marketShare, "marketShare");
    this.averageDeal = Amounts.requirePositive("averageDeal", b.averageDeal);
    this.currentRevenue = money("currentRevenue", b.currentRevenue);
    this.funnel = requireNonNull(b.funnel, "funnel");
    checkArgument(funnel.first() == LifecycleStage.VISITOR && funnel.last() == LifecycleStage.CUSTOMER
        && funnel.contains(LifecycleStage.SQL),
        "funnel must run from visitor through SQL to customer: %s", funnel);
    this.salesCycleDays = positive("salesCycleDays", b.salesCycleDays);
    this.marketers = nonNegative("marketers", b.marketers);
    this.salesReps = nonNegative("salesReps", b.salesReps);
    this.customerSuccess = nonNegative("customerSuccess", b.customerSuccess);
    this.marketingBudget = money("marketingBudget", b.marketingBudget);
    this.costPerVisitor = Amounts.requirePositive("costPerVisitor",
        Amounts.requireSameCurrency("costPerVisitor", averageDeal, b.costPerVisitor));
    this.organicVisitorsPerMarketer = nonNegative("organicVisitorsPerMarketer", b.organicVisitorsPerMarketer);
    this.sqlsPerRepPerCycle = nonNegative("sqlsPerRepPerCycle", b.sqlsPerRepPerCycle);
    this.annualChurn = requireNonNull(b.annualChurn, "annualChurn");
    this.grossMargin = requireNonNull(b.grossMargin, "grossMargin");
    this.costPerMarketer = money("costPerMarketer", b.costPerMarketer);
    this.costPerSalesRep = money("costPerSalesRep", b.costPerSalesRep);
    this.costPerCustomerSuccess = money("costPerCustomerSuccess", b.costPerCustomerSuccess);
  }

  private MonetaryAmount money(String parameter, MonetaryAmount amount) {
    Amounts.requireNonNegative(parameter, amount);
    return Amounts.requireSameCurrency(parameter, averageDeal, amount);
  }

  private static BigDecimal nonNegative(String parameter, BigDecimal v) {
    Args.decimal(parameter, v);
    checkArgument(v.signum() >= 0, "%s must not be negative: %s", parameter, Args.plain(v));
    return strip(v);
  }

  private static BigDecimal positive(String parameter, BigDecimal v) {
    Args.decimal(parameter, v);
    checkArgument(v.signum() > 0, "%s must be positive: %s", parameter, Args.plain(v));
    return strip(v);
  }

  static BigDecimal decimal(String parameter, String text) {
    requireNonNull(text, parameter);
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(parameter + " must be a decimal number: \"" + text + "\"", e);
    }
  }

  static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * The handbook's planning inputs, with the documented example values for the assumptions the handbook
   * does not give (see the class description).
   */
  public static PlanningModel handbook() {
    Builder b = new Builder();
    b.marketSize = 10_000;
    b.marketShare = Rate.ofPercent(5);
    b.averageDeal = Amounts.of(2_000_000, "RUB");
    b.currentRevenue = Amounts.of(1_000_000_000, "RUB");
    b.funnel = FunnelRates.handbook();
    b.salesCycleDays = BigDecimal.valueOf(90);
    b.marketers = BigDecimal.valueOf(5);
    b.salesReps = BigDecimal.valueOf(15);
    b.customerSuccess = BigDecimal.valueOf(3);
    b.marketingBudget = Amounts.of(50_000_000, "RUB");
    b.costPerVisitor = Amounts.of(500, "RUB");
    b.organicVisitorsPerMarketer = BigDecimal.valueOf(4_000);
    b.sqlsPerRepPerCycle = BigDecimal.valueOf(6);
    b.annualChurn = Rate.ofPercent(10);
    b.grossMargin = Rate.ofPercent(40);
    b.costPerMarketer = Amounts.of(2_400_000, "RUB");
    b.costPerSalesRep = Amounts.of(3_000_000, "RUB");
    b.costPerCustomerSuccess = Amounts.of(2_400_000, "RUB");
    return new PlanningModel(b);
  }

  private PlanningModel with(Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return new PlanningModel(b);
  }

  /** This model with {@code marketSize} potential customers. */
  public PlanningModel withMarketSize(long marketSize) {
    return with(b -> b.marketSize = marketSize);
  }

  /** This model with the current market share {@code share}. */
  public PlanningModel withMarketShare(Rate share) {
    return with(b -> b.marketShare = share);
  }

  /** This model with {@code averageDeal} per customer a year, in the model's currency. */
  public PlanningModel withAverageDeal(MonetaryAmount averageDeal) {
    return with(b -> b.averageDeal = averageDeal);
  }

  /** This model with {@code currentRevenue} a year. */
  public PlanningModel withCurrentRevenue(MonetaryAmount currentRevenue) {
    return with(b -> b.currentRevenue = currentRevenue);
  }

  /** This model with the funnel {@code funnel} (visitor through SQL to customer). */
  public PlanningModel withFunnel(FunnelRates funnel) {
    return with(b -> b.funnel = funnel);
  }

  /** This model with the conversion rate into {@code stage} replaced by {@code rate}. */
  public PlanningModel withConversionInto(LifecycleStage stage, Rate rate) {
    return withFunnel(funnel.withRateInto(stage, rate));
  }

  /** This model with a mean sales cycle of {@code days} days. */
  public PlanningModel withSalesCycleDays(BigDecimal days) {
    return with(b -> b.salesCycleDays = days);
  }

  /** This model with a mean sales cycle of {@code days} days. */
  public PlanningModel withSalesCycleDays(long days) {
    return withSalesCycleDays(BigDecimal.valueOf(days));
  }

  /** This model with {@code marketers} marketers (full-time equivalents). */
  public PlanningModel withMarketers(BigDecimal marketers) {
    return with(b -> b.marketers = marketers);
  }

  /** This model with {@code salesReps} sales reps (full-time equivalents). */
  public PlanningModel withSalesReps(BigDecimal salesReps) {
    return with(b -> b.salesReps = salesReps);
  }

  /** This model with {@code customerSuccess} customer success managers (full-time equivalents). */
  public PlanningModel withCustomerSuccess(BigDecimal customerSuccess) {
    return with(b -> b.customerSuccess = customerSuccess);
  }

  /** This model with a marketing budget of {@code budget} a year. */
  public PlanningModel withMarketingBudget(MonetaryAmount budget) {
    return with(b -> b.marketingBudget = budget);
  }

  /** This model with {@code cost} per paid visitor. */
  public PlanningModel withCostPerVisitor(MonetaryAmount cost) {
    return with(b -> b.costPerVisitor = cost);
  }

  /** This model with {@code visitors} organic visitors a year per marketer. */
  public PlanningModel withOrganicVisitorsPerMarketer(BigDecimal visitors) {
    return with(b -> b.organicVisitorsPerMarketer = visitors);
  }

  /** This model with {@code sqls} SQLs a rep can work through per sales cycle. */
  public PlanningModel withSqlsPerRepPerCycle(BigDecimal sqls) {
    return with(b -> b.sqlsPerRepPerCycle = sqls);
  }

  /** This model with annual churn {@code churn}. */
  public PlanningModel withAnnualChurn(Rate churn) {
    return with(b -> b.annualChurn = churn);
  }

  /** This model with gross margin {@code margin}. */
  public PlanningModel withGrossMargin(Rate margin) {
    return with(b -> b.grossMargin = margin);
  }

  /** This model with {@code cost} a year per marketer. */
  public PlanningModel withCostPerMarketer(MonetaryAmount cost) {
    return with(b -> b.costPerMarketer = cost);
  }

  /** This model with {@code cost} a year per sales rep. */
  public PlanningModel withCostPerSalesRep(MonetaryAmount cost) {
    return with(b -> b.costPerSalesRep = cost);
  }

  /** This model with {@code cost} a year per customer success manager. */
  public PlanningModel withCostPerCustomerSuccess(MonetaryAmount cost) {
    return with(b -> b.costPerCustomerSuccess = cost);
  }

  /**
   * This model with every amount multiplied by {@code factor} (a price level or currency-unit change);
   * ratios (LTV:CAC, growth, ROI) and customer counts do not change.
   *
   * @throws IllegalArgumentException if {@code factor} is not positive
   */
  public PlanningModel withMoneyScaledBy(BigDecimal factor) {
    Args.decimal("factor", factor);
    checkArgument(factor.signum() > 0, "factor must be positive: %s", Args.plain(factor));
    return with(b -> {
      b.averageDeal = Amounts.multiply(b.averageDeal, factor);
      b.currentRevenue = Amounts.multiply(b.currentRevenue, factor);
      b.marketingBudget = Amounts.multiply(b.marketingBudget, factor);
      b.costPerVisitor = Amounts.multiply(b.costPerVisitor, factor);
      b.costPerMarketer = Amounts.multiply(b.costPerMarketer, factor);
      b.costPerSalesRep = Amounts.multiply(b.costPerSalesRep, factor);
      b.costPerCustomerSuccess = Amounts.multiply(b.costPerCustomerSuccess, factor);
    });
  }

  /** This model with {@code scenario}'s levers applied. */
  public PlanningModel apply(Scenario scenario) {
    return requireNonNull(scenario, "scenario").applyTo(this);
  }

  /** The projection of this model as it stands, named {@code "current"}. */
  public Projection project() {
    return new Projection("current", this);
  }

  /** The projection of {@code scenario} applied to this model. */
  public Projection project(Scenario scenario) {
    return new Projection(scenario.name(), apply(scenario), scenario);
  }

  /** The projections of {@code scenarios} side by side; the first is the baseline. */
  public ScenarioComparison compare(Scenario... scenarios) {
    return ScenarioComparison.of(this, List.of(scenarios));
  }

  /** Which single lever, improved by {@code step}, moves {@code target} most. */
  public Sensitivity sensitivity(PlanningTarget target, Rate step) {
    return Sensitivity.of(this, target, step);
  }

  /** Potential customers in the market. */
  public long marketSize() {
    return marketSize;
  }

  /** Current market share. */
  public Rate marketShare() {
    return marketShare;
  }

  /** Average deal per customer a year. */
  public MonetaryAmount averageDeal() {
    return averageDeal;
  }

  /** Current revenue a year. */
  public MonetaryAmount currentRevenue() {
    return currentRevenue;
  }

  /** The conversion rates, visitor to customer. */
  public FunnelRates funnel() {
    return funnel;
  }

  /** Mean sales cycle in days. */
  public BigDecimal salesCycleDays() {
    return salesCycleDays;
  }

  /** Marketers (full-time equivalents). */
  public BigDecimal marketers() {
    return marketers;
  }

  /** Sales reps (full-time equivalents). */
  public BigDecimal salesReps() {
    return salesReps;
  }

  /** Customer success managers (full-time equivalents). */
  public BigDecimal customerSuccess() {
    return customerSuccess;
  }

  /** Marketing budget a year. */
  public MonetaryAmount marketingBudget() {
    return marketingBudget;
  }

  /** Cost per paid visitor. */
  public MonetaryAmount costPerVisitor() {
    return costPerVisitor;
  }

  /** Organic visitors a year per marketer. */
  public BigDecimal organicVisitorsPerMarketer() {
    return organicVisitorsPerMarketer;
  }

  /** SQLs a rep can work through per sales cycle. */
  public BigDecimal sqlsPerRepPerCycle() {
    return sqlsPerRepPerCycle;
  }

  /** Annual churn. */
  public Rate annualChurn() {
    return annualChurn;
  }

  /** Gross margin. */
  public Rate grossMargin() {
    return grossMargin;
  }

  /** Cost a year per marketer. */
  public MonetaryAmount costPerMarketer() {
    return costPerMarketer;
  }

  /** Cost a year per sales rep. */
  public MonetaryAmount costPerSalesRep() {
    return costPerSalesRep;
  }

  /** Cost a year per customer success manager. */
  public MonetaryAmount costPerCustomerSuccess() {
    return costPerCustomerSuccess;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PlanningModel m && marketSize == m.marketSize && marketShare.equals(m.marketShare)
        && Amounts.isEqual(averageDeal, m.averageDeal) && Amounts.isEqual(currentRevenue, m.currentRevenue)
        && funnel.equals(m.funnel) && salesCycleDays.equals(m.salesCycleDays) && marketers.equals(m.marketers)
        && salesReps.equals(m.salesReps) && customerSuccess.equals(m.customerSuccess)
        && Amounts.isEqual(marketingBudget, m.marketingBudget) && Amounts.isEqual(costPerVisitor, m.costPerVisitor)
        && organicVisitorsPerMarketer.equals(m.organicVisitorsPerMarketer)
        && sqlsPerRepPerCycle.equals(m.sqlsPerRepPerCycle) && annualChurn.equals(m.annualChurn)
        && grossMargin.equals(m.grossMargin) && Amounts.isEqual(costPerMarketer, m.costPerMarketer)
        && Amounts.isEqual(costPerSalesRep, m.costPerSalesRep)
        && Amounts.isEqual(costPerCustomerSuccess, m.costPerCustomerSuccess);
  }

  @Override
  public int hashCode() {
    return Objects.hash(marketSize, marketShare, funnel, salesCycleDays, marketers, salesReps, customerSuccess,
        annualChurn, grossMargin);
  }

  /** The inputs, one per line. */
  @Override
  public String toString() {
    TextTable t = TextTable.keyValue()
        .row("market", marketSize + " potential customers, share " + marketShare)
        .row("average deal", Amounts.format(averageDeal) + " a year")
        .row("current revenue", Amounts.format(currentRevenue) + " a year")
        .row("funnel", funnel.toString())
        .row("sales cycle", salesCycleDays.toPlainString() + " days")
        .row("team", marketers.toPlainString() + " marketers, " + salesReps.toPlainString() + " sales reps, "
            + customerSuccess.toPlainString() + " customer success")
        .row("marketing budget", Amounts.format(marketingBudget) + " a year")
        .row("cost per visitor", Amounts.format(costPerVisitor) + " (assumption)")
        .row("organic visitors", organicVisitorsPerMarketer.toPlainString() + " a year per marketer (assumption)")
        .row("sales capacity", sqlsPerRepPerCycle.toPlainString() + " SQLs per rep per cycle (assumption)")
        .row("annual churn", annualChurn + " (assumption)")
        .row("gross margin", grossMargin + " (assumption)")
        .row("cost a year", Amounts.format(costPerMarketer) + " per marketer, " + Amounts.format(costPerSalesRep)
            + " per sales rep, " + Amounts.format(costPerCustomerSuccess) + " per CSM (assumptions)");
    return ("Planning model\n" + t.render("  ")).stripTrailing();
  }

  private static final class Builder {
    long marketSize;
    Rate marketShare;
    MonetaryAmount averageDeal;
    MonetaryAmount currentRevenue;
    FunnelRates funnel;
    BigDecimal salesCycleDays;
    BigDecimal marketers;
    BigDecimal salesReps;
    BigDecimal customerSuccess;
    MonetaryAmount marketingBudget;
    MonetaryAmount costPerVisitor;
    BigDecimal organicVisitorsPerMarketer;
    BigDecimal sqlsPerRepPerCycle;
    Rate annualChurn;
    Rate grossMargin;
    MonetaryAmount costPerMarketer;
    MonetaryAmount costPerSalesRep;
    MonetaryAmount costPerCustomerSuccess;

    Builder() {}

    Builder(PlanningModel m) {
      marketSize = m.marketSize;
      marketShare = m.marketShare;
      averageDeal = m.averageDeal;
      currentRevenue = m.currentRevenue;
      funnel = m.funnel;
      salesCycleDays = m.salesCycleDays;
      marketers = m.marketers;
      salesReps = m.salesReps;
      customerSuccess = m.customerSuccess;
      marketingBudget = m.marketingBudget;
      costPerVisitor = m.costPerVisitor;
      organicVisitorsPerMarketer = m.organicVisitorsPerMarketer;
      sqlsPerRepPerCycle = m.sqlsPerRepPerCycle;
      annualChurn = m.annualChurn;
      grossMargin = m.grossMargin;
      costPerMarketer = m.costPerMarketer;
      costPerSalesRep = m.costPerSalesRep;
      costPerCustomerSuccess = m.costPerCustomerSuccess;
    }
  }
}
