package io.revops.sla;

import static io.revops.sla.Fixtures.completeLead;
import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad data is listed in the report, never fatal, never dropped. */
class AnomaliesTest {
  private static final Instant MQL = msk("2026-11-02T10:00");
  private static final Instant AS_OF = msk("2026-11-30T00:00");
  private static final SlaAgreement HANDBOOK = SlaAgreement.handbook(WeekdayCalendar.moscow());

  @Test
  void everyKindOfBadDataIsReportedAndTheBatchIsStillEvaluated() {
    LeadEventHistory duplicated = mql("DUP", MQL, "webinar")
        .add(new LeadEvent.ContactAttempt(EventId.of("DUP/x"), LeadId.of("DUP"), MQL.plusSeconds(60),
            Optional.empty(), ContactChannel.PHONE, AttemptOutcome.NO_ANSWER))
        .add(new LeadEvent.ContactAttempt(EventId.of("DUP/x"), LeadId.of("DUP"), MQL.plusSeconds(60),
            Optional.empty(), ContactChannel.PHONE, AttemptOutcome.NO_ANSWER))
        .build();
    LeadEventHistory noCreation = LeadEventHistory.builder("NOC").becameMql(MQL).build();
    LeadEventHistory noMql = LeadEventHistory.builder("NOMQL").created(MQL, "webinar")
        .contactAttempt(MQL.plusSeconds(60), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER).build();
    LeadEventHistory both = mql("BOTH", MQL, "webinar").acceptedAsSql(MQL.plusSeconds(3600), "rep")
        .rejected(MQL.plusSeconds(7200), "rep", RejectionReason.of(RejectionCode.NO_NEED)).build();
    LeadEventHistory mismatch = mql("SRC", MQL, "paid_search").build();
    LeadEventHistory twice = mql("TWICE", MQL, "webinar")
        .rejected(MQL.plusSeconds(3600), "rep", RejectionReason.of(RejectionCode.NO_NEED))
        .rejected(MQL.plusSeconds(7200), "rep", RejectionReason.noneGiven()).build();
    List<SlaInput> in = List.of(SlaInput.of(duplicated), SlaInput.of(noCreation), SlaInput.of(noMql),
        SlaInput.of(both), SlaInput.of(mismatch, completeLead("SRC", MQL)), SlaInput.of(both), SlaInput.of(twice));

    SlaEvaluation e = SlaEvaluator.of(HANDBOOK).evaluate(in, AS_OF);

    // BOTH appears twice: counted once (#12), its verdicts kept once
    assertThat(e.leads()).hasSize(6);
    assertThat(e.report().leads()).isEqualTo(6);
    // every rejection must carry an allowed reason: the second has none
    assertThat(e.verdict("TWICE", "rejection-reason").orElseThrow().status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(e.report().anomalies()).extracting(SlaAnomaly::kind).contains(SlaAnomaly.Kind.HISTORY,
        SlaAnomaly.Kind.MISSING_SOURCE, SlaAnomaly.Kind.SALES_ACTIVITY_WITHOUT_MQL,
        SlaAnomaly.Kind.ACCEPTED_AND_REJECTED, SlaAnomaly.Kind.MULTIPLE_DECISIONS, SlaAnomaly.Kind.SOURCE_MISMATCH,
        SlaAnomaly.Kind.DUPLICATE_LEAD);
    assertThat(e.report().anomalies()).filteredOn(a -> a.kind() == SlaAnomaly.Kind.HISTORY)
        .extracting(a -> a.historyKind().orElseThrow())
        .contains(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED, HistoryAnomaly.Kind.MISSING_CREATION);
    assertThat(e.report().anomalies()).filteredOn(a -> a.kind() == SlaAnomaly.Kind.DUPLICATE_LEAD).singleElement()
        .satisfies(a -> assertThat(a.message()).isEqualTo("lead BOTH appeared 2 times in the input; counted once"));
    assertThat(e.report().rejectionsWithoutAllowedReason()).extracting(r -> r.leadId().value()).containsExactly("TWICE");
    assertThat(e.lead("NOC").orElseThrow().source()).isEqualTo(LeadVerdicts.UNKNOWN_SOURCE);
    assertThat(e.report().complianceBySource("first-contact")).containsKey(LeadVerdicts.UNKNOWN_SOURCE);
    assertThat(e.report().toString()).contains(e.report().anomalies().size() + " anomalies");
  }

  @Test
  void aCalendarThatCannotAnswerMakesTheClockObligationsNotApplicableAndIsReported() {
    SlaAgreement broken = HANDBOOK.withCalendar(BusinessCalendarFixtures.broken());
    LeadVerdicts v = SlaEvaluator.of(broken).evaluate(SlaInput.of(mql("L", MQL, "webinar").build()), AS_OF);
    assertThat(v.verdict("first-contact").orElseThrow().status()).isEqualTo(VerdictStatus.NOT_APPLICABLE);
    assertThat(v.verdict("first-contact").orElseThrow().reason()).contains("no calendar data");
    assertThat(v.verdict("attempts").orElseThrow().status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.anomalies()).extracting(SlaAnomaly::kind).containsExactly(SlaAnomaly.Kind.CALENDAR_ERROR);
  }

  @Test
  void missingLeadDataIsCountedInTheReport() {
    SlaEvaluation e = SlaEvaluator.of(HANDBOOK).evaluate(List.of(SlaInput.of(mql("A", MQL, "w").build()),
        SlaInput.of(mql("B", MQL, "w").build(), completeLead("B", MQL.minus(Duration.ofDays(1))))), AS_OF);
    assertThat(e.report().mqlsWithoutLeadData()).isEqualTo(1);
    assertThat(e.report().notApplicableForLackOfData()).containsEntry("required-fields", 1L)
        .containsEntry("context", 1L).containsEntry("first-contact", 0L);
  }
}
