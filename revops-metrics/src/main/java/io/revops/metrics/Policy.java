package io.revops.metrics;

/**
 * A named choice in how a metric is computed, where tools disagree (same-period or lagged spend,
 * churn denominator, zero-churn handling, …). Every result lists the policies it was computed under,
 * so a number can be reproduced or matched to another tool's definition.
 *
 * <p>Policies are usually enums implementing this interface.
 */
public interface Policy {
  /** A short human-readable label, e.g. {@code "same-period spend"}. */
  String label();
}
