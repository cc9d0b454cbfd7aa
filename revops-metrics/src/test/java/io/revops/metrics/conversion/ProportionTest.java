package io.revops.metrics.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.money.Rate;
import org.junit.jupiter.api.Test;

/** The Wilson score interval. */
class ProportionTest {
  /** Wilson's formula in doubles, independently of the decimal implementation. */
  static double[] wilson(long s, long n) {
    double z = 1.959963984540054;
    double p = (double) s / n;
    double d = 1 + z * z / n;
    double c = (p + z * z / (2.0 * n)) / d;
    double h = z / d * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return new double[] {c - h, c + h};
  }

  @Test
  void fortyOfAHundred() {
    Proportion p = Proportion.of(40, 100);

    assertThat(p.rate()).isEqualTo(Rate.ofPercent(40));
    assertThat(p.lower().toBigDecimal().doubleValue()).isCloseTo(0.3094, within(0.00005));
    assertThat(p.upper().toBigDecimal().doubleValue()).isCloseTo(0.4980, within(0.00005));
    assertThat(p).hasToString("40% (95% CI 30.94%–49.8%, 40/100)");
  }

  @Test
  void noSuccessStillHasAnUpperBound() {
    Proportion p = Proportion.of(0, 10);

    assertThat(p.lower()).isEqualTo(Rate.ZERO);
    assertThat(p.upper().toBigDecimal().doubleValue()).isCloseTo(0.2775, within(0.00005));
    assertThat(Proportion.of(10, 10).upper()).isEqualTo(Rate.ONE);
    assertThat(Proportion.of(10, 10).lower().toBigDecimal().doubleValue()).isCloseTo(0.7225, within(0.00005));
  }

  @Test
  void matchesTheFormulaInDoubles() {
    qt().withExamples(300).forAll(integers().between(1, 100_000), integers().between(0, 100_000))
        .checkAssert((n, k) -> {
          long s = k % (n + 1);
          Proportion p = Proportion.of(s, n);
          double[] expected = wilson(s, n);
          assertThat(p.lower().toBigDecimal().doubleValue()).isCloseTo(Math.max(0, expected[0]), within(1e-9));
          assertThat(p.upper().toBigDecimal().doubleValue()).isCloseTo(Math.min(1, expected[1]), within(1e-9));
        });
  }

  @Test
  void intervalContainsThePointEstimateAndStaysInZeroOne() {
    qt().withExamples(500).forAll(integers().between(1, 1_000_000), integers().between(0, 1_000_000))
        .checkAssert((n, k) -> {
          Proportion p = Proportion.of(k % (n + 1), n);
          assertThat(p.lower()).isLessThanOrEqualTo(p.rate());
          assertThat(p.rate()).isLessThanOrEqualTo(p.upper());
          assertThat(p.lower()).isGreaterThanOrEqualTo(Rate.ZERO);
          assertThat(p.upper()).isLessThanOrEqualTo(Rate.ONE);
          assertThat(p.trials()).isEqualTo(n.longValue());
        });
  }

  @Test
  void badCounts() {
    assertThatThrownBy(() -> Proportion.of(0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must be positive: 0");
    assertThatThrownBy(() -> Proportion.of(11, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successes must be in [0, trials=10]: 11");
    assertThatThrownBy(() -> Proportion.of(-1, 10)).hasMessage("successes must be in [0, trials=10]: -1");
  }
}
