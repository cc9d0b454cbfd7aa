/**
 * The revenue funnel: lifecycle stages, the bowtie and funnel snapshots with their conversion rates.
 *
 * <ul>
 *   <li>{@link io.revops.core.funnel.LifecycleStage} — visitor → lead → MQL → SQL → (opportunity) →
 *       customer;</li>
 *   <li>{@link io.revops.core.funnel.FunnelSnapshot} — counts per lifecycle stage and the
 *       {@link io.revops.core.funnel.StageConversion}s between them; a conversion that cannot be
 *       computed (zero at the earlier stage, more at a later stage than at an earlier one) says why;</li>
 *   <li>{@link io.revops.core.funnel.BowtieStage} — attraction, conversion (left wing), deal (centre),
 *       retention, expansion, advocacy (right wing), each with the
 *       {@link io.revops.core.funnel.Department}s that work on it;</li>
 *   <li>{@link io.revops.core.funnel.BowtieSnapshot} — volumes per bowtie stage and the
 *       {@link io.revops.core.funnel.BowtieTransition}s between them, which may exceed 1 on the right
 *       wing.</li>
 * </ul>
 *
 * <p>The flywheel (attract → engage → delight) and the revenue audit live in
 * {@code io.revops.core.flywheel}.
 */
@NullMarked
package io.revops.core.funnel;

import org.jspecify.annotations.NullMarked;
