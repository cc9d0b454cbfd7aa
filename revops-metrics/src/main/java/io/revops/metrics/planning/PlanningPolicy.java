package io.revops.metrics.planning;

import io.revops.metrics.Policy;

/** The modelling choices behind every {@link Projection} figure, listed with the figures they affect. */
public enum PlanningPolicy implements Policy {
  /** New customers are the expected number rounded down: a fraction of a customer signs no contract. */
  WHOLE_NEW_CUSTOMERS("new customers rounded down"),
  /** Revenue is the year-end annual run-rate: every customer won in the year counts for a full average deal. */
  YEAR_END_RUN_RATE("year-end run-rate"),
  /** CAC counts the marketing budget plus the marketing and sales teams' cost. */
  TEAM_COST_IN_CAC("marketing budget + marketing and sales team cost"),
  /** Lifetime in months is {@code 12 / annual churn}: monthly churn taken as annual churn / 12. */
  LIFETIME_FROM_ANNUAL_CHURN("lifetime = 12 / annual churn months"),
  /** ROI is the year's gross profit over the whole revenue team's cost (budget, marketing, sales, customer success). */
  ROI_ON_REVENUE_TEAM_COST("gross profit over revenue-team cost");

  private final String label;

  PlanningPolicy(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
