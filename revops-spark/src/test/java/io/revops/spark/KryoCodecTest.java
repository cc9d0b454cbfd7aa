package io.revops.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionCode;
import io.revops.examples.data.SampleCollector;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.healthcheck.HealthOptions;
import io.revops.metrics.cycle.SalesCycleAccumulator;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.sla.SlaAccumulator;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What Spark does to a buffer between tasks: Java serialization of a Partial, whose form is Kryo bytes. */
class KryoCodecTest {
  private static final SampleDataGenerator GENERATOR = SampleDataGenerator.of(SampleConfig.standard(15));
  private static final SampleCollector DATA = SampleCollector.collect(GENERATOR);
  private static final List<LeadEventHistory> HISTORIES = LeadEventHistory.groupByLead(DATA.events());

  @SuppressWarnings("unchecked")
  private static <T> T throughJavaSerialization(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void anSlaAccumulatorComesBackWithTheSameReportAndMergesOn() throws Exception {
    Instant asOf = GENERATOR.end();
    SlaEvaluator evaluator = SlaEvaluator.of(SlaAgreement.handbook(HealthOptions.moscowWorkingCalendar()));
    SlaAccumulator first = evaluator.accumulator(asOf);
    SlaAccumulator second = evaluator.accumulator(asOf);
    SlaAccumulator all = evaluator.accumulator(asOf);
    for (int i = 0; i < HISTORIES.size(); i++) {
      var verdicts = evaluator.evaluate(SlaInput.of(HISTORIES.get(i)), asOf);
      (i % 3 == 0 ? first : second).add(verdicts);
      all.add(verdicts);
    }
    Partial<SlaAccumulator> back = throughJavaSerialization(Partial.of(first));
    assertThat(back.accumulator()).isNotSameAs(first);
    assertThat(back.accumulator().result()).isEqualTo(first.result());
    // a shipped accumulator still merges: its agreement came back equal
    Partial<SlaAccumulator> secondBack = throughJavaSerialization(Partial.of(second));
    assertThat(back.merge(secondBack, SlaAccumulator::merge).accumulator().result()).isEqualTo(all.result());
    // an empty one too
    assertThat(throughJavaSerialization(Partial.of(evaluator.accumulator(asOf))).accumulator().result())
        .isEqualTo(evaluator.accumulator(asOf).result());
  }

  @Test
  void salesCycleAndLedgerComeBackEqual() throws Exception {
    SalesCycleAccumulator cycle = SalesCycleAccumulator.of(GENERATOR.end());
    HISTORIES.forEach(cycle::add);
    assertThat(throughJavaSerialization(Partial.of(cycle)).accumulator().result()).isEqualTo(cycle.result());
    RevenueLedger.Builder ledger = RevenueLedger.builder();
    DATA.mrr().forEach(m -> ledger.add(RevenueRecord.of(m.customerId(), m.month(), m.mrr())));
    assertThat(throughJavaSerialization(Partial.of(ledger)).accumulator().result()).isEqualTo(ledger.result());
  }

  @Test
  void unmodifiableCollectionsEnumMapsAndRecordsComeBackEqual() {
    EnumMap<RejectionCode, Long> codes = new EnumMap<>(RejectionCode.class);
    codes.put(RejectionCode.NO_BUDGET, 3L);
    List<Object> values = List.of(List.of(), List.of(1), List.of(1, 2, 3), Set.of("a", "b", "c"), Map.of("k", 1),
        Collections.unmodifiableSortedMap(new TreeMap<>(Map.of("b", 2, "a", 1))), ImmutableList.of("x", "y"),
        ImmutableMap.of("k", "v"), ImmutableSortedMap.of("z", 1, "a", 2), codes,
        new EnumMap<RejectionCode, Long>(RejectionCode.class), HISTORIES.get(0).events(),
        io.revops.core.lead.LeadId.of("L1"));
    for (Object v : values) {
      Object back = KryoCodec.read(KryoCodec.write(v));
      assertThat(back).as("%s", v).isEqualTo(v);
    }
    // an empty enum map keeps its key type: it still takes keys
    @SuppressWarnings("unchecked")
    EnumMap<RejectionCode, Long> empty = (EnumMap<RejectionCode, Long>) KryoCodec.read(KryoCodec.write(
        new EnumMap<RejectionCode, Long>(RejectionCode.class)));
    empty.put(RejectionCode.NO_NEED, 1L);
    assertThat(empty).containsEntry(RejectionCode.NO_NEED, 1L);
  }
}
