package io.revops.metrics.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.funnel.LifecycleStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The volume every funnel stage can be expected to reach from a volume at the top: the forward funnel.
 *
 * <p>{@code expected(s) = top × (product of the rates from the top to s)}, exact: rates are exact
 * decimals and multiplying them never rounds. {@link #whole(LifecycleStage)} is the expected volume
 * rounded <em>down</em> ({@link RoundingMode#FLOOR}): the whole customers (or leads) one can count on —
 * 0.6 of a customer signs no contract. A {@link ReverseFunnel} run forward reaches its target in whole
 * numbers at every stage.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ForwardFunnel {
  private final BigDecimal top;
  private final FunnelRates rates;
  private final Map<LifecycleStage, BigDecimal> expected;

  private ForwardFunnel(BigDecimal top, FunnelRates rates) {
    this.top = top;
    this.rates = rates;
    EnumMap<LifecycleStage, BigDecimal> e = new EnumMap<>(LifecycleStage.class);
    for (LifecycleStage stage : rates.stages()) {
      e.put(stage, PlanningModel.strip(top.multiply(rates.rateBetween(rates.first(), stage).toBigDecimal())));
    }
    this.expected = Collections.unmodifiableMap(e);
  }

  /**
   * The funnel fed with {@code top} at its first stage.
   *
   * @throws IllegalArgumentException if {@code top} is negative
   */
  public static ForwardFunnel from(long top, FunnelRates rates) {
    return from(BigDecimal.valueOf(top), rates);
  }

  /**
   * The funnel fed with {@code top} (an expected, possibly fractional volume) at its first stage.
   *
   * @throws IllegalArgumentException if {@code top} is negative
   */
  public static ForwardFunnel from(BigDecimal top, FunnelRates rates) {
    Args.decimal("top", top);
    checkArgument(top.signum() >= 0, "top volume must not be negative: %s", Args.plain(top));
    return new ForwardFunnel(PlanningModel.strip(top), requireNonNull(rates, "rates"));
  }

  /** The volume at the top stage. */
  public BigDecimal top() {
    return top;
  }

  /** The rates. */
  public FunnelRates rates() {
    return rates;
  }

  /**
   * The exact expected volume at {@code stage}.
   *
   * @throws IllegalArgumentException if {@code stage} is not in the funnel
   */
  public BigDecimal expected(LifecycleStage stage) {
    BigDecimal v = expected.get(requireNonNull(stage, "stage"));
    checkArgument(v != null, "stage must be a stage of %s: %s", rates, stage);
    return v;
  }

  /** The expected volume at {@code stage} rounded down to whole leads or customers. */
  public long whole(LifecycleStage stage) {
    return expected(stage).setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /** The exact expected volume at the last stage (usually customers). */
  public BigDecimal expectedAtBottom() {
    return expected(rates.last());
  }

  /** Every stage's exact expected volume, top first. */
  public Map<LifecycleStage, BigDecimal> volumes() {
    return expected;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ForwardFunnel f && top.equals(f.top) && rates.equals(f.rates);
  }

  @Override
  public int hashCode() {
    return 31 * top.hashCode() + rates.hashCode();
  }

  /** The projection as a table of exact expected and whole (rounded-down) volumes. */
  @Override
  public String toString() {
    TextTable t = new TextTable().row("stage", "expected", "whole");
    expected.forEach((stage, v) -> t.row(FunnelRates.label(stage), v.toPlainString(), Long.toString(whole(stage))));
    return ("Forward funnel from " + top.toPlainString() + " " + FunnelRates.label(rates.first()) + " ("
        + rates + "; whole = rounded down)\n" + t.render("  ")).stripTrailing();
  }
}
