package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** At least 6 attempts within 14 calendar days over phone, email and LinkedIn; MQL on 2 November 10:00. */
class AttemptsWithinTest {
  private static final Instant MQL = msk("2026-11-02T10:00");
  private final SlaAgreement agreement = SlaAgreement.of("test", WeekdayCalendar.moscow(),
      Obligation.attemptsWithin(6, 14, Obligation.HANDBOOK_CHANNELS));

  private ObligationVerdict verdict(SlaAgreement a, LeadEventHistory h, Instant asOf) {
    return SlaEvaluator.of(a).evaluate(SlaInput.of(h), asOf).verdict("attempts").orElseThrow();
  }

  private static LeadEventHistory attempts(int n, ContactChannel channel) {
    LeadEventHistory.Builder b = mql("L", MQL, "webinar");
    for (int i = 0; i < n; i++) {
      b.contactAttempt(MQL.plusSeconds(3600L * 24 * (i + 1)), "rep", channel, AttemptOutcome.NO_ANSWER);
    }
    return b.build();
  }

  @Test
  void metWithTheSixthAttemptInsideTheWindow() {
    ObligationVerdict v = verdict(agreement, attempts(6, ContactChannel.EMAIL), msk("2026-11-30T00:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.trace().due()).contains(msk("2026-11-16T10:00"));
    assertThat(v.trace().events()).hasSize(7);
  }

  @Test
  void metEarlyWhenTheLeadIsReached() {
    LeadEventHistory h = mql("L", MQL, "webinar")
        .contactAttempt(msk("2026-11-02T10:05"), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .connected(msk("2026-11-03T11:00"), "rep", ContactChannel.PHONE).build();
    ObligationVerdict v = verdict(agreement, h, msk("2026-11-30T00:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.reason()).contains("reached").contains("CONNECTED").contains("1 counted attempt");
  }

  @Test
  void breachedWhenTheWindowEndedShort() {
    ObligationVerdict v = verdict(agreement, attempts(3, ContactChannel.PHONE), msk("2026-11-17T00:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).startsWith("3 of 6 attempts within 14 days");
  }

  @Test
  void pendingEarlyInTheWindow() {
    assertThat(verdict(agreement, attempts(2, ContactChannel.PHONE), msk("2026-11-05T10:00")).status())
        .isEqualTo(VerdictStatus.PENDING);
  }

  @Test
  void atRiskLateInTheWindow() {
    // 75% of 14 days is 10.5 days: 12 Nov 22:00
    LeadEventHistory h = attempts(2, ContactChannel.PHONE);
    assertThat(verdict(agreement, h, msk("2026-11-12T21:59")).status()).isEqualTo(VerdictStatus.PENDING);
    assertThat(verdict(agreement, h, msk("2026-11-12T22:00")).status()).isEqualTo(VerdictStatus.AT_RISK);
    assertThat(verdict(agreement, h, msk("2026-11-16T10:00")).status()).isEqualTo(VerdictStatus.AT_RISK);
  }

  @Test
  void notApplicableWhenNotAnMql() {
    LeadEventHistory h = LeadEventHistory.builder("L").created(MQL, "webinar").build();
    assertThat(verdict(agreement, h, msk("2026-11-30T00:00")).status()).isEqualTo(VerdictStatus.NOT_APPLICABLE);
  }

  @Test
  void attemptsOnOtherChannelsDoNotCount() {
    LeadEventHistory.Builder b = mql("L", MQL, "webinar");
    for (int i = 0; i < 6; i++) {
      b.contactAttempt(MQL.plusSeconds(3600L * (i + 1)), "rep", i < 2 ? ContactChannel.OTHER : ContactChannel.PHONE,
          AttemptOutcome.NO_ANSWER);
    }
    ObligationVerdict v = verdict(agreement, b.build(), msk("2026-11-17T00:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).startsWith("4 of 6");
    assertThat(v.trace().notes()).anyMatch(n -> n.startsWith("2 attempt(s) on channels outside"));
  }

  @Test
  void calendarDaysAreReadInTheAgreementsZoneAcrossADstChange() {
    // Berlin leaves summer time on 25 Oct 2026: 14 calendar days from 20 Oct 10:00 are 14 days and 1 hour
    java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
    SlaAgreement a = agreement.withCalendar(io.revops.sla.calendar.BusinessCalendar.always(berlin));
    Instant start = java.time.LocalDateTime.parse("2026-10-20T10:00").atZone(berlin).toInstant();
    ObligationVerdict v = verdict(a, mql("L", start, "webinar").build(), start.plus(java.time.Duration.ofDays(20)));
    assertThat(v.trace().due()).contains(java.time.LocalDateTime.parse("2026-11-03T10:00").atZone(berlin).toInstant());
    assertThat(v.trace().allowance()).contains(java.time.Duration.ofDays(14).plusHours(1));
  }

  @Test
  void workingDaysCountOnlyDatesWithWorkingTime() {
    // MQL on Friday 6 Nov: the 3 working days after it are Mon 9, Tue 10, Wed 11; the window ends Thu 12 00:00
    SlaAgreement working = SlaAgreement.of("working days", WeekdayCalendar.moscow(),
        new Obligation.AttemptsWithin(2, 3, DayBasis.WORKING, Set.of(ContactChannel.PHONE)));
    Instant friday = msk("2026-11-06T15:00");
    LeadEventHistory h = mql("L", friday, "webinar")
        .contactAttempt(msk("2026-11-09T10:00"), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .contactAttempt(msk("2026-11-11T17:59"), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER).build();
    ObligationVerdict v = verdict(working, h, msk("2026-11-20T00:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.trace().due()).contains(msk("2026-11-12T00:00"));
    assertThat(v.trace().workingIntervals()).isNotEmpty();
  }

  @Test
  void metWhenAcceptedAsSqlAfterTwoAttempts() {
    LeadEventHistory h = mql("L", MQL, "webinar")
        .contactAttempt(msk("2026-11-02T10:05"), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .contactAttempt(msk("2026-11-03T10:05"), "rep", ContactChannel.EMAIL, AttemptOutcome.NO_ANSWER)
        .acceptedAsSql(msk("2026-11-04T12:00"), "rep").build();
    ObligationVerdict v = verdict(agreement, h, msk("2026-11-05T10:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.reason()).contains("ACCEPTED_AS_SQL").contains("2 counted attempt");
    assertThat(verdict(agreement, h, msk("2026-11-30T00:00")).status()).isEqualTo(VerdictStatus.MET);
  }

  @Test
  void breachedAtTheRejectionWhenTheLeadWasNeverReached() {
    LeadEventHistory h = mql("L", MQL, "webinar")
        .contactAttempt(msk("2026-11-02T10:05"), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .contactAttempt(msk("2026-11-03T10:05"), "rep", ContactChannel.EMAIL, AttemptOutcome.NO_ANSWER)
        .rejected(msk("2026-11-04T12:00"), "rep", RejectionReason.of(RejectionCode.NO_NEED)).build();
    // final at the rejection, long before the window ends on 16 November
    ObligationVerdict v = verdict(agreement, h, msk("2026-11-04T12:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).isEqualTo("REJECTED at " + msk("2026-11-04T12:00") + " after 2 of 6 attempts without "
        + "reaching the lead");
    assertThat(verdict(agreement, h, msk("2026-11-04T11:59")).status()).isEqualTo(VerdictStatus.PENDING);
  }

  @Test
  void metWhenRejectedAfterTheLeadWasReached() {
    LeadEventHistory h = mql("L", MQL, "webinar")
        .connected(msk("2026-11-02T10:05"), "rep", ContactChannel.PHONE)
        .discoveryCall(msk("2026-11-03T10:00"), "rep")
        .rejected(msk("2026-11-03T11:00"), "rep", RejectionReason.of(RejectionCode.NO_BUDGET)).build();
    assertThat(verdict(agreement, h, msk("2026-11-04T00:00")).status()).isEqualTo(VerdictStatus.MET);
  }

  @Test
  void attemptsAfterTheRejectionDoNotCount() {
    LeadEventHistory.Builder b = mql("L", MQL, "webinar")
        .rejected(msk("2026-11-02T11:00"), "rep", RejectionReason.of(RejectionCode.NO_NEED));
    for (int i = 0; i < 6; i++) {
      b.contactAttempt(msk("2026-11-03T10:00").plusSeconds(3600L * i), "rep", ContactChannel.PHONE,
          AttemptOutcome.NO_ANSWER);
    }
    ObligationVerdict v = verdict(agreement, b.build(), msk("2026-11-30T00:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).contains("after 0 of 6 attempts");
    assertThat(v.trace().notes()).anyMatch(n -> n.startsWith("6 attempt(s) after the decision"));
  }
}
