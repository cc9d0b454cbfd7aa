package io.revops.metrics.revenue;

import io.revops.metrics.Policy;

/**
 * How NRR treats a <em>reactivated</em> customer: absent at the start month, present in some month before
 * it, and present again at the end month. It is not in the start cohort, yet it is not new either.
 */
public enum ReactivationPolicy implements Policy {
  /** Leave reactivated customers out of NRR, like new ones (the default). */
  EXCLUDE("reactivated customers excluded"),
  /**
   * Add their end-month MRR to the numerator of NRR, as if it were expansion of the start cohort. GRR is
   * unaffected: it never counts growth.
   */
  INCLUDE_AS_EXPANSION("reactivated customers counted as expansion");

  private final String label;

  ReactivationPolicy(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
