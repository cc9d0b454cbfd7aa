package io.revops.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.json.RevOpsJson;
import io.revops.sla.SlaAgreement;
import io.revops.sla.json.SlaModule;

/**
 * An agreement in transit to the executors: its JSON ({@link SlaModule}, standard calendars), the one place
 * revops-spark uses revops' JSON.
 */
final class Agreements {
  private static final ObjectMapper JSON = RevOpsJson.mapper().registerModule(SlaModule.of());

  private Agreements() {}

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
}
