package io.revops.metrics.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanningPropertiesTest {

  @Test
  void biggerBudgetNeverYieldsFewerCustomers() {
    qt().withExamples(300).forAll(Generators.models(), integers().between(0, 100_000_000)).checkAssert((m, extra) -> {
      PlanningModel richer = m.withMarketingBudget(Amounts.add(m.marketingBudget(), Amounts.of(extra, "RUB")));
      Projection before = m.project();
      Projection after = richer.project();
      assertThat(after.expectedNewCustomers()).isGreaterThanOrEqualTo(before.expectedNewCustomers());
      assertThat(after.newCustomers()).isGreaterThanOrEqualTo(before.newCustomers());
    });
  }

  @Test
  void higherConversionNeverYieldsFewerCustomers() {
    qt().withExamples(300).forAll(Generators.models(), integers().between(1, 4), integers().between(0, 1_000))
        .checkAssert((m, index, raise) -> {
          var stage = m.funnel().stages().get(index);
          Rate r = m.funnel().rateInto(stage).orElseThrow();
          Rate better = Rate.of(r.toBigDecimal().add(BigDecimal.valueOf(raise, 3)).min(BigDecimal.ONE));
          assertThat(m.withConversionInto(stage, better).project().newCustomers())
              .isGreaterThanOrEqualTo(m.project().newCustomers());
        });
  }

  @Test
  void scalingAllMoneyLeavesCountsAndRatiosUnchanged() {
    qt().withExamples(300).forAll(Generators.models(), integers().between(1, 1_000)).checkAssert((m, k) -> {
      BigDecimal factor = BigDecimal.valueOf(k);
      Projection base = m.project();
      Projection scaled = m.withMoneyScaledBy(factor).project();
      assertThat(scaled.newCustomers()).isEqualTo(base.newCustomers());
      assertThat(scaled.limitedBy()).isEqualTo(base.limitedBy());
      assertThat(scaled.ltvToCac().toOptional()).isEqualTo(base.ltvToCac().toOptional());
      assertThat(scaled.ltvToCac().reason()).isEqualTo(base.ltvToCac().reason());
      assertThat(scaled.growth().toOptional().map(BigDecimal::stripTrailingZeros))
          .isEqualTo(base.growth().toOptional().map(BigDecimal::stripTrailingZeros));
      assertThat(scaled.roi().toOptional().map(BigDecimal::stripTrailingZeros))
          .isEqualTo(base.roi().toOptional().map(BigDecimal::stripTrailingZeros));
      // CAC and LTV scale by k, up to the rounding of each to the kopeck
      BigDecimal tolerance = new BigDecimal("0.005").multiply(factor.add(BigDecimal.ONE));
      base.cac().toOptional().ifPresent(cac -> assertThat(Amounts.toBigDecimal(scaled.cac().value())
          .subtract(Amounts.toBigDecimal(cac).multiply(factor)).abs()).isLessThanOrEqualTo(tolerance));
      base.ltv().toOptional().ifPresent(ltv -> assertThat(Amounts.toBigDecimal(scaled.ltv().value())
          .subtract(Amounts.toBigDecimal(ltv).multiply(factor)).abs()).isLessThanOrEqualTo(tolerance));
    });
  }

  @Test
  void newCustomersNeverExceedAnyCeiling() {
    qt().withExamples(300).forAll(Generators.models()).checkAssert(m -> {
      Projection p = m.project();
      BigDecimal won = p.salesCapacity().min(p.sqlDemand())
          .multiply(m.funnel().rateInto(io.revops.core.funnel.LifecycleStage.CUSTOMER).orElseThrow().toBigDecimal());
      assertThat(p.expectedNewCustomers()).isLessThanOrEqualTo(won).isLessThanOrEqualTo(p.marketRoom());
      assertThat(BigDecimal.valueOf(p.newCustomers())).isLessThanOrEqualTo(p.expectedNewCustomers());
      assertThat(p.expectedNewCustomers().subtract(BigDecimal.valueOf(p.newCustomers()))).isLessThan(BigDecimal.ONE);
    });
  }
}
