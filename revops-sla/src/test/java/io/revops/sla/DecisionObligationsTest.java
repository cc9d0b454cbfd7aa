package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rejection reasons and the order of qualification steps. Neither has an allowance, so neither is AT_RISK. */
class DecisionObligationsTest {
  private static final Instant MQL = msk("2026-11-02T10:00");
  private static final Instant AS_OF = msk("2026-11-30T00:00");
  private final SlaAgreement agreement = SlaAgreement.of("test", WeekdayCalendar.moscow(),
      Obligation.rejectionHasReason(Obligation.HANDBOOK_REJECTION_CODES),
      Obligation.stepsInOrder(EventKind.DISCOVERY_CALL));

  private LeadVerdicts eval(LeadEventHistory h) {
    return SlaEvaluator.of(agreement).evaluate(SlaInput.of(h), AS_OF);
  }

  private static VerdictStatus status(LeadVerdicts v, String key) {
    return v.verdict(key).orElseThrow().status();
  }

  @Test
  void rejectionWithAnAllowedReasonAfterADiscoveryCallMeetsBoth() {
    LeadVerdicts v = eval(mql("L", MQL, "webinar").discoveryCall(msk("2026-11-03T10:00"), "rep")
        .rejected(msk("2026-11-04T10:00"), "rep", RejectionReason.of(RejectionCode.NO_BUDGET)).build());
    assertThat(status(v, "rejection-reason")).isEqualTo(VerdictStatus.MET);
    assertThat(status(v, "steps-in-order")).isEqualTo(VerdictStatus.MET);
    assertThat(v.verdict("steps-in-order").orElseThrow().trace().events()).extracting(e -> e.kind())
        .containsExactly(EventKind.BECAME_MQL, EventKind.DISCOVERY_CALL, EventKind.REJECTED);
  }

  @Test
  void rejectionWithoutReasonOrWithAnotherReasonIsBreached() {
    LeadVerdicts none = eval(mql("L", MQL, "webinar")
        .rejected(msk("2026-11-04T10:00"), "rep", RejectionReason.noneGiven()).build());
    LeadVerdicts other = eval(mql("L", MQL, "webinar")
        .rejected(msk("2026-11-04T10:00"), "rep", RejectionReason.other("student")).build());
    assertThat(status(none, "rejection-reason")).isEqualTo(VerdictStatus.BREACHED);
    assertThat(none.verdict("rejection-reason").orElseThrow().reason()).contains("no reason");
    assertThat(status(other, "rejection-reason")).isEqualTo(VerdictStatus.BREACHED);
    assertThat(other.verdict("rejection-reason").orElseThrow().reason()).contains("OTHER: student");
    assertThat(none.isRejectionWithoutAllowedReason()).isTrue();
    assertThat(other.isRejectionWithoutAllowedReason()).isTrue();
  }

  @Test
  void aDecisionWithoutADiscoveryCallBeforeItIsBreached() {
    LeadVerdicts v = eval(mql("L", MQL, "webinar").acceptedAsSql(msk("2026-11-04T10:00"), "rep")
        .discoveryCall(msk("2026-11-05T10:00"), "rep").build());
    assertThat(status(v, "steps-in-order")).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.verdict("steps-in-order").orElseThrow().reason()).contains("no DISCOVERY_CALL before it");
  }

  @Test
  void stepsOutOfOrderAreBreached() {
    SlaAgreement twoSteps = SlaAgreement.of("two", WeekdayCalendar.moscow(),
        Obligation.stepsInOrder(EventKind.CONNECTED, EventKind.DISCOVERY_CALL));
    LeadEventHistory h = mql("L", MQL, "webinar").discoveryCall(msk("2026-11-03T10:00"), "rep")
        .connected(msk("2026-11-03T12:00"), "rep", ContactChannel.PHONE)
        .acceptedAsSql(msk("2026-11-04T10:00"), "rep").build();
    ObligationVerdict v = SlaEvaluator.of(twoSteps).evaluate(SlaInput.of(h), AS_OF).verdict("steps-in-order")
        .orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).contains("CONNECTED").contains("came after DISCOVERY_CALL");
  }

  @Test
  void withoutADecisionBothArePending() {
    LeadVerdicts v = eval(mql("L", MQL, "webinar").discoveryCall(msk("2026-11-03T10:00"), "rep").build());
    assertThat(status(v, "rejection-reason")).isEqualTo(VerdictStatus.PENDING);
    assertThat(status(v, "steps-in-order")).isEqualTo(VerdictStatus.PENDING);
  }

  @Test
  void anAcceptedLeadNeedsNoRejectionReasonAndANonMqlNeedsNothing() {
    LeadVerdicts accepted = eval(mql("L", MQL, "webinar").discoveryCall(msk("2026-11-03T10:00"), "rep")
        .acceptedAsSql(msk("2026-11-04T10:00"), "rep").build());
    assertThat(status(accepted, "rejection-reason")).isEqualTo(VerdictStatus.NOT_APPLICABLE);
    LeadVerdicts notMql = eval(LeadEventHistory.builder("L").created(MQL, "webinar").build());
    assertThat(notMql.verdicts().values()).allMatch(x -> x.status() == VerdictStatus.NOT_APPLICABLE);
  }

  @Test
  void aDiscoveryCallBeforeTheMqlInstantDoesNotCountAsAStep() {
    LeadVerdicts v = eval(LeadEventHistory.builder("L").created(msk("2026-10-30T10:00"), "webinar")
        .discoveryCall(msk("2026-10-30T11:00"), "rep").becameMql(MQL)
        .rejected(msk("2026-11-04T10:00"), "rep", RejectionReason.of(RejectionCode.NO_BUDGET)).build());
    assertThat(status(v, "steps-in-order")).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.verdict("steps-in-order").orElseThrow().reason()).contains("no DISCOVERY_CALL before it");
    assertThat(v.anomalies()).anyMatch(a -> a.kind() == SlaAnomaly.Kind.SALES_ACTIVITY_BEFORE_MQL);
  }

  @Test
  void aRejectionBeforeTheMqlInstantIsNotJudged() {
    LeadVerdicts v = eval(LeadEventHistory.builder("L").created(msk("2026-10-30T10:00"), "webinar")
        .rejected(msk("2026-10-30T11:00"), "rep", RejectionReason.noneGiven()).becameMql(MQL).build());
    assertThat(status(v, "rejection-reason")).isEqualTo(VerdictStatus.PENDING);
    assertThat(status(v, "steps-in-order")).isEqualTo(VerdictStatus.PENDING);
  }
}
