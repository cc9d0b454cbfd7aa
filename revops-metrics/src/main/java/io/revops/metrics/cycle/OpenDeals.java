package io.revops.metrics.cycle;

import io.revops.metrics.Policy;

/** What the sales-cycle metrics do with deals still open at the evaluation instant. */
public enum OpenDeals implements Policy {
  /**
   * Leave them out (the default). The cycle statistics then describe won deals only, which understates the
   * typical time to close when many deals are still open.
   */
  EXCLUDED("open deals excluded"),
  /**
   * Count them as censored at the evaluation instant in the Kaplan–Meier estimate: still open after that
   * long. The mean and percentiles of time to win still use won deals only.
   */
  CENSORED("open deals censored");

  private final String label;

  OpenDeals(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
