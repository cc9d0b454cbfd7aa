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

  /** True if this stage comes before {@code other}. */
  public boolean isBefore(LifecycleStage other) {
    return ordinal() < other.ordinal();
  }

  /** The bowtie stage this lifecycle stage belongs to: attraction, conversion, or the deal for customers. */
  public BowtieStage bowtieStage() {
    return switch (this) {
      case VISITOR, LEAD -> BowtieStage.ATTRACTION;
      case MQL, SQL, OPPORTUNITY -> BowtieStage.CONVERSION;
      case CUSTOMER -> BowtieStage.DEAL;
    };
  }

  /** The short label used in tables and evidence: "Visitor", "Lead", "MQL", "SQL", "Opportunity", "Customer". */
  public String label() {
    return switch (this) {
      case VISITOR -> "Visitor";
      case LEAD -> "Lead";
      case MQL -> "MQL";
      case SQL -> "SQL";
      case OPPORTUNITY -> "Opportunity";
      case CUSTOMER -> "Customer";
    };
  }
}
