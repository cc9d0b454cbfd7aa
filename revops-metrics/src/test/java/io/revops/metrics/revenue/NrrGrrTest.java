package io.revops.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import io.revops.metrics.ReportingCurrency;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NRR and GRR on the handbook example and on reactivated and new customers. */
class NrrGrrTest {
  static final YearMonth START = YearMonth.of(2025, 1);
  static final YearMonth END = YearMonth.of(2026, 1);

  /** 100 customers × 100,000 RUB; 10 leave, 20 buy add-ons worth 3M in total, 70 unchanged. */
  static RevenueLedger handbook() {
    List<RevenueRecord> records = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      String id = String.format(java.util.Locale.ROOT, "C-%03d", i);
      records.add(RevenueRecord.of(id, START, Amounts.of(100_000, "RUB")));
      if (i <= 10) {
        continue; // left
      }
      records.add(RevenueRecord.of(id, END, Amounts.of(i <= 30 ? 250_000 : 100_000, "RUB")));
    }
    return RevenueLedger.of(records);
  }

  @Test
  void handbookNrrIs120PercentGrowing() {
    MetricResult<NetRetention> nrr = RevenueAnalysis.of(handbook()).nrr(START, END);

    assertThat(nrr.value().ratio()).isEqualTo(Ratio.of("1.2"));
    assertThat(nrr.value().band()).isEqualTo(NrrBand.GROWING);
    assertThat(nrr).hasToString("NRR = 120%, growing (12 000 000,00 RUB from 100 customers present at start"
        + " / 10 000 000,00 RUB at start, 2025-01 → 2026-01, reactivated customers excluded)");
    assertThat(nrr.policies()).containsExactly(ReactivationPolicy.EXCLUDE);
  }

  @Test
  void handbookGrrIs90Percent() {
    MetricResult<Rate> grr = RevenueAnalysis.of(handbook()).grr(START, END);

    assertThat(grr.value()).isEqualTo(Rate.ofPercent(90));
    assertThat(grr.toString()).startsWith("GRR = 90% (9 000 000,00 RUB kept");
  }

  @Test
  void newCustomersAreExcluded() {
    RevenueLedger ledger = RevenueLedger.builder().addAll(handbook().entries())
        .add("NEW", END, Amounts.of(5_000_000, "RUB")).result();

    assertThat(RevenueAnalysis.of(ledger).nrr(START, END).value().ratio()).isEqualTo(Ratio.of("1.2"));
  }

  @Test
  void reactivatedCustomersAreExcludedByDefaultOrCountedAsExpansion() {
    RevenueLedger ledger = RevenueLedger.builder().addAll(handbook().entries())
        .add("BACK", START.minusMonths(3), Amounts.of(400_000, "RUB"))
        .add("BACK", END, Amounts.of(1_000_000, "RUB")).result();
    RevenueAnalysis analysis = RevenueAnalysis.of(ledger);

    assertThat(analysis.nrr(START, END).value().ratio()).isEqualTo(Ratio.of("1.2"));
    MetricResult<NetRetention> included =
        analysis.withReactivation(ReactivationPolicy.INCLUDE_AS_EXPANSION).nrr(START, END);
    assertThat(included.value().ratio()).isEqualTo(Ratio.of("1.3"));
    assertThat(included.value().band()).isEqualTo(NrrBand.WORLD_CLASS);
    assertThat(included.toString()).contains("incl. 1 000 000,00 RUB from 1 reactivated")
        .endsWith("reactivated customers counted as expansion)");
    assertThat(analysis.withReactivation(ReactivationPolicy.INCLUDE_AS_EXPANSION).grr(START, END).value())
        .isEqualTo(Rate.ofPercent(90));
  }

  @Test
  void noCustomerAtStartIsNotComputable() {
    RevenueLedger ledger = RevenueLedger.of(RevenueRecord.of("C-1", END, Amounts.of(10, "RUB")));

    MetricResult<NetRetention> nrr = RevenueAnalysis.of(ledger).nrr(START, END);

    assertThat(nrr.isComputed()).isFalse();
    assertThat(nrr.reason()).hasValue("no customer paid in the start month 2025-01");
    assertThat(RevenueAnalysis.of(ledger).grr(START, END).isComputed()).isFalse();
  }

  @Test
  void bandsHaveExactBoundaries() {
    assertThat(NrrBand.of(Ratio.of("0.9999"))).isEqualTo(NrrBand.LOSING_TO_CHURN);
    assertThat(NrrBand.of(Ratio.of("1"))).isEqualTo(NrrBand.HOLDING);
    assertThat(NrrBand.of(Ratio.of("1.0001"))).isEqualTo(NrrBand.GROWING);
    assertThat(NrrBand.of(Ratio.of("1.2"))).isEqualTo(NrrBand.GROWING);
    assertThat(NrrBand.of(Ratio.of("1.2000001"))).isEqualTo(NrrBand.WORLD_CLASS);
    assertThat(NetRetention.of(Ratio.of("1.2000001"))).hasToString("120%, world class");
    assertThat(NetRetention.of(Ratio.of("0.955"))).hasToString("95.5%, losing to churn");
  }

  @Test
  void severalCurrenciesUseEndMonthRatesSoRateMovesAreNotExpansion() {
    var rates = io.revops.core.money.ExchangeRates.builder()
        .rate(START.atDay(1), "USD", "RUB", "80")
        .rate(END.atDay(1), "USD", "RUB", "100")
        .build();
    RevenueLedger ledger = RevenueLedger.of(
        RevenueRecord.of("US", START, Amounts.of(1_000, "USD")),
        RevenueRecord.of("US", END, Amounts.of(1_000, "USD")),
        RevenueRecord.of("RU", START, Amounts.of(100_000, "RUB")),
        RevenueRecord.of("RU", END, Amounts.of(100_000, "RUB")));

    MetricResult<NetRetention> nrr = RevenueAnalysis.of(ledger,
        ReportingCurrency.of("RUB", rates, java.math.RoundingMode.HALF_EVEN)).nrr(START, END);

    assertThat(nrr.value().band()).isEqualTo(NrrBand.HOLDING);
    assertThat(nrr.toString()).contains("200 000,00 RUB from 2 customers")
        .contains("constant currency: RUB at rates of 2026-01-31");
  }
}
