package io.revops.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.json.RevOpsJson;
import io.revops.core.lead.Lead;
import io.revops.sla.SlaAgreement;
import io.revops.json.sla.SlaModule;

/**
 * The values revops-spark moves as revops' JSON: an agreement in transit to the executors ({@link SlaModule},
 * standard calendars) and a lead's profile (a line of {@code leads.jsonl}, read on the executor). The one place
 * revops-spark uses revops' JSON.
 */
final class JsonForms {
  private static final ObjectMapper JSON = RevOpsJson.mapper().registerModule(SlaModule.of());

  private JsonForms() {}

  static String toJson(SlaAgreement agreement) {
    try {
      return JSON.writeValueAsString(agreement);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("agreement cannot be written as JSON (its calendar must be one the "
          + "standard CalendarCodec describes): " + agreement.name(), e);
    }
  }

  static SlaAgreement fromJson(String json) {
    try {
      return JSON.readValue(json, SlaAgreement.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("agreement JSON does not read back: " + e.getOriginalMessage(), e);
    }
  }

  /** {@code lead} as one line of {@code leads.jsonl}. */
  static String toJson(Lead lead) {
    try {
      return JSON.writeValueAsString(lead);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("lead cannot be written as JSON: " + lead.id(), e);
    }
  }

  /**
   * The lead of one line of {@code leads.jsonl}.
   *
   * @throws IllegalArgumentException with the path and rule when the line is not a lead
   */
  static Lead lead(String json) throws EventRows.BadRow {
    try {
      return JSON.readValue(json, Lead.class);
    } catch (io.revops.json.JsonPathException e) {
      throw new EventRows.BadRow(e.path(), io.revops.core.batch.Quote.bounded(json), e.problem());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new EventRows.BadRow("", io.revops.core.batch.Quote.bounded(json), "a lead in revops' JSON shape: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
  }
}
