/**
 * Sales metrics — the pipeline and the efficiency of go-to-market spend.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.sales.Pipeline} and {@link io.revops.metrics.sales.PipelineAccumulator}:
 *       the value of open {@link io.revops.metrics.sales.Deal}s weighted by
 *       {@link io.revops.metrics.sales.StageProbabilities}, with a summary per stage; deals in other
 *       currencies are rejected unless {@link io.revops.core.money.ExchangeRates} are given, deals in a stage
 *       without a probability are listed, not dropped silently.</li>
 *   <li>{@link io.revops.metrics.sales.MagicNumber}: net new ARR in a quarter / sales and marketing spend
 *       in the previous quarter.</li>
 * </ul>
 *
 * <p>Closing (win) rates and sales-cycle length live in {@code io.revops.metrics.conversion} and
 * {@code io.revops.metrics.cycle}.
 */
@NullMarked
package io.revops.metrics.sales;

import org.jspecify.annotations.NullMarked;
