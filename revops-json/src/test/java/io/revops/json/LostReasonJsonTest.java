package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.batch.Findings;
import io.revops.core.history.LeadEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lost deal's reason: the dialect writes {@code ""} for none and reads a missing, empty or blank reason as none,
 * by the mapper and by the streaming reader alike; the Java value is an empty {@code Optional}, never {@code ""}.
 */
class LostReasonJsonTest {
  private static final ObjectMapper MAPPER = RevOpsJson.mapper();
  private static final String COMMON = "{\"type\":\"lost\",\"id\":\"e\",\"leadId\":\"L\",\"at\":\"2026-03-06T14:30:00Z\"";

  private static List<LeadEvent> streamed(String line) throws IOException {
    Findings findings = Findings.create();
    try (JsonLines<LeadEvent> lines = JsonLines.read(line, "events.jsonl", Decoders.LEAD_EVENT, findings)) {
      List<LeadEvent> read = lines.stream().toList();
      assertThat(findings.all()).isEmpty();
      return read;
    }
  }

  @Test
  void noReasonIsEmptyAndWrittenAsTheEmptyString() throws IOException {
    for (String line : List.of(COMMON + "}", COMMON + ",\"reason\":\"\"}", COMMON + ",\"reason\":\"  \"}")) {
      LeadEvent.Lost mapped = (LeadEvent.Lost) MAPPER.readValue(line, LeadEvent.class);
      assertThat(mapped.reason()).as(line).isEmpty();
      assertThat(streamed(line)).as(line).containsExactly(mapped);
      assertThat(MAPPER.writeValueAsString(mapped)).as(line).isEqualTo(COMMON + ",\"reason\":\"\"}");
    }
  }

  @Test
  void aReasonIsReadAndWrittenAsGiven() throws IOException {
    String line = COMMON + ",\"reason\":\" chose a competitor\"}";
    LeadEvent.Lost mapped = (LeadEvent.Lost) MAPPER.readValue(line, LeadEvent.class);
    assertThat(mapped.reason()).hasValue(" chose a competitor");
    assertThat(streamed(line)).containsExactly(mapped);
    assertThat(MAPPER.writeValueAsString(mapped)).isEqualTo(line);
  }
}
