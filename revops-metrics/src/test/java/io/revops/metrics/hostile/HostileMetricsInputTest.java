package io.revops.metrics.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.cycle.CycleThroughput;
import io.revops.metrics.cycle.CycleTime;
import io.revops.metrics.cycle.KaplanMeierCurve;
import io.revops.metrics.revenue.CohortTable;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.MonthRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The metrics findings of #12, each a regression test. */
class HostileMetricsInputTest {
  @Test
  void cycleTimeOfTooManyDaysSaysWhichAndWhy() {
    // it said only "long overflow" (an ArithmeticException)
    assertThatThrownBy(() -> CycleTime.ofDays(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be in [0, 106751991167300]: 9223372036854775807");
    assertThatThrownBy(() -> CycleTime.ofDays(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be in [0, 106751991167300]: -1");
    assertThat(CycleTime.ofDays(CycleTime.MAX_DAYS).toString()).endsWith(" days");
    assertThatThrownBy(() -> CycleThroughput.dealsMultiplier(Long.MAX_VALUE, 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("currentDays must be in [1, ");
    assertThatThrownBy(() -> MonthRange.ofYear(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be in [-999999999, 999999999]: 2147483647");
  }

  @Test
  void publicRecordsRefuseNegativeCountsAndNulls() {
    assertThatThrownBy(() -> new MrrMovements.Counts(1, -1, 0, 0, 0, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("newCustomers must not be negative: -1");
    assertThatThrownBy(() -> new KaplanMeierCurve.Step(CycleTime.ofDays(1), 2, -1, 0, Rate.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("won must not be negative: -1");
    assertThatThrownBy(() -> new KaplanMeierCurve.Step(CycleTime.ofDays(1), 2, 2, 1, Rate.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("won + censored must not exceed atRisk: 2 + 1 > 2");
    assertThatThrownBy(() -> new KaplanMeierCurve.Step(null, 2, 1, 0, Rate.ONE))
        .isInstanceOf(NullPointerException.class).hasMessage("time");
    assertThatThrownBy(() -> new CohortTable.Row(YearMonth.of(2026, 1), -3, Amounts.of(1, "EUR"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customers must not be negative: -3");
    assertThatThrownBy(() -> new CohortTable.Row(YearMonth.of(2026, 1), 3, Amounts.of(1, "EUR"),
        Arrays.asList(Ratio.ONE, null))).isInstanceOf(NullPointerException.class)
        .hasMessage("cells must not contain null (element 1)");
  }

  @Test
  void aDuplicatedMrrRowDoesNotDoubleTheCustomersMrrAndIsListed() {
    RevenueRecord row = RevenueRecord.of("C-1", "2026-01", "100", "EUR");
    RevenueRecord line = RevenueRecord.of("C-1", "2026-01", "50", "EUR");
    List<RevenueRecord> records = new ArrayList<>(List.of(row, line, row, RevenueRecord.of("C-2", "2026-01", "7",
        "EUR")));
    RevenueLedger ledger = RevenueLedger.of(records);
    // 100 + 50, not 100 + 50 + 100
    assertThat(ledger.mrr(io.revops.metrics.revenue.CustomerId.of("C-1"), YearMonth.of(2026, 1)))
        .containsExactly(Amounts.of(150, "EUR"));
    assertThat(ledger.duplicates()).singleElement().hasToString("C-1 2026-01 100,00 EUR given 2 times; counted once");
    assertThat(ledger.toString()).contains("1 duplicated records counted once");
    // any order, any split: the same ledger
    Random random = new Random(12);
    for (int round = 0; round < 10; round++) {
      Collections.shuffle(records, random);
      RevenueLedger.Builder a = RevenueLedger.builder();
      RevenueLedger.Builder b = RevenueLedger.builder();
      records.forEach(r -> (random.nextBoolean() ? a : b).add(r));
      assertThat(a.merge(b).result()).isEqualTo(ledger);
    }
  }

  @Test
  void hugeDecimalsAreRefusedBeforeAnythingMultipliesOrPrintsThem() {
    assertThatThrownBy(() -> Ltv.of(Amounts.of(100, "EUR"), new BigDecimal("1e999999999"), Rate.ONE,
        RoundingMode.HALF_EVEN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lifetimeMonths must have a decimal exponent within ±1000");
  }
}
