/**
 * Recurring-revenue metrics: NRR, GRR, MRR movements, churn, retention, quick ratio and cohort tables.
 *
 * <p>The input is a {@link io.revops.metrics.revenue.RevenueLedger}: the monthly recurring revenue (MRR)
 * of each customer in each month, built from {@link io.revops.metrics.revenue.RevenueRecord}s (in parts,
 * with its {@link io.revops.metrics.Accumulator}). A {@link io.revops.metrics.revenue.RevenueAnalysis}
 * computes every metric from it, each as a {@link io.revops.metrics.MetricResult} that names its inputs and
 * policies:
 *
 * <pre>{@code
 * RevenueAnalysis a = RevenueAnalysis.of(ledger);
 * a.nrr(YearMonth.of(2025, 1), YearMonth.of(2026, 1));
 * // NRR = 120%, growing (12 000 000,00 RUB from 100 customers present at start / 10 000 000,00 RUB at start, ...)
 * }</pre>
 *
 * <p>Definitions used throughout: a customer is <em>present</em> in a month if its MRR that month is
 * positive; its <em>first payment</em> is the first month it is present; it is <em>reactivated</em> in a
 * period if it is absent at the start month, was present in some month before it, and is present at the end
 * month. Revenue in several currencies needs a {@link io.revops.metrics.ReportingCurrency}; the
 * retention and churn metrics are then in constant currency (every month valued at the rates of the last
 * month of the analysis), and the MRR movements show the effect of rate moves on a separate FX line.
 */
@NullMarked
package io.revops.metrics.revenue;

import org.jspecify.annotations.NullMarked;
