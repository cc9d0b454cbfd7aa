/**
 * Customer lifetime value past one formula: the customer-base models of the research literature, each fitted by
 * maximum likelihood (Hipparchus' BOBYQA on log-parameters, standard errors from the numerical Hessian) and
 * checked in the tests against the estimates its paper publishes.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.clv.SbgModel}: contractual retention from cohort {@link
 *       io.revops.metrics.clv.SurvivorCounts survivor counts} (Fader and Hardie 2007): survival and retention curves,
 *       discounted expected (residual) lifetime, lifetime value; per cohort or segment, or from a revenue ledger's
 *       logo cohorts.
 *   <li>{@link io.revops.metrics.clv.BgNbdModel}: non-contractual purchase counts from {@link
 *       io.revops.metrics.clv.CustomerSummary frequency, recency and age} (Fader, Hardie and Lee 2005): expected
 *       purchases, conditional on a history or not, and the probability a customer is still alive.
 *   <li>{@link io.revops.metrics.clv.GammaGammaModel}: spend per purchase; with BG/NBD, {@link
 *       io.revops.metrics.clv.CustomerValue CLV} over a horizon with a discount rate.
 * </ul>
 *
 * <p>Summaries come from a CSV in the lifetimes layout or from a {@link io.revops.metrics.clv.Purchase} log
 * ({@link io.revops.metrics.clv.CustomerSummaries}). Every fit carries a {@link io.revops.metrics.clv.ModelFit}:
 * inputs, estimates, standard errors, log-likelihood, convergence. Numerical work is in {@code double} — the
 * estimates are statistics — while money is exact at the edges: spend goes in as {@code MonetaryAmount} and every
 * value comes out as one, rounded to the currency's minor unit with an explicit {@code RoundingMode}.
 */
@NullMarked
package io.revops.metrics.clv;

import org.jspecify.annotations.NullMarked;
