package io.revops.examples.healthcheck.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.ExchangeRates;
import io.revops.metrics.MonthRange;
import io.revops.metrics.ReportingCurrency;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Why a revenue section has no months is a value when it has none, and absent (not {@code ""}) otherwise. */
class MonthlyRevenueTest {
  private static final ReportingCurrency RUB = ReportingCurrency.of("RUB", ExchangeRates.none(), RoundingMode.HALF_EVEN);
  private static final MonthRange Q1 = MonthRange.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

  @Test
  void withoutRecordsItSaysWhy() {
    MonthlyRevenue none = MonthlyRevenue.of(RevenueLedger.of(), RUB, Q1);
    assertThat(none.missing()).hasValue("no MRR records in the input");
    assertThat(none.byMonth()).isEmpty();
    assertThat(none).hasToString("MonthlyRevenue[0 months: no MRR records in the input]");
  }

  @Test
  void withRecordsNothingIsMissing() {
    MonthlyRevenue some = MonthlyRevenue.of(
        RevenueLedger.of(RevenueRecord.of("c1", "2026-01", "100.00", "RUB")), RUB, Q1);
    assertThat(some.missing()).isEqualTo(Optional.empty());
    assertThat(some.byMonth()).hasSize(3);
    assertThat(some).hasToString("MonthlyRevenue[3 months]");
  }
}
