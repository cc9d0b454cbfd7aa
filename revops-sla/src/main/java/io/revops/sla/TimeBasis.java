package io.revops.sla;

/** How an allowance is measured: in working time on the agreement's business calendar, or in elapsed time. */
public enum TimeBasis {
  /** Only working time counts (the handbook's "1 hour of working time"). */
  WORKING_TIME,
  /** Every instant counts (the first chapter's "within 24 hours"). */
  ELAPSED
}
