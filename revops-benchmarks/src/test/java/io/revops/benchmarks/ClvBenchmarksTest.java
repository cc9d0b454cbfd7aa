package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.revops.metrics.clv.BgNbdModel;
import org.junit.jupiter.api.Test;

/** The CLV benchmark runs once at a small size, and its data are the process it claims to be. */
class ClvBenchmarksTest {
  @Test
  void theFitRecoversTheParametersItsCustomersWereDrawnWith() {
    ClvBenchmarks b = new ClvBenchmarks();
    b.customers = 20_000;
    b.setUp();
    BgNbdModel m = b.fitBgNbd();
    assertThat(m.fit().converged()).isTrue();
    // within about three standard errors of the truth at this size
    assertThat(m.r()).isCloseTo(0.243, within(0.03));
    assertThat(m.alpha()).isCloseTo(4.414, within(1.0));
  }
}
