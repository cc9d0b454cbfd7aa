/**
 * Revenue metrics — the shared language of marketing, sales and service.
 *
 * <p>Every metric returns a {@link io.revops.metrics.MetricResult}: a value or the reason it cannot be
 * computed, with the inputs, the formula variant and the {@link io.revops.metrics.Policy policies} it was
 * computed under. Contested definitions (spend timing, churn denominator, zero-churn handling, open deals)
 * are named policies, never hidden choices.
 */
package io.revops.metrics;
