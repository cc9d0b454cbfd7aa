package io.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.metrics.sales.PipelineAccumulator;
import io.revops.metrics.sales.StageProbabilities;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** One way to value several currencies in one, for revenue (month-end rates) and the pipeline (one date). */
class ReportingCurrencyTest {
  static final ExchangeRates RATES = ExchangeRates.builder().rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.125")
      .build();
  static final ReportingCurrency RUB = ReportingCurrency.of("RUB", RATES, RoundingMode.HALF_EVEN);

  @Test
  void withoutAFixedDateEachMonthIsValuedAtItsLastDay() {
    assertThat(RUB.fixedDate()).isEmpty();
    assertThat(RUB.rateDate(YearMonth.of(2026, 2))).isEqualTo(LocalDate.parse("2026-02-28"));
    assertThat(RUB).hasToString("reported in RUB (rates of each month's last day, HALF_EVEN)");
  }

  @Test
  void aFixedDateValuesEveryMonth() {
    ReportingCurrency q1 = RUB.atRatesOf(LocalDate.parse("2026-03-31"));

    assertThat(q1.rateDate(YearMonth.of(2026, 1))).isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(q1).hasToString("converted to RUB at rates of 2026-03-31").isNotEqualTo(RUB)
        .isEqualTo(RUB.atRatesOf(LocalDate.parse("2026-03-31")));
  }

  @Test
  void convertsAndRoundsEachAmount() {
    assertThat(RUB.convert(Amounts.of("0.01", "USD"), LocalDate.parse("2026-02-01"))).isEqualTo(Amounts.of("0.80", "RUB"));
    assertThat(RUB.convert(Amounts.of(5, "RUB"), LocalDate.parse("2026-02-01"))).isEqualTo(Amounts.of(5, "RUB"));
  }

  @Test
  void thePipelineNeedsOneDate() {
    StageProbabilities p = StageProbabilities.builder().stage("proposal", io.revops.core.money.Rate.ofPercent(60)).build();

    assertThatThrownBy(() -> PipelineAccumulator.of(p, RUB))
        .hasMessage("reporting must have a fixed date for the pipeline (use atRatesOf): " + RUB);
    assertThat(PipelineAccumulator.of(p, RUB.atRatesOf(LocalDate.parse("2026-03-31"))).result().weighted().policies())
        .contains(RUB.atRatesOf(LocalDate.parse("2026-03-31")));
  }
}
