package io.revops.core.history;

/** Why sales rejected an MQL: the handbook's allowed reasons, "other" with a text, or none given. */
public enum RejectionCode {
  /** No budget. */
  NO_BUDGET,
  /** No need. */
  NO_NEED,
  /** The contact is not a decision maker. */
  NOT_DECISION_MAKER,
  /** The company is too small or too large. */
  WRONG_COMPANY_SIZE,
  /** Already working with a competitor. */
  WITH_COMPETITOR,
  /** Another reason, stated in text. */
  OTHER,
  /** No reason was given: an SLA breach under the handbook's agreement. */
  NONE_GIVEN
}
