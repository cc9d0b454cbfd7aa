package io.revops.metrics.cycle;

import io.revops.metrics.Policy;

/**
 * How a pointwise confidence interval for a Kaplan–Meier survival {@code S} is built from the Greenwood standard
 * error {@code σ} of {@code log S} ({@code σ² = Σ dᵢ / (nᵢ (nᵢ − dᵢ))}) and the normal quantile {@code z}.
 */
public enum ConfidenceTransform implements Policy {
  /** {@code S·exp(±zσ)}, the upper end capped at 1: R survival's default {@code conf.type = "log"}. */
  LOG("log-transformed intervals (R survfit default)"),
  /** {@code S·(1 ± zσ)}, clipped to [0, 1]: R's {@code conf.type = "plain"}, Greenwood's original interval. */
  PLAIN("plain intervals");

  private final String label;

  ConfidenceTransform(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
