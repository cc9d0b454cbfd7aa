package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * An accumulator of distinct leads keeps nothing per lead (so the streaming health check's heap does not grow
 * with the leads) and gives, for leads that are distinct, the report of the accumulator that tracks each lead,
 * whatever the split into partitions and the merge order.
 */
class DistinctLeadsAccumulatorTest {
  private static final Instant START = msk("2026-09-01T09:00");
  private static final Instant AS_OF = msk("2026-11-30T00:00");
  private static final SlaEvaluator EVALUATOR = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()));
  private static final String[] SOURCES = {"webinar", "paid_search", "referral", "site"};
  private static final AttemptOutcome[] OUTCOMES = AttemptOutcome.values();

  private static List<SlaInput> leads(int n, long seed) {
    Random random = new Random(seed);
    List<SlaInput> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = START.plusSeconds(random.nextInt(80 * 86_400));
      var b = mql("L-" + i, at, SOURCES[random.nextInt(SOURCES.length)]);
      int attempts = random.nextInt(4);
      Instant t = at;
      for (int k = 0; k < attempts; k++) {
        t = t.plusSeconds(60 + random.nextInt(3 * 86_400));
        b = b.contactAttempt(t, "rep-" + random.nextInt(3), ContactChannel.PHONE,
            OUTCOMES[random.nextInt(OUTCOMES.length)]);
      }
      LeadEventHistory h = b.build();
      out.add(SlaInput.of(h));
    }
    return out;
  }

  @Test
  void givesTheTrackedReportForDistinctLeadsWhateverTheSplitAndOrder() {
    List<SlaInput> in = new ArrayList<>(leads(300, 5));
    SlaReport expected = EVALUATOR.evaluate(in, AS_OF).report();
    assertThat(expected.mqls()).isEqualTo(300);
    Random random = new Random(18);
    for (int round = 0; round < 10; round++) {
      Collections.shuffle(in, random);
      List<SlaAccumulator> parts = List.of(EVALUATOR.accumulatorOfDistinctLeads(AS_OF),
          EVALUATOR.accumulatorOfDistinctLeads(AS_OF), EVALUATOR.accumulatorOfDistinctLeads(AS_OF));
      for (SlaInput i : in) {
        parts.get(random.nextInt(3)).add(EVALUATOR.evaluate(i, AS_OF));
      }
      List<SlaAccumulator> order = new ArrayList<>(parts);
      Collections.shuffle(order, random);
      SlaReport merged = order.get(0).merge(order.get(1)).merge(order.get(2)).result();
      assertThat(merged).isEqualTo(expected);
      assertThat(merged.toString()).isEqualTo(expected.toString());
    }
  }

  @Test
  void mergesOnlyWithItsKindAndCountsACopyAgainAsDocumented() {
    SlaAccumulator distinct = EVALUATOR.accumulatorOfDistinctLeads(AS_OF);
    assertThat(distinct.isOfDistinctLeads()).isTrue();
    assertThat(EVALUATOR.accumulator(AS_OF).isOfDistinctLeads()).isFalse();
    assertThatThrownBy(() -> distinct.merge(EVALUATOR.accumulator(AS_OF)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct leads");
    SlaInput one = leads(1, 9).get(0);
    distinct.add(EVALUATOR.evaluate(one, AS_OF)).add(EVALUATOR.evaluate(one, AS_OF));
    // the caller's guarantee was broken: counted twice, no anomaly (the tracking accumulator would report it)
    assertThat(distinct.result().leads()).isEqualTo(2);
    assertThat(distinct.result().anomalies()).noneMatch(a -> a.kind() == SlaAnomaly.Kind.DUPLICATE_LEAD);
  }
}
