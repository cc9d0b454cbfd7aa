package io.revops.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.metrics.SplitMerge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NPS: the score, edge cases, bad scores, and its accumulator law. */
class NpsTest {
  @Test
  void promotersMinusDetractors() {
    MetricResult<NetPromoterScore> nps = Nps.of(10, 9, 9, 10, 9, 9, 8, 7, 3, 6);

    assertThat(nps.value().score()).isEqualByComparingTo("40");
    assertThat(nps.value().promoterShare()).isEqualTo(Rate.ofPercent(60));
    assertThat(nps).hasToString("NPS = +40 (6 promoters (9-10) - 2 detractors (0-6), 2 passives (7-8), of 10 responses)");
  }

  @Test
  void rangeIsMinus100ToPlus100() {
    assertThat(Nps.of(0, 6, 3).value()).hasToString("-100");
    assertThat(Nps.of(9, 10).value()).hasToString("+100");
    assertThat(Nps.of(7, 8).value()).hasToString("0");
  }

  @Test
  void nonTerminatingScoreKeeps34Digits() {
    NetPromoterScore nps = Nps.of(10, 8, 8).value();

    assertThat(nps.score().precision()).isEqualTo(34);
    assertThat(nps.toString(1, RoundingMode.HALF_EVEN)).isEqualTo("+33.3");
    assertThat(nps).hasToString("+33.33…");
    assertThat(Nps.of(0, 0, 10).value()).hasToString("-33.33…");
    assertThat(Nps.of(10, 10, 9, 9, 9, 9, 8, 0).value()).hasToString("+62.5");
    assertThatThrownBy(() -> nps.toString(-1, RoundingMode.HALF_EVEN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must not be negative: -1");
  }

  @Test
  void noResponsesIsNotComputable() {
    assertThat(Nps.of(List.of())).hasToString("NPS not computable: no responses (0 responses)");
  }

  @Test
  void invalidScoreIsRejectedNamingIt() {
    assertThatThrownBy(() -> Nps.of(10, 11)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in [0, 10]: 11");
    assertThatThrownBy(() -> Nps.of(List.of(-1))).hasMessage("score must be in [0, 10]: -1");
  }

  @Test
  void mergingThePartsOfAnySplitEqualsTheWhole() {
    qt().withExamples(500).forAll(SplitMerge.dealt(integers().between(0, 10), 60)).checkAssert(dealt -> {
      MetricResult<NetPromoterScore> whole = SplitMerge.whole(dealt, NpsAccumulator::create);
      MetricResult<NetPromoterScore> merged = SplitMerge.merged(dealt, NpsAccumulator::create);
      assertThat(merged).isEqualTo(whole).hasToString(whole.toString());
      whole.toOptional().ifPresent(n -> assertThat(n.score()).isBetween(BigDecimal.valueOf(-100), BigDecimal.valueOf(100)));
    });
  }
}
