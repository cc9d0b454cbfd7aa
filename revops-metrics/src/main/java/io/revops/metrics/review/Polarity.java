package io.revops.metrics.review;

/** Which way a metric should move: a win rate up, a CAC or a cycle length down. */
public enum Polarity {
  /** Higher is better (conversion, win rate, LTV:CAC, NRR, SLA compliance). */
  HIGHER_IS_BETTER,
  /** Lower is better (CAC, cycle length, time to first response). */
  LOWER_IS_BETTER;

  /** The verdict for a change in direction {@code sign} (positive: up) that the data can tell apart from none. */
  Verdict verdictFor(int sign) {
    if (sign == 0) return Verdict.NOT_ENOUGH_DATA;
    return (sign > 0) == (this == HIGHER_IS_BETTER) ? Verdict.IMPROVED : Verdict.WORSENED;
  }
}
