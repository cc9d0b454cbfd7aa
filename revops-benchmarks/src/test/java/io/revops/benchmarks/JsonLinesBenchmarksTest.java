package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
