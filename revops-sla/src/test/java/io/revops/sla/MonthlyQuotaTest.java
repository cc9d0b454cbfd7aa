package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.LeadEventHistory;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quota of 3 MQLs a month in Moscow. */
class MonthlyQuotaTest {
  private final SlaAgreement agreement = SlaAgreement.of("quota", WeekdayCalendar.moscow(),
      Obligation.monthlyMqlQuota(3));

  private SlaReport report(Instant asOf, String... mqlTimes) {
    List<LeadEventHistory> hs = new ArrayList<>();
    for (int i = 0; i < mqlTimes.length; i++) {
      hs.add(mql("L" + i, msk(mqlTimes[i]), "webinar").build());
    }
    return SlaEvaluator.evaluate(agreement, hs, asOf).report();
  }

  @Test
  void metOnceTheQuotaIsReachedEvenMidMonth() {
    SlaReport r = report(msk("2026-11-10T00:00"), "2026-11-02T10:00", "2026-11-03T10:00", "2026-11-04T10:00");
    assertThat(r.quota()).singleElement().satisfies(q -> {
      assertThat(q.status()).isEqualTo(VerdictStatus.MET);
      assertThat(q.attainment().toString()).isEqualTo("1");
    });
  }

  @Test
  void pendingEarlyAndAtRiskLateInTheMonth() {
    assertThat(report(msk("2026-11-05T00:00"), "2026-11-02T10:00").quota().get(0).status())
        .isEqualTo(VerdictStatus.PENDING);
    assertThat(report(msk("2026-11-25T00:00"), "2026-11-02T10:00").quota().get(0).status())
        .isEqualTo(VerdictStatus.AT_RISK);
  }

  @Test
  void atRiskWhenBehindAnEvenPaceNotMerelyLateInTheMonth() {
    // November has 30 days: by the 16th, 00:00, half of it has gone by and an even pace of 3 is 1 (floor of 1.5)
    QuotaVerdict behind = report(msk("2026-11-16T00:00")).quota().get(0);
    assertThat(behind.status()).isEqualTo(VerdictStatus.AT_RISK);
    assertThat(behind.reason()).isEqualTo("0 of 3 MQLs counted so far, behind an even pace of 1 by now; "
        + "the month ends 2026-11-30T21:00:00Z");
    QuotaVerdict onPace = report(msk("2026-11-16T00:00"), "2026-11-02T10:00").quota().get(0);
    assertThat(onPace.status()).isEqualTo(VerdictStatus.PENDING);
    assertThat(onPace.reason()).isEqualTo("1 of 3 MQLs counted so far, on an even pace (1 by now); "
        + "the month ends 2026-11-30T21:00:00Z");
    // two of three with 90% of the month gone: an even pace is 2 (floor of 2.7), so not behind
    assertThat(report(msk("2026-11-28T00:00"), "2026-11-02T10:00", "2026-11-03T10:00").quota().get(0).status())
        .isEqualTo(VerdictStatus.PENDING);
    // the first hours of a month are never behind: the pace is below one MQL
    assertThat(report(msk("2026-11-01T05:00")).quota().get(0).status()).isEqualTo(VerdictStatus.PENDING);
  }

  @Test
  void breachedWhenTheMonthEndedShortAndEmptyMonthsAreListed() {
    SlaReport r = report(msk("2026-12-05T00:00"), "2026-10-30T10:00");
    assertThat(r.quota()).extracting(QuotaVerdict::month)
        .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
    assertThat(r.quota()).extracting(QuotaVerdict::status)
        .containsExactly(VerdictStatus.BREACHED, VerdictStatus.BREACHED, VerdictStatus.PENDING);
    assertThat(r.quota().get(0).attainment().toString()).isEqualTo("0.3333333333333333333333333333333333");
  }

  @Test
  void monthsAreReadInTheAgreementsZone() {
    // 31 Oct 22:30 UTC is 1 Nov 01:30 in Moscow
    SlaReport r = report(Instant.parse("2026-11-02T00:00:00Z"), "2026-11-01T01:30");
    assertThat(r.quota()).extracting(QuotaVerdict::month).containsExactly(YearMonth.of(2026, 11));
  }

  @Test
  void noQuotaNoQuotaVerdicts() {
    SlaAgreement none = SlaAgreement.of("none", WeekdayCalendar.moscow(), Obligation.contextPresent(1));
    assertThat(SlaEvaluator.evaluate(none, List.of(mql("L", msk("2026-11-02T10:00"), "w").build()),
        msk("2026-11-10T00:00")).report().quota()).isEmpty();
  }
}
