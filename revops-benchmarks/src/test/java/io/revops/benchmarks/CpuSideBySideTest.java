package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.examples.data.GenerateSample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU side-by-side harness at a tiny size, silently (no timing is asserted, only the shape of its output). */
class CpuSideBySideTest {
  @Test
  void measuresEveryWorkloadAndPrintsOneRowOfThem() {
    Map<String, Double> medians = CpuSideBySide.measure(CpuSideBySide.Data.of(BenchData.generate(5_000)), 0, 1);
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
  void readsAFolderIntoTheSameLeadsAndEventsAsGenerated(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertThat(GenerateSample.run(new String[] {"--events", "3000", "--out", dir.toString()}, print, print))
        .as(out.toString(StandardCharsets.UTF_8)).isZero();
    BenchData generated = BenchData.generate(3_000);
    CpuSideBySide.Data read = CpuSideBySide.Data.read(dir, 3_000);
    assertThat(read.histories()).isEqualTo(generated.histories());
    assertThat(read.leads()).isEqualTo(generated.leads());
    assertThat(read.asOf()).isEqualTo(generated.asOf());
    assertThat(read.generated()).isEmpty();
    Map<String, Double> medians = CpuSideBySide.measure(read, 0, 1);
    // W3 needs the generated ledger: not measured on read data, and shown as a dash
    assertThat(medians).doesNotContainKey("W3").containsKeys("floor", "W1 traces", "W1 lean", "W4");
    assertThat(CpuSideBySide.row("read", medians)).contains(" – |");
  }

  @Test
  void refusesNoMeasuredRound() {
    assertThatThrownBy(() -> CpuSideBySide.measure(CpuSideBySide.Data.of(BenchData.generate(1_000)), 2, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds");
  }
}
