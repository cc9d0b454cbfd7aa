package io.revops.metrics.cycle;

import io.revops.metrics.Policy;

/**
 * Which time a Kaplan–Meier quantile is when the curve is a step function: the time by which a share {@code p}
 * of the deals is estimated won, i.e. where the curve {@code S(t)} comes down to {@code 1 − p}.
 */
public enum QuantilePolicy implements Policy {
  /**
   * The first time at which {@code S(t) <= 1 − p}: the textbook definition and revops' {@link
   * KaplanMeierCurve#median()}. When the curve sits exactly at {@code 1 − p} over a stretch, the stretch's start.
   */
  FIRST_AT_OR_BELOW("quantile: first time S(t) <= 1 - p"),
  /**
   * R survival's rule for the median that {@code print(survfit)} shows ({@code survmean}): where the curve
   * sits at {@code 1 − p} (within {@code sqrt(.Machine$double.eps)}) from its first time at or below it, the
   * midpoint between that time and the next time the curve drops below it; the first time if it never drops
   * again; elsewhere the first time at or below {@code 1 − p}. (R's {@code quantile.survfit} agrees on a
   * monotone curve that drops again; it differs where a curve ends on the level — it takes the midpoint to the
   * last time — and on an upper confidence curve that rises, where it looks the level up in the sorted values.)
   */
  MIDPOINT_OF_FLAT("quantile: midpoint of a flat stretch at 1 - p (R survfit)");

  private final String label;

  QuantilePolicy(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
