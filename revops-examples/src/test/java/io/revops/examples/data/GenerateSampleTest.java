package io.revops.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSampleTest {
  @Test
  void writesADataFolderOfTheRequestedSize(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = GenerateSample.run(new String[] {"--leads-per-month", "5", "--seed", "7", "--plain", "--out",
        dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 120 leads", "seed=7");
    try (var lines = Files.lines(dir.resolve("leads.jsonl"))) {
      assertThat(lines.count()).isEqualTo(120);
    }
    assertThat(dir.resolve("events.jsonl")).isRegularFile();
  }

  @Test
  void sizesByEventCount(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = GenerateSample.run(new String[] {"--events", "2000", "--out", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("leadsPerMonth=" + SampleConfig.forEvents(2000).leadsPerMonth());
    assertThat(dir.resolve("events.jsonl.gz")).isRegularFile();
  }

  @Test
  void badArgumentsExitWithTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(GenerateSample.run(new String[] {"--leads-per-month", "5"}, System.out, e)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out DIR is required");
    assertThat(GenerateSample.run(new String[] {"--leads-per-month", "0", "--out", "x"}, System.out, e)).isEqualTo(2);
    assertThat(GenerateSample.run(new String[] {"--frobnicate"}, System.out, e)).isEqualTo(2);
  }
}
