/**
 * Revenue metrics — the shared language of marketing, sales and service.
 *
 * <p>Every metric returns a {@link io.revops.metrics.MetricResult}: a value or the reason it cannot be
 * computed, with the inputs, the formula variant and the {@link io.revops.metrics.Policy policies} it was
 * computed under. Contested definitions (spend timing, churn denominator, zero-churn handling, open deals)
 * are named policies, never hidden choices. Aggregates over many inputs are
 * {@link io.revops.metrics.Accumulator}s, which can be fed in parts and merged.
 *
 * <p>This package also holds the vocabulary the metric packages share:
 * <ul>
 *   <li>{@link io.revops.metrics.MonthRange}: a period of whole calendar months (acquisition, sales);</li>
 *   <li>{@link io.revops.metrics.SignedRatio}: a ratio that may be negative (ROMI, the magic number), where
 *       {@link io.revops.core.money.Ratio} cannot be;</li>
 *   <li>{@link io.revops.metrics.ReportingCurrency}: how amounts in several currencies are valued in one, with
 *       the caller's exchange rates and rounding (revenue, pipeline);</li>
 *   <li>{@link io.revops.metrics.ExcludedLead}: a lead left out of a metric, with the reason (conversion,
 *       sales cycle, funnel counts).</li>
 * </ul>
 *
 * <p>The metric packages: {@code acquisition} (CAC, CPL, CTR, ROMI, CAC payback), {@code value} (LTV,
 * LTV:CAC, ARPA, ACV), {@code revenue} (MRR movements, NRR, GRR, churn, cohorts), {@code conversion}
 * (stage conversion, win rate, funnel counts), {@code cycle} (sales cycle length, throughput),
 * {@code sales} (pipeline, magic number), {@code service} (NPS, ticket resolution) and {@code planning}
 * (reverse funnel, planning model, scenarios, sensitivity — which reuses {@code acquisition}'s CAC and
 * {@code value}'s LTV and LTV:CAC).
 */
@NullMarked
package io.revops.metrics;

import org.jspecify.annotations.NullMarked;
