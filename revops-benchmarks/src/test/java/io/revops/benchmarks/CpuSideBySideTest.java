package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CPU side-by-side harness at a tiny size, silently (no timing is asserted, only the shape of its output). */
class CpuSideBySideTest {
  @Test
  void measuresEveryWorkloadAndPrintsOneRowOfThem() {
    Map<String, Double> medians = CpuSideBySide.measure(BenchData.generate(5_000), 0, 1);
    assertThat(medians).containsKeys(CpuSideBySide.WORKLOADS.toArray(String[]::new));
    CpuSideBySide.WORKLOADS.forEach(w -> assertThat(medians.get(w)).as(w).isNotNegative());
    CpuSideBySide.RATIOS.forEach(w -> assertThat(medians.get(w + CpuSideBySide.RATIO)).as(w).isNotNegative());
    String row = CpuSideBySide.row("after, 1", medians);
    assertThat(row).startsWith("| after, 1 |").endsWith(" |");
    String[] header = CpuSideBySide.header().split("\n");
    assertThat(header).hasSize(2);
    // as many columns in the row as in the header and its rule
    assertThat(row.chars().filter(c -> c == '|').count()).isEqualTo(header[0].chars().filter(c -> c == '|').count())
        .isEqualTo(header[1].chars().filter(c -> c == '|').count()).isEqualTo(CpuSideBySide.WORKLOADS.size() + CpuSideBySide.RATIOS.size() + 2);
  }

  @Test
  void refusesNoMeasuredRound() {
    assertThatThrownBy(() -> CpuSideBySide.measure(BenchData.generate(1_000), 2, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds");
  }
}
