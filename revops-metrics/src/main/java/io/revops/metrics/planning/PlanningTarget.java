package io.revops.metrics.planning;

import io.revops.core.money.Amounts;
import java.math.BigDecimal;

/** What a {@link Sensitivity} analysis tries to move. */
public enum PlanningTarget {
  /** The exact expected new customers of the year ({@link Projection#expectedNewCustomers()}). */
  NEW_CUSTOMERS("new customers"),
  /** The year-end revenue run-rate ({@link Projection#revenue()}). */
  REVENUE("revenue");

  private final String label;

  PlanningTarget(String label) {
    this.label = label;
  }

  /** A short label, e.g. {@code "new customers"}. */
  public String label() {
    return label;
  }

  BigDecimal valueOf(Projection p) {
    return this == NEW_CUSTOMERS ? p.expectedNewCustomers() : Amounts.toBigDecimal(p.revenue());
  }
}
