package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Evaluation is a pure function: input order, partitioning and parallelism do not change it. */
class EvaluationPropertiesTest {
  private static final SlaEvaluator EVALUATOR = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()))
      .withCriteriaCheck(RandomLeads::check);

  private static List<SlaInput> inputs(List<RandomLeads.Raw> raws) {
    return raws.stream().map(RandomLeads.Raw::input).toList();
  }

  @Test
  void independentOfEventAndLeadInputOrder() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 25)).checkAssert((seed, n) -> {
      List<RandomLeads.Raw> raws = RandomLeads.generate(seed, n);
      Random shuffle = new Random(seed ^ 0x5DEECE66DL);
      List<SlaInput> shuffled = new ArrayList<>();
      for (RandomLeads.Raw raw : raws) {
        List<LeadEvent> events = new ArrayList<>(raw.events());
        Collections.shuffle(events, shuffle);
        LeadEventHistory h = LeadEventHistory.of(raw.id(), events);
        shuffled.add(raw.lead().map(l -> SlaInput.of(h, l)).orElseGet(() -> SlaInput.of(h)));
      }
      Collections.shuffle(shuffled, shuffle);
      assertThat(EVALUATOR.evaluate(shuffled, RandomLeads.AS_OF))
          .isEqualTo(EVALUATOR.evaluate(inputs(raws), RandomLeads.AS_OF));
    });
  }

  @Test
  void anyPartitionMergedInAnyOrderEqualsTheWhole() {
    qt().withExamples(40).forAll(longs().all(), integers().between(0, 30), integers().between(1, 6))
        .checkAssert((seed, n, parts) -> {
          List<SlaInput> in = inputs(RandomLeads.generate(seed, n));
          SlaReport whole = EVALUATOR.evaluate(in, RandomLeads.AS_OF).report();
          Random r = new Random(seed);
          List<SlaAccumulator> accs = new ArrayList<>();
          for (int i = 0; i < parts; i++) {
            accs.add(EVALUATOR.accumulator(RandomLeads.AS_OF));
          }
          for (SlaInput i : in) {
            accs.get(r.nextInt(parts)).add(EVALUATOR.evaluate(i, RandomLeads.AS_OF));
          }
          Collections.shuffle(accs, r);
          SlaAccumulator merged = accs.get(0);
          for (int i = 1; i < accs.size(); i++) {
            merged.merge(accs.get(i));
          }
          assertThat(merged.result()).isEqualTo(whole);
        });
  }

  @Test
  void parallelStreamingEqualsSequentialAndTheKeptEvaluation() {
    qt().withExamples(15).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
      List<SlaInput> in = inputs(RandomLeads.generate(seed, n));
      List<LeadVerdicts> sunk = Collections.synchronizedList(new ArrayList<>());
      SlaReport parallel = EVALUATOR.evaluate(in.parallelStream(), RandomLeads.AS_OF, sunk::add);
      SlaReport sequential = EVALUATOR.evaluate(in.iterator(), RandomLeads.AS_OF, v -> { });
      SlaEvaluation kept = EVALUATOR.evaluate(in, RandomLeads.AS_OF);
      assertThat(parallel).isEqualTo(sequential).isEqualTo(kept.report());
      assertThat(sunk).hasSize(n).containsExactlyInAnyOrderElementsOf(kept.leads());
    });
  }

  @Test
  void everyPerLeadObligationGetsOneVerdictPerLeadAndCountsAddUp() {
    qt().withExamples(30).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, n) -> {
      SlaEvaluation e = EVALUATOR.evaluate(inputs(RandomLeads.generate(seed, n)), RandomLeads.AS_OF);
      e.report().compliance().forEach((k, c) -> {
        assertThat(c.total()).isEqualTo((long) n);
        assertThat(e.report().complianceBySource(k).values().stream().mapToLong(StatusCounts::total).sum())
            .isEqualTo((long) n);
        assertThat(e.report().complianceByWeek(k).values().stream().mapToLong(StatusCounts::total).sum())
            .isEqualTo(e.report().mqls());
      });
      assertThat(e.report().speedToLead().total().mqls()).isEqualTo(e.report().mqls());
    });
  }

  @Test
  void aSettledSalesVerdictStaysSettledLater() {
    // MET and BREACHED are final for the clock and decision obligations: later events never reopen them
    // (rejection-reason is left out: "every rejection" can be broken by a later second rejection)
    List<String> keys = List.of("first-contact", "attempts", "steps-in-order");
    qt().withExamples(30).forAll(longs().all(), integers().between(1, 20), integers().between(1, 40))
        .checkAssert((seed, n, daysEarlier) -> {
          List<SlaInput> in = inputs(RandomLeads.generate(seed, n));
          java.time.Instant earlier = RandomLeads.AS_OF.minus(java.time.Duration.ofDays(daysEarlier));
          SlaEvaluation then = EVALUATOR.evaluate(in, earlier);
          SlaEvaluation now = EVALUATOR.evaluate(in, RandomLeads.AS_OF);
          for (int i = 0; i < in.size(); i++) {
            LeadVerdicts a = then.leads().get(i);
            LeadVerdicts b = now.leads().get(i);
            for (String k : keys) {
              VerdictStatus before = a.verdict(k).orElseThrow().status();
              if (before == VerdictStatus.MET || before == VerdictStatus.BREACHED) {
                assertThat(b.verdict(k).orElseThrow().status()).as("%s %s", a.leadId(), k).isEqualTo(before);
              }
            }
          }
        });
  }
}
