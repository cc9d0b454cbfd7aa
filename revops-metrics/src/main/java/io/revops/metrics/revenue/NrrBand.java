package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Ratio;
import java.math.BigDecimal;

/**
 * The handbook's reading of an NRR value. The boundaries are exact: 100% itself is {@link #HOLDING}; 120%
 * itself is still {@link #GROWING}, since the handbook calls only "&gt; 120%" world class.
 */
public enum NrrBand {
  /** NRR below 100%: churn and contraction outweigh expansion; the base is shrinking. */
  LOSING_TO_CHURN("losing to churn"),
  /** NRR exactly 100%: the base holds its revenue. */
  HOLDING("holding"),
  /** NRR above 100% up to and including 120%: the base grows on its own. */
  GROWING("growing"),
  /** NRR above 120%: world class. */
  WORLD_CLASS("world class");

  private static final BigDecimal WORLD_CLASS_ABOVE = new BigDecimal("1.2");

  private final String label;

  NrrBand(String label) {
    this.label = label;
  }

  /** The band of {@code nrr}. */
  public static NrrBand of(Ratio nrr) {
    requireNonNull(nrr, "nrr");
    BigDecimal v = nrr.toBigDecimal();
    int vsOne = v.compareTo(BigDecimal.ONE);
    if (vsOne < 0) {
      return LOSING_TO_CHURN;
    }
    if (vsOne == 0) {
      return HOLDING;
    }
    return v.compareTo(WORLD_CLASS_ABOVE) > 0 ? WORLD_CLASS : GROWING;
  }

  /** A short label, e.g. {@code "world class"}. */
  public String label() {
    return label;
  }
}
