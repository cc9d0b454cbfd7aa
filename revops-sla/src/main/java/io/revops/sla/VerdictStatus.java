package io.revops.sla;

/** The state of one obligation for one lead (or one month, for the quota) as of an instant. */
public enum VerdictStatus {
  /** The obligation was fulfilled. */
  MET,
  /** The obligation was not fulfilled, and no longer can be. */
  BREACHED,
  /**
   * Not fulfilled yet, and less than the agreement's at-risk share of the allowance is used (a monthly quota:
   * on or ahead of an even pace).
   */
  PENDING,
  /**
   * Not fulfilled yet, and at least the at-risk share of the allowance is used (a monthly quota: behind an
   * even pace).
   */
  AT_RISK,
  /** The obligation does not apply (not an MQL, no rejection, no lead data); the reason says which. */
  NOT_APPLICABLE;

  /** True for MET and BREACHED: the outcome is final and counts towards compliance. */
  public boolean isDecided() {
    return this == MET || this == BREACHED;
  }

  /** True for PENDING and AT_RISK: the allowance is still running. */
  public boolean isOpen() {
    return this == PENDING || this == AT_RISK;
  }
}
