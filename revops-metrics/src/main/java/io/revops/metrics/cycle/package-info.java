/**
 * Sales-cycle length: the time from first contact (or creation) to a won deal, from lead event histories
 * or plain start and end instants.
 *
 * <p>A {@link io.revops.metrics.cycle.SalesCycleAccumulator} collects deals — in parts, with
 * {@link io.revops.metrics.Accumulator#merge merge} — and gives a {@link io.revops.metrics.cycle.SalesCycleReport}:
 * mean, median, 75th and 90th percentile of time to win (nearest-rank percentiles), and a Kaplan–Meier
 * estimate of the median time to close that counts open (and, by policy, lost) deals as censored instead of
 * ignoring them. Which event starts the cycle, and what happens to open and lost deals, are
 * {@link io.revops.metrics.Policy policies} named in every result.
 *
 * <p>{@link io.revops.metrics.cycle.CycleThroughput} shows the handbook's point: with the same capacity, a
 * cycle shortened from 90 to 60 days closes 1.5 times as many deals a year — 50% more.
 */
@NullMarked
package io.revops.metrics.cycle;

import org.jspecify.annotations.NullMarked;
