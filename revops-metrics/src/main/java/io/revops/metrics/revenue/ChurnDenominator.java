package io.revops.metrics.revenue;

import io.revops.metrics.Policy;

/**
 * Which customers churn and retention rates are measured against over a period from a start month to an
 * end month.
 */
public enum ChurnDenominator implements Policy {
  /**
   * The customers present at the start month, each with its start-month MRR (the default; revenue churn is
   * then {@code 1 - GRR}).
   */
  CUSTOMERS_AT_START("denominator: customers at start"),
  /**
   * The customers present at the start month plus the new ones, whose first payment falls after the start
   * month and not after the end month, each new one with the MRR of its first month. A new customer who
   * left again before the end month counts as churned.
   */
  AT_START_PLUS_NEW("denominator: customers at start + new");

  private final String label;

  ChurnDenominator(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
