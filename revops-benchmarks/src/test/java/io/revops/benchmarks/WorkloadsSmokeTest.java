package io.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.qualification.HandbookCriteria;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every revops workload once on a tiny data set so none of them rots, without DuckDB and silently: the
 * default build's smoke test of this module ({@link WorkloadsTest} compares with DuckDB under {@code -Pbench}).
 * No timing is asserted.
 */
class WorkloadsSmokeTest {
  static BenchData data;

  @BeforeAll
  static void load() {
    data = BenchData.generate(20_000);
  }

  @Test
  void aDifferenceFailsLoudly() {
    SortedMap<String, Long> a = new TreeMap<>(Workloads.w1Direct(data.histories(), data.asOf()));
    SortedMap<String, Long> b = new TreeMap<>(a);
    String first = b.firstKey();
    b.put(first, b.get(first) + 1);
    assertThatThrownBy(() -> Check.same("W1 test", a, b)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(first);
  }

  @Test
  void w2SingleAndParallelGiveTheSameReport() {
    var evaluator = Workloads.w2Evaluator();
    SlaReport single = Workloads.w2(evaluator, data.inputs(), data.asOf());
    assertThat(Workloads.w2Parallel(evaluator, data.inputs(), data.asOf())).isEqualTo(single);
    assertThat(single.leads()).isEqualTo(data.leadCount());
    assertThat(single.compliance()).containsKeys("first-contact", "attempts", "rejection-reason");
  }

  @Test
  void w4QualifiesEveryLead() {
    long[] counts = Workloads.w4(HandbookCriteria.mql(), data.leads(), data.histories());
    assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(data.leadCount());
    assertThat(counts[1]).isPositive();
  }

  @Test
  void w4ReadingTheExplanationsCountsTheSameOutcomes() {
    long[] counts = Workloads.w4(HandbookCriteria.mql(), data.leads(), data.histories());
    long[] explained = Workloads.w4Explained(HandbookCriteria.mql(), data.leads(), data.histories());
    long[] tree = Workloads.w4Tree(HandbookCriteria.mql(), data.leads(), data.histories());
    assertThat(java.util.Arrays.copyOf(explained, 3)).isEqualTo(counts);
    assertThat(java.util.Arrays.copyOf(tree, 3)).isEqualTo(counts);
    // the tree holds every reason, and more: the text read is really there
    assertThat(explained[3]).isPositive();
    assertThat(tree[3]).isGreaterThan(explained[3]);
  }

  @Test
  void w2ReadingEveryExplanationGivesTheSameReport() {
    SlaEvaluator evaluator = Workloads.w2Evaluator();
    long[] read = new long[1];
    SlaReport explained = Workloads.w2Explained(evaluator, data.inputs(), data.asOf(), read);
    assertThat(explained).isEqualTo(Workloads.w2(evaluator, data.inputs(), data.asOf()));
    assertThat(read[0]).isGreaterThan(data.leadCount()); // every verdict has a reason of some length
  }

  @Test
  void w2DataFloorReadsMoreThanTheEventFloor() {
    long events = Workloads.floor(data.histories());
    // the same instants plus kinds and the MQLs' lead data: strictly more, since the sample has MQLs with data
    assertThat(Workloads.floorW2(data.inputs())).isGreaterThan(events);
    assertThat(Workloads.floorW2(data.inputsWithoutLeadData())).isGreaterThan(events);
  }

  @Test
  void floorReadsEveryEvent() {
    long expected = data.histories().stream().flatMap(h -> h.events().stream())
        .mapToLong(e -> e.at().getEpochSecond()).sum();
    assertThat(Workloads.floor(data.histories())).isEqualTo(expected);
  }

  @Test
  void streamsW2FromJsonLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.jsonl");
    long written = StreamingMemory.write(5_000, file);
    assertThat(Files.lines(file).count()).isEqualTo(written);
    BenchData same = BenchData.generate(5_000);
    StreamingMemory.Result r = StreamingMemory.stream(file, same.asOf());
    assertThat(r.events()).isEqualTo(written);
    assertThat(r.leads()).isEqualTo(same.leadCount());
    assertThat(r.mqls()).isEqualTo(Workloads.w2(Workloads.w2Evaluator(), same.inputs(), same.asOf()).mqls());
  }
}
