package io.revops.benchmarks;

import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaReport;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH benchmarks: one call of each workload over a whole generated data set per operation (average time).
 * The data set and the DuckDB database are built once per trial and not timed; the setup also checks that
 * revops and DuckDB agree. Run them with {@code org.openjdk.jmh.Main}, e.g.
 * {@code java -cp ... org.openjdk.jmh.Main RevOpsBenchmarks -p events=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.util.logging.config.file=/dev/null"})
public class RevOpsBenchmarks {
  /** The number of events generated (about 3.8 per lead). */
  @Param("100000")
  public long events;

  BenchData data;
  DuckDb db;
  SlaEvaluator w1;
  SlaEvaluator w2;
  SlaEvaluator w2Lean;
  RevenueAnalysis w3;
  Criterion mql;

  /** Generates the data, loads DuckDB and checks that both sides agree. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    data = BenchData.generate(events);
    db = DuckDb.load(data);
    Check.w1(data, db);
    Check.w3(data, db);
    w1 = Workloads.w1Evaluator();
    w2 = Workloads.w2Evaluator();
    w2Lean = w2.withoutTraces();
    w3 = Workloads.w3Analysis(data);
    mql = HandbookCriteria.mql();
  }

  /** Closes DuckDB. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    db.close();
  }

  /** The floor: read every event's timestamp. */
  @Benchmark
  public long floor() {
    return Workloads.floor(data.histories());
  }

  /** W1 with the SLA evaluator. */
  @Benchmark
  public SortedMap<String, Long> w1Revops() {
    return Workloads.w1(w1, data.inputsWithoutLeadData(), data.asOf());
  }

  /** W1 with the SLA evaluator on every core. */
  @Benchmark
  public SortedMap<String, Long> w1RevopsParallel() {
    return Workloads.w1Parallel(w1, data.inputsWithoutLeadData(), data.asOf());
  }

  /** W1 in one pass over the histories. */
  @Benchmark
  public SortedMap<String, Long> w1RevopsDirect() {
    return Workloads.w1Direct(data.histories(), data.asOf());
  }

  /** W1 in DuckDB SQL. */
  @Benchmark
  public SortedMap<String, Long> w1DuckDb() throws SQLException {
    return db.w1(data.asOf());
  }

  /** W2 on one thread. */
  @Benchmark
  public SlaReport w2Revops() {
    return Workloads.w2(w2, data.inputs(), data.asOf());
  }

  /** W2 on one thread, without traces. */
  @Benchmark
  public SlaReport w2RevopsWithoutTraces() {
    return Workloads.w2(w2Lean, data.inputs(), data.asOf());
  }

  /** W2 on every core. */
  @Benchmark
  public SlaReport w2RevopsParallel() {
    return Workloads.w2Parallel(w2, data.inputs(), data.asOf());
  }

  /** W3 with revops. */
  @Benchmark
  public List<Workloads.W3Row> w3Revops() {
    return Workloads.w3(w3);
  }

  /** W3 in DuckDB SQL. */
  @Benchmark
  public List<Workloads.W3Row> w3DuckDb() throws SQLException {
    return db.w3();
  }

  /** W4. */
  @Benchmark
  public long[] w4Revops() {
    return Workloads.w4(mql, data.leads(), data.histories());
  }
}
