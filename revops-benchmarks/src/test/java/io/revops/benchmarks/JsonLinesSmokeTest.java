package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines benchmark's data and reader at a tiny size, in the default build (the full-size set-up is
 * {@link JsonLinesBenchmarksTest}, under {@code -Pbench}).
 */
class JsonLinesSmokeTest {
  @Test
  void theGeneratedLinesAreReadBackOneEventPerLine() throws Exception {
    byte[] lines = JsonLinesBenchmarks.generate(500);

    assertThat(new String(lines, StandardCharsets.UTF_8).lines().count()).isEqualTo(500);
    assertThat(JsonLinesBenchmarks.streaming(lines)).isEqualTo(500);
  }

  @Test
  void aTruncatedLastLineIsReportedNotCounted() {
    byte[] lines = JsonLinesBenchmarks.generate(20);
    ByteArrayOutputStream cut = new ByteArrayOutputStream();
    cut.write(lines, 0, lines.length - 10);

    // the benchmark's reader treats a bad line as a failure of the generated data
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonLinesBenchmarks.streaming(cut.toByteArray()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bad line");
  }
}
