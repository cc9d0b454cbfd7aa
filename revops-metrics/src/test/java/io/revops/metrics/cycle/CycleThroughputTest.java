package io.revops.metrics.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The handbook: 90 → 60 days = 50% more deals a year with the same resources. */
class CycleThroughputTest {
  @Test
  void ninetyToSixtyDaysIsOneAndAHalfTimesTheDeals() {
    MetricResult<Ratio> r = CycleThroughput.dealsMultiplier(90, 60);

    assertThat(r.value()).isEqualTo(Ratio.of("1.5"));
    assertThat(r).hasToString("Deal throughput = 1.5 (90 days → 60 days cycle with the same capacity:"
        + " 50% more deals a year)");
  }

  @Test
  void aLongerCycleMeansFewerDeals() {
    MetricResult<Ratio> r = CycleThroughput.dealsMultiplier(Duration.ofDays(60), Duration.ofDays(90));

    assertThat(r.value().toString(4, java.math.RoundingMode.HALF_EVEN)).isEqualTo("0.6667");
    assertThat(r.explanation().orElseThrow()).endsWith("33.33% fewer deals a year");
    assertThat(CycleThroughput.dealsMultiplier(30, 30).explanation().orElseThrow()).endsWith("the same number of deals a year");
  }

  @Test
  void nonPositiveCyclesAreRejected() {
    // the whole-day variant names its parameter (#12: Long.MAX_VALUE days was an ArithmeticException)
    assertThatThrownBy(() -> CycleThroughput.dealsMultiplier(90, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetDays must be in [1, 106751991167300]: 0");
    assertThatThrownBy(() -> CycleThroughput.dealsMultiplier(-1, 60))
        .hasMessage("currentDays must be in [1, 106751991167300]: -1");
    assertThatThrownBy(() -> CycleThroughput.dealsMultiplier(java.time.Duration.ZERO, java.time.Duration.ofDays(1)))
        .hasMessage("current cycle must be positive: PT0S");
  }
}
