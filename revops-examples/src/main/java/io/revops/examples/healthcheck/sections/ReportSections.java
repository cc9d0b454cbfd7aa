package io.revops.examples.healthcheck.sections;

import static java.util.Objects.requireNonNull;

/**
 * The analyst sections' data of one health report that the library's SLA report does not hold itself:
 * the breached and at-risk {@link WatchList}, the {@link MonthlyFunnel} and the {@link MonthlyRevenue}. (SLA
 * compliance by obligation, rep, source, week and month, the rejected-lead review and speed to lead are read
 * from the report's {@code SlaReport}.)
 *
 * @param watchList the most urgent breached and at-risk leads
 * @param funnel the conversions by cohort month
 * @param revenue the MRR movements by month
 */
public record ReportSections(WatchList watchList, MonthlyFunnel funnel, MonthlyRevenue revenue) {
  /** Validates the sections. */
  public ReportSections {
    requireNonNull(watchList, "watchList");
    requireNonNull(funnel, "funnel");
    requireNonNull(revenue, "revenue");
  }
}
