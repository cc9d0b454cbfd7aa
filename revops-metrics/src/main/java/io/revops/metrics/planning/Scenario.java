package io.revops.metrics.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A named set of levers to pull on a {@link PlanningModel}: budget, headcount per department, conversion
 * rates, churn, cycle length, average deal. Levers apply in the order given.
 *
 * <pre>{@code
 * Scenario s = Scenario.named("marketing investment").budgetTimes("1.5").plusMarketers(3);
 * Projection p = PlanningModel.handbook().project(s);
 * }</pre>
 *
 * <p>The handbook's three scenarios are {@link #organic()}, {@link #marketingInvestment()} and
 * {@link #retentionFocus()}. A lever that would make the model invalid (fewer than zero marketers, churn
 * above 100%) fails when the scenario is applied, naming the lever and the value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scenario {
  private final String name;
  private final List<Step> levers;

  private record Step(String description, UnaryOperator<PlanningModel> change) {}

  private Scenario(String name, List<Step> levers) {
    this.name = name;
    this.levers = List.copyOf(levers);
  }

  /**
   * A scenario with no levers yet: the model as it stands.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Scenario named(String name) {
    requireNonNull(name, "name");
    Args.text("name", name);
    return new Scenario(name, List.of());
  }

  /** Handbook scenario 1, "organic": the same resources and processes. */
  public static Scenario organic() {
    return named("organic");
  }

  /** Handbook scenario 2, "marketing investment": budget +50%, 3 more marketers. */
  public static Scenario marketingInvestment() {
    return named("marketing investment").budgetTimes("1.5").plusMarketers(3);
  }

  /**
   * Handbook scenario 3, "retention focus": a stronger customer success team (2 more managers) and the
   * churn it is assumed to save (churn × 0.6, 10% → 6% in the handbook model), which raises LTV. The
   * effect on churn is an assumption of this preset, not a handbook figure.
   */
  public static Scenario retentionFocus() {
    return named("retention focus").plusCustomerSuccess(2).churnTimes("0.6");
  }

  private Scenario plus(String description, UnaryOperator<PlanningModel> change) {
    List<Step> l = new ArrayList<>(levers);
    l.add(new Step(description, change));
    return new Scenario(name, l);
  }

  /**
   * This scenario with the marketing budget multiplied by {@code factor}.
   *
   * @throws IllegalArgumentException if {@code factor} is negative
   */
  public Scenario budgetTimes(BigDecimal factor) {
    Args.decimal("factor", factor);
    checkArgument(factor.signum() >= 0, "budget factor must not be negative: %s", Args.plain(factor));
    return plus("budget ×" + factor.toPlainString(),
        m -> m.withMarketingBudget(Amounts.multiply(m.marketingBudget(), factor)));
  }

  /** This scenario with the marketing budget multiplied by {@code factor}, e.g. {@code "1.5"}. */
  public Scenario budgetTimes(String factor) {
    return budgetTimes(PlanningModel.decimal("budget factor", factor));
  }

  /** This scenario with {@code n} more marketers ({@code n} may be negative). */
  public Scenario plusMarketers(int n) {
    return plus("marketers " + signed(n),
        m -> m.withMarketers(headcount("marketers", m.marketers(), n)));
  }

  /** This scenario with {@code n} more sales reps ({@code n} may be negative). */
  public Scenario plusSalesReps(int n) {
    return plus("sales reps " + signed(n),
        m -> m.withSalesReps(headcount("sales reps", m.salesReps(), n)));
  }

  /** This scenario with {@code n} more customer success managers ({@code n} may be negative). */
  public Scenario plusCustomerSuccess(int n) {
    return plus("customer success " + signed(n),
        m -> m.withCustomerSuccess(headcount("customer success", m.customerSuccess(), n)));
  }

  private static BigDecimal headcount(String what, BigDecimal current, int n) {
    BigDecimal v = current.add(BigDecimal.valueOf(n));
    checkArgument(v.signum() >= 0, "%s %s must leave a non-negative headcount: %s %s",
        what, signed(n), Args.plain(current), what);
    return v;
  }

  private static String signed(int n) {
    return (n >= 0 ? "+" : "") + n;
  }

  /** This scenario with the conversion rate into {@code stage} set to {@code rate}. */
  public Scenario withConversionInto(LifecycleStage stage, Rate rate) {
    requireNonNull(stage, "stage");
    requireNonNull(rate, "rate");
    return plus("conversion into " + FunnelRates.label(stage) + " " + rate, m -> m.withConversionInto(stage, rate));
  }

  /** This scenario with annual churn set to {@code churn}. */
  public Scenario withChurn(Rate churn) {
    requireNonNull(churn, "churn");
    return plus("churn " + churn, m -> m.withAnnualChurn(churn));
  }

  /**
   * This scenario with annual churn multiplied by {@code factor}.
   *
   * @throws IllegalArgumentException if {@code factor} is negative, or, when applied, if the churn would exceed 100%
   */
  public Scenario churnTimes(BigDecimal factor) {
    Args.decimal("factor", factor);
    checkArgument(factor.signum() >= 0, "churn factor must not be negative: %s", Args.plain(factor));
    return plus("churn ×" + factor.toPlainString(), m -> {
      BigDecimal v = m.annualChurn().toBigDecimal().multiply(factor);
      checkArgument(v.compareTo(BigDecimal.ONE) <= 0, "churn ×%s must stay within [0, 1]: %s × %s = %s",
          Args.plain(factor), m.annualChurn(), Args.plain(factor), Args.plain(v));
      return m.withAnnualChurn(Rate.of(v));
    });
  }

  /** This scenario with annual churn multiplied by {@code factor}, e.g. {@code "0.6"}. */
  public Scenario churnTimes(String factor) {
    return churnTimes(PlanningModel.decimal("churn factor", factor));
  }

  /**
   * This scenario with a mean sales cycle of {@code days} days.
   *
   * @throws IllegalArgumentException if {@code days} is not positive
   */
  public Scenario withSalesCycleDays(long days) {
    checkArgument(days > 0, "salesCycleDays must be positive: %s", days);
    return plus("cycle " + days + " days", m -> m.withSalesCycleDays(days));
  }

  /**
   * This scenario with the average deal multiplied by {@code factor}.
   *
   * @throws IllegalArgumentException if {@code factor} is not positive
   */
  public Scenario averageDealTimes(BigDecimal factor) {
    Args.decimal("factor", factor);
    checkArgument(factor.signum() > 0, "average deal factor must be positive: %s", Args.plain(factor));
    return plus("average deal ×" + factor.toPlainString(),
        m -> m.withAverageDeal(Amounts.multiply(m.averageDeal(), factor)));
  }

  /** This scenario with the average deal multiplied by {@code factor}, e.g. {@code "1.1"}. */
  public Scenario averageDealTimes(String factor) {
    return averageDealTimes(PlanningModel.decimal("average deal factor", factor));
  }

  /** The scenario's name. */
  public String name() {
    return name;
  }

  /** The levers in the order they apply, e.g. {@code ["budget ×1.5", "marketers +3"]}. */
  public List<String> levers() {
    return levers.stream().map(Step::description).collect(Collectors.toUnmodifiableList());
  }

  /** The levers joined, or {@code "same resources"} when there are none. */
  public String leversDescription() {
    return levers.isEmpty() ? "same resources" : String.join(", ", levers());
  }

  /** {@code model} with every lever applied in order. */
  PlanningModel applyTo(PlanningModel model) {
    requireNonNull(model, "model");
    PlanningModel m = model;
    for (Step l : levers) {
      m = l.change().apply(m);
    }
    return m;
  }

  /** Equal if the names and the lever descriptions are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Scenario s && name.equals(s.name) && levers().equals(s.levers());
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + levers().hashCode();
  }

  /** E.g. {@code "marketing investment: budget ×1.5, marketers +3"}. */
  @Override
  public String toString() {
    return name + ": " + leversDescription();
  }
}
