package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;

/**
 * The CRM import benchmark runs once at a tiny size, and revops-io and DuckDB read the same totals. Needs DuckDB:
 * runs under {@code -Pbench} only.
 */
@Tag("duckdb")
class CrmImportBenchmarkTest {
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"sorted", "shuffled"})
  void bothSidesReadTheSameExport(String order) throws Exception {
    CrmImportBenchmark b = new CrmImportBenchmark();
    b.rows = 5_000;
    b.order = order;
    b.setUp();
    try {
      CrmImportBenchmark.Totals revops = b.revopsImport();
      CrmImportBenchmark.Totals duck = b.duckdbReadCsv();
      assertThat(revops.leads()).isEqualTo(5_000).isEqualTo(duck.leads());
      assertThat(revops.won()).isPositive().isEqualTo(duck.won());
      assertThat(revops.wonTotal()).isEqualByComparingTo(duck.wonTotal());
    } finally {
      b.tearDown();
    }
  }
}
