package io.revops.metrics.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The volume every funnel stage must reach for a target at the bottom stage: the reverse funnel, from
 * which marketing's MQL quota in the SLA is derived instead of being "a number from the ceiling".
 *
 * <p>Handbook example: 10 new customers a month at SQL→customer 20% need {@code 10 / 0.2 = 50} SQL, and at
 * MQL→SQL 40% {@code 50 / 0.4 = 125} MQL.
 *
 * <p><b>Rounding.</b> Leads are whole, so every stage is rounded <em>up</em>
 * ({@link RoundingMode#CEILING}) from the <em>rounded-up</em> volume of the stage below it:
 * {@code required(s) = ⌈required(next(s)) / rate(s→next(s))⌉}. This is what a team that must deliver
 * whole SQLs needs, and it may be one or more leads above the unrounded product: 10 customers at 30% need
 * ⌈33.3…⌉ = 34 SQL, and at 40% ⌈34 / 0.4⌉ = 85 MQL (not ⌈83.3…⌉ = 84). Because of it, the plan run
 * {@linkplain #runForward() forward} meets or exceeds the requirement at every stage.
 *
 * <p>A revenue target becomes a customer target by {@code ⌈target revenue / average deal⌉}, again
 * rounding up.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReverseFunnel {
  private final long target;
  private final FunnelRates rates;
  private final MonetaryAmount targetRevenue;
  private final MonetaryAmount averageDeal;
  private final Map<LifecycleStage, Long> required;

  private ReverseFunnel(long target, FunnelRates rates, MonetaryAmount targetRevenue, MonetaryAmount averageDeal) {
    this.target = target;
    this.rates = rates;
    this.targetRevenue = targetRevenue;
    this.averageDeal = averageDeal;
    EnumMap<LifecycleStage, Long> r = new EnumMap<>(LifecycleStage.class);
    long below = target;
    LifecycleStage stageBelow = null;
    for (LifecycleStage stage : rates.stagesBottomUp()) {
      if (stageBelow != null) {
        below = up(below, rates.rateInto(stageBelow).orElseThrow(), stage);
      }
      r.put(stage, below);
      stageBelow = stage;
    }
    this.required = Collections.unmodifiableMap(r);
  }

  private static long up(long below, Rate rate, LifecycleStage stage) {
    BigDecimal v = BigDecimal.valueOf(below).divide(rate.toBigDecimal(), 0, RoundingMode.CEILING);
    checkArgument(v.toBigInteger().bitLength() < 63, "required volume at %s is too large for a plan: %s",
        FunnelRates.label(stage), v);
    return v.longValueExact();
  }

  /**
   * The volumes needed for {@code target} at the funnel's last stage (usually new customers).
   *
   * @throws IllegalArgumentException if {@code target} is negative
   */
  public static ReverseFunnel forTarget(long target, FunnelRates rates) {
    checkArgument(target >= 0, "target must not be negative: %s", target);
    return new ReverseFunnel(target, requireNonNull(rates, "rates"), null, null);
  }

  /**
   * The volumes needed for {@code targetRevenue} of new business at {@code averageDeal} per customer:
   * {@code ⌈targetRevenue / averageDeal⌉} customers at the funnel's last stage.
   *
   * @throws IllegalArgumentException if the revenue is negative or the deal is not positive
   * @throws io.revops.core.money.CurrencyMismatchException if the currencies differ
   */
  public static ReverseFunnel forRevenue(MonetaryAmount targetRevenue, MonetaryAmount averageDeal, FunnelRates rates) {
    Amounts.requireNonNegative("targetRevenue", targetRevenue);
    Amounts.requirePositive("averageDeal", averageDeal);
    Amounts.requireSameCurrency("averageDeal", targetRevenue, averageDeal);
    requireNonNull(rates, "rates");
    BigDecimal customers = Amounts.toBigDecimal(targetRevenue)
        .divide(Amounts.toBigDecimal(averageDeal), 0, RoundingMode.CEILING);
    checkArgument(customers.toBigInteger().bitLength() < 63, "targetRevenue / averageDeal is too large for a plan: %s", customers);
    return new ReverseFunnel(customers.longValueExact(), rates, targetRevenue, averageDeal);
  }

  /** The target at the last stage (customers). */
  public long target() {
    return target;
  }

  /** The revenue target this plan was derived from, if any. */
  public Optional<MonetaryAmount> targetRevenue() {
    return Optional.ofNullable(targetRevenue);
  }

  /** The average deal the revenue target was divided by, if any. */
  public Optional<MonetaryAmount> averageDeal() {
    return Optional.ofNullable(averageDeal);
  }

  /** The rates the plan was computed from. */
  public FunnelRates rates() {
    return rates;
  }

  /**
   * The whole number of leads needed at {@code stage}.
   *
   * @throws IllegalArgumentException if {@code stage} is not in the funnel
   */
  public long required(LifecycleStage stage) {
    Long v = required.get(requireNonNull(stage, "stage"));
    checkArgument(v != null, "stage must be a stage of %s: %s", rates, stage);
    return v;
  }

  /** Every stage's required volume, top of the funnel first. */
  public Map<LifecycleStage, Long> volumes() {
    return required;
  }

  /** The plan run forward from its top-stage volume: the volumes it can be expected to deliver. */
  public ForwardFunnel runForward() {
    return ForwardFunnel.from(required(rates.first()), rates);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReverseFunnel f && target == f.target && rates.equals(f.rates)
        && sameAmount(targetRevenue, f.targetRevenue) && sameAmount(averageDeal, f.averageDeal);
  }

  private static boolean sameAmount(MonetaryAmount a, MonetaryAmount b) {
    return a == null ? b == null : b != null && Amounts.isEqual(a, b);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(target, rates);
  }

  /**
   * The plan as a table, e.g.
   * <pre>
   * Reverse funnel for 10 customers (MQL →40%→ SQL →20%→ customer; each stage rounded up from the stage below)
   *   MQL       125
   *   SQL        50
   *   customer   10
   * </pre>
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Reverse funnel for ").append(target).append(' ')
        .append(FunnelRates.label(rates.last())).append(target == 1 ? "" : "s");
    sb.append(" (");
    if (targetRevenue != null) {
      sb.append(Amounts.format(targetRevenue)).append(" / ").append(Amounts.format(averageDeal))
          .append(" average deal, rounded up; ");
    }
    sb.append(rates).append("; each stage rounded up from the stage below)\n");
    TextTable t = new TextTable();
    required.forEach((stage, n) -> t.row(FunnelRates.label(stage), Long.toString(n)));
    return sb.append(t.render("  ")).toString().stripTrailing();
  }
}
