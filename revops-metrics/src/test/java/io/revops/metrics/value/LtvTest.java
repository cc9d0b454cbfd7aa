package io.revops.metrics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** LTV: the handbook's lifetime formula and the churn-based formula with its zero-churn policies. */
class LtvTest {
  private static final MonetaryAmount ARPA = Amounts.of(200_000, "RUB");
  private static final Rate MARGIN = Rate.ofPercent(40);

  @Test
  void handbookExample() {
    MetricResult<MonetaryAmount> ltv = Ltv.of(ARPA, 24, MARGIN);

    assertThat(Amounts.isEqual(ltv.value(), Amounts.of(1_920_000, "RUB"))).isTrue();
    assertThat(ltv.policies()).containsExactly(LtvFormula.LIFETIME);
    assertThat(ltv).hasToString(
        "LTV = 1 920 000,00 RUB (200 000,00 RUB monthly revenue × 24 months × 40% margin, lifetime formula)");
  }

  @Test
  void fractionalLifetimeAndMarginAsADecimal() {
    MetricResult<MonetaryAmount> ltv = Ltv.of(ARPA, new BigDecimal("24.5"), new BigDecimal("0.4"));

    assertThat(Amounts.format(ltv.value())).isEqualTo("1 960 000,00 RUB");
  }

  @Test
  void roundsToTheMinorUnitExplicitly() {
    MonetaryAmount revenue = Amounts.of("100.01", "RUB");
    Rate third = Rate.of("0.333");

    assertThat(Amounts.format(Ltv.of(revenue, BigDecimal.ONE, third, RoundingMode.HALF_EVEN).value()))
        .as("33.30333").isEqualTo("33,30 RUB");
    assertThat(Amounts.format(Ltv.of(revenue, BigDecimal.ONE, third, RoundingMode.UP).value())).isEqualTo("33,31 RUB");
  }

