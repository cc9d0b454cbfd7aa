/**
 * Conversion rates between lifecycle stages and win rates, computed from lead event histories, each with
 * its sample size and a 95% Wilson score confidence interval ({@link io.revops.metrics.conversion.Proportion}).
 *
 * <p>A conversion rate from stage A to stage B is measured on a <em>cohort</em>: the leads that first
 * reached A within a window. A lead is a trial if it is in the cohort and a success if it then reached B
 * by the evaluation instant. A win rate is {@code won / (won + lost)} of the deals closed within a window;
 * open deals are left out and counted. Both are broken down by lead source.
 *
 * <p>{@link io.revops.metrics.conversion.FunnelCounts} counts the leads created in a window that reached each
 * stage: a measured {@link io.revops.core.funnel.FunnelSnapshot} (visitors supplied by the caller) and the
 * left wing and centre of the {@link io.revops.core.funnel.BowtieSnapshot}.
 *
 * <p>Histories with an anomaly that compromises them ({@link io.revops.core.history.LeadEventHistory#isSound()}
 * is false: a conflicting duplicate id, a missing creation, won and lost both, …) are never used silently nor
 * dropped silently: they are left out and listed, with the reason, in the report. Histories whose anomalies were
 * repaired while building them (an exact duplicate dropped) are counted
 * ({@link io.revops.metrics.ExcludedLead}). Every aggregate is an
 * {@link io.revops.metrics.Accumulator}: the histories can be added in parts and merged.
 */
@NullMarked
package io.revops.metrics.conversion;

import org.jspecify.annotations.NullMarked;
