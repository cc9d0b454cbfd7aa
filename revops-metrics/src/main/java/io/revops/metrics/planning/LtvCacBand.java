package io.revops.metrics.planning;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Ratio;
import java.math.BigDecimal;

/**
 * The handbook's reading of an LTV:CAC ratio, with the gaps it leaves (2–3, 4–5) closed: below 1 the
 * company loses money on every customer; 1 to below 3 it survives; 3 to 5 (both included) it is healthy;
 * above 5 it under-invests in growth.
 */
public enum LtvCacBand {
  /** LTV:CAC below 1: every customer costs more than it brings. */
  LOSING_MONEY("losing money on every customer"),
  /** LTV:CAC from 1 to below 3. */
  SURVIVING("surviving"),
  /** LTV:CAC from 3 to 5 inclusive. */
  HEALTHY("healthy"),
  /** LTV:CAC above 5: growth is under-funded. */
  UNDER_INVESTING("under-investing in growth");

  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  private final String label;

  LtvCacBand(String label) {
    this.label = label;
  }

  /** The band of {@code ltvToCac}. */
  public static LtvCacBand of(Ratio ltvToCac) {
    BigDecimal v = requireNonNull(ltvToCac, "ltvToCac").toBigDecimal();
    if (v.compareTo(BigDecimal.ONE) < 0) {
      return LOSING_MONEY;
    }
    if (v.compareTo(THREE) < 0) {
      return SURVIVING;
    }
    return v.compareTo(FIVE) <= 0 ? HEALTHY : UNDER_INVESTING;
  }

  /** A short reading, e.g. {@code "healthy"}. */
  public String label() {
    return label;
  }
}
