package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * #12: a duplicated lead was counted twice by {@code evaluate(Stream)}, {@code evaluate(Iterator)} and
 * accumulator merges, with no anomaly. Every path now counts it once, reports one DUPLICATE_LEAD, and gives a report
 * that does not depend on the order of the input, even when the copies differ.
 */
class DuplicateLeadsTest {
  private static final Instant MQL = msk("2026-11-02T10:00");
  private static final Instant AS_OF = msk("2026-11-30T00:00");
  private static final SlaEvaluator EVALUATOR = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()));

  private static List<SlaInput> inputs() {
    LeadEventHistory fast = mql("L-1", MQL, "webinar")
        .contactAttempt(MQL.plusSeconds(600), "rep", ContactChannel.PHONE, AttemptOutcome.REACHED).build();
    // another copy of L-1 from a second export, without the contact: the copies differ
    LeadEventHistory slow = mql("L-1", MQL, "webinar").build();
    LeadEventHistory other = mql("L-2", MQL.plusSeconds(3600), "paid_search").build();
    return List.of(SlaInput.of(fast), SlaInput.of(other), SlaInput.of(slow), SlaInput.of(fast));
  }

  private static SlaReport once() {
    return EVALUATOR.evaluate(List.of(inputs().get(0), inputs().get(1)), AS_OF).report();
  }

  @Test
  void everyPathCountsADuplicatedLeadOnceWithOneAnomaly() {
    List<SlaInput> in = inputs();
    SlaReport collection = EVALUATOR.evaluate(in, AS_OF).report();
    SlaReport stream = EVALUATOR.evaluate(in.stream(), AS_OF, v -> { });
    SlaReport parallel = EVALUATOR.evaluate(in.parallelStream(), AS_OF, v -> { });
    SlaReport iterator = EVALUATOR.evaluate(in.iterator(), AS_OF, v -> { });
    for (SlaReport r : List.of(collection, stream, parallel, iterator)) {
      assertThat(r.leads()).isEqualTo(2);
      assertThat(r.mqls()).isEqualTo(2);
      assertThat(r.anomalies()).filteredOn(a -> a.kind() == SlaAnomaly.Kind.DUPLICATE_LEAD).singleElement()
          .satisfies(a -> {
            assertThat(a.leadId().value()).isEqualTo("L-1");
            assertThat(a.message()).isEqualTo("lead L-1 appeared 3 times in the input; counted once");
          });
      assertThat(r.toString()).isEqualTo(collection.toString());
    }
    // one copy counts: the compliance is that of two leads, as without the extra copies (whichever copy counts)
    assertThat(collection.compliance()).allSatisfy((key, counts) -> assertThat(counts.total()).isEqualTo(2));
    assertThat(EVALUATOR.evaluate(in, AS_OF).leads()).hasSize(2);
    assertThat(once().leads()).isEqualTo(2);
  }

  @Test
  void mergedAccumulatorsCountALeadBothSawOnceWhateverTheSplitAndOrder() {
    List<SlaInput> in = new ArrayList<>(inputs());
    SlaReport expected = EVALUATOR.evaluate(in, AS_OF).report();
    Random random = new Random(12);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(in, random);
      SlaAccumulator a = EVALUATOR.accumulator(AS_OF);
      SlaAccumulator b = EVALUATOR.accumulator(AS_OF);
      for (SlaInput i : in) {
        (random.nextBoolean() ? a : b).add(EVALUATOR.evaluate(i, AS_OF));
      }
      SlaReport merged = random.nextBoolean() ? a.merge(b).result() : b.merge(a).result();
      assertThat(merged.toString()).isEqualTo(expected.toString());
      assertThat(merged.compliance()).isEqualTo(expected.compliance());
      assertThat(merged.anomalies()).isEqualTo(expected.anomalies());
      assertThat(EVALUATOR.evaluate(in, AS_OF).report().compliance()).isEqualTo(expected.compliance());
    }
  }
}
