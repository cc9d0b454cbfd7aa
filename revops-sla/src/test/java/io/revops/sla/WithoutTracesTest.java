package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An evaluator without traces gives the same statuses, reasons and reports, with lean traces. */
class WithoutTracesTest {
  private static final SlaEvaluator FULL = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()));
  private static final SlaEvaluator LEAN = FULL.withoutTraces();

  @Test
  void sameVerdictsAndReportWithLeanTraces() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, n) -> {
      List<SlaInput> inputs = RandomLeads.generate(seed, n).stream().map(RandomLeads.Raw::input).toList();
      SlaEvaluation full = FULL.evaluate(inputs, RandomLeads.AS_OF);
      SlaEvaluation lean = LEAN.evaluate(inputs, RandomLeads.AS_OF);
      assertThat(lean.report()).isEqualTo(full.report());
      for (int i = 0; i < full.leads().size(); i++) {
        LeadVerdicts f = full.leads().get(i);
        LeadVerdicts l = lean.leads().get(i);
        assertThat(l.verdicts().keySet()).isEqualTo(f.verdicts().keySet());
        f.verdicts().forEach((k, fv) -> {
          ObligationVerdict lv = l.verdicts().get(k);
          assertThat(lv.status()).isEqualTo(fv.status());
          assertThat(lv.reason()).isEqualTo(fv.reason());
          assertThat(lv.trace().due()).isEqualTo(fv.trace().due());
          assertThat(lv.trace().used()).isEqualTo(fv.trace().used());
          assertThat(lv.trace().events()).isEmpty();
          assertThat(lv.trace().notes()).isEmpty();
          assertThat(lv.trace().workingIntervals()).isEmpty();
        });
      }
    });
  }

  @Test
  void theOptionIsVisibleAndKeptByTheOtherWithers() {
    assertThat(FULL.hasTraces()).isTrue();
    assertThat(LEAN.hasTraces()).isFalse();
    assertThat(LEAN.withAgreement(SlaAgreement.handbook(WeekdayCalendar.moscow())).hasTraces()).isFalse();
    assertThat(LEAN.toString()).endsWith("without traces");
  }
}
