package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversion by first-response bucket on a small data set. */
class SpeedToLeadTest {
  private static final Instant MQL = msk("2026-11-02T10:00");

  private static LeadEventHistory lead(String id, Duration firstContact, boolean sql) {
    LeadEventHistory.Builder b = mql(id, MQL, "webinar");
    if (firstContact != null) {
      b.contactAttempt(MQL.plus(firstContact), "rep", ContactChannel.PHONE, AttemptOutcome.REACHED);
    }
    if (sql) {
      b.acceptedAsSql(MQL.plus(Duration.ofDays(5)), "rep");
    } else {
      b.rejected(MQL.plus(Duration.ofDays(5)), "rep", RejectionReason.of(RejectionCode.NO_NEED));
    }
    return b.build();
  }

  private static SpeedToLead speed() {
    List<LeadEventHistory> hs = new ArrayList<>();
    hs.add(lead("A", Duration.ofMinutes(2), true));
    hs.add(lead("B", Duration.ofMinutes(4), true));
    hs.add(lead("C", Duration.ofMinutes(5), false));
    hs.add(lead("D", Duration.ofMinutes(30), true));
    hs.add(lead("E", Duration.ofHours(2), false));
    hs.add(lead("F", Duration.ofHours(23), true));
    hs.add(lead("G", Duration.ofDays(3), false));
    hs.add(lead("H", Duration.ofDays(2), false));
    hs.add(lead("I", null, false));
    SlaAgreement a = SlaAgreement.handbook(BusinessCalendarFixtures.alwaysMoscow());
    return SlaEvaluator.evaluate(a, hs, msk("2026-11-30T00:00")).report().speedToLead();
  }

  @Test
  void leadsFallIntoTheirBuckets() {
    SpeedToLead s = speed();
    assertThat(s.bucket(ResponseBucket.WITHIN_5_MINUTES)).isEqualTo(ConversionCounts.of(3, 2, 1));
    assertThat(s.bucket(ResponseBucket.WITHIN_1_HOUR)).isEqualTo(ConversionCounts.of(1, 1, 0));
    assertThat(s.bucket(ResponseBucket.WITHIN_24_HOURS)).isEqualTo(ConversionCounts.of(2, 1, 1));
    assertThat(s.bucket(ResponseBucket.LATER)).isEqualTo(ConversionCounts.of(2, 0, 2));
    assertThat(s.bucket(ResponseBucket.NEVER)).isEqualTo(ConversionCounts.of(1, 0, 1));
    assertThat(s.total().mqls()).isEqualTo(9);
  }

  @Test
  void liftComparesConversionsExactlyOrSaysWhyNot() {
    SpeedToLead s = speed();
    assertThat(s.lift(ResponseBucket.WITHIN_5_MINUTES, ResponseBucket.WITHIN_24_HOURS).orElseThrow().round(4,
        java.math.RoundingMode.HALF_EVEN).toString()).isEqualTo("1.3333");
    assertThat(s.lift(ResponseBucket.WITHIN_5_MINUTES, ResponseBucket.LATER)).isEmpty();
    assertThat(s.liftText(ResponseBucket.WITHIN_5_MINUTES, ResponseBucket.LATER)).isEqualTo("n/a (no SQLs later)");
    assertThat(s.laterThanAnHour()).isEqualTo("2.67×");
  }

  @Test
  void theTablePrintsEveryBucket() {
    assertThat(speed().toString()).contains("≤ 5 min", "≤ 1 h", "≤ 24 h", "later", "never", "66.7%");
  }

  @Test
  void boundariesBelongToTheFasterBucket() {
    assertThat(ResponseBucket.of(Duration.ofMinutes(5))).isEqualTo(ResponseBucket.WITHIN_5_MINUTES);
    assertThat(ResponseBucket.of(Duration.ofMinutes(5).plusNanos(1))).isEqualTo(ResponseBucket.WITHIN_1_HOUR);
    assertThat(ResponseBucket.of(Duration.ofHours(1))).isEqualTo(ResponseBucket.WITHIN_1_HOUR);
    assertThat(ResponseBucket.of(Duration.ofHours(24))).isEqualTo(ResponseBucket.WITHIN_24_HOURS);
    assertThat(ResponseBucket.of(Duration.ofHours(24).plusSeconds(1))).isEqualTo(ResponseBucket.LATER);
  }

  @Test
  void aNegativeResponseTimeIsRejected() {
    assertThat(ResponseBucket.of(Duration.ZERO)).isEqualTo(ResponseBucket.WITHIN_5_MINUTES);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ResponseBucket.of(Duration.ofSeconds(-1)))
        .withMessage("elapsed must not be negative (a response before the MQL instant): PT-1S");
  }
}
