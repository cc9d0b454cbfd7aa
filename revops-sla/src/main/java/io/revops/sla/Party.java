package io.revops.sla;

/** Who owes an obligation. */
public enum Party {
  /** Marketing: the quota and the quality of every MQL. */
  MARKETING,
  /** Sales: speed, persistence and a reason for every rejection. */
  SALES,
  /** Both: the feedback reports and reviews. */
  JOINT
}
