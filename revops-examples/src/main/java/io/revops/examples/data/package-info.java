/**
 * A deterministic, seeded generator of a realistic B2B company's revenue data, and the records it emits.
 *
 * <p>{@link io.revops.examples.data.SampleDataGenerator} simulates leads from several sources (paid search,
 * webinars, referrals, events, cold outbound and a "free checklist" campaign that brings many cheap leads that
 * rarely buy), reps with realistic response times and attempt cadences, rejections with and without reasons,
 * deals won and lost, monthly spend per channel, subscriptions that expand, contract, churn (each customer at
 * her own rate) and reactivate, in two currencies, and customers' one-off orders at their own Poisson rates
 * (the processes of the sBG, BG/NBD and Gamma-Gamma models, see {@code CustomerSimulation}). It streams everything to a {@link io.revops.examples.data.SampleSink}, one
 * lead at a time, so memory does not grow with the size of the data set.
 */
@NullMarked
package io.revops.examples.data;

import org.jspecify.annotations.NullMarked;
