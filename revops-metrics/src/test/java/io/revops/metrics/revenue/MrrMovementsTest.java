package io.revops.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.metrics.ReportingCurrency;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Each customer lands in exactly one line of the MRR bridge; FX moves are a separate line. */
class MrrMovementsTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);

  static RevenueLedger oneOfEach() {
    return RevenueLedger.builder()
        .add("expands", JAN, Amounts.of(100, "RUB")).add("expands", FEB, Amounts.of(130, "RUB"))
        .add("contracts", JAN, Amounts.of(100, "RUB")).add("contracts", FEB, Amounts.of(60, "RUB"))
        .add("same", JAN, Amounts.of(100, "RUB")).add("same", FEB, Amounts.of(100, "RUB"))
        .add("churns", JAN, Amounts.of(50, "RUB")).add("churns", FEB, Amounts.of(0, "RUB"))
        .add("new", FEB, Amounts.of(70, "RUB"))
        .add("back", YearMonth.of(2025, 11), Amounts.of(10, "RUB")).add("back", FEB, Amounts.of(20, "RUB"))
        .result();
  }

  @Test
  void theTrailingYearFollowsTheCohortOfTwelveMonthsBeforeItsEnd() {
    YearMonth end = YearMonth.of(2026, 11);
    RevenueLedger ledger = RevenueLedger.builder()
        .add("stays", end.minusMonths(12), Amounts.of(100, "RUB")).add("stays", end, Amounts.of(120, "RUB"))
        .add("leaves", end.minusMonths(12), Amounts.of(100, "RUB")).add("leaves", end, Amounts.of(0, "RUB"))
        .add("too late", end.minusMonths(11), Amounts.of(500, "RUB")).add("too late", end, Amounts.of(500, "RUB"))
        .result();
    RevenueAnalysis analysis = RevenueAnalysis.of(ledger);
    TrailingYear year = analysis.trailingYear(end);
    assertThat(year.start()).isEqualTo(YearMonth.of(2025, 11));
    assertThat(year.end()).isEqualTo(end);
    assertThat(year.nrr()).isEqualTo(analysis.nrr(year.start(), end));
    assertThat(year.grr()).isEqualTo(analysis.grr(year.start(), end));
    assertThat(year.movements()).isEqualTo(analysis.movements(year.start(), end));
    // "too late" started inside the year: new, not part of the cohort (120 of 200 kept: NRR 60%, GRR 50%)
    assertThat(year.nrr().value().toPercent()).isEqualByComparingTo("60");
    assertThat(year.grr().value().toPercent()).isEqualByComparingTo("50");
    assertThat(year.movements().value().newMrr()).isEqualTo(Amounts.of(500, "RUB"));
  }

  @Test
  void everyLineInOneCurrency() {
    MrrMovements m = RevenueAnalysis.of(oneOfEach()).movements(JAN, FEB).value();

    assertThat(m.startMrr()).isEqualTo(Amounts.of(350, "RUB"));
    assertThat(m.newMrr()).isEqualTo(Amounts.of(70, "RUB"));
    assertThat(m.expansion()).isEqualTo(Amounts.of(30, "RUB"));
    assertThat(m.reactivation()).isEqualTo(Amounts.of(20, "RUB"));
    assertThat(m.contraction()).isEqualTo(Amounts.of(40, "RUB"));
    assertThat(m.churn()).isEqualTo(Amounts.of(50, "RUB"));
    assertThat(m.fxImpact().isZero()).isTrue();
    assertThat(m.endMrr()).isEqualTo(Amounts.of(380, "RUB"));
    assertThat(Amounts.isEqual(m.startPlusMovements(), m.endMrr())).isTrue();
    assertThat(m.counts()).isEqualTo(new MrrMovements.Counts(4, 1, 1, 1, 1, 1, 1, 5));
    assertThat(m.toString()).contains("reactivation", "+20,00 RUB", "churn", "-50,00 RUB")
        .doesNotContain("FX impact");
  }

  @Test
  void fxImpactIsTheRateMoveOnUnchangedNativeAmounts() {
    ExchangeRates rates = ExchangeRates.builder()
        .rate(JAN.atDay(1), "USD", "RUB", "80")
        .rate(FEB.atDay(1), "USD", "RUB", "90")
        .build();
    RevenueLedger ledger = RevenueLedger.builder()
        .add("us", JAN, Amounts.of(100, "USD")).add("us", FEB, Amounts.of(110, "USD"))
        .add("ru", JAN, Amounts.of(1_000, "RUB")).add("ru", FEB, Amounts.of(1_000, "RUB"))
        .result();

    MrrMovements m = RevenueAnalysis.of(ledger, ReportingCurrency.of("RUB", rates, RoundingMode.HALF_EVEN))
        .movements(JAN, FEB).value();

    assertThat(m.startMrr()).isEqualTo(Amounts.of(9_000, "RUB")); // 100 × 80 + 1 000
    assertThat(m.fxImpact()).isEqualTo(Amounts.of(1_000, "RUB")); // 100 USD × (90 − 80)
    assertThat(m.expansion()).isEqualTo(Amounts.of(900, "RUB")); // 10 USD × 90
    assertThat(m.endMrr()).isEqualTo(Amounts.of(10_900, "RUB"));
    assertThat(Amounts.isEqual(m.startPlusMovements(), m.endMrr())).isTrue();
    assertThat(m.toString()).contains("FX impact", "+1 000,00 RUB");
  }

  @Test
  void atOneFixedDateTheRatesDoNotMoveSoThereIsNoFxImpact() {
    ExchangeRates rates = ExchangeRates.builder()
        .rate(JAN.atDay(1), "USD", "RUB", "80")
        .rate(FEB.atDay(1), "USD", "RUB", "90")
        .build();
    RevenueLedger ledger = RevenueLedger.builder()
        .add("us", JAN, Amounts.of(100, "USD")).add("us", FEB, Amounts.of(110, "USD")).result();
    ReportingCurrency constant = ReportingCurrency.of("RUB", rates, RoundingMode.HALF_EVEN).atRatesOf(JAN.atEndOfMonth());

    var result = RevenueAnalysis.of(ledger, constant).movements(JAN, FEB);
    MrrMovements m = result.value();

    assertThat(m.startMrr()).isEqualTo(Amounts.of(8_000, "RUB"));
    assertThat(m.fxImpact()).isEqualTo(Amounts.of(0, "RUB"));
    assertThat(m.expansion()).isEqualTo(Amounts.of(800, "RUB")); // 10 USD × 80: both months at January's rates
    assertThat(result.explanation().orElseThrow()).contains("start at 2026-01-31 rates, movements at 2026-01-31 rates");
    assertThat(constant).hasToString("converted to RUB at rates of 2026-01-31");
  }

  @Test
  void quickRatioIsGainsOverLosses() {
    var qr = RevenueAnalysis.of(oneOfEach()).quickRatio(JAN, FEB);

    // (70 + 30 + 20) / (40 + 50) = 1.333…
    assertThat(qr.value().toBigDecimal()).isEqualByComparingTo(
        new java.math.BigDecimal("120").divide(new java.math.BigDecimal("90"), java.math.MathContext.DECIMAL128));
    assertThat(qr.toString()).startsWith("Quick ratio = 1.333").contains("120,00 RUB new + expansion");
  }

  @Test
  void quickRatioWithoutLossesIsNotComputable() {
    RevenueLedger ledger = RevenueLedger.builder()
        .add("a", JAN, Amounts.of(100, "RUB")).add("a", FEB, Amounts.of(120, "RUB")).result();

    var qr = RevenueAnalysis.of(ledger).quickRatio(JAN, FEB);

    assertThat(qr.isComputed()).isFalse();
    assertThat(qr.reason()).hasValue("no losses: contraction and churn are both zero");
  }

  @Test
  void aZeroMovementPrintsWithoutASign() {
    RevenueLedger ledger = RevenueLedger.builder()
        .add("a", JAN, Amounts.of(100, "RUB")).add("a", FEB, Amounts.of(150, "RUB")).result();
    String text = RevenueAnalysis.of(ledger).movements(JAN, FEB).value().toString();
    assertThat(text).contains("+50,00 RUB").doesNotContain("-0,00", "+0,00")
        .containsPattern("contraction\\s+0,00 RUB  0");
  }
}
