package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Verdicts decide their status at once and build their reason and trace when first read, by judging the
 * obligation again: the explanation must not depend on when, how often or on which thread it is read.
 */
class ExplainedOnReadTest {
  private static final SlaEvaluator EVALUATOR = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()))
      .withCriteriaCheck(RandomLeads::check);

  private static List<SlaInput> inputs(long seed, int n) {
    return RandomLeads.generate(seed, n).stream().map(RandomLeads.Raw::input).toList();
  }

  @Test
  void theExplanationReadLaterEqualsOneReadAtOnceAndIsReadOnce() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, n) -> {
      for (SlaInput in : inputs(seed, n)) {
        LeadVerdicts early = EVALUATOR.evaluate(in, RandomLeads.AS_OF);
        List<String> readAtOnce = new ArrayList<>();
        early.verdicts().values().forEach(v -> readAtOnce.add(v.reason() + "\n" + v.trace()));
        LeadVerdicts late = EVALUATOR.evaluate(in, RandomLeads.AS_OF);
        late.verdicts().values().forEach(v -> EVALUATOR.evaluate(in, RandomLeads.AS_OF)); // other work between
        List<String> readLater = new ArrayList<>();
        late.verdicts().values().forEach(v -> readLater.add(v.reason() + "\n" + v.trace()));
        assertThat(readLater).isEqualTo(readAtOnce);
        assertThat(late).isEqualTo(early).hasSameHashCodeAs(early);
        late.verdicts().values().forEach(v -> {
          assertThat(v.reason()).isNotBlank().isSameAs(v.reason());
          assertThat(v.trace()).isSameAs(v.trace());
        });
      }
    });
  }

  @Test
  void theDueIsKnownBeforeTheExplanationAndEqualsTheTracesDue() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, n) -> {
      for (SlaInput in : inputs(seed, n)) {
        List<java.util.Optional<Instant>> dues = new ArrayList<>();
        LeadVerdicts lead = EVALUATOR.evaluate(in, RandomLeads.AS_OF);
        lead.verdicts().values().forEach(v -> dues.add(v.due())); // before any explanation is built
        int i = 0;
        for (ObligationVerdict v : lead.verdicts().values()) {
          assertThat(dues.get(i++)).as("%s", v).isEqualTo(v.trace().due()).isEqualTo(v.due());
        }
      }
    });
    // the MQLs of a fixed sample have clocks: the equality above is not vacuous
    long withDue = inputs(11, 200).stream().flatMap(in -> EVALUATOR.evaluate(in, RandomLeads.AS_OF).verdicts()
        .values().stream()).filter(v -> v.due().isPresent()).count();
    assertThat(withDue).isGreaterThan(50);
  }

  @Test
  void readingFromManyThreadsAtOnceGivesOneExplanation() throws Exception {
    List<LeadVerdicts> leads = new ArrayList<>();
    inputs(7, 60).forEach(in -> leads.add(EVALUATOR.evaluate(in, RandomLeads.AS_OF)));
    List<CompletableFuture<List<String>>> readers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      readers.add(CompletableFuture.supplyAsync(() -> {
        List<String> read = new ArrayList<>();
        leads.forEach(l -> l.verdicts().values().forEach(v -> read.add(v.status() + " " + v.reason() + v.trace())));
        return read;
      }));
    }
    List<String> first = readers.get(0).get();
    for (CompletableFuture<List<String>> r : readers) {
      assertThat(r.get()).isEqualTo(first);
    }
    List<String> fresh = new ArrayList<>();
    inputs(7, 60).forEach(in -> EVALUATOR.evaluate(in, RandomLeads.AS_OF).verdicts().values()
        .forEach(v -> fresh.add(v.status() + " " + v.reason() + v.trace())));
    assertThat(first).isEqualTo(fresh);
  }

  @Test
  void theCriteriaCheckIsAskedOnceAndTheReasonQuotesThatAnswer() {
    AtomicInteger calls = new AtomicInteger();
    // an external scoring service whose score drifts: each call answers differently
    SlaEvaluator drifting = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()))
        .withCriteriaCheck((lead, at) -> calls.getAndIncrement() % 2 == 0
            ? CheckResult.passed("scored 90") : CheckResult.failed("scored 10"));
    Instant mql = Fixtures.msk("2026-11-16T10:00");
    SlaInput in = SlaInput.of(Fixtures.mql("L-1", mql, "webinar").build(), Fixtures.completeLead("L-1", mql));
    ObligationVerdict v = drifting.evaluate(in, Fixtures.msk("2026-11-17T10:00")).verdicts().values().stream()
        .filter(x -> x.obligation() instanceof Obligation.MqlMeetsCriteria).findFirst().orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.reason()).endsWith(": scored 90");
    assertThat(v.trace().notes()).singleElement().asString().endsWith(": PASSED: scored 90");
    assertThat(calls).hasValue(1);
  }
}
