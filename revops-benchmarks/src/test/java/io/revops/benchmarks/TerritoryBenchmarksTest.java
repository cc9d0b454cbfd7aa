package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.metrics.territory.TerritoryPlan;
import org.junit.jupiter.api.Test;

/** The territory benchmarks run once at a tiny size, so they cannot rot. */
class TerritoryBenchmarksTest {
  @Test
  void everyBenchmarkRunsOnce() {
    TerritoryBenchmarks b = new TerritoryBenchmarks();
    b.accounts = 300;
    b.reps = 6;
    b.setUp();
    TerritoryPlan plan = b.plan();
    assertThat(plan.unassigned()).isEmpty();
    assertThat(plan.gapToBound()).isLessThan(0.02);
    TerritoryPlan re = b.replanAfterARepLeaves();
    assertThat(re.shares()).hasSize(5);
    assertThat(re.moved()).isNotEmpty();
  }
}
