package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What-if lists exactly the verdicts whose status differs. */
class WhatIfTest {
  private static final Instant MQL = msk("2026-11-02T10:00");
  private static final SlaAgreement BASE = SlaAgreement.of("1 working hour", WeekdayCalendar.moscow(),
      Obligation.firstContactWithinWorkingTime(Duration.ofHours(1)),
      Obligation.attemptsWithin(6, 14, Obligation.HANDBOOK_CHANNELS));

  private static SlaInput contacted(String id, Duration after) {
    LeadEventHistory.Builder b = mql(id, MQL, "webinar");
    if (after != null) {
      b.contactAttempt(MQL.plus(after), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER);
    }
    return SlaInput.of(b.build());
  }

  private static final List<SlaInput> INPUTS = List.of(contacted("A", Duration.ofMinutes(30)),
      contacted("B", Duration.ofHours(3)), contacted("C", null));

  @Test
  void relaxingFirstContactToTwentyFourHoursChangesOnlyTheLateLead() {
    SlaAgreement relaxed = BASE.replacing(Obligation.firstContactWithinElapsed(Duration.ofHours(24)))
        .withName("24 hours");
    WhatIf w = WhatIf.compare(SlaEvaluator.of(BASE), relaxed, INPUTS, msk("2026-11-05T10:00"));
    assertThat(w.changes()).singleElement().satisfies(c -> {
      assertThat(c.leadId().value()).isEqualTo("B");
      assertThat(c.key()).isEqualTo("first-contact");
      assertThat(c.before().orElseThrow().status()).isEqualTo(VerdictStatus.BREACHED);
      assertThat(c.after().orElseThrow().status()).isEqualTo(VerdictStatus.MET);
    });
    assertThat(w.toString()).contains("B first-contact: BREACHED → MET");
  }

  @Test
  void aRemovedObligationDiffersForEveryLead() {
    WhatIf w = WhatIf.compare(SlaEvaluator.of(BASE), BASE.without("attempts"), INPUTS, msk("2026-11-05T10:00"));
    assertThat(w.changes()).hasSize(3).allMatch(c -> c.key().equals("attempts") && c.after().isEmpty());
  }

  @Test
  void theChangesAreExactlyTheDifferingStatuses() {
    SlaAgreement handbook = SlaAgreement.handbook(WeekdayCalendar.moscow());
    SlaAgreement changed = handbook.replacing(Obligation.firstContactWithinElapsed(Duration.ofHours(24)))
        .replacing(Obligation.attemptsWithin(3, 7, Obligation.HANDBOOK_CHANNELS));
    qt().withExamples(20).forAll(longs().all(), integers().between(0, 25)).checkAssert((seed, n) -> {
      List<SlaInput> in = RandomLeads.generate(seed, n).stream().map(RandomLeads.Raw::input).toList();
      WhatIf w = WhatIf.compare(SlaEvaluator.of(handbook), changed, in, RandomLeads.AS_OF);
      SlaEvaluation a = SlaEvaluator.of(handbook).evaluate(in, RandomLeads.AS_OF);
      SlaEvaluation b = SlaEvaluator.of(changed).evaluate(in, RandomLeads.AS_OF);
      List<String> expected = new ArrayList<>();
      for (LeadVerdicts la : a.leads()) {
        LeadVerdicts lb = b.lead(la.leadId()).orElseThrow();
        la.verdicts().forEach((k, v) -> {
          if (v.status() != lb.verdict(k).orElseThrow().status()) {
            expected.add(la.leadId() + "/" + k);
          }
        });
      }
      Set<String> keys = w.changes().stream().map(c -> c.leadId() + "/" + c.key()).collect(Collectors.toSet());
      assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(WhatIf.compare(SlaEvaluator.of(handbook), handbook, in, RandomLeads.AS_OF).changes()).isEmpty();
    });
  }
}
