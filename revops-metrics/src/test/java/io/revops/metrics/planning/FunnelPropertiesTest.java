package io.revops.metrics.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelPropertiesTest {

  @Test
  void reversePlanRunForwardMeetsOrExceedsTheTargetAtEveryStage() {
    qt().withExamples(500).forAll(integers().between(0, 1_000), Generators.funnels()).checkAssert((target, rates) -> {
      ReverseFunnel plan = ReverseFunnel.forTarget(target, rates);
      ForwardFunnel forward = plan.runForward();
      assertThat(plan.required(rates.last())).isEqualTo(target.longValue());
      for (LifecycleStage s : rates.stages()) {
        assertThat(forward.expected(s)).as("expected %s", s).isGreaterThanOrEqualTo(BigDecimal.valueOf(plan.required(s)));
        assertThat(forward.whole(s)).as("whole %s", s).isGreaterThanOrEqualTo(plan.required(s));
      }
    });
  }

  @Test
  void everyStageIsTheSmallestWholeVolumeThatFeedsTheStageBelow() {
    qt().withExamples(500).forAll(integers().between(1, 1_000), Generators.funnels()).checkAssert((target, rates) -> {
      ReverseFunnel plan = ReverseFunnel.forTarget(target, rates);
      List<LifecycleStage> stages = rates.stages();
      for (int i = 0; i < stages.size() - 1; i++) {
        BigDecimal rate = rates.rateInto(stages.get(i + 1)).orElseThrow().toBigDecimal();
        BigDecimal below = BigDecimal.valueOf(plan.required(stages.get(i + 1)));
        BigDecimal oneLess = BigDecimal.valueOf(plan.required(stages.get(i)) - 1);
        assertThat(oneLess.multiply(rate)).isLessThan(below);
      }
    });
  }

  @Test
  void higherConversionNeverNeedsMoreLeads() {
    qt().withExamples(500).forAll(integers().between(0, 1_000), Generators.funnels(), integers().between(0, 4),
        integers().between(0, 1_000)).checkAssert((target, rates, index, raise) -> {
          List<LifecycleStage> stages = rates.stages();
          LifecycleStage into = stages.get(1 + index % (stages.size() - 1));
          Rate current = rates.rateInto(into).orElseThrow();
          BigDecimal raised = current.toBigDecimal().add(BigDecimal.valueOf(raise, 3)).min(BigDecimal.ONE);
          FunnelRates better = rates.withRateInto(into, Rate.of(raised));
          ReverseFunnel before = ReverseFunnel.forTarget(target, rates);
          ReverseFunnel after = ReverseFunnel.forTarget(target, better);
          for (LifecycleStage s : stages) {
            assertThat(after.required(s)).as("%s after raising the rate into %s", s, into)
                .isLessThanOrEqualTo(before.required(s));
          }
        });
  }

  @Test
  void higherTargetNeverNeedsFewerLeads() {
    qt().withExamples(300).forAll(integers().between(0, 1_000), integers().between(0, 100), Generators.funnels())
        .checkAssert((target, extra, rates) -> {
          ReverseFunnel small = ReverseFunnel.forTarget(target, rates);
          ReverseFunnel big = ReverseFunnel.forTarget(target + extra, rates);
          rates.stages().forEach(s -> assertThat(big.required(s)).isGreaterThanOrEqualTo(small.required(s)));
        });
  }
}
