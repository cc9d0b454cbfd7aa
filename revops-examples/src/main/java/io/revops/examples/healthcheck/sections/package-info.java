/**
 * The data of the health-check report's analyst sections, gathered one lead at a time alongside the
 * {@code HealthAccumulator} and bounded whatever the number of leads: the {@link
 * io.revops.examples.healthcheck.sections.WatchList} of breached and at-risk leads (the most urgent few
 * hundred, with the count of those left out), the {@link io.revops.examples.healthcheck.sections.MonthlyFunnel}
 * conversions by cohort month and the {@link io.revops.examples.healthcheck.sections.MonthlyRevenue} MRR
 * movements month by month. Every figure comes from a library accumulator or analysis; these classes only
 * choose the slices.
 */
@NullMarked
package io.revops.examples.healthcheck.sections;

import org.jspecify.annotations.NullMarked;
