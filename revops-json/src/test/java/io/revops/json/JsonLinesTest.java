package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static final String LINES = q(String.join("\n",
      "{'type':'created','id':'e1','leadId':'L-1','at':'2026-03-06T14:30:00Z','source':'webinar'}",
      "",
      "{'type':'became_mql','id':'e2','leadId':'L-1','at':'yesterday'}",
      "{'type':'became_mql','id':'e3','leadId':'L-1','at':'2026-03-06T14:31:00Z'}",
      "not json at all",
      "null",
      "{'type':'created','id':'e4','leadId':'L-2','at':'2026-03-06T14:30:00Z','source':'referral'}"));

  @Test
  void badLinesAreReportedAndTheRestIsRead() throws IOException {
    JsonLines<LeadEvent> read = JsonLines.read(new StringReader(LINES), LeadEvent.class);
    assertThat(read.values()).extracting(LeadEvent::id)
        .containsExactly(EventId.of("e1"), EventId.of("e3"), EventId.of("e4"));
    assertThat(read.problems()).extracting(JsonLines.Problem::line).containsExactly(3, 5, 6);
    assertThat(read.problems().get(0).path()).isEqualTo("$.at");
    assertThat(read.problems().get(0).toString()).startsWith("line 3: $.at: expected an ISO-8601 instant");
    assertThat(read.problems().get(1).message()).startsWith("$: Unrecognized token 'not'");
    assertThat(read.problems().get(2).message()).isEqualTo("$: expected a LeadEvent, got null");
    assertThat(read.isClean()).isFalse();
    assertThat(LeadEventHistory.groupByLead(read.values())).hasSize(2);
    assertThat(read.toString()).startsWith("JsonLines: 3 read, 3 problems");
  }

  @Test
  void aCleanDocument() {
    JsonLines<LeadEvent> read = JsonLines.read(q("{'type':'became_mql','id':'e2','leadId':'L-1',"
        + "'at':'2026-03-06T14:31:00Z'}\n"), LeadEvent.class);
    assertThat(read.isClean()).isTrue();
    assertThat(read.values()).hasSize(1);
    assertThat(read).isEqualTo(JsonLines.read(q("\n{'type':'became_mql','id':'e2','leadId':'L-1',"
        + "'at':'2026-03-06T14:31:00Z'}"), LeadEvent.class));
  }
}
