package io.revops.examples.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.json.JsonPathException;
import io.revops.json.RevOpsJson;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SpendRecord;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javax.money.MonetaryAmount;

/**
 * The JSON Lines data folder the health check reads and the sample generator writes: four files, each one
 * JSON object per line, each optionally gzipped ({@code leads.jsonl.gz}).
 *
 * <pre>{@code
 * leads.jsonl    one Lead per line, in the shape of io.revops.json:
 *                {"id":"L17","company":{"name":"...","employees":120,...},"contact":{...},"source":"webinar",
 *                 "behaviour":[...],"bant":{...},"dataVerifiedAt":"2025-01-05T09:12:00Z"}
 * events.jsonl   one LeadEvent per line, discriminated by "type":
 *                {"type":"became_mql","id":"L17/2","leadId":"L17","at":"2025-01-05T09:12:00Z"}
 *                {"type":"won","id":"L17/9","leadId":"L17","at":"...","actor":"rep-3",
 *                 "amount":{"amount":2000000,"currency":"RUB"}}
 * spend.jsonl    one month's spend on one channel:
 *                {"month":"2025-01","channel":"paid_search","department":"marketing","paid":true,
 *                 "amount":{"amount":812345,"currency":"RUB"}}
 *                department is "marketing" or "sales"; a channel that is no lead source (e.g. "sales_team")
 *                is spend not attributed to a channel
 * mrr.jsonl      one customer-month of recurring revenue:
 *                {"customer":"L17","month":"2025-05","mrr":{"amount":166666.67,"currency":"RUB"}}
 *                the customer id is the id of the lead that became the customer
 * }</pre>
 *
 * <p>{@code leads.jsonl} and {@code events.jsonl} are required; {@code spend.jsonl} and {@code mrr.jsonl} may be
 * missing (CAC, LTV and revenue retention then say they cannot be computed).
 */
public final class JsonlSchema {
  /** The leads file name. */
  public static final String LEADS = "leads.jsonl";
  /** The lead events file name. */
  public static final String EVENTS = "events.jsonl";
  /** The spend file name. */
  public static final String SPEND = "spend.jsonl";
  /** The MRR file name. */
  public static final String MRR = "mrr.jsonl";

  private static final ObjectMapper MAPPER = RevOpsJson.mapper();

  private JsonlSchema() {}

  /** A value that breaks the schema, at a JSON path. */
  static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    final String path;
    final String value;
    final String rule;

    BadValue(String path, String value, String rule) {
      super(path + ": " + rule, null, false, false);
      this.path = path;
      this.value = value;
      this.rule = rule;
    }
  }

  /** The JSON object of one spend record. */
  public static ObjectNode spendToJson(SpendRecord s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("month", s.month().toString());
    n.put("channel", s.channel());
    n.put("department", s.department());
    n.put("paid", s.paid());
    n.set("amount", MAPPER.valueToTree(s.amount()));
    return n;
  }

  /** The JSON object of one MRR record. */
  public static ObjectNode mrrToJson(MrrRecord m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("customer", m.customerId());
    n.put("month", m.month().toString());
    n.set("mrr", MAPPER.valueToTree(m.mrr()));
    return n;
  }

  static SpendRecord spendFromJson(JsonNode n) throws BadValue {
    requireObject(n);
    YearMonth month = month(n, "month");
    String channel = text(n, "channel");
    String department = text(n, "department");
    if (!department.equals("marketing") && !department.equals("sales")) {
      throw new BadValue("$.department", department, "must be \"marketing\" or \"sales\"");
    }
    JsonNode paid = n.get("paid");
    if (paid == null || !paid.isBoolean()) {
      throw new BadValue("$.paid", paid == null ? "" : paid.toString(), "must be true or false");
    }
    MonetaryAmount amount = money(n, "amount");
    if (amount.isNegative()) {
      throw new BadValue("$.amount.amount", amount.getNumber().toString(), "must not be negative");
    }
    return new SpendRecord(month, channel, department, paid.booleanValue(), amount);
  }

  static MrrRecord mrrFromJson(JsonNode n) throws BadValue {
    requireObject(n);
    String customer = text(n, "customer");
    YearMonth month = month(n, "month");
    MonetaryAmount mrr = money(n, "mrr");
    if (mrr.isNegative()) {
      throw new BadValue("$.mrr.amount", mrr.getNumber().toString(), "must not be negative");
    }
    return new MrrRecord(customer, month, mrr);
  }

  private static void requireObject(JsonNode n) throws BadValue {
    if (!n.isObject()) {
      throw new BadValue("$", n.toString(), "must be a JSON object");
    }
  }

  private static String text(JsonNode n, String field) throws BadValue {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new BadValue("$." + field, "", "is required");
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new BadValue("$." + field, v.toString(), "must be a non-blank string");
    }
    return v.asText();
  }

  private static YearMonth month(JsonNode n, String field) throws BadValue {
    String v = text(n, field);
    try {
      return YearMonth.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadValue("$." + field, v, "must be a month such as 2025-01");
    }
  }

  private static MonetaryAmount money(JsonNode n, String field) throws BadValue {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new BadValue("$." + field, "", "is required (an amount {\"amount\": 100.00, \"currency\": \"RUB\"})");
    }
    try {
      return MAPPER.treeToValue(v, MonetaryAmount.class);
    } catch (JsonPathException e) {
      String path = "$." + field + e.path().substring(1);
      throw new BadValue(path, JsonlReader.valueAt(v, e.path()), e.problem());
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new BadValue("$." + field, v.toString(), "must be an amount {\"amount\": 100.00, \"currency\": \"RUB\"}");
    }
  }
}
