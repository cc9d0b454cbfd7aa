package io.revops.metrics.acquisition;

import io.revops.metrics.MonthRange;
import io.revops.metrics.Policy;

/**
 * Which period's spend CAC divides by the period's new customers. Deals take time to close, so spend
 * in one month often wins customers in the next; tools disagree, so the choice is explicit.
 */
public enum SpendTiming implements Policy {
  /** Spend in the same period as the new customers (the handbook's definition). */
  SAME_PERIOD("same-period spend"),
  /** Spend in the period of the same length just before (a quarter's customers, the previous quarter's spend). */
  LAGGED_ONE_PERIOD("spend lagged one period");

  private final String label;

  SpendTiming(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The months whose spend counts for new customers won in {@code period}. */
  public MonthRange spendPeriod(MonthRange period) {
    return this == SAME_PERIOD ? period : period.previous();
  }
}
