package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.time.YearMonth;

/**
 * Revenue retention over the twelve months ending with {@code end} ({@link RevenueAnalysis#trailingYear}): the
 * customers paying in {@code start} ({@code end} minus 12 months) followed to {@code end}.
 *
 * @param start the cohort's month, {@code end.minusMonths(12)}
 * @param end the year's last month
 * @param nrr net revenue retention from {@code start} to {@code end}
 * @param grr gross revenue retention from {@code start} to {@code end}
 * @param movements the MRR bridge from {@code start} to {@code end}
 */
public record TrailingYear(YearMonth start, YearMonth end, MetricResult<NetRetention> nrr, MetricResult<Rate> grr,
    MetricResult<MrrMovements> movements) {
  /** Checks that every part is given. */
  public TrailingYear {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(nrr, "nrr");
    requireNonNull(grr, "grr");
    requireNonNull(movements, "movements");
  }
}
