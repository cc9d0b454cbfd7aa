package io.revops.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.metrics.ReportingCurrency;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Bad input fails at the boundary, naming the parameter, the value and the rule. */
class RevenueInputTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);

  @Test
  void negativeMrr() {
    assertThatThrownBy(() -> RevenueRecord.of("C-1", JAN, Amounts.of(-5, "RUB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mrr must not be negative: -5,00 RUB (customer C-1, month 2026-01)");
  }

  @Test
  void endMonthBeforeStartMonth() {
    RevenueAnalysis a = RevenueAnalysis.of(RevenueLedger.of(RevenueRecord.of("C-1", JAN, Amounts.of(5, "RUB"))));

    assertThatThrownBy(() -> a.nrr(JAN, JAN.minusMonths(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end month must not be before start month: end 2025-12, start 2026-01");
    assertThatThrownBy(() -> a.movements(JAN, JAN.minusMonths(1))).hasMessageContaining("end month");
    assertThatThrownBy(() -> a.logoChurn(JAN, JAN.minusMonths(1))).hasMessageContaining("end month");
  }

  @Test
  void mixedCurrenciesWithoutRates() {
    RevenueLedger ledger = RevenueLedger.of(
        RevenueRecord.of("C-1", JAN, Amounts.of(5, "RUB")),
        RevenueRecord.of("C-2", JAN, Amounts.of(7, "USD")));

    assertThatThrownBy(() -> RevenueAnalysis.of(ledger))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("mrr of customer C-2 in 2026-01 must be in RUB, but is in USD: 7,00 USD"
            + " (pass ExchangeRates to combine currencies)");
  }

  @Test
  void emptyLedgerNeedsAReportingCurrency() {
    assertThatThrownBy(() -> RevenueAnalysis.of(RevenueLedger.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ledger must have at least one record");
  }

  @Test
  void missingRateNamesBothCurrenciesAndTheDate() {
    RevenueLedger ledger = RevenueLedger.of(RevenueRecord.of("C-1", JAN, Amounts.of(7, "USD")));
    RevenueAnalysis a = RevenueAnalysis.of(ledger, ReportingCurrency.of("RUB",
        io.revops.core.money.ExchangeRates.none(), java.math.RoundingMode.HALF_EVEN));

    assertThatThrownBy(() -> a.nrr(JAN, JAN))
        .hasMessageContaining("no exchange rate USD->RUB on or before 2026-01-31");
  }
}
