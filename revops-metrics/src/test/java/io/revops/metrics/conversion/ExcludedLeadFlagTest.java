package io.revops.metrics.conversion;

import static io.revops.metrics.conversion.Histories.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadId;
import io.revops.core.money.Amounts;
import io.revops.metrics.ExcludedLead;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lead left out for anomalies is told by a flag, not by how its reason begins. */
class ExcludedLeadFlagTest {
  private static final LeadEventHistory WON_AND_LOST = LeadEventHistory.builder("X").created(day(2), "ads")
      .becameMql(day(3)).won(day(10), "rep", Amounts.of(1, "RUB")).lost(day(11), "rep", "changed their mind").build();

  @Test
  void anAnomalousHistoryIsFlaggedAndAReasonThatMerelyReadsLikeOneIsNot() {
    ExcludedLead anomalous = ExcludedLead.anomalous(WON_AND_LOST);
    assertThat(anomalous.anomalousHistory()).isTrue();
    assertThat(anomalous.reason()).startsWith(ExcludedLead.ANOMALOUS_PREFIX);
    // FunnelCounts' reason for a sound history without creation begins the same way: not an anomaly
    ExcludedLead noCreation = new ExcludedLead(LeadId.of("N"), "history has no creation event");
    assertThat(noCreation.anomalousHistory()).isFalse();
    assertThat(noCreation).isNotEqualTo(new ExcludedLead(LeadId.of("N"), "history has no creation event", true));

    ConversionReport r = new ConversionReport("m", "s", "t", Map.of(), List.of(anomalous, noCreation), "");
    assertThat(r.anomalousCount()).isEqualTo(1); // it was 2: both reasons begin "history has "
    assertThat(r.excluded()).hasSize(2);
  }
}
