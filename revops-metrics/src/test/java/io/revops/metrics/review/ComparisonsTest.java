package io.revops.metrics.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.Cac;
import io.revops.metrics.conversion.Proportion;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static final int SEEDS = 400;

  @Test
  void newcombesHybridIntervalMatchesHisPublishedExample() {
    // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 vs 48/80, method 10: 0.0524 to 0.3339
    Change c = Comparisons.proportions("rate", Proportion.of(48, 80), Proportion.of(56, 70), Polarity.HIGHER_IS_BETTER);
    assertThat(c.difference().getAsDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(c.lower().getAsDouble()).isCloseTo(0.0524, within(0.00005));
    assertThat(c.upper().getAsDouble()).isCloseTo(0.3339, within(0.00005));
    // pooled z = 0.2 / sqrt(104/150 · 46/150 · (1/70 + 1/80)) = 2.650
    assertThat(c.pValue().getAsDouble()).isCloseTo(0.00805, within(0.0001));
    assertThat(c.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(Comparisons.proportions("rate", Proportion.of(48, 80), Proportion.of(56, 70), Polarity.LOWER_IS_BETTER)
        .verdict()).isEqualTo(Verdict.WORSENED);
  }

  @Test
  void aChangeTheDataCannotTellIsSaidSo() {
    Change c = Comparisons.proportions("win rate", Proportion.of(5, 20), Proportion.of(7, 20), Polarity.HIGHER_IS_BETTER);
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
    assertThat(c.toString()).contains("win rate: 25%", "→ 35%", "+10.00 pp", "not enough data to tell");
    assertThat(c.lower().getAsDouble()).isNegative();
  }

  @Test
  void anInjectedChangeInAProportionIsDetected() {
    int detected = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Change c = Comparisons.proportions("win rate", draw(rnd, 800, 0.30), draw(rnd, 800, 0.40), Polarity.HIGHER_IS_BETTER);
      if (c.verdict() == Verdict.IMPROVED) detected++;
      assertThat(c.verdict()).isNotEqualTo(Verdict.WORSENED);
    }
    // power of a 95% test of 30% vs 40% with 800 a side: z ≈ 0.10 / 0.0237 = 4.2, about 0.99
    assertThat(detected).isGreaterThanOrEqualTo(SEEDS * 95 / 100);
  }

  @Test
  void noChangeInAProportionIsClaimedAtAboutTheStatedRate() {
    int claimed = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Change c = Comparisons.proportions("win rate", draw(rnd, 400, 0.30), draw(rnd, 400, 0.30), Polarity.HIGHER_IS_BETTER);
      if (c.verdict().isClaim()) claimed++;
    }
    // 5% nominal: over 400 reviews the count is 20 ± 4.4 (binomial sd); 8% is beyond 2.7 sd
    assertThat(claimed).isLessThanOrEqualTo(SEEDS * 8 / 100).isGreaterThan(0);
  }

  @Test
  void anInjectedChangeInAMedianIsDetected() {
    int detected = 0;
    int runs = 100;
    for (long seed = 0; seed < runs; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Change c = Comparisons.medians("sales cycle", durations(rnd, 400, 90), durations(rnd, 400, 60), ChronoUnit.DAYS,
          Polarity.LOWER_IS_BETTER, Bootstrap.of(400, seed));
      if (c.verdict() == Verdict.IMPROVED) detected++;
      assertThat(c.verdict()).isNotEqualTo(Verdict.WORSENED);
    }
    // the sd of an exponential sample's median is about 1.44 · median / √n: 6.5 and 4.3 days, z ≈ 30 / 7.8 = 3.8
    assertThat(detected).isGreaterThanOrEqualTo(runs * 90 / 100);
  }

  @Test
  void noChangeInAMedianIsClaimedAtAboutTheStatedRate() {
    int claimed = 0;
    int runs = 300;
    for (long seed = 0; seed < runs; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Change c = Comparisons.medians("sales cycle", durations(rnd, 100, 90), durations(rnd, 100, 90), ChronoUnit.DAYS,
          Polarity.LOWER_IS_BETTER, Bootstrap.of(400, 1000 + seed));
      if (c.verdict().isClaim()) claimed++;
    }
    // the percentile bootstrap of a median is a little liberal at n = 100; 9% bounds it with room for the spread
    assertThat(claimed).isLessThanOrEqualTo(runs * 9 / 100);
  }

  @Test
  void theBootstrapIsReproducibleFromItsSeed() {
    SplittableRandom rnd = new SplittableRandom(5);
    List<Duration> a = durations(rnd, 50, 30);
    List<Duration> b = durations(rnd, 50, 25);
    Change one = Comparisons.medians("t", a, b, ChronoUnit.HOURS, Polarity.LOWER_IS_BETTER, Bootstrap.of(300, 9));
    Change two = Comparisons.medians("t", a, b, ChronoUnit.HOURS, Polarity.LOWER_IS_BETTER, Bootstrap.of(300, 9));
    Change other = Comparisons.medians("t", a, b, ChronoUnit.HOURS, Polarity.LOWER_IS_BETTER, Bootstrap.of(300, 10));
    assertThat(one.toString()).isEqualTo(two.toString()).contains("seed 9", "hours");
    assertThat(one.lower()).isEqualTo(two.lower());
    assertThat(other.lower()).isNotEqualTo(one.lower());
  }

  @Test
  void tooFewObservationsAreNotEnoughData() {
    List<Duration> few = List.of(Duration.ofDays(3), Duration.ofDays(5));
    List<Duration> many = durations(new SplittableRandom(1), 50, 30);
    Change c = Comparisons.medians("cycle", few, many, ChronoUnit.DAYS, Polarity.LOWER_IS_BETTER, Bootstrap.withSeed(1));
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
    assertThat(c.toString()).contains("fewer than 10 observations");
    assertThat(Comparisons.medians("cycle", List.of(), many, ChronoUnit.DAYS, Polarity.LOWER_IS_BETTER,
        Bootstrap.withSeed(1)).verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
    assertThatThrownBy(() -> Comparisons.medians("cycle", List.of(Duration.ofDays(-1)), many, ChronoUnit.DAYS,
        Polarity.LOWER_IS_BETTER, Bootstrap.withSeed(1))).hasMessageContaining("baseline must not contain a negative duration");
    assertThatThrownBy(() -> Bootstrap.of(10, 1)).hasMessageContaining("resamples must be at least 100: 10");
  }

  @Test
  void singleFiguresShowTheChangeWithoutAClaimAndTheHandbookLine() {
    MetricResult<javax.money.MonetaryAmount> before = Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30);
    MetricResult<javax.money.MonetaryAmount> now = Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 34);
    Change c = Comparisons.figures("CAC", before, now, Polarity.LOWER_IS_BETTER);
    assertThat(c.verdict()).isEqualTo(Verdict.NO_INTERVAL);
    assertThat(c.relativeChange().getAsDouble()).isCloseTo(441_176.47 / 500_000 - 1, within(1e-6));
    assertThat(c.toString()).contains("500 000,00 RUB → 441 176,47 RUB: -58 823,53 RUB (-11.8%)", "no interval, no claim");
    Change none = Comparisons.figures("CAC", before, Cac.of(Amounts.of(1, "RUB"), Amounts.of(1, "RUB"), 0),
        Polarity.LOWER_IS_BETTER);
    assertThat(none.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
    assertThat(none.toString()).contains("now: no new customers");
    assertThat(none.difference()).isEmpty();
    assertThatThrownBy(() -> Comparisons.figures("CAC", before, Cac.of(Amounts.of(1, "USD"), Amounts.of(1, "USD"), 1),
        Polarity.LOWER_IS_BETTER)).hasMessageContaining("USD").hasMessageContaining("RUB");
  }

  @Test
  void theHandbookRangeIsAReferenceLine() {
    // win rate 25.00% → 28.00%: +12% relative, inside +10–20%
    Change c = Comparisons.proportions("win rate", Proportion.of(2500, 10_000), Proportion.of(2800, 10_000),
        Polarity.HIGHER_IS_BETTER).withReference(HandbookRange.SALES_EFFICIENCY);
    assertThat(c.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(c.toString()).contains("(+12.0%)", "improved; inside the handbook's +10–20% (sales efficiency)");
    assertThat(HandbookRange.GROWTH.place(25)).isEqualTo("above the handbook's +19% (growth rate)");
    assertThat(HandbookRange.MARKETING_ROI.place(40)).isEqualTo("below the handbook's +100–200% (marketing ROI)");
  }

  @Test
  void theStageThatMovedTheOutcomeMostIsNamed() {
    FunnelSnapshot before = FunnelSnapshot.of(100_000, 2_000, 600, 240, 60);
    FunnelSnapshot now = FunnelSnapshot.of(100_000, 2_000, 620, 330, 80);
    StageAttribution a = StageAttribution.of(before, now);
    assertThat(a.mostInfluential().orElseThrow().stage()).isEqualTo("MQL→SQL");
    double shares = a.stages().stream().mapToDouble(s -> s.share().orElseThrow()).sum();
    assertThat(shares).isCloseTo(1.0, within(1e-9));
    assertThat(a.toString()).contains("Stage that moved the outcome most: MQL→SQL", "share of the outcome's change");

    Review r = Review.of("2026-Q1", "2026-Q2", List.of(
        Comparisons.proportions("win rate", Proportion.of(60, 240), Proportion.of(80, 330), Polarity.HIGHER_IS_BETTER)),
        Optional.of(a));
    assertThat(r.toString()).startsWith("Since the baseline (2026-Q1 → 2026-Q2)").contains("0 of 1 metrics changed");
    assertThat(r.change("win rate")).isPresent();
    assertThat(r.claims()).isEmpty();
  }

  private static Proportion draw(SplittableRandom rnd, int n, double p) {
    int s = 0;
    for (int i = 0; i < n; i++) {
      if (rnd.nextDouble() < p) s++;
    }
    return Proportion.of(s, n);
  }

  /** Exponential durations with the given median in days, to the second. */
  private static List<Duration> durations(SplittableRandom rnd, int n, double medianDays) {
    List<Duration> out = new ArrayList<>();
    double mean = medianDays / Math.log(2);
    for (int i = 0; i < n; i++) {
      out.add(Duration.ofSeconds(Math.round(-Math.log(1 - rnd.nextDouble()) * mean * 86_400)));
    }
    return out;
  }
}
