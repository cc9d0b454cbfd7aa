package io.revops.metrics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.Cac;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LTV:CAC and its health bands. */
class LtvCacTest {
  @Test
  void handbookExample() {
    MetricResult<LtvCacRatio> r = LtvCac.of(Amounts.of(1_920_000, "RUB"), Amounts.of(500_000, "RUB"));

    assertThat(r.value().ratio()).isEqualTo(Ratio.of("3.84"));
    assertThat(r.value().health()).isEqualTo(LtvCacHealth.HEALTHY);
    assertThat(r.policies()).containsExactly(LtvCacBands.defaults());
    assertThat(r).hasToString(
        "LTV:CAC = 3.84, healthy (1 920 000,00 RUB LTV / 500 000,00 RUB CAC, health bands 1/3/5)");
  }

  @Test
  void handbookChainFromInputs() {
    MetricResult<LtvCacRatio> r = LtvCac.of(
        Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40)),
        Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30));

    assertThat(r.value().ratio()).isEqualTo(Ratio.of("3.84"));
  }

  @Test
  void notComputableInputsPropagateWithTheirReason() {
    MetricResult<LtvCacRatio> r = LtvCac.of(
        Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40)),
        Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 0));

    assertThat(r.reason()).contains("CAC not computable: no new customers");
    assertThat(LtvCac.of(Amounts.of(1, "RUB"), Amounts.of(0, "RUB")).reason()).contains("zero CAC");
  }

  @ParameterizedTest
  @CsvSource({"0, LOSING", "0.99, LOSING", "1, SURVIVING", "2.5, SURVIVING", "2.9999, SURVIVING", "3, HEALTHY",
      "4.5, HEALTHY", "5, HEALTHY", "5.0001, UNDER_INVESTING", "12, UNDER_INVESTING"})
  void defaultBandsCloseTheHandbooksGaps(String ratio, LtvCacHealth expected) {
    assertThat(LtvCacBands.defaults().classify(Ratio.of(ratio))).isEqualTo(expected);
  }

  @Test
  void customBands() {
    LtvCacBands strict = LtvCacBands.of("1.5", "4", "6");
    MetricResult<LtvCacRatio> r = LtvCac.of(Amounts.of(1_920_000, "RUB"), Amounts.of(500_000, "RUB"), strict);

    assertThat(r.value().health()).isEqualTo(LtvCacHealth.SURVIVING);
    assertThat(r).hasToString(
        "LTV:CAC = 3.84, surviving (1 920 000,00 RUB LTV / 500 000,00 RUB CAC, health bands 1.5/4/6)");
    assertThat(LtvCacBands.of(BigDecimal.ONE, new BigDecimal("3.0"), new BigDecimal("5.00")))
        .isEqualTo(LtvCacBands.defaults());
  }

  @Test
  void bandsMustBeOrdered() {
    assertThatThrownBy(() -> LtvCacBands.of("3", "1", "5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthyFrom must be greater than survivingFrom: healthyFrom=1, survivingFrom=3");
    assertThatThrownBy(() -> LtvCacBands.of("1", "5", "5"))
        .hasMessage("healthyTo must be greater than healthyFrom: healthyTo=5, healthyFrom=5");
    assertThatThrownBy(() -> LtvCacBands.of("-1", "3", "5"))
        .hasMessage("survivingFrom must not be negative: -1");
  }

  @Test
  void rejectsNegativeAndMixedAmounts() {
    assertThatThrownBy(() -> LtvCac.of(Amounts.of(-1, "RUB"), Amounts.of(1, "RUB")))
        .hasMessage("ltv must not be negative: -1,00 RUB");
    assertThatThrownBy(() -> LtvCac.of(Amounts.of(1, "RUB"), Amounts.of(1, "USD")))
        .hasMessageContaining("cac must be in RUB");
  }
}