  @Test
  void marginAbove100PercentIsRejected() {
    assertThatThrownBy(() -> Ltv.of(ARPA, BigDecimal.TEN, new BigDecimal("1.2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin must be in [0, 1] (0% to 100%): 1.2");
    assertThatThrownBy(() -> Ltv.of(ARPA, BigDecimal.TEN, new BigDecimal("-0.1")))
        .hasMessage("margin must be in [0, 1] (0% to 100%): -0.1");
  }

  @Test
  void negativeInputsAreRejected() {
    assertThatThrownBy(() -> Ltv.of(ARPA, -1, MARGIN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lifetimeMonths must not be negative: -1");
    assertThatThrownBy(() -> Ltv.of(Amounts.of(-1, "RUB"), 24, MARGIN))
        .hasMessage("monthlyRevenuePerCustomer must not be negative: -1,00 RUB");
    assertThatThrownBy(() -> Ltv.fromChurn(Amounts.of(-1, "RUB"), MARGIN, Rate.ofPercent(5)))
        .hasMessage("arpa must not be negative: -1,00 RUB");
  }

  @Test
  void churnBased() {
    MetricResult<MonetaryAmount> ltv = Ltv.fromChurn(ARPA, MARGIN, Rate.ofPercent(5));

    assertThat(Amounts.format(ltv.value())).isEqualTo("1 600 000,00 RUB");
    assertThat(ltv).hasToString("LTV = 1 600 000,00 RUB (200 000,00 RUB ARPA × 40% margin / 5% monthly churn, "
        + "churn-based formula, zero churn undefined)");
  }

  @Test
  void churnBasedOverYearsForThePlanningModel() {
    MetricResult<MonetaryAmount> ltv = Ltv.fromAnnualChurn(Amounts.of(2_000_000, "RUB"), MARGIN, Rate.ofPercent(10),
        java.math.RoundingMode.HALF_UP);

    assertThat(Amounts.format(ltv.value())).isEqualTo("8 000 000,00 RUB");
    assertThat(ltv).hasToString("LTV = 8 000 000,00 RUB (2 000 000,00 RUB annual revenue × 40% margin / 10% annual "
        + "churn, churn-based formula, zero churn undefined)");
    assertThat(Ltv.fromAnnualChurn(Amounts.of(2_000_000, "RUB"), MARGIN, Rate.ZERO, java.math.RoundingMode.HALF_UP)
        .reason()).hasValue("zero churn");
    assertThatThrownBy(() -> Ltv.fromAnnualChurn(Amounts.of(-1, "RUB"), MARGIN, Rate.ofPercent(5),
        java.math.RoundingMode.HALF_UP)).hasMessage("annualRevenuePerCustomer must not be negative: -1,00 RUB");
  }

  @Test
  void zeroChurnIsUndefinedByDefault() {
    MetricResult<MonetaryAmount> ltv = Ltv.fromChurn(ARPA, MARGIN, Rate.ZERO);

    assertThat(ltv.isComputed()).isFalse();
    assertThat(ltv.reason()).contains("zero churn");
    assertThat(ltv).hasToString("LTV not computable: zero churn (200 000,00 RUB ARPA × 40% margin / 0% monthly churn, "
        + "churn-based formula, zero churn undefined)");
  }

  @Test
  void churnFloorRaisesLowChurn() {
    ZeroChurnPolicy floor = ZeroChurnPolicy.churnFloor(Rate.ofPercent(1));

    MetricResult<MonetaryAmount> zero = Ltv.fromChurn(ARPA, MARGIN, Rate.ZERO, floor);
    assertThat(Amounts.format(zero.value())).isEqualTo("8 000 000,00 RUB");
    assertThat(zero).hasToString("LTV = 8 000 000,00 RUB (200 000,00 RUB ARPA × 40% margin / 1% monthly churn "
        + "(floor; actual 0%), churn-based formula, churn floored at 1%)");
    assertThat(Amounts.format(Ltv.fromChurn(ARPA, MARGIN, Rate.of("0.005"), floor).value())).isEqualTo("8 000 000,00 RUB");
    assertThat(Amounts.format(Ltv.fromChurn(ARPA, MARGIN, Rate.ofPercent(5), floor).value()))
        .as("churn above the floor is used as is").isEqualTo("1 600 000,00 RUB");
  }

  @Test
  void lifetimeCapBoundsLowChurn() {
    ZeroChurnPolicy cap = ZeroChurnPolicy.lifetimeCap(60);

    MetricResult<MonetaryAmount> zero = Ltv.fromChurn(ARPA, MARGIN, Rate.ZERO, cap);
    assertThat(Amounts.format(zero.value())).isEqualTo("4 800 000,00 RUB");
    assertThat(zero).hasToString("LTV = 4 800 000,00 RUB (200 000,00 RUB ARPA × 40% margin × 60 months "
        + "(cap; actual churn 0%), churn-based formula, lifetime capped at 60 months)");
    assertThat(Amounts.format(Ltv.fromChurn(ARPA, MARGIN, Rate.ofPercent(1), cap).value()))
        .as("1/1% = 100 months, capped at 60").isEqualTo("4 800 000,00 RUB");
    assertThat(Amounts.format(Ltv.fromChurn(ARPA, MARGIN, Rate.ofPercent(5), cap).value()))
        .as("1/5% = 20 months, under the cap").isEqualTo("1 600 000,00 RUB");
  }

  @Test
  void zeroChurnPoliciesValidateTheirParameters() {
    assertThatThrownBy(() -> ZeroChurnPolicy.churnFloor(Rate.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("churnFloor must be positive: 0%");
    assertThatThrownBy(() -> ZeroChurnPolicy.lifetimeCap(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lifetimeCapMonths must be positive: 0");
    assertThatThrownBy(() -> Rate.of("1.5")).hasMessage("rate must be in [0, 1]: 1.5");
    assertThat(ZeroChurnPolicy.lifetimeCap(new BigDecimal("60.0"))).isEqualTo(ZeroChurnPolicy.lifetimeCap(60));
    assertThat(ZeroChurnPolicy.undefined().kind()).isEqualTo(ZeroChurnPolicy.Kind.UNDEFINED);
  }
}
