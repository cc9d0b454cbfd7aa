package io.revops.metrics.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which single {@link Lever}, improved by the same relative step (say 10%), moves a {@link PlanningTarget}
 * most: the funnel's bottleneck, the friction to work on first.
 *
 * <p>Each lever is improved alone, the model re-projected, and the change in the target recorded. The
 * levers are ranked by effect, largest first. In a funnel limited by demand, equal relative steps on any
 * two conversion rates have exactly equal effects (the rates multiply); such ties are broken in favour of
 * the lever that adds the fewest SQLs for sales to work (improving SQL→customer adds none), then in
 * {@link Lever#all(PlanningModel) funnel order}. When sales capacity binds, top-of-funnel levers do
 * nothing and reps, cycle length and SQL→customer lead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sensitivity {
  private final PlanningModel model;
  private final PlanningTarget target;
  private final Rate step;
  private final Projection baseline;
  private final List<LeverEffect> effects;

  private Sensitivity(PlanningModel model, PlanningTarget target, Rate step, Projection baseline,
      List<LeverEffect> effects) {
    this.model = model;
    this.target = target;
    this.step = step;
    this.baseline = baseline;
    this.effects = List.copyOf(effects);
  }

  /**
   * Every lever of {@code model} improved by {@code step}, ranked by its effect on {@code target}.
   *
   * @throws IllegalArgumentException if {@code step} is not in (0, 1)
   */
  public static Sensitivity of(PlanningModel model, PlanningTarget target, Rate step) {
    requireNonNull(model, "model");
    requireNonNull(target, "target");
    requireNonNull(step, "step");
    checkArgument(!step.isZero() && step.isLessThan(Rate.ONE), "step must be in (0, 1): %s", step);
    Projection base = model.project();
    BigDecimal before = target.valueOf(base);
    List<Lever> levers = Lever.all(model);
    List<LeverEffect> effects = new ArrayList<>();
    for (int i = 0; i < levers.size(); i++) {
      Lever lever = levers.get(i);
      Lever.Applied applied = lever.applyTo(model, step.toBigDecimal());
      Projection after = applied.model().project();
      BigDecimal effect = PlanningModel.strip(target.valueOf(after).subtract(before));
      BigDecimal extraSqls = PlanningModel.strip(after.sqlDemand().subtract(base.sqlDemand()));
      effects.add(new LeverEffect(lever, lever.name(model), applied.change(), target, effect, extraSqls, i, after));
    }
    effects.sort(Comparator.comparing(LeverEffect::effect).reversed()
        .thenComparing(LeverEffect::extraSqls)
        .thenComparingInt(LeverEffect::order));
    return new Sensitivity(model, target, step, base, effects);
  }

  /** The model analysed. */
  public PlanningModel model() {
    return model;
  }

  /** The target moved. */
  public PlanningTarget target() {
    return target;
  }

  /** The relative step every lever was improved by. */
  public Rate step() {
    return step;
  }

  /** The model's projection before any lever moves. */
  public Projection baseline() {
    return baseline;
  }

  /** Every lever's effect, largest first. */
  public List<LeverEffect> effects() {
    return effects;
  }

  /** The lever to work on first: the largest effect, ties broken as the class description says. */
  public LeverEffect top() {
    return effects.get(0);
  }

  /** The levers whose effect equals the top one's, the top one excluded. */
  public List<LeverEffect> tiedWithTop() {
    BigDecimal best = top().effect();
    return effects.stream().skip(1).filter(e -> e.effect().compareTo(best) == 0).toList();
  }

  /** Why the top lever comes first, e.g. {@code "MQL→SQL: +10% → +7.2 new customers"}. */
  public String reason() {
    LeverEffect top = top();
    String stepText = step.toString();
    if (top.effect().signum() <= 0) {
      return "no single lever improved by " + stepText + " moves " + target.label()
          + " (growth limited by " + baseline.limitedBy().label() + ")";
    }
    StringBuilder sb = new StringBuilder(top.name()).append(": ").append(top.isIncrease() ? "+" : "−")
        .append(stepText).append(" → ").append(top.effectText())
        .append(" (growth limited by ").append(baseline.limitedBy().label());
    List<LeverEffect> tied = tiedWithTop();
    if (!tied.isEmpty()) {
      sb.append("; tied with ").append(tied.stream().map(LeverEffect::name).collect(Collectors.joining(", ")))
          .append(", ranked first as it adds the fewest SQLs for sales to work (")
          .append(signed(top.extraSqls())).append(")");
    }
    return sb.append(')').toString();
  }

  static String signed(BigDecimal v) {
    return (v.signum() >= 0 ? "+" : "") + Projection.count(v);
  }

  /** The ranking as a table, then the lever to work on first and why. */
  @Override
  public String toString() {
    TextTable t = new TextTable().row("lever", "change", "effect", "extra SQLs");
    effects.forEach(e -> t.row(e.name(), e.change(), e.effectText(), signed(e.extraSqls())));
    String base = target == PlanningTarget.NEW_CUSTOMERS
        ? Projection.count(baseline.expectedNewCustomers()) + " expected new customers"
        : Amounts.format(baseline.revenue()) + " revenue";
    return "Sensitivity of " + target.label() + " to each lever improved by " + step + " (baseline " + base
        + ", limited by " + baseline.limitedBy().label() + ")\n" + t.render("  ")
        + "Work on first: " + reason();
  }

  /**
   * One lever's effect on the target.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class LeverEffect {
    private final Lever lever;
    private final String name;
    private final String change;
    private final PlanningTarget target;
    private final BigDecimal effect;
    private final BigDecimal extraSqls;
    private final int order;
    private final Projection projection;

    LeverEffect(Lever lever, String name, String change, PlanningTarget target, BigDecimal effect,
        BigDecimal extraSqls, int order, Projection projection) {
      this.lever = lever;
      this.name = name;
      this.change = change;
      this.target = target;
      this.effect = effect;
      this.extraSqls = extraSqls;
      this.order = order;
      this.projection = projection;
    }

    /** The lever. */
    public Lever lever() {
      return lever;
    }

    /** The lever's name in this model, e.g. {@code "MQL→SQL"}. */
    public String name() {
      return name;
    }

    /** The change made, e.g. {@code "40% → 44%"}. */
    public String change() {
      return change;
    }

    /** The change in the target: expected new customers, or revenue in the model's currency. */
    public BigDecimal effect() {
      return effect;
    }

    /** The change in expected SQLs a year: the extra load on sales. */
    public BigDecimal extraSqls() {
      return extraSqls;
    }

    int order() {
      return order;
    }

    boolean isIncrease() {
      return lever.isIncrease();
    }

    /** The projection with the lever moved. */
    public Projection projection() {
      return projection;
    }

    /** The effect as text, e.g. {@code "+7.2 new customers"} or {@code "+10 000 000,00 RUB revenue"}. */
    public String effectText() {
      if (target == PlanningTarget.NEW_CUSTOMERS) {
        return signed(effect) + " new customers";
      }
      String money = Amounts.format(Amounts.of(effect, projection.model().averageDeal().getCurrency()));
      return (effect.signum() >= 0 ? "+" : "") + money + " revenue";
    }

    /** E.g. {@code "MQL→SQL 40% → 44%: +7.2 new customers"}. */
    @Override
    public String toString() {
      return name + " " + change + ": " + effectText();
    }
  }
}
