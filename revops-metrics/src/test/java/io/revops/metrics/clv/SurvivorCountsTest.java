package io.revops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.batch.Findings;
import io.revops.core.money.Amounts;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Survivor counts from a revenue ledger's logo cohorts. */
class SurvivorCountsTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);

  @Test
  void logoCohortsBecomeSurvivorCountsAndComebacksAreFindings() {
    RevenueLedger.Builder b = RevenueLedger.builder();
    // January: 4 customers, leaving one a month from February
    for (int c = 0; c < 4; c++) {
      for (int m = 0; m <= c; m++) {
        b.add("jan" + c, JAN.plusMonths(m), Amounts.of(100, "RUB"));
      }
    }
    // February: 2 customers, one leaves in March and is back in April
    b.add("feb0", JAN.plusMonths(1), Amounts.of(100, "RUB")).add("feb0", JAN.plusMonths(2), Amounts.of(100, "RUB"))
        .add("feb0", JAN.plusMonths(3), Amounts.of(100, "RUB"));
    b.add("feb1", JAN.plusMonths(1), Amounts.of(100, "RUB")).add("feb1", JAN.plusMonths(3), Amounts.of(100, "RUB"));
    RevenueLedger ledger = b.result();
    Findings findings = Findings.create();
    Map<YearMonth, SurvivorCounts> cohorts = SurvivorCounts.fromLogoCohorts(
        RevenueAnalysis.of(ledger).logoCohorts(JAN.plusMonths(3)).value(), findings);
    assertThat(cohorts).containsOnlyKeys(JAN);
    assertThat(cohorts.get(JAN).survivors()).containsExactly(4, 3, 2, 1);
    assertThat(findings.all()).singleElement().hasToString("logo cohorts:2 field cohort value \"2026-02\": "
        + "survivors must not increase: 2 after period 2, 1 after period 1");
    assertThatThrownBy(() -> SurvivorCounts.fromLogoCohorts(
        RevenueAnalysis.of(ledger).revenueCohorts(JAN.plusMonths(3)).value(), findings))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("table must be a logo cohort table: REVENUE");
  }
}
