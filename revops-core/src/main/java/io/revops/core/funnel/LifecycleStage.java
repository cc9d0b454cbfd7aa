package io.revops.core.funnel;

/**
 * The lifecycle stages of a lead, in order: visitor → lead → MQL → SQL → (opportunity) → customer.
 * Opportunity is optional: many CRMs record it between SQL and customer, some do not.
 */
public enum LifecycleStage {
  /** Someone who visited but left no contact. */
  VISITOR,
  /** Left contact details. */
  LEAD,
  /** Marketing-qualified: meets the MQL criteria. */
  MQL,
  /** Sales-qualified: accepted by sales. */
  SQL,
  /** A deal is open (optional stage). */
  OPPORTUNITY,
  /** Won: a paying customer. */
  CUSTOMER;

  /** True for the optional OPPORTUNITY stage. */
  public boolean isOptional() {
    return this == OPPORTUNITY;
  }
}
