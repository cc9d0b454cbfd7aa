package io.revops.metrics.revenue;

import io.revops.metrics.Policy;

/**
 * How an MRR bridge over a window of several months is built. Tools disagree: a point-to-point bridge compares
 * the end month with the start month only, so a customer who churns in March and comes back in May is
 * "unchanged" from January to June; the mrr-playbook and most SaaS dashboards sum the monthly bridges, where the
 * same customer is one churn and one reactivation. Both satisfy {@code start + movements = end}.
 */
public enum MovementWindow implements Policy {
  /** One bridge from the start month straight to the end month: each customer in one line. */
  POINT_TO_POINT("point-to-point bridge"),
  /**
   * The sum of the bridges of each month to the next: each line the sum of the monthly lines, each count the
   * sum of the monthly counts (customer-months: a customer may count in several lines), the start count the
   * first month's and the end count the last month's. FX impact is the sum of the monthly FX impacts.
   */
  SUM_OF_MONTHLY_BRIDGES("sum of monthly bridges");

  private final String label;

  MovementWindow(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
