package io.revops.metrics.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.metrics.SplitMerge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the pipeline accumulator over generated deals. */
class PipelinePropertiesTest {
  private static final CurrencyUnit RUB = Amounts.currency("RUB");
  private static final StageProbabilities PROBABILITIES = StageProbabilities.builder()
      .stage("discovery", Rate.ofPercent(10))
      .stage("proposal", Rate.ofFraction(1, 3))
      .stage("negotiation", Rate.of("0.875"))
      .build();
  private static final ExchangeRates RATES =
      ExchangeRates.builder().rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.4567").build();

  private static Gen<Deal> deals(List<String> currencies) {
    Gen<String> ids = integers().between(1, 30).map(i -> "D-" + i);
    Gen<String> stages = Generate.pick(List.of("discovery", "proposal", "negotiation", "lost-in-crm"));
    Gen<String> currency = Generate.pick(currencies);
    return ids.zip(longs().between(0, 1_000_000_000L), stages, currency,
        (id, kopecks, stage, c) -> Deal.of(id, Amounts.of(BigDecimal.valueOf(kopecks, 2), Amounts.currency(c)), stage));
  }

  @Test
  void mergingThePartsOfAnySplitEqualsTheWhole() {
    qt().withExamples(200).forAll(SplitMerge.dealt(deals(List.of("RUB")), 40)).checkAssert(dealt -> {
      PipelineReport whole = SplitMerge.whole(dealt, () -> PipelineAccumulator.of(RUB, PROBABILITIES));
      PipelineReport merged = SplitMerge.merged(dealt, () -> PipelineAccumulator.of(RUB, PROBABILITIES));
      assertThat(merged).isEqualTo(whole);
      assertThat(merged).hasToString(whole.toString());
    });
  }

  @Test
  void mergingThePartsOfAnySplitEqualsTheWholeWithConversion() {
    LocalDate asOf = LocalDate.parse("2026-06-30");
    qt().withExamples(100).forAll(SplitMerge.dealt(deals(List.of("RUB", "USD")), 30)).checkAssert(dealt -> {
      PipelineReport whole = SplitMerge.whole(dealt,
          () -> PipelineAccumulator.of(RUB, PROBABILITIES, RATES, asOf, RoundingMode.HALF_EVEN));
      PipelineReport merged = SplitMerge.merged(dealt,
          () -> PipelineAccumulator.of(RUB, PROBABILITIES, RATES, asOf, RoundingMode.HALF_EVEN));
      assertThat(merged).isEqualTo(whole);
    });
  }

  @Test
  void weightedNeverExceedsTotal() {
    qt().withExamples(200).forAll(SplitMerge.dealt(deals(List.of("RUB")), 40)).checkAssert(dealt -> {
      PipelineReport r = SplitMerge.whole(dealt, () -> PipelineAccumulator.of(RUB, PROBABILITIES));
      assertThat(Amounts.compare(r.weighted().value(), r.total().value())).isLessThanOrEqualTo(0);
      assertThat(r.byStage().values().stream().mapToLong(StageSummary::deals).sum()
          + r.unknownStageDealIds().size()).isEqualTo(dealt.size());
    });
  }
}
