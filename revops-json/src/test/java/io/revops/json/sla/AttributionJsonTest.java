package io.revops.json.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionReason;
import io.revops.sla.Attribution;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluation;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaReport;
import io.revops.sla.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A source named like the missing-source label keeps its own group in JSON, and reads back as itself. */
class AttributionJsonTest {
  private static final BusinessCalendar MOSCOW = BusinessCalendar.always(ZoneId.of("Europe/Moscow"));
  private final ObjectMapper json = new ObjectMapper().registerModule(SlaModule.of());

  @Test
  void aSourceNamedLikeTheLabelIsItsOwnGroupInTheJsonAndRoundTrips() throws Exception {
    Instant mql = Instant.parse("2026-11-02T07:00:00Z");
    List<LeadEventHistory> hs = List.of(
        LeadEventHistory.builder("LIT").created(mql, "(unknown)").becameMql(mql).assigned(mql, "(unassigned)")
            .rejected(mql.plusSeconds(60), "(unassigned)", RejectionReason.noneGiven()).build(),
        LeadEventHistory.builder("NOC").becameMql(mql)
            .rejected(mql.plusSeconds(60), "olga", RejectionReason.noneGiven()).build());
    SlaEvaluation e = SlaEvaluator.evaluate(SlaAgreement.handbook(MOSCOW), hs, Instant.parse("2026-11-20T00:00:00Z"));
    String text = json.writeValueAsString(e.report());
    JsonNode tree = json.readTree(text);

    JsonNode bySource = tree.at("/complianceBySource/first_contact");
    assertThat(bySource.fieldNames()).toIterable().containsExactly("(unknown)", "\\(unknown)");
    assertThat(bySource.get("(unknown)").get("breached").asLong()).isEqualTo(1);
    assertThat(bySource.get("\\(unknown)").get("breached").asLong()).isEqualTo(1);
    assertThat(tree.at("/complianceByRep/first_contact").fieldNames()).toIterable()
        .containsExactly("(unassigned)", "\\(unassigned)");
    // every group key in the JSON reads back as the group it stands for
    assertThat(Attribution.parse("\\(unknown)").name()).contains("(unknown)");
    assertThat(json.readValue(text, SlaReport.class)).isEqualTo(e.report());
  }
}
