package io.revops.sla;

import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import io.revops.sla.calendar.BusinessCalendars;
import io.revops.sla.calendar.CalendarException;
import io.revops.sla.calendar.WorkingInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handbook agreement on the Russian office calendar, end to end: a lead arrives on Friday 2026-03-06 at
 * 17:30 Moscow time; Monday 2026-03-09 is a day off (8 March fell on a Sunday and was transferred), so the
 * working hour runs Friday 17:30-18:00 and Tuesday 09:00-09:30.
 */
class HandbookRussiaEndToEndTest {
  private static final Instant MQL = msk("2026-03-06T17:30");
  private static final Instant AS_OF = msk("2026-03-13T12:00");
  private static final SlaEvaluator EVALUATOR = SlaEvaluator.of(SlaAgreement.handbookRussia());

  private static LeadVerdicts contactedAt(String local) {
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(MQL, "webinar").becameMql(MQL)
        .assigned(MQL.plusSeconds(60), "ivan")
        .contactAttempt(msk(local), "ivan", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER).build();
    return EVALUATOR.evaluate(SlaInput.of(h, MqlCriteriaTest.qualified("L-1")), AS_OF);
  }

  @Test
  void thePresetIsMondayToFridayNineToSixInMoscowOnTheProductionCalendar() {
    SlaAgreement a = SlaAgreement.handbookRussia();
    assertThat(a).isEqualTo(SlaAgreement.handbook(BusinessCalendars.russia()));
    assertThat(a.zone().getId()).isEqualTo("Europe/Moscow");
    assertThat(a.calendar().describe()).startsWith("Mon-Fri 09:00-18:00 Europe/Moscow + RU production calendar");
    assertThat(a.calendar().isOpen(msk("2026-03-09T12:00"))).isFalse();
    assertThat(a.calendar().isOpen(msk("2026-03-10T12:00"))).isTrue();
  }

  @Test
  void contactedOnTuesdayAt0920IsMetWithFiftyWorkingMinutesUsed() {
    LeadVerdicts l = contactedAt("2026-03-10T09:20");
    ObligationVerdict v = l.verdict("first-contact").orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.trace().used()).contains(Duration.ofMinutes(50));
    assertThat(v.trace().due()).contains(msk("2026-03-10T09:30"));
    assertThat(v.trace().workingIntervals()).containsExactly(
        new WorkingInterval(msk("2026-03-06T17:30"), msk("2026-03-06T18:00")),
        new WorkingInterval(msk("2026-03-10T09:00"), msk("2026-03-10T09:20")));
    assertTraceShowsTheHolidayAndTheTzdb(v);
    assertThat(l.verdict("mql-criteria").orElseThrow().status()).isEqualTo(VerdictStatus.MET);
  }

  @Test
  void contactedOnTuesdayAt1031IsBreached() {
    ObligationVerdict v = contactedAt("2026-03-10T10:31").verdict("first-contact").orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.trace().used()).contains(Duration.ofMinutes(30 + 91));
    assertThat(v.trace().due()).contains(msk("2026-03-10T09:30"));
    assertThat(v.reason()).contains("2h 1min").contains("over the 1h working allowed");
    assertTraceShowsTheHolidayAndTheTzdb(v);
  }

  private static void assertTraceShowsTheHolidayAndTheTzdb(ObligationVerdict v) {
    List<CalendarException> exceptions = v.trace().calendarExceptions();
    assertThat(exceptions).anyMatch(x -> x.date().equals(LocalDate.of(2026, 3, 9))
        && x.kind() == CalendarException.Kind.HOLIDAY);
    String tzdb = ZoneRulesProvider.getVersions("Europe/Moscow").lastKey();
    assertThat(v.trace().tzdbVersion()).isEqualTo(tzdb);
    assertThat(v.trace().calendar()).contains("RU production calendar");
    assertThat(v.trace().toString()).contains("2026-03-09").contains(tzdb);
  }
}
