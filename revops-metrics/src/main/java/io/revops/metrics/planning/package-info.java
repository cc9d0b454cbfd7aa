/**
 * Revenue planning: the reverse and forward funnel, a transparent one-year planning model, scenarios
 * and sensitivity — "what growth can we deliver with these resources, and what should we change first?"
 *
 * <ul>
 *   <li>{@link io.revops.metrics.planning.ReverseFunnel}: from a target (customers or new revenue) and
 *       the stage conversion rates ({@link io.revops.metrics.planning.FunnelRates}), the whole leads every
 *       stage needs, rounded up — 10 customers at SQL→customer 20% need 50 SQL, at MQL→SQL 40% 125 MQL:
 *       marketing's MQL quota in the SLA.</li>
 *   <li>{@link io.revops.metrics.planning.ForwardFunnel}: from a volume at the top, the exact expected
 *       volume at every stage, and the whole customers one can count on.</li>
 *   <li>{@link io.revops.metrics.planning.PlanningModel}: the handbook's planning inputs plus the
 *       assumptions it leaves open, as inputs; its javadoc lists every formula.
 *       {@link io.revops.metrics.planning.Projection} is one year of it: new customers and what limits
 *       them, revenue, growth, CAC, LTV, LTV:CAC (an {@link io.revops.metrics.value.LtvCacRatio}, the same as {@link io.revops.metrics.value.LtvCac} gives), ROI.</li>
 *   <li>{@link io.revops.metrics.planning.Scenario}: a named set of levers (budget, headcount, rates,
 *       churn, cycle, deal); {@link io.revops.metrics.planning.ScenarioComparison} prints scenarios side by
 *       side.</li>
 *   <li>{@link io.revops.metrics.planning.Sensitivity}: every {@link io.revops.metrics.planning.Lever}
 *       improved by the same step, ranked by its effect: the bottleneck to work on first.</li>
 * </ul>
 *
 * <p>Rates are exact ({@link io.revops.core.money.Rate}); money is {@link javax.money.MonetaryAmount},
 * rounded explicitly; bad input fails naming the parameter, the value and the rule. CAC and LTV are
 * computed by {@link io.revops.metrics.acquisition.Cac} and {@link io.revops.metrics.value.Ltv}, so a
 * projection's figures mean what the measured ones mean.
 */
@NullMarked
package io.revops.metrics.planning;

import org.jspecify.annotations.NullMarked;
