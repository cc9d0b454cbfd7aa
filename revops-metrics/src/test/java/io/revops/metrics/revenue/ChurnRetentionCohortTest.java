package io.revops.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Churn and retention under both denominators, and cohort tables. */
class ChurnRetentionCohortTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);

  /** Four start customers (one churns, one halves), two new ones (one churns again). */
  static RevenueLedger ledger() {
    return RevenueLedger.builder()
        .add("a", JAN, Amounts.of(100, "RUB")).add("a", FEB, Amounts.of(100, "RUB")).add("a", MAR, Amounts.of(100, "RUB"))
        .add("b", JAN, Amounts.of(100, "RUB")).add("b", FEB, Amounts.of(100, "RUB")).add("b", MAR, Amounts.of(50, "RUB"))
        .add("c", JAN, Amounts.of(100, "RUB")).add("c", FEB, Amounts.of(100, "RUB"))
        .add("d", JAN, Amounts.of(100, "RUB")).add("d", MAR, Amounts.of(300, "RUB"))
        .add("n1", FEB, Amounts.of(200, "RUB")).add("n1", MAR, Amounts.of(200, "RUB"))
        .add("n2", FEB, Amounts.of(100, "RUB"))
        .result();
  }

  @Test
  void atStartDenominator() {
    RevenueAnalysis a = RevenueAnalysis.of(ledger());

    assertThat(a.logoChurn(JAN, MAR).value()).isEqualTo(Rate.ofPercent(25));
    assertThat(a.retention(JAN, MAR).value()).isEqualTo(Rate.ofPercent(75));
    // lost: c 100 + b 50 = 150 of 400
    assertThat(a.revenueChurn(JAN, MAR).value()).isEqualTo(Rate.of("0.375"));
    assertThat(a.revenueChurn(JAN, MAR).value()).isEqualTo(a.grr(JAN, MAR).value().complement());
    assertThat(a.logoChurn(JAN, MAR)).hasToString(
        "Logo churn = 25% (1 churned / 4 customers at start, 2026-01 → 2026-03, denominator: customers at start)");
  }

  @Test
  void atStartPlusNewDenominator() {
    RevenueAnalysis a = RevenueAnalysis.of(ledger()).withChurnDenominator(ChurnDenominator.AT_START_PLUS_NEW);

    assertThat(a.logoChurn(JAN, MAR).value()).isEqualTo(Rate.ofFraction(2, 6));
    assertThat(a.retention(JAN, MAR).value()).isEqualTo(Rate.ofFraction(4, 6));
    // lost: c 100 + b 50 + n2 100 = 250 of 400 + 300
    assertThat(a.revenueChurn(JAN, MAR).value()).isEqualTo(Rate.ofFraction(250, 700));
    assertThat(a.revenueChurn(JAN, MAR).policies()).containsExactly(ChurnDenominator.AT_START_PLUS_NEW);
  }

  @Test
  void nobodyToChurnIsNotComputable() {
    RevenueAnalysis a = RevenueAnalysis.of(ledger());
    YearMonth before = YearMonth.of(2025, 1);

    assertThat(a.logoChurn(before, before).reason()).hasValue("no customers to churn");
    assertThat(a.revenueChurn(before, before).reason()).hasValue("no MRR to churn");
    assertThat(a.retention(before, before).isComputed()).isFalse();
  }

  @Test
  void logoCohortTable() {
    CohortTable t = RevenueAnalysis.of(ledger()).logoCohorts(MAR).value();

    assertThat(t.rows()).hasSize(2);
    CohortTable.Row jan = t.row(JAN).orElseThrow();
    assertThat(jan.customers()).isEqualTo(4);
    assertThat(jan.cells()).containsExactly(Ratio.ONE, Ratio.of("0.75"), Ratio.of("0.75"));
    assertThat(t.row(FEB).orElseThrow().cells()).containsExactly(Ratio.ONE, Ratio.of("0.5"));
    assertThat(t.toString()).contains("Logo retention by monthly cohort, through 2026-03")
        .contains("M0", "M2", "2026-01", "75.0%", "50.0%");
  }

  @Test
  void revenueCohortTableCanExceed100Percent() {
    CohortTable t = RevenueAnalysis.of(ledger()).revenueCohorts(MAR).value();

    // Jan cohort: 400 → 300 (a, b, c) → 450 (a 100, b 50, d 300)
    assertThat(t.row(JAN).orElseThrow().cells()).containsExactly(Ratio.ONE, Ratio.of("0.75"), Ratio.of("1.125"));
    assertThat(t.row(JAN).orElseThrow().startMrr()).isEqualTo(Amounts.of(400, "RUB"));
    assertThat(t.toString()).contains("112.5%");
  }

  @Test
  void noCohortYetIsNotComputable() {
    assertThat(RevenueAnalysis.of(ledger()).logoCohorts(YearMonth.of(2025, 12)).reason())
        .hasValue("no customer paid by 2025-12");
  }
}
