package io.revops.examples.healthcheck.sections;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.ReportingCurrency;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * MRR movements month by month: for each month of the period, the movements from the month before to it
 * ({@link RevenueAnalysis#movements}), so each month's end MRR is the next month's start.
 *
 * <p>Cost: one revenue analysis of the ledger and twelve month-to-month steps.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlyRevenue {
  private final NavigableMap<YearMonth, MetricResult<MrrMovements>> byMonth;
  private final @Nullable String missing;

  private MonthlyRevenue(NavigableMap<YearMonth, MetricResult<MrrMovements>> byMonth, @Nullable String missing) {
    this.byMonth = Collections.unmodifiableNavigableMap(byMonth);
    this.missing = missing;
  }

  /** The movements into each month of {@code period} of {@code ledger} in the {@code reporting} currency. */
  public static MonthlyRevenue of(RevenueLedger ledger, ReportingCurrency reporting, MonthRange period) {
    requireNonNull(ledger, "ledger");
    requireNonNull(reporting, "reporting");
    requireNonNull(period, "period");
    if (ledger.isEmpty()) {
      return new MonthlyRevenue(new TreeMap<>(), "no MRR records in the input");
    }
    RevenueAnalysis analysis = RevenueAnalysis.of(ledger, reporting);
    TreeMap<YearMonth, MetricResult<MrrMovements>> out = new TreeMap<>();
    for (YearMonth m = period.start(); !m.isAfter(period.end()); m = m.plusMonths(1)) {
      out.put(m, analysis.movements(m.minusMonths(1), m));
    }
    return new MonthlyRevenue(out, null);
  }

  /** Pooled monthly logo churn: customers lost in each month-to-month step over customers at its start. */
  public static MetricResult<Rate> monthlyChurn(RevenueAnalysis analysis, YearMonth start, YearMonth end) {
    long churned = 0;
    long atStart = 0;
    for (YearMonth m = start; m.isBefore(end); m = m.plusMonths(1)) {
      MetricResult<MrrMovements> step = analysis.movements(m, m.plusMonths(1));
      if (step.isComputed()) {
        churned += step.value().counts().churned();
        atStart += step.value().counts().atStart();
      }
    }
    String how = churned + " customers lost over " + atStart + " customer-months at the start of the monthly steps "
        + start + ".." + end;
    return atStart == 0 ? MetricResult.notComputable("Monthly logo churn", "no paying customers", how, List.of())
        : MetricResult.of("Monthly logo churn", Rate.ofFraction(churned, atStart), how, List.of());
  }

  /** Each month of the period with the movements into it (empty without MRR records; see {@link #missing()}). */
  public NavigableMap<YearMonth, MetricResult<MrrMovements>> byMonth() {
    return byMonth;
  }

  /** Why there are no months, if there are none. */
  public Optional<String> missing() {
    return Optional.ofNullable(missing);
  }

  @Override
  public String toString() {
    return "MonthlyRevenue[" + byMonth.size() + " months" + (missing == null ? "" : ": " + missing) + "]";
  }
}
