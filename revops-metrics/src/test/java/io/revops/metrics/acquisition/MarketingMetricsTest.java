package io.revops.metrics.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.metrics.SignedRatio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** CPL, CTR, ROMI and CAC payback. */
class MarketingMetricsTest {
  @Test
  void cpl() {
    MetricResult<MonetaryAmount> cpl = Cpl.of(Amounts.of(1_000_000, "RUB"), 400);

    assertThat(cpl).hasToString("CPL = 2 500,00 RUB (1 000 000,00 RUB marketing spend / 400 leads)");
    assertThat(Cpl.of(Amounts.of(1_000_000, "RUB"), 0).reason()).contains("no leads");
    assertThat(Amounts.format(Cpl.of(Amounts.of(100, "RUB"), 3, RoundingMode.CEILING).value())).isEqualTo("33,34 RUB");
    assertThatThrownBy(() -> Cpl.of(Amounts.of(-3, "RUB"), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("marketingSpend must not be negative: -3,00 RUB");
    assertThatThrownBy(() -> Cpl.of(Amounts.of(3, "RUB"), -10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("leads must not be negative: -10");
  }

  @Test
  void ctrIsARate() {
    MetricResult<Rate> ctr = Ctr.of(25, 1000);

    assertThat(ctr.value()).isEqualTo(Rate.of("0.025"));
    assertThat(ctr).hasToString("CTR = 2.5% (25 clicks / 1000 impressions)");
    assertThat(Ctr.of(0, 0)).hasToString("CTR not computable: no impressions (0 clicks / 0 impressions)");
  }

  @Test
  void ctrRejectsMoreClicksThanImpressions() {
    assertThatThrownBy(() -> Ctr.of(5, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clicks must not exceed impressions: clicks=5, impressions=3");
    assertThatThrownBy(() -> Ctr.of(-1, 3)).hasMessage("clicks must not be negative: -1");
  }

  @Test
  void romiPositive() {
    MetricResult<SignedRatio> romi = Romi.of(Amounts.of(4_500_000, "RUB"), Amounts.of(1_800_000, "RUB"));

    assertThat(romi.value()).isEqualTo(SignedRatio.of(new BigDecimal("1.5")));
    assertThat(romi.value().toPercentString(0, RoundingMode.HALF_EVEN)).isEqualTo("150%");
    assertThat(romi).hasToString("ROMI = 1.5 ((4 500 000,00 RUB attributable revenue - 1 800 000,00 RUB marketing spend)"
        + " / 1 800 000,00 RUB marketing spend)");
  }

  @Test
  void romiIsNegativeWhenMarketingLosesMoney() {
    MetricResult<SignedRatio> romi = Romi.of(Amounts.of(750_000, "RUB"), Amounts.of(1_000_000, "RUB"));

    assertThat(romi.value()).hasToString("-0.25");
    assertThat(romi.value().isNegative()).isTrue();
    assertThat(romi.value().toRatio()).isEmpty();
  }

  @Test
  void romiWithoutSpendIsNotComputable() {
    assertThat(Romi.of(Amounts.of(750_000, "RUB"), Amounts.of(0, "RUB")).reason()).contains("no marketing spend");
    assertThatThrownBy(() -> Romi.of(Amounts.of(1, "RUB"), Amounts.of(1, "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> Romi.of(Amounts.of(-1, "RUB"), Amounts.of(1, "RUB")))
        .hasMessage("attributableRevenue must not be negative: -1,00 RUB");
  }

  @Test
  void cacPayback() {
    MetricResult<BigDecimal> months = CacPayback.months(Amounts.of(500_000, "RUB"), Amounts.of(200_000, "RUB"),
        Rate.ofPercent(40));

    assertThat(months.value()).isEqualByComparingTo("6.25");
    assertThat(months).hasToString("CAC payback months = 6.25 (500 000,00 RUB CAC / "
        + "(200 000,00 RUB monthly revenue per customer × 40% margin))");
    assertThat(CacPayback.months(Amounts.of(100, "RUB"), Amounts.of(30, "RUB"), Rate.ONE, RoundingMode.UP).value())
        .isEqualByComparingTo("3.34");
    assertThat(CacPayback.months(Amounts.of(100, "RUB"), Amounts.of(30, "RUB"), Rate.ZERO).reason())
        .contains("no monthly gross profit per customer");
  }

  @Test
  void signedRatioReadsBackWhatItPrints() {
    for (String s : new String[] {"-0.25", "0", "3.84", "-12"}) {
      assertThat(SignedRatio.parse(s)).hasToString(s);
    }
    assertThat(SignedRatio.parse("-25%")).isEqualTo(SignedRatio.parse("-0.25"));
    assertThat(SignedRatio.of(BigDecimal.ONE, BigDecimal.valueOf(3)).toBigDecimal().precision()).isEqualTo(34);
    assertThatThrownBy(() -> SignedRatio.of(BigDecimal.ONE, BigDecimal.ZERO))
        .hasMessage("denominator must be positive: 0");
    assertThatThrownBy(() -> SignedRatio.parse("abc")).hasMessageContaining("\"abc\"");
  }
}
