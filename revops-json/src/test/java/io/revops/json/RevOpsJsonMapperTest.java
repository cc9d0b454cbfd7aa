package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.core.history.LeadEventHistory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one mapper users get reads and writes every part of the schema, criteria included. */
class RevOpsJsonMapperTest {
  @Test
  void theSharedMapperRoundTripsCriteriaAndHistories() throws Exception {
    ObjectMapper mapper = RevOpsJson.mapper();
    Criterion mql = HandbookCriteria.mql();
    assertThat(mapper.readValue(mapper.writeValueAsString(mql), Criterion.class)).isEqualTo(mql);
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(Instant.parse("2026-03-06T14:30:00Z"), "webinar")
        .becameMql(Instant.parse("2026-03-06T14:31:00Z")).build();
    assertThat(mapper.readValue(mapper.writeValueAsString(h), LeadEventHistory.class)).isEqualTo(h);
  }

  @Test
  void eachCallReturnsANewMapper() {
    assertThat(RevOpsJson.mapper()).isNotSameAs(RevOpsJson.mapper());
  }
}
