package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionReason;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source or rep whose name is literally the label of the missing one is a group of its own: before, the
 * reports counted a lead from a source named {@code (unknown)} with the leads that have no source.
 */
class AttributionCollisionTest {
  private static final Instant MQL = msk("2026-11-02T10:00");
  private static final Instant AS_OF = msk("2026-11-30T00:00");
  private static final SlaAgreement HANDBOOK = SlaAgreement.handbook(WeekdayCalendar.moscow());
  private static final String ESCAPED_SOURCE = "\\(unknown)";
  private static final String ESCAPED_REP = "\\(unassigned)";

  /** LIT: source and rep named like the labels; NOC and NOC2: no source, never assigned; both rejected. */
  private static List<LeadEventHistory> histories() {
    return List.of(
        mql("LIT", MQL, "(unknown)").assigned(MQL.plusSeconds(60), "(unassigned)")
            .rejected(MQL.plusSeconds(3600), "(unassigned)", RejectionReason.noneGiven()).build(),
        LeadEventHistory.builder("NOC").becameMql(MQL)
            .rejected(MQL.plusSeconds(3600), "olga", RejectionReason.noneGiven()).build(),
        LeadEventHistory.builder("NOC2").becameMql(MQL.plusSeconds(10)).build());
  }

  @Test
  void aLeadFromASourceNamedLikeTheLabelIsNotCountedWithTheLeadsWithoutSource() {
    SlaEvaluation e = SlaEvaluator.evaluate(HANDBOOK, histories(), AS_OF);

    LeadVerdicts literal = e.lead("LIT").orElseThrow();
    LeadVerdicts none = e.lead("NOC").orElseThrow();
    assertThat(literal.sourceCode()).contains("(unknown)");
    assertThat(literal.repId()).contains("(unassigned)");
    assertThat(literal.source()).isEqualTo(ESCAPED_SOURCE);
    assertThat(literal.rep()).isEqualTo(ESCAPED_REP);
    assertThat(none.sourceCode()).isEmpty();
    assertThat(none.repId()).isEmpty();
    assertThat(none.source()).isEqualTo(LeadVerdicts.UNKNOWN_SOURCE);
    assertThat(none.rep()).isEqualTo(LeadVerdicts.UNASSIGNED);
    assertThat(literal.sourceAttribution()).isNotEqualTo(none.sourceAttribution());

    SlaReport r = e.report();
    assertThat(r.complianceBySource("first-contact")).containsOnlyKeys(LeadVerdicts.UNKNOWN_SOURCE, ESCAPED_SOURCE);
    assertThat(r.complianceBySource("first-contact").get(LeadVerdicts.UNKNOWN_SOURCE).total()).isEqualTo(2);
    assertThat(r.complianceBySource("first-contact").get(ESCAPED_SOURCE).total()).isEqualTo(1);
    assertThat(r.complianceByRep("first-contact")).containsOnlyKeys(LeadVerdicts.UNASSIGNED, ESCAPED_REP);
    assertThat(r.complianceByRep("first-contact").get(LeadVerdicts.UNASSIGNED).total()).isEqualTo(2);
    assertThat(r.complianceByRep("first-contact").get(ESCAPED_REP).total()).isEqualTo(1);
    assertThat(r.conversion(IsoWeek.of(2026, 45)).bySource()).containsOnlyKeys(LeadVerdicts.UNKNOWN_SOURCE,
        ESCAPED_SOURCE).containsEntry(LeadVerdicts.UNKNOWN_SOURCE, ConversionCounts.of(2, 0, 1))
        .containsEntry(ESCAPED_SOURCE, ConversionCounts.of(1, 0, 1));
    RejectionReview nov = r.rejectionReview(YearMonth.of(2026, 11), YearMonth.of(2026, 11));
    assertThat(nov.bySource()).containsOnlyKeys(LeadVerdicts.UNKNOWN_SOURCE, ESCAPED_SOURCE);
    assertThat(nov.withoutAllowedReason()).extracting(RejectedLead::source)
        .containsExactlyInAnyOrder(LeadVerdicts.UNKNOWN_SOURCE, ESCAPED_SOURCE);
    // every key the report shows reads back as the group it stands for
    assertThat(Attribution.parse(ESCAPED_SOURCE).name()).contains("(unknown)");
    assertThat(Attribution.parse(LeadVerdicts.UNKNOWN_SOURCE)).isEqualTo(Attribution.UNKNOWN_SOURCE);
  }

  @Test
  void partitionsMergedGiveTheSameSeparateGroups() {
    SlaEvaluation e = SlaEvaluator.evaluate(HANDBOOK, histories(), AS_OF);
    for (boolean distinct : new boolean[] {false, true}) {
      SlaAccumulator a = distinct ? SlaAccumulator.ofDistinctLeads(HANDBOOK, AS_OF) : SlaAccumulator.of(HANDBOOK, AS_OF);
      SlaAccumulator b = distinct ? SlaAccumulator.ofDistinctLeads(HANDBOOK, AS_OF) : SlaAccumulator.of(HANDBOOK, AS_OF);
      a.add(e.lead("LIT").orElseThrow());
      b.add(e.lead("NOC").orElseThrow()).add(e.lead("NOC2").orElseThrow());
      assertThat(a.merge(b).result()).as("distinct %s", distinct).isEqualTo(e.report());
    }
  }
}
