package io.revops.metrics.cycle;

import io.revops.metrics.Policy;

/** What the sales-cycle metrics do with lost deals; time to win is measured on won deals only either way. */
public enum LostDeals implements Policy {
  /** Leave them out (the default): the cycle measures how long winning takes. */
  EXCLUDED("lost deals excluded"),
  /**
   * Count them as censored at the instant they were lost in the Kaplan–Meier estimate: not won after that long.
   * This treats losing as if the deal could still have been won later, so it tends to lengthen the estimate.
   */
  CENSORED("lost deals censored");

  private final String label;

  LostDeals(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
