package io.revops.examples.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.OrderRecord;
import io.revops.examples.data.SpendRecord;
import io.revops.json.JsonCursor;
import io.revops.json.JsonDecoder;
import io.revops.json.JsonPathException;
import io.revops.json.RevOpsJson;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The JSON Lines data folder the health check reads and the sample generator writes: five files, each one
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
 * orders.jsonl   one one-off order of a customer (onboarding, services, add-ons), for the CLV models:
 *                {"customer":"L17","date":"2025-05-04","amount":{"amount":152300,"currency":"RUB"}}
 * }</pre>
 *
 * <p>{@code leads.jsonl} and {@code events.jsonl} are required; {@code spend.jsonl} and {@code mrr.jsonl} may be
 * missing (CAC, LTV and revenue retention then say they cannot be computed); the health check does not read
 * {@code orders.jsonl}.
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
  /** The one-off orders file name. */
  public static final String ORDERS = "orders.jsonl";

  private static final ObjectMapper MAPPER = RevOpsJson.mapper();

  private JsonlSchema() {}

  /** The JSON object of one spend record. */
  public static ObjectNode spendToJson(SpendRecord s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("month", s.month().toString());
    s.channel().ifPresent(c -> n.put("channel", c));
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

  /** The JSON object of one order. */
  public static ObjectNode orderToJson(OrderRecord o) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("customer", o.customerId());
    n.put("date", o.date().toString());
    n.set("amount", MAPPER.valueToTree(o.amount()));
    return n;
  }

  /** The streaming decoder of one spend record. */
  public static final JsonDecoder<SpendRecord> SPEND_RECORD = in -> {
    in.beginObject("a spend record");
    YearMonth month = null;
    String channel = null;
    String department = null;
    Boolean paid = null;
    MonetaryAmount amount = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "month" -> month = in.month();
        case "channel" -> channel = nonBlank(in, "a channel");
        case "department" -> {
          department = in.text("\"marketing\" or \"sales\"");
          if (!department.equals("marketing") && !department.equals("sales")) {
            throw in.expected("\"marketing\" or \"sales\"");
          }
        }
        case "paid" -> paid = in.bool();
        case "amount" -> amount = in.nonNegativeMoney();
        default -> throw in.unknownField("month, channel, department, paid, amount");
      }
    }
    YearMonth m = in.required(month, "month", "a month such as \"2025-01\"");
    String d = in.required(department, "department", "\"marketing\" or \"sales\"");
    boolean p = in.required(paid, "paid", "true or false");
    MonetaryAmount a = in.required(amount, "amount", "an amount {\"amount\": 100.00, \"currency\": \"RUB\"}");
    Optional<String> c = Optional.ofNullable(channel); // none: the department's spend, not paid
    return in.build(() -> new SpendRecord(m, c, d, p, a));
  };

  /** The streaming decoder of one MRR record. */
  public static final JsonDecoder<MrrRecord> MRR_RECORD = in -> {
    in.beginObject("an MRR record");
    String customer = null;
    YearMonth month = null;
    MonetaryAmount mrr = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "customer" -> customer = nonBlank(in, "a customer id");
        case "month" -> month = in.month();
        case "mrr" -> mrr = in.nonNegativeMoney();
        default -> throw in.unknownField("customer, month, mrr");
      }
    }
    String c = in.required(customer, "customer", "a customer id");
    YearMonth m = in.required(month, "month", "a month such as \"2025-01\"");
    MonetaryAmount r = in.required(mrr, "mrr", "an amount {\"amount\": 100.00, \"currency\": \"RUB\"}");
    return in.build(() -> new MrrRecord(c, m, r));
  };

  /** The streaming decoder of one order. */
  public static final JsonDecoder<OrderRecord> ORDER_RECORD = in -> {
    in.beginObject("an order");
    String customer = null;
    LocalDate date = null;
    MonetaryAmount amount = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "customer" -> customer = nonBlank(in, "a customer id");
        case "date" -> date = in.date();
        case "amount" -> {
          amount = in.money();
          if (!amount.isPositive()) {
            throw in.expected("a positive amount");
          }
        }
        default -> throw in.unknownField("customer, date, amount");
      }
    }
    String c = in.required(customer, "customer", "a customer id");
    LocalDate d = in.required(date, "date", "a date such as \"2025-05-04\"");
    MonetaryAmount a = in.required(amount, "amount", "a positive amount {\"amount\": 100.00, \"currency\": \"RUB\"}");
    return in.build(() -> new OrderRecord(c, d, a));
  };

  private static String nonBlank(JsonCursor in, String what) throws IOException {
    String s = in.text(what);
    if (s.isBlank()) {
      throw in.expected(what + " that is not blank");
    }
    return s;
  }

}
