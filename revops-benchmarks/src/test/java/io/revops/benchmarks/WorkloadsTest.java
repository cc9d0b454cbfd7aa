package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that revops and DuckDB compute the same results on a tiny data set, and runs the JMH benchmarks and the
 * side-by-side harness once. Needs DuckDB: runs under {@code -Pbench} only (tag {@code duckdb}); the workloads
 * without DuckDB are {@link WorkloadsSmokeTest}'s. No timing is asserted.
 */
@Tag("duckdb")
class WorkloadsTest {
  static BenchData data;
  static DuckDb db;

  @BeforeAll
  static void load() throws Exception {
    data = BenchData.generate(20_000);
    db = DuckDb.load(data);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void loadsTheSameEventsIntoBothSides() throws Exception {
    assertThat(data.events()).isBetween(15_000L, 25_000L);
    assertThat(db.count("events")).isEqualTo(data.events());
    assertThat(db.count("mrr")).isEqualTo(data.mrr().size());
  }

  @Test
  void w1RevopsAndDuckDbAgree() throws Exception {
    assertThat(Check.w1(data, db)).isPositive();
    SortedMap<String, Long> w1 = db.w1(data.asOf());
    long mqls = data.histories().stream().filter(h -> h.becameMqlAt().isPresent()).count();
    assertThat(w1.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(mqls);
    assertThat(w1.keySet()).anyMatch(k -> k.endsWith("|MET")).anyMatch(k -> k.endsWith("|BREACHED"));
  }

  @Test
  void w3RevopsAndDuckDbAgree() throws Exception {
    assertThat(Check.w3(data, db)).isGreaterThan(10);
    List<Workloads.W3Row> rows = db.w3();
    assertThat(rows).anyMatch(r -> r.churn().signum() > 0).anyMatch(r -> r.expansion().signum() > 0);
  }

  @Test
  void duckDbFromJsonLinesFilesAnswersLikeDuckDbLoadedInMemory(@TempDir Path dir) throws Exception {
    try (io.revops.examples.io.JsonlWriter w = io.revops.examples.io.JsonlWriter.create(dir, true)) {
      io.revops.examples.data.SampleDataGenerator.of(io.revops.examples.data.SampleConfig.forEvents(20_000)).generate(w);
    }
    try (DuckDb files = DuckDb.fromJsonLines(dir)) {
      assertThat(files.w1(data.asOf())).isNotEmpty().isEqualTo(db.w1(data.asOf()));
      assertThat(files.w3()).isNotEmpty().isEqualTo(db.w3());
      assertThat(files.endOfEvents()).isAfter(data.asOf().minusSeconds(86_400 * 31));
    }
  }

  @Test
  void everyJmhBenchmarkRunsOnce() throws Exception {
    RevOpsBenchmarks b = new RevOpsBenchmarks();
    b.events = 20_000;
    b.setUp();
    try {
      assertThat(b.floor()).isPositive();
      assertThat(b.w1Revops()).isEqualTo(b.w1DuckDb()).isEqualTo(b.w1RevopsDirect()).isEqualTo(b.w1RevopsParallel());
      assertThat(b.w2Revops()).isEqualTo(b.w2RevopsParallel()).isEqualTo(b.w2RevopsWithoutTraces());
      assertThat(b.w3Revops()).hasSameSizeAs(b.w3DuckDb());
      assertThat(b.w4Revops()).hasSize(3);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void theHarnessRunsAtATinySize(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("results.md");
    SideBySide.main(new String[] {"--events=20000", "--rounds=1", "--warmup=0", "--scaling=10000,20000",
        "--out=" + out});
    assertThat(Files.readString(out)).contains("| W1 DuckDB SQL", "| W2 revops", "### Scaling");
  }
}
