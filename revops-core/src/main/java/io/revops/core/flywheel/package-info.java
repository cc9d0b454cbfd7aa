/**
 * The sales flywheel and the revenue audit.
 *
 * <p>The flywheel turns through {@link io.revops.core.flywheel.FlywheelPhase#ATTRACT attract},
 * {@link io.revops.core.flywheel.FlywheelPhase#ENGAGE engage} and
 * {@link io.revops.core.flywheel.FlywheelPhase#DELIGHT delight}; a sale does not end it but starts the next
 * ones. {@link io.revops.core.flywheel.Force}s accelerate it and {@link io.revops.core.flywheel.Friction}s
 * slow it, each tied to a department — marketing, sales, service or
 * {@link io.revops.core.funnel.Department#INTERNAL internal} (conflicts between departments, scattered data,
 * staff turnover). A {@link io.revops.core.flywheel.RevenueAudit} lists them per phase and department, and
 * can derive frictions from a {@link io.revops.core.funnel.FunnelSnapshot}.
 */
@NullMarked
package io.revops.core.flywheel;

import org.jspecify.annotations.NullMarked;
