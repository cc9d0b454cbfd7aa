package io.revops.metrics.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.metrics.ReportingCurrency;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Weighted pipeline: weighting, per-stage summary, data problems, currencies, bad input. */
class PipelineTest {
  private static final CurrencyUnit RUB = Amounts.currency("RUB");
  private static final StageProbabilities PROBABILITIES = StageProbabilities.builder()
      .stage("discovery", Rate.ofPercent(10))
      .stage("proposal", "0.6")
      .stage("negotiation", Rate.ofPercent(80))
      .build();

  @Test
  void weightsEachDealByItsStage() {
    PipelineReport r = Pipeline.report(RUB, PROBABILITIES, List.of(
        Deal.of("D-1", Amounts.of(1_000_000, "RUB"), "discovery"),
        Deal.of("D-2", Amounts.of(2_000_000, "RUB"), "proposal"),
        Deal.of("D-3", Amounts.of(3_000_000, "RUB"), "negotiation")));

    assertThat(Amounts.format(r.weighted().value())).isEqualTo("3 700 000,00 RUB");
    assertThat(Amounts.format(r.total().value())).isEqualTo("6 000 000,00 RUB");
    assertThat(r.weighted()).hasToString("weighted pipeline = 3 700 000,00 RUB (3 deals × stage probability, "
        + "of 6 000 000,00 RUB, stage probabilities discovery 10%, proposal 60%, negotiation 80%)");
    assertThat(r.byStage().keySet()).containsExactly("discovery", "proposal", "negotiation");
    assertThat(r.byStage().get("proposal"))
        .hasToString("proposal 60%: 1 deal, 2 000 000,00 RUB, weighted 1 200 000,00 RUB");
  }

  @Test
  void dealsInAnUnknownStageAreListedNotCounted() {
    PipelineReport r = Pipeline.report(RUB, PROBABILITIES, List.of(
        Deal.of("D-1", Amounts.of(1_000_000, "RUB"), "discovery"),
        Deal.of("D-9", Amounts.of(5_000_000, "RUB"), "limbo"),
        Deal.of("D-1", Amounts.of(1_000_000, "RUB"), "discovery")));

    assertThat(Amounts.format(r.weighted().value())).isEqualTo("200 000,00 RUB");
    assertThat(r.unknownStageDealIds()).containsExactly("D-9");
    assertThat(r.duplicateDealIds()).containsExactly("D-1");
    assertThat(r.toString()).contains("deals in a stage without probability (left out): D-9")
        .contains("deal ids seen more than once (each counted): D-1");
  }

  @Test
  void anEmptyPipelineIsWorthZero() {
    PipelineReport r = Pipeline.report(RUB, PROBABILITIES, List.of());

    assertThat(r.weighted().value().isZero()).isTrue();
    assertThat(r.byStage()).isEmpty();
  }

  @Test
  void weightedValueIsRoundedOnceWithTheGivenMode() {
    StageProbabilities third = StageProbabilities.builder().stage("s", Rate.ofFraction(1, 3)).build();
    List<Deal> deals = List.of(Deal.of("a", Amounts.of(1, "RUB"), "s"), Deal.of("b", Amounts.of(1, "RUB"), "s"));

    assertThat(Amounts.format(Pipeline.report(RUB, third, deals).weighted().value())).isEqualTo("0,67 RUB");
    assertThat(Amounts.format(PipelineAccumulator.of(RUB, third, RoundingMode.DOWN).addAll(deals).result()
        .weighted().value())).isEqualTo("0,66 RUB");
  }

  @Test
  void mixedCurrenciesAreRejectedWithoutRates() {
    List<Deal> deals = List.of(Deal.of("D-1", Amounts.of(1_000, "RUB"), "proposal"),
        Deal.of("D-2", Amounts.of(100, "USD"), "proposal"));

    assertThatThrownBy(() -> Pipeline.report(RUB, PROBABILITIES, deals))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("amount of deal D-2 must be in RUB, but is in USD: 100,00 USD");
  }

  @Test
  void mixedCurrenciesAreConvertedWithRates() {
    ExchangeRates rates = ExchangeRates.builder().rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.50").build();
    List<Deal> deals = List.of(Deal.of("D-1", Amounts.of(1_000, "RUB"), "proposal"),
        Deal.of("D-2", Amounts.of(100, "USD"), "proposal"));

    PipelineReport r = Pipeline.report(RUB, PROBABILITIES, deals, rates, LocalDate.parse("2026-03-31"),
        RoundingMode.HALF_EVEN);

    assertThat(Amounts.format(r.total().value())).isEqualTo("9 050,00 RUB");
    assertThat(Amounts.format(r.weighted().value())).isEqualTo("5 430,00 RUB");
    assertThat(r.weighted().policies()).contains(ReportingCurrency.of(RUB, rates,
        RoundingMode.HALF_EVEN).atRatesOf(LocalDate.parse("2026-03-31")));
    assertThat(r.weighted().toString()).endsWith(", converted to RUB at rates of 2026-03-31)");
  }

  @Test
  void probabilitiesOutsideZeroToOneAreRejectedNamingTheStage() {
    assertThatThrownBy(() -> StageProbabilities.builder().stage("proposal", "1.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability of stage proposal must be in [0, 1]: 1.2");
    assertThatThrownBy(() -> StageProbabilities.builder().stage("proposal", "-0.1"))
        .hasMessage("probability of stage proposal must be in [0, 1]: -0.1");
    assertThatThrownBy(() -> StageProbabilities.builder().stage("a", Rate.ONE).stage("a", Rate.ZERO))
        .hasMessage("stage must be given once: a");
    assertThatThrownBy(() -> StageProbabilities.builder().build())
        .hasMessage("stage probabilities must name at least one stage");
  }

  @Test
  void badDealsAreRejected() {
    assertThatThrownBy(() -> Deal.of("D-1", Amounts.of(-1, "RUB"), "proposal"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must not be negative: -1,00 RUB");
    assertThatThrownBy(() -> Deal.of(" ", Amounts.of(1, "RUB"), "proposal"))
        .hasMessage("id must not be blank: \" \"");
  }

  @Test
  void accumulatorsWithDifferentProbabilitiesDoNotMerge() {
    PipelineAccumulator a = PipelineAccumulator.of(RUB, PROBABILITIES);
    PipelineAccumulator b = PipelineAccumulator.of(RUB, StageProbabilities.builder().stage("x", Rate.ONE).build());

    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same currency, stage probabilities, rates and rounding");
  }
}
