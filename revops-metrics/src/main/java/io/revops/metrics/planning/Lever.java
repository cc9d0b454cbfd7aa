package io.revops.metrics.planning;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input of a {@link PlanningModel} a team can work on, and the direction that improves it: more
 * budget, cheaper visitors, more marketers or reps, higher conversion into a stage, a shorter cycle, a
 * bigger deal, less churn. {@link Sensitivity} improves each by the same relative step.
 *
 * <p>Improving by a step {@code s}: increases multiply by {@code 1 + s}, decreases by {@code 1 − s}; a
 * conversion rate is capped at 100%.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Lever {
  private enum Kind { BUDGET, COST_PER_VISITOR, MARKETERS, CONVERSION, SALES_REPS, CYCLE, DEAL, CHURN }

  /** The marketing budget, increased. */
  public static final Lever MARKETING_BUDGET = new Lever(Kind.BUDGET, null);
  /** The cost per paid visitor, decreased. */
  public static final Lever COST_PER_VISITOR = new Lever(Kind.COST_PER_VISITOR, null);
  /** The number of marketers, increased. */
  public static final Lever MARKETERS = new Lever(Kind.MARKETERS, null);
  /** The number of sales reps, increased. */
  public static final Lever SALES_REPS = new Lever(Kind.SALES_REPS, null);
  /** The sales cycle length, shortened. */
  public static final Lever SALES_CYCLE = new Lever(Kind.CYCLE, null);
  /** The average deal, increased. */
  public static final Lever AVERAGE_DEAL = new Lever(Kind.DEAL, null);
  /** Annual churn, decreased. */
  public static final Lever CHURN = new Lever(Kind.CHURN, null);

  private final Kind kind;
  private final LifecycleStage stage;

  private Lever(Kind kind, LifecycleStage stage) {
    this.kind = kind;
    this.stage = stage;
  }

  /** The conversion rate into {@code stage} (from the stage before it), increased. */
  public static Lever conversionInto(LifecycleStage stage) {
    return new Lever(Kind.CONVERSION, requireNonNull(stage, "stage"));
  }

  /** Every lever of {@code model}, funnel order: budget, cost per visitor, marketers, conversions, reps, cycle, deal, churn. */
  public static List<Lever> all(PlanningModel model) {
    requireNonNull(model, "model");
    List<Lever> l = new ArrayList<>(List.of(MARKETING_BUDGET, COST_PER_VISITOR, MARKETERS));
    model.funnel().stages().stream().skip(1).forEach(s -> l.add(conversionInto(s)));
    l.addAll(List.of(SALES_REPS, SALES_CYCLE, AVERAGE_DEAL, CHURN));
    return List.copyOf(l);
  }

  /** True if the lever improves by going up, false if by going down (cost per visitor, cycle, churn). */
  public boolean isIncrease() {
    return kind != Kind.COST_PER_VISITOR && kind != Kind.CYCLE && kind != Kind.CHURN;
  }

  /** The lever's name, e.g. {@code "MQL→SQL"} or {@code "marketing budget"}. */
  public String name() {
    return switch (kind) {
      case BUDGET -> "marketing budget";
      case COST_PER_VISITOR -> "cost per visitor";
      case MARKETERS -> "marketers";
      case CONVERSION -> "conversion into " + FunnelRates.label(stage);
      case SALES_REPS -> "sales reps";
      case CYCLE -> "sales cycle";
      case DEAL -> "average deal";
      case CHURN -> "churn";
    };
  }

  String name(PlanningModel model) {
    if (kind == Kind.CONVERSION) {
      List<LifecycleStage> s = model.funnel().stages();
      int i = s.indexOf(stage);
      if (i > 0) {
        return FunnelRates.transition(s.get(i - 1), stage);
      }
    }
    return name();
  }

  /** The model after the lever is improved by {@code step}, and a description of the change. */
  Applied applyTo(PlanningModel m, BigDecimal step) {
    BigDecimal up = BigDecimal.ONE.add(step);
    BigDecimal down = BigDecimal.ONE.subtract(step);
    switch (kind) {
      case BUDGET: {
        var v = Amounts.multiply(m.marketingBudget(), up);
        return new Applied(m.withMarketingBudget(v), Amounts.format(m.marketingBudget()) + " → " + Amounts.format(v));
      }
      case COST_PER_VISITOR: {
        var v = Amounts.multiply(m.costPerVisitor(), down);
        return new Applied(m.withCostPerVisitor(v), Amounts.format(m.costPerVisitor()) + " → " + Amounts.format(v));
      }
      case MARKETERS: {
        BigDecimal v = PlanningModel.strip(m.marketers().multiply(up));
        return new Applied(m.withMarketers(v), m.marketers().toPlainString() + " → " + v.toPlainString());
      }
      case SALES_REPS: {
        BigDecimal v = PlanningModel.strip(m.salesReps().multiply(up));
        return new Applied(m.withSalesReps(v), m.salesReps().toPlainString() + " → " + v.toPlainString());
      }
      case CYCLE: {
        BigDecimal v = PlanningModel.strip(m.salesCycleDays().multiply(down));
        return new Applied(m.withSalesCycleDays(v),
            m.salesCycleDays().toPlainString() + " → " + v.toPlainString() + " days");
      }
      case DEAL: {
        var v = Amounts.multiply(m.averageDeal(), up);
        return new Applied(m.withAverageDeal(v), Amounts.format(m.averageDeal()) + " → " + Amounts.format(v));
      }
      case CHURN: {
        Rate v = Rate.of(m.annualChurn().toBigDecimal().multiply(down));
        return new Applied(m.withAnnualChurn(v), percent(m.annualChurn()) + " → " + percent(v));
      }
      case CONVERSION: {
        Rate r = m.funnel().rateInto(stage).orElseThrow(() -> new IllegalArgumentException(
            "stage must be a non-first stage of " + m.funnel() + ": " + stage));
        BigDecimal raised = r.toBigDecimal().multiply(up);
        boolean capped = raised.compareTo(BigDecimal.ONE) > 0;
        Rate v = capped ? Rate.ONE : Rate.of(raised);
        return new Applied(m.withConversionInto(stage, v), percent(r) + " → " + percent(v) + (capped ? " (capped)" : ""));
      }
      default:
        throw new AssertionError(kind);
    }
  }

  record Applied(PlanningModel model, String change) {}

  /** A rate for the change text: at most two decimals of a percent (the model keeps the exact rate). */
  private static String percent(Rate r) {
    return r.toPercent().setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Lever l && kind == l.kind && stage == l.stage;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, stage);
  }

  /** The lever's name and direction, e.g. {@code "sales cycle (shorter)"}. */
  @Override
  public String toString() {
    return name() + (isIncrease() ? " (higher)" : kind == Kind.CYCLE ? " (shorter)" : " (lower)");
  }
}
