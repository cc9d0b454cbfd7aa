package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import io.revops.sla.calendar.WorkingInterval;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** First contact within 1 working hour on Mon–Fri 09–18 Moscow; MQL on Monday 17:30. */
class FirstContactWithinTest {
  private static final Instant MQL = msk("2026-11-23T17:30");
  private final SlaAgreement agreement = SlaAgreement.of("test", WeekdayCalendar.moscow(),
      Obligation.firstContactWithinWorkingTime(Duration.ofHours(1)));

  private ObligationVerdict verdict(LeadEventHistory h, Instant asOf) {
    return SlaEvaluator.of(agreement).evaluate(SlaInput.of(h), asOf).verdict("first-contact").orElseThrow();
  }

  private static LeadEventHistory contactedAt(String local) {
    return mql("L", MQL, "webinar").contactAttempt(msk(local), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .build();
  }

  @Test
  void metWhenContactedWithinTheHourAcrossTheNight() {
    ObligationVerdict v = verdict(contactedAt("2026-11-24T09:25"), msk("2026-11-25T12:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.trace().used()).contains(Duration.ofMinutes(55));
    assertThat(v.trace().due()).contains(msk("2026-11-24T09:30"));
    assertThat(v.trace().workingIntervals()).containsExactly(
        new WorkingInterval(msk("2026-11-23T17:30"), msk("2026-11-23T18:00")),
        new WorkingInterval(msk("2026-11-24T09:00"), msk("2026-11-24T09:25")));
    assertThat(v.trace().events()).extracting(e -> e.kind().name()).containsExactly("BECAME_MQL", "CONTACT_ATTEMPT");
    assertThat(v.trace().tzdbVersion()).isNotBlank();
    assertThat(v.reason()).contains("55min").contains("allowed 1h working");
  }

  @Test
  void breachedWhenContactedAfterTheDueInstant() {
    ObligationVerdict v = verdict(contactedAt("2026-11-24T10:00"), msk("2026-11-25T12:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).contains("1h 30min").contains("over the 1h working allowed");
  }

  @Test
  void breachedWhenNoContactAndTheAllowanceRanOut() {
    ObligationVerdict v = verdict(mql("L", MQL, "webinar").build(), msk("2026-11-24T09:31"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.trace().used()).contains(Duration.ofMinutes(61));
  }

  @Test
  void pendingBelowTheAtRiskShare() {
    // 30 working minutes by midnight: the night does not count
    ObligationVerdict v = verdict(mql("L", MQL, "webinar").build(), msk("2026-11-23T23:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.PENDING);
    assertThat(v.trace().used()).contains(Duration.ofMinutes(30));
  }

  @Test
  void atRiskFromTheShareUpToTheAllowance() {
    assertThat(verdict(mql("L", MQL, "webinar").build(), msk("2026-11-24T09:15")).status())
        .isEqualTo(VerdictStatus.AT_RISK);
    assertThat(verdict(mql("L", MQL, "webinar").build(), msk("2026-11-24T09:30")).status())
        .isEqualTo(VerdictStatus.AT_RISK);
    assertThat(verdict(mql("L", MQL, "webinar").build(), msk("2026-11-24T09:14")).status())
        .isEqualTo(VerdictStatus.PENDING);
  }

  @Test
  void theAtRiskShareIsConfigurable() {
    SlaAgreement half = agreement.withAtRiskShare(io.revops.core.money.Rate.ofPercent(50));
    ObligationVerdict v = SlaEvaluator.of(half).evaluate(SlaInput.of(mql("L", MQL, "webinar").build()),
        msk("2026-11-24T09:00")).verdict("first-contact").orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.AT_RISK);
  }

  @Test
  void notApplicableWhenNotAnMql() {
    LeadEventHistory h = LeadEventHistory.builder("L").created(MQL, "webinar").build();
    ObligationVerdict v = verdict(h, msk("2026-11-30T12:00"));
    assertThat(v.status()).isEqualTo(VerdictStatus.NOT_APPLICABLE);
    assertThat(v.reason()).contains("not an MQL");
  }

  @Test
  void eventsAfterTheEvaluationInstantAreIgnored() {
    assertThat(verdict(contactedAt("2026-11-24T09:25"), msk("2026-11-24T09:20")).status())
        .isEqualTo(VerdictStatus.AT_RISK);
  }

  @Test
  void contactsBeforeTheMqlDoNotCountAndAreReported() {
    LeadEventHistory h = LeadEventHistory.builder("L").created(msk("2026-11-23T10:00"), "webinar")
        .contactAttempt(msk("2026-11-23T11:00"), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .becameMql(MQL).build();
    LeadVerdicts lv = SlaEvaluator.of(agreement).evaluate(SlaInput.of(h), msk("2026-11-24T12:00"));
    assertThat(lv.verdict("first-contact").orElseThrow().status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(lv.anomalies()).extracting(SlaAnomaly::kind).contains(SlaAnomaly.Kind.SALES_ACTIVITY_BEFORE_MQL);
  }

  @Test
  void holidaysAreSkippedAndListedInTheTrace() {
    // MQL on Friday 17:30; Monday 30 Nov is a holiday: 30 minutes on Friday, the next 30 on Tuesday
    java.time.LocalDate holiday = java.time.LocalDate.of(2026, 11, 30);
    SlaAgreement a = agreement.withCalendar(new WeekdayCalendar(Fixtures.MOSCOW, java.util.Set.of(holiday)));
    Instant friday = msk("2026-11-27T17:30");
    LeadEventHistory h = mql("L", friday, "webinar")
        .contactAttempt(msk("2026-12-01T09:20"), "rep", ContactChannel.PHONE, AttemptOutcome.REACHED).build();
    ObligationVerdict v = SlaEvaluator.of(a).evaluate(SlaInput.of(h), msk("2026-12-02T00:00")).verdict("first-contact")
        .orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.trace().due()).contains(msk("2026-12-01T09:30"));
    assertThat(v.trace().used()).contains(Duration.ofMinutes(50));
    assertThat(v.trace().calendarExceptions()).extracting(x -> x.date()).containsExactly(holiday);
    assertThat(v.trace().toString()).contains("exception 2026-11-30 HOLIDAY", "counted [");
  }

  @Test
  void theTwentyFourHourVariantCountsElapsedTime() {
    SlaAgreement day = SlaAgreement.of("24h", WeekdayCalendar.moscow(),
        Obligation.firstContactWithinElapsed(Duration.ofHours(24)));
    ObligationVerdict met = SlaEvaluator.of(day).evaluate(SlaInput.of(contactedAt("2026-11-24T17:00")),
        msk("2026-11-30T00:00")).verdict("first-contact").orElseThrow();
    ObligationVerdict late = SlaEvaluator.of(day).evaluate(SlaInput.of(contactedAt("2026-11-24T18:00")),
        msk("2026-11-30T00:00")).verdict("first-contact").orElseThrow();
    assertThat(met.status()).isEqualTo(VerdictStatus.MET);
    assertThat(met.trace().workingIntervals()).isEmpty();
    assertThat(late.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(late.trace().used()).contains(Duration.ofMinutes(24 * 60 + 30));
  }
}
