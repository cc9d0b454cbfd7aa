package io.revops.metrics.value;

import io.revops.metrics.Policy;

/** Which LTV formula a result used. */
public enum LtvFormula implements Policy {
  /** Average monthly revenue per customer × average lifetime in months × margin (the handbook's). */
  LIFETIME("lifetime formula"),
  /** ARPA × margin / monthly churn rate: the lifetime is taken as 1 / churn. */
  CHURN_BASED("churn-based formula");

  private final String label;

  LtvFormula(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
