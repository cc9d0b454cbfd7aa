package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.lead.LeadId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The for-lack-of-lead-data flag is stated by the evaluator, never read from the reason's words. */
class ForLackOfLeadDataFlagTest {
  private static final Obligation O = Obligation.firstContactWithinElapsed(Duration.ofHours(24));
  private static final Trace T =
      Trace.builder(java.time.Instant.parse("2026-01-05T10:00:00Z"), "test calendar", "2025b", false).build();

  @Test
  void theReasonsWordsDoNotSetTheFlag() {
    ObligationVerdict v = ObligationVerdict.of(LeadId.of("L-1"), "fc", O, VerdictStatus.NOT_APPLICABLE,
        LeadEvaluator.NO_LEAD_DATA, T);
    assertThat(v.isForLackOfLeadData()).isFalse();
  }

  @Test
  void theExplicitFlagIsKept() {
    ObligationVerdict v = ObligationVerdict.of(LeadId.of("L-1"), "fc", O, VerdictStatus.NOT_APPLICABLE, true,
        "any words", T);
    assertThat(v.isForLackOfLeadData()).isTrue();
  }

  @Test
  void onlyNotApplicableCanBeForLackOfLeadData() {
    assertThatThrownBy(() -> ObligationVerdict.of(LeadId.of("L-1"), "fc", O, VerdictStatus.MET, true, "met", T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOT_APPLICABLE");
  }
}
