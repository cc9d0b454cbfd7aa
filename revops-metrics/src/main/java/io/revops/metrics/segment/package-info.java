/**
 * Segments: named rules over firmographics, behaviour and lead source — industry, size band, geography, revenue
 * band, source — explained like qualification (they are {@link io.revops.core.qualification.Criterion criteria},
 * evaluated to {@link io.revops.core.qualification.Evaluation evaluations}), with each segment's funnel, stage
 * conversions and win rate (with Wilson intervals, {@link io.revops.metrics.conversion.Proportion}), CAC, LTV and
 * LTV:CAC computed by the library's own metrics.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.segment.Segment}: a rule and optional sources; explained membership.</li>
 *   <li>{@link io.revops.metrics.segment.SegmentAccumulator}: leads routed to the first segment they are in,
 *       counted per segment; {@link io.revops.metrics.segment.SegmentReport} and
 *       {@link io.revops.metrics.segment.SegmentMetrics} the figures.</li>
 *   <li>{@link io.revops.metrics.segment.SegmentEconomics}: spend, ARPA, margin and churn for CAC and LTV.</li>
 * </ul>
 */
@NullMarked
package io.revops.metrics.segment;

import org.jspecify.annotations.NullMarked;
