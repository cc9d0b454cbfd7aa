package io.revops.metrics.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.funnel.Department;
import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.SignedRatio;
import io.revops.metrics.acquisition.Channel;
import io.revops.metrics.acquisition.Spend;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The magic number: net new ARR over the previous quarter's sales and marketing spend. */
class MagicNumberTest {
  @Test
  void fromTotals() {
    MetricResult<SignedRatio> m = MagicNumber.of(Amounts.of(12_000_000, "RUB"), Amounts.of(15_000_000, "RUB"));

    assertThat(m.value()).hasToString("0.8");
    assertThat(m).hasToString("magic number = 0.8 (12 000 000,00 RUB net new ARR / 15 000 000,00 RUB sales and "
        + "marketing spend in the previous quarter)");
  }

  @Test
  void negativeWhenArrShrinks() {
    assertThat(MagicNumber.of(Amounts.of(-3_000_000, "RUB"), Amounts.of(15_000_000, "RUB")).value())
        .hasToString("-0.2");
  }

  @Test
  void noSpendIsNotComputable() {
    assertThat(MagicNumber.of(Amounts.of(1, "RUB"), Amounts.of(0, "RUB")).reason())
        .contains("no sales and marketing spend in the previous quarter");
  }

  @Test
  void fromSpendRecordsOfThePreviousQuarter() {
    List<Spend> spend = List.of(
        Spend.of(YearMonth.of(2026, 1), Department.SALES, Amounts.of(5_000_000, "RUB")),
        Spend.of(YearMonth.of(2026, 3), Channel.paid("ads"), Department.MARKETING, Amounts.of(10_000_000, "RUB")),
        Spend.of(YearMonth.of(2026, 4), Department.SALES, Amounts.of(99_000_000, "RUB")));

    MetricResult<SignedRatio> m = MagicNumber.of(MonthRange.ofQuarter(2026, 2), Amounts.of(12_000_000, "RUB"), spend);

    assertThat(m).hasToString("magic number = 0.8 (12 000 000,00 RUB net new ARR in 2026-04..2026-06 / "
        + "15 000 000,00 RUB sales and marketing spend in 2026-01..2026-03)");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> MagicNumber.of(MonthRange.ofMonth(YearMonth.of(2026, 4)), Amounts.of(1, "RUB"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("quarter must span 3 months: 2026-04 (1 months)");
    assertThatThrownBy(() -> MagicNumber.of(Amounts.of(1, "RUB"), Amounts.of(-1, "RUB")))
        .hasMessage("previousQuarterSpend must not be negative: -1,00 RUB");
    assertThatThrownBy(() -> MagicNumber.of(Amounts.of(1, "RUB"), Amounts.of(1, "EUR")))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
