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
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weekly conversion by source, the rejected-leads review, compliance by period and rep, review packs. */
class ReportsTest {
  private static final Instant AS_OF = msk("2026-11-20T12:00");
  private static final SlaAgreement HANDBOOK = SlaAgreement.handbook(WeekdayCalendar.moscow());

  /** Week 45 (2–8 Nov): 3 webinar MQLs, 1 referral; week 46: 1 webinar; one in October. */
  private static SlaReport report() {
    List<LeadEventHistory> hs = List.of(
        mql("W1", msk("2026-11-02T10:00"), "webinar").assigned(msk("2026-11-02T10:01"), "ivan")
            .contactAttempt(msk("2026-11-02T10:03"), "ivan", ContactChannel.PHONE, AttemptOutcome.REACHED)
            .discoveryCall(msk("2026-11-03T10:00"), "ivan").acceptedAsSql(msk("2026-11-04T10:00"), "ivan").build(),
        mql("W2", msk("2026-11-03T10:00"), "webinar").assigned(msk("2026-11-03T10:01"), "olga")
            .contactAttempt(msk("2026-11-03T12:00"), "olga", ContactChannel.EMAIL, AttemptOutcome.SENT)
            .rejected(msk("2026-11-05T10:00"), "olga", RejectionReason.noneGiven()).build(),
        mql("W3", msk("2026-11-04T10:00"), "webinar").assigned(msk("2026-11-04T10:01"), "olga")
            .discoveryCall(msk("2026-11-04T10:30"), "olga")
            .rejected(msk("2026-11-06T10:00"), "olga", RejectionReason.of(RejectionCode.NO_BUDGET)).build(),
        mql("R1", msk("2026-11-05T10:00"), "referral").assigned(msk("2026-11-05T10:01"), "ivan")
            .discoveryCall(msk("2026-11-05T10:20"), "ivan").acceptedAsSql(msk("2026-11-06T10:00"), "ivan").build(),
        mql("W4", msk("2026-11-10T10:00"), "webinar").build(),
        mql("O1", msk("2026-10-20T10:00"), "referral")
            .rejected(msk("2026-10-21T10:00"), "ivan", RejectionReason.of(RejectionCode.WITH_COMPETITOR)).build());
    return SlaEvaluator.evaluate(HANDBOOK, hs, AS_OF).report();
  }

  @Test
  void weeklyConversionBySource() {
    SlaReport r = report();
    assertThat(r.weeklyConversion()).extracting(ConversionBySource::period)
        .containsExactly("2026-W43", "2026-W45", "2026-W46");
    ConversionBySource w45 = r.conversion(IsoWeek.of(2026, 45));
    assertThat(w45.bySource()).containsEntry("webinar", ConversionCounts.of(3, 1, 2))
        .containsEntry("referral", ConversionCounts.of(1, 1, 0));
    assertThat(w45.total().conversionText()).isEqualTo("50.0%");
    assertThat(w45.toString()).contains("webinar").contains("33.3%");
    assertThat(r.conversion(IsoWeek.of(2026, 40)).bySource()).isEmpty();
  }

  @Test
  void rejectedLeadsReviewByMonthAndSourceListsThoseWithoutReason() {
    SlaReport r = report();
    RejectionReview nov = r.rejectionReview(YearMonth.of(2026, 11), YearMonth.of(2026, 11));
    assertThat(nov.total()).isEqualTo(2);
    assertThat(nov.bySource().get("webinar")).containsEntry(RejectionCode.NONE_GIVEN, 1L)
        .containsEntry(RejectionCode.NO_BUDGET, 1L);
    assertThat(nov.withoutAllowedReason()).extracting(x -> x.leadId().value()).containsExactly("W2");
    assertThat(nov.withoutAllowedReason().get(0).rep()).isEqualTo("olga");
    assertThat(r.rejectionReview().total()).isEqualTo(3);
    assertThat(r.rejectionReview().byReason()).containsEntry(RejectionCode.WITH_COMPETITOR, 1L);
  }

  @Test
  void complianceByWeekMonthSourceAndRep() {
    SlaReport r = report();
    assertThat(r.complianceByWeek("first-contact").get(IsoWeek.of(2026, 45))).isEqualTo(StatusCounts.of(3, 1, 0, 0, 0));
    assertThat(r.complianceByMonth("first-contact").get(YearMonth.of(2026, 10)).breached()).isEqualTo(1);
    assertThat(r.complianceByRep("steps-in-order").get("olga")).isEqualTo(StatusCounts.of(1, 1, 0, 0, 0));
    assertThat(r.complianceBySource("rejection-reason").get("webinar").breached()).isEqualTo(1);
    assertThat(r.compliance("steps-in-order").complianceText()).isEqualTo("60.0%");
  }

  @Test
  void reviewPacksCutTheReportByCadence() {
    SlaReport r = report();
    ReviewPack weekly = r.weeklyPack(IsoWeek.of(2026, 45));
    assertThat(weekly.from()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
    assertThat(weekly.compliance().get("first-contact").total()).isEqualTo(4);
    assertThat(weekly.quota()).extracting(QuotaVerdict::month).containsExactly(YearMonth.of(2026, 11));
    assertThat(weekly.rejections()).isEmpty();
    assertThat(weekly.toString()).startsWith("Weekly stand-up").contains("At risk now");

    ReviewPack monthly = r.monthlyPack(YearMonth.of(2026, 11));
    assertThat(monthly.conversion().total()).isEqualTo(ConversionCounts.of(5, 2, 2));
    assertThat(monthly.rejections().orElseThrow().withoutAllowedReason()).hasSize(1);
    assertThat(monthly.speedToLead().orElseThrow().total().mqls()).isEqualTo(5);
    assertThat(monthly.toString()).startsWith("Monthly SLA review");

    ReviewPack quarterly = r.quarterlyPack(2026, 4);
    assertThat(quarterly.trend()).containsOnlyKeys(YearMonth.of(2026, 10), YearMonth.of(2026, 11),
        YearMonth.of(2026, 12));
    assertThat(quarterly.conversion().total().mqls()).isEqualTo(6);
    assertThat(quarterly.rejections().orElseThrow().total()).isEqualTo(3);
    assertThat(quarterly.quota()).hasSize(2);
    assertThat(quarterly.toString()).startsWith("Quarterly strategy session");
  }

  @Test
  void atRiskListNamesTheLeadsToActOnNow() {
    // W4 became an MQL on 10 Nov and has no attempts: 10 of 14 days used by 20 Nov, at risk from 10.5 days
    SlaReport later = SlaEvaluator.evaluate(HANDBOOK, List.of(mql("W4", msk("2026-11-10T10:00"), "webinar").build()),
        msk("2026-11-21T12:00")).report();
    assertThat(later.atRisk()).extracting(AtRiskLead::key).contains("attempts");
    assertThat(later.atRisk().get(0).due()).contains(msk("2026-11-24T10:00"));
  }

  @Test
  void theSummaryTablePrintsEveryObligation() {
    String table = report().toString();
    assertThat(table).contains("SLA \"handbook\"", "first-contact", "attempts", "rejection-reason",
        "steps-in-order", "compliance", "quota");
  }
}
