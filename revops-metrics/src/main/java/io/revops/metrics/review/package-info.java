/**
 * Baseline versus now — step 6 of the handbook's RevOps cycle, "evaluate the result and repeat": the shared
 * metrics of two periods compared, each difference with its interval or marked as having none, which stage moved
 * the outcome most, and the handbook's promised ranges (sales efficiency +10–20%, growth +19%, profit +15–20%,
 * marketing ROI +100–200%) as reference lines.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.review.Comparisons}: proportions (Newcombe's interval, z-test), medians
 *       (seeded percentile bootstrap), single figures (no interval, no claim).</li>
 *   <li>{@link io.revops.metrics.review.Change} and its {@link io.revops.metrics.review.Verdict}: improved,
 *       worsened, or "not enough data to tell".</li>
 *   <li>{@link io.revops.metrics.review.StageAttribution}: each stage's share of the end-to-end change.</li>
 *   <li>{@link io.revops.metrics.review.Review}: all of it for two labelled periods;
 *       {@link io.revops.metrics.review.HandbookRange} the reference lines.</li>
 * </ul>
 *
 * <p>No randomness without an explicit seed ({@link io.revops.metrics.review.Bootstrap}), no wall clock.
 */
@NullMarked
package io.revops.metrics.review;

import org.jspecify.annotations.NullMarked;
