package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark's own set-up at its full size (200,000 events, some 30 s): under {@code -Pbench} only. */
@Tag("slow")
class JsonLinesBenchmarksTest {
  @Test
  void everyReaderReadsEveryEventOnce() throws Exception {
    JsonLinesBenchmarks b = new JsonLinesBenchmarks();
    b.setUp();
    assertThat(b.streamingPlain()).isEqualTo(JsonLinesBenchmarks.EVENTS);
    assertThat(b.streamingGzip()).isEqualTo(JsonLinesBenchmarks.EVENTS);
    assertThat(b.treePerLine()).isEqualTo(JsonLinesBenchmarks.EVENTS);
    assertThat(b.gzip.length).isLessThan(b.plain.length / 3);
  }
}
