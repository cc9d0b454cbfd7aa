package io.revops.metrics.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Several {@link Scenario scenarios} of one {@link PlanningModel} projected side by side, the first being
 * the baseline. {@code toString()} prints a table with one column per scenario: levers, visitors, SQL
 * demand and capacity, new customers and what limits them, revenue, growth, CAC, LTV, LTV:CAC, ROI, and
 * the incremental ROI of each scenario against the baseline:
 * {@code (Δ gross profit − Δ revenue-team cost) / Δ revenue-team cost}, not computable when the scenario
 * costs no more than the baseline.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioComparison {
  private final PlanningModel model;
  private final List<Projection> projections;

  private ScenarioComparison(PlanningModel model, List<Projection> projections) {
    this.model = model;
    this.projections = List.copyOf(projections);
  }

  /**
   * The projections of {@code scenarios} applied to {@code model}; the first is the baseline.
   *
   * @throws IllegalArgumentException if there are no scenarios or two share a name
   */
  public static ScenarioComparison of(PlanningModel model, List<Scenario> scenarios) {
    requireNonNull(model, "model");
    requireNonNull(scenarios, "scenarios");
    checkArgument(!scenarios.isEmpty(), "scenarios must not be empty: %s", scenarios);
    Set<String> names = new HashSet<>();
    List<Projection> p = new ArrayList<>();
    for (Scenario s : scenarios) {
      requireNonNull(s, "scenario");
      checkArgument(names.add(s.name()), "scenario names must be unique: \"%s\" appears twice", s.name());
      p.add(model.project(s));
    }
    return new ScenarioComparison(model, p);
  }

  /** The handbook's three scenarios (organic, marketing investment, retention focus) on {@code model}. */
  public static ScenarioComparison handbook(PlanningModel model) {
    return of(model, List.of(Scenario.organic(), Scenario.marketingInvestment(), Scenario.retentionFocus()));
  }

  /** The model the scenarios were applied to. */
  public PlanningModel model() {
    return model;
  }

  /** The projections, baseline first. */
  public List<Projection> projections() {
    return projections;
  }

  /** The baseline projection (the first scenario). */
  public Projection baseline() {
    return projections.get(0);
  }

  /**
   * The projection of the scenario named {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Projection projection(String name) {
    requireNonNull(name, "name");
    return projections.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("name must be one of the compared scenarios "
            + projections.stream().map(Projection::name).toList() + ": " + name));
  }

  /**
   * The incremental ROI of {@code projection} against the baseline:
   * {@code (Δ gross profit − Δ revenue-team cost) / Δ revenue-team cost}.
   */
  public MetricResult<BigDecimal> incrementalRoi(Projection projection) {
    requireNonNull(projection, "projection");
    Projection base = baseline();
    BigDecimal dCost = projection.revenueTeamCostExact().subtract(base.revenueTeamCostExact());
    BigDecimal dProfit = projection.grossProfitExact().subtract(base.grossProfitExact());
    String how = "(Δ gross profit " + Amounts.format(Amounts.subtract(projection.grossProfit(), base.grossProfit()))
        + " − Δ cost " + Amounts.format(Amounts.subtract(projection.revenueTeamCost(), base.revenueTeamCost()))
        + ") / Δ cost vs \"" + base.name() + "\"";
    List<PlanningPolicy> p = List.of(PlanningPolicy.ROI_ON_REVENUE_TEAM_COST, PlanningPolicy.YEAR_END_RUN_RATE);
    if (dCost.signum() <= 0) {
      return MetricResult.notComputable("incremental ROI", "no extra cost over \"" + base.name() + "\"", how, p);
    }
    return MetricResult.of("incremental ROI",
        PlanningModel.strip(dProfit.subtract(dCost).divide(dCost, PlanningModel.MC)), how, p);
  }

  private void row(TextTable t, String label, Function<Projection, String> cell) {
    List<String> r = new ArrayList<>();
    r.add(label);
    projections.forEach(p -> r.add(cell.apply(p)));
    t.row(r);
  }

  /** The scenarios side by side, one column each. */
  @Override
  public String toString() {
    TextTable t = new TextTable();
    row(t, "scenario", Projection::name);
    row(t, "levers", p -> p.scenario().map(Scenario::leversDescription).orElse(""));
    row(t, "marketing budget", p -> Amounts.format(p.model().marketingBudget()));
    row(t, "team (mkt/sales/CS)", p -> p.model().marketers().toPlainString() + "/"
        + p.model().salesReps().toPlainString() + "/" + p.model().customerSuccess().toPlainString());
    row(t, "visitors", p -> Projection.count(p.funnel().top()));
    row(t, "SQL demand", p -> Projection.count(p.sqlDemand()));
    row(t, "sales capacity (SQL)", p -> Projection.count(p.salesCapacity()));
    row(t, "new customers", p -> Long.toString(p.newCustomers()));
    row(t, "limited by", p -> p.limitedBy().label());
    row(t, "revenue", p -> Amounts.format(p.revenue()));
    row(t, "growth", p -> Projection.signedPercent(p.growth()));
    row(t, "CAC", p -> Projection.moneyOrReason(p.cac()));
    row(t, "LTV", p -> Projection.moneyOrReason(p.ltv()));
    row(t, "LTV:CAC", Projection::ltvToCacCell);
    row(t, "ROI", p -> Projection.signedPercent(p.roi()));
    row(t, "incremental ROI", p -> p == baseline() ? "baseline" : Projection.signedPercent(incrementalRoi(p)));
    return ("Scenarios (one year; " + PlanningPolicy.YEAR_END_RUN_RATE.label() + ", "
        + PlanningPolicy.ROI_ON_REVENUE_TEAM_COST.label() + ")\n" + t.render("  ")).stripTrailing();
  }
}
