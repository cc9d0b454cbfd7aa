package io.revops.examples.healthcheck;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.revops.core.batch.Finding;
import io.revops.core.batch.Quote;
import io.revops.examples.healthcheck.HealthDocument.Figure;
import io.revops.json.JsonCursor;
import io.revops.json.JsonDecoder;
import io.revops.json.JsonPathException;
import io.revops.json.RevOpsJson;
import io.revops.json.sla.ObligationKeys;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Reads {@code report.json} into a {@link HealthDocument} with revops-json's streaming {@link JsonCursor}, by the
 * dialect's rules: every field of the document is required (as {@link HealthJson} writes them all) except the
 * alternatives it writes one of ({@code "value"} and {@code "explanation"} or {@code "notComputable"}; a top lever
 * or a {@code "note"}; data-quality figures or {@code "notComputed"}) and a defined rate; unknown fields are
 * rejected; a {@code null} field is an absent one; every failure is a {@link JsonPathException} naming the path,
 * the value and the rule. Obligation keys are read in the dialect's snake case only ({@code "first_contact"},
 * any letter case, {@link ObligationKeys}): the agreement's {@code "first-contact"}, which {@code report.json}
 * carried before, is rejected with the spelling to write instead. The constant and derived fields
 * ({@code "precision"}, {@code "errorsListed"}, {@code "everyRejectedRowIn"}, {@code "countedAs"}) are checked
 * against what the writer writes.
 *
 * <p>Cost: one pass over the text, memory linear in the document.
 *
 * <p>One file over 500 lines on purpose: it does one job, one small reader per section of the document in the
 * order {@link HealthJson} writes them, so that a field added to the writer is added here beside its neighbours.
 */
final class HealthDocumentReader {
  private HealthDocumentReader() {}

  private static final String RATE = "a rate (a JSON number, the fraction)";
  private static final String COUNT = "a count";

  static HealthDocument read(String json) throws IOException {
    try (JsonParser p = RevOpsJson.mapper().getFactory().createParser(json)) {
      JsonCursor in = JsonCursor.of(p);
      HealthDocument d = document(in);
      if (p.nextToken() != null) {
        throw in.fail("expected the end of the document after report.json's object");
      }
      return d;
    }
  }

  /** The fields of one object, each handled by {@code field}; the object's path is the cursor's. */
  @FunctionalInterface
  private interface Field {
    void read(String name) throws IOException;
  }

  private static void object(JsonCursor in, String what, Field field) throws IOException {
    in.beginObject(what);
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      field.read(f);
    }
  }

  /** Reads a key of a JSON object as the document's key, the cursor standing on the field's value. */
  @FunctionalInterface
  private interface Key {
    String read(JsonCursor in, String name) throws IOException;
  }

  private static <V> Map<String, V> map(JsonCursor in, String what, JsonDecoder<V> value) throws IOException {
    return map(in, what, (c, name) -> name, value);
  }

  private static <V> Map<String, V> map(JsonCursor in, String what, Key key, JsonDecoder<V> value)
      throws IOException {
    Map<String, V> out = new LinkedHashMap<>();
    object(in, what, f -> {
      if (out.put(key.read(in, f), value.decode(in)) != null) {
        throw in.fail("duplicate key \"" + Quote.bounded(f) + "\" in " + what);
      }
    });
    return out;
  }

  private static Map<String, Long> counts(JsonCursor in, String what) throws IOException {
    return map(in, what, c -> c.count(COUNT));
  }

  private static String text(JsonCursor in) throws IOException {
    return in.text("a text");
  }

  /** {@code {"value": .., "explanation": ..}} or {@code {"notComputable": reason}}. */
  private static <T> Figure<T> figure(JsonCursor in, String what, JsonDecoder<T> value) throws IOException {
    Object[] v = new Object[3];
    object(in, what + " (a metric)", f -> {
      switch (f) {
        case "value" -> v[0] = value.decode(in);
        case "explanation" -> v[1] = text(in);
        case "notComputable" -> v[2] = text(in);
        default -> throw in.unknownField("value, explanation, notComputable");
      }
    });
    if (v[2] != null) {
      if (v[0] != null || v[1] != null) {
        throw in.notAllowed(v[0] != null ? "value" : "explanation", "a metric that is not computable has no "
            + (v[0] != null ? "value" : "explanation"));
      }
      return Figure.notComputable((String) v[2]);
    }
    @SuppressWarnings("unchecked")
    T t = (T) in.required(v[0], "value", what + ", or \"notComputable\" with the reason");
    return Figure.explained(t, in.required((String) v[1], "explanation", "the value's explanation"));
  }

  private static HealthDocument document(JsonCursor in) throws IOException {
    Object[] v = new Object[23];
    object(in, "report.json's document", f -> {
      switch (f) {
        case "source" -> v[0] = text(in);
        case "asOf" -> v[1] = in.instant();
        case "period" -> v[2] = text(in);
        case "currency" -> v[3] = in.currency().getCurrencyCode();
        case "precision" -> precision(in);
        case "input" -> v[4] = input(in);
        case "missingData" -> v[5] = in.list("missing data", HealthDocumentReader::missing);
        case "funnel" -> v[6] = counts(in, "leads by stage");
        case "funnelConversions" -> v[7] = map(in, "stage conversions", HealthDocumentReader::stageRate);
        case "bowtie" -> v[8] = counts(in, "volumes by bowtie stage");
        case "conversions" -> v[9] = map(in, "conversions", c -> figure(c, "a conversion",
            HealthDocumentReader::proportion));
        case "cac" -> cac(in, v);
        case "arpa" -> v[12] = figure(in, "an amount", JsonCursor::money);
        case "monthlyChurn" -> v[13] = figure(in, RATE, c -> c.decimal(RATE));
        case "ltv" -> v[14] = figure(in, "an amount", JsonCursor::money);
        case "ltvCac" -> v[15] = figure(in, "a ratio with its band", HealthDocumentReader::banded);
        case "nrr" -> v[16] = figure(in, "a ratio with its band", HealthDocumentReader::banded);
        case "grr" -> v[17] = figure(in, RATE, c -> c.decimal(RATE));
        case "mrrMovements" -> v[18] = figure(in, "MRR movements", HealthDocumentReader::movements);
        case "salesCycle" -> v[19] = cycle(in);
        case "sla" -> v[20] = sla(in);
        case "friction" -> v[21] = friction(in);
        case "dataQuality" -> v[22] = quality(in);
        default -> throw in.unknownField("source, asOf, period, currency, precision, input, missingData, funnel, "
            + "funnelConversions, bowtie, conversions, cac, arpa, monthlyChurn, ltv, ltvCac, nrr, grr, "
            + "mrrMovements, salesCycle, sla, friction, dataQuality");
      }
    });
    String[] names = {"source", "asOf", "period", "currency", "input", "missingData", "funnel", "funnelConversions",
        "bowtie", "conversions", "cac", "cac", "arpa", "monthlyChurn", "ltv", "ltvCac", "nrr", "grr",
        "mrrMovements", "salesCycle", "sla", "friction", "dataQuality"};
    for (int i = 0; i < v.length; i++) {
      in.required(v[i], names[i], "report.json's \"" + names[i] + "\"");
    }
    return build(in, v);
  }

  @SuppressWarnings("unchecked")
  private static HealthDocument build(JsonCursor in, Object[] v) throws JsonPathException {
    return in.build(() -> new HealthDocument((String) v[0], (Instant) v[1], (String) v[2], (String) v[3],
        (HealthDocument.Input) v[4], (List<HealthDocument.Missing>) v[5], (Map<String, Long>) v[6],
        (Map<String, Figure<BigDecimal>>) v[7], (Map<String, Long>) v[8],
        (Map<String, Figure<HealthDocument.Proportion>>) v[9], (Figure<MonetaryAmount>) v[10],
        (Map<String, Figure<MonetaryAmount>>) v[11], (Figure<MonetaryAmount>) v[12], (Figure<BigDecimal>) v[13],
        (Figure<MonetaryAmount>) v[14], (Figure<HealthDocument.Banded>) v[15], (Figure<HealthDocument.Banded>) v[16],
        (Figure<BigDecimal>) v[17], (Figure<HealthDocument.Movements>) v[18], (HealthDocument.Cycle) v[19],
        (HealthDocument.Sla) v[20], (HealthDocument.Friction) v[21], (HealthDocument.Quality) v[22]));
  }

  private static void precision(JsonCursor in) throws IOException {
    object(in, "the precision of rates", f -> {
      switch (f) {
        case "rateDecimalPlaces" -> {
          if (in.count("decimal places") != RevOpsJson.REPORT_RATE_SCALE) {
            throw in.fail("rates are written with " + RevOpsJson.REPORT_RATE_SCALE + " decimal places");
          }
        }
        case "rates" -> text(in);
        default -> throw in.unknownField("rateDecimalPlaces, rates");
      }
    });
  }

  private static HealthDocument.Input input(JsonCursor in) throws IOException {
    long[] n = {-1, -1, -1, -1, -1, -1};
    Object[] v = new Object[3];
    object(in, "what was read", f -> {
      switch (f) {
        case "rowsRead" -> n[0] = in.count(COUNT);
        case "rowsRejected" -> n[1] = in.count(COUNT);
        case "leads" -> n[2] = in.count(COUNT);
        case "events" -> n[3] = in.count(COUNT);
        case "historiesWithAnomalies" -> n[4] = in.count(COUNT);
        case "rejectionsByRule" -> v[0] = counts(in, "rejections by rule");
        case "errorsListed" -> n[5] = in.count(COUNT);
        case "everyRejectedRowIn" -> {
          if (!text(in).equals(RejectedRows.FILE)) {
            throw in.expected("\"" + RejectedRows.FILE + "\"");
          }
        }
        case "errors" -> v[1] = in.list("rejected rows", HealthDocumentReader::finding);
        case "duplicateMrrRecords" -> v[2] = in.list("duplicated MRR records", HealthDocumentReader::duplicate);
        default -> throw in.unknownField("rowsRead, rowsRejected, leads, events, historiesWithAnomalies, "
            + "rejectionsByRule, errorsListed, everyRejectedRowIn, errors, duplicateMrrRecords");
      }
    });
    String[] names = {"rowsRead", "rowsRejected", "leads", "events", "historiesWithAnomalies", "errorsListed"};
    for (int i = 0; i < n.length; i++) {
      in.required(n[i] < 0 ? null : n[i], names[i], COUNT);
    }
    @SuppressWarnings("unchecked")
    Map<String, Long> byRule = (Map<String, Long>) in.required(v[0], "rejectionsByRule", "rejections by rule");
    @SuppressWarnings("unchecked")
    List<Finding> errors = (List<Finding>) in.required(v[1], "errors", "an array of rejected rows");
    @SuppressWarnings("unchecked")
    List<HealthDocument.DuplicateMrr> dup = (List<HealthDocument.DuplicateMrr>) in.required(v[2],
        "duplicateMrrRecords", "an array of duplicated MRR records");
    if (n[5] != errors.size()) {
      throw in.notAllowed("errorsListed", "must be the number of rows in \"errors\", " + errors.size() + ": " + n[5]);
    }
    return in.build(() -> new HealthDocument.Input(n[0], n[1], n[2], n[3], n[4], byRule, errors, dup));
  }

  private static Finding finding(JsonCursor in) throws IOException {
    Object[] v = new Object[5];
    object(in, "a rejected row", f -> {
      switch (f) {
        case "file" -> v[0] = text(in);
        case "line" -> v[1] = in.count("a line number");
        case "column" -> v[2] = text(in);
        case "value" -> v[3] = text(in);
        case "rule" -> v[4] = text(in);
        default -> throw in.unknownField("file, line, column, value, rule");
      }
    });
    String file = in.required((String) v[0], "file", "the file (a JSON string)");
    long line = in.required((Long) v[1], "line", "a line number");
    String column = in.required((String) v[2], "column", "the column (a JSON string)");
    String value = in.required((String) v[3], "value", "the value (a JSON string)");
    String rule = in.required((String) v[4], "rule", "the rule (a JSON string)");
    // report.json writes "" for no column and for no value (HealthJson)
    return in.build(() -> Finding.of(file, line, column, value, rule));
  }

  private static HealthDocument.DuplicateMrr duplicate(JsonCursor in) throws IOException {
    Object[] v = new Object[4];
    object(in, "a duplicated MRR record", f -> {
      switch (f) {
        case "customer" -> v[0] = text(in);
        case "month" -> v[1] = in.month();
        case "mrr" -> v[2] = in.money();
        case "copies" -> v[3] = in.count(COUNT);
        case "countedAs" -> {
          if (in.count(COUNT) != 1) {
            throw in.fail("a duplicated record is counted once: countedAs is 1");
          }
        }
        default -> throw in.unknownField("customer, month, mrr, copies, countedAs");
      }
    });
    String c = in.required((String) v[0], "customer", "a customer id (a JSON string)");
    YearMonth m = in.required((YearMonth) v[1], "month", "a month such as \"2026-11\"");
    MonetaryAmount mrr = in.required((MonetaryAmount) v[2], "mrr", "an amount");
    long copies = in.required((Long) v[3], "copies", COUNT);
    return in.build(() -> new HealthDocument.DuplicateMrr(c, m, mrr, copies));
  }

  private static HealthDocument.Missing missing(JsonCursor in) throws IOException {
    String[] v = new String[3];
    object(in, "missing data", f -> {
      switch (f) {
        case "what" -> v[0] = text(in);
        case "why" -> v[1] = text(in);
        case "leavesOut" -> v[2] = text(in);
        default -> throw in.unknownField("what, why, leavesOut");
      }
    });
    return new HealthDocument.Missing(in.required(v[0], "what", "a text"), in.required(v[1], "why", "a text"),
        in.required(v[2], "leavesOut", "a text"));
  }

  /** A stage conversion: a rate, or {@code {"notComputable": reason}}. */
  private static Figure<BigDecimal> stageRate(JsonCursor in) throws IOException {
    JsonToken t = in.token();
    if (t != JsonToken.START_OBJECT) {
      return Figure.of(in.decimal(RATE + ", or {\"notComputable\": reason}"));
    }
    String[] reason = new String[1];
    object(in, "a stage conversion", f -> {
      if (!f.equals("notComputable")) {
        throw in.unknownField("notComputable");
      }
      reason[0] = text(in);
    });
    return Figure.notComputable(in.required(reason[0], "notComputable", "the reason (a JSON string)"));
  }

  private static HealthDocument.Proportion proportion(JsonCursor in) throws IOException {
    Long[] n = new Long[2];
    BigDecimal[] r = new BigDecimal[3];
    object(in, "a proportion", f -> {
      switch (f) {
        case "successes" -> n[0] = in.count(COUNT);
        case "trials" -> n[1] = in.count(COUNT);
        case "rate" -> r[0] = in.decimal(RATE);
        case "lower" -> r[1] = in.decimal(RATE);
        case "upper" -> r[2] = in.decimal(RATE);
        default -> throw in.unknownField("successes, trials, rate, lower, upper");
      }
    });
    return new HealthDocument.Proportion(in.required(n[0], "successes", COUNT), in.required(n[1], "trials", COUNT),
        in.required(r[0], "rate", RATE), in.required(r[1], "lower", RATE), in.required(r[2], "upper", RATE));
  }

  private static HealthDocument.Banded banded(JsonCursor in) throws IOException {
    BigDecimal[] ratio = new BigDecimal[1];
    String[] band = new String[1];
    object(in, "a ratio with its band", f -> {
      switch (f) {
        case "ratio" -> ratio[0] = in.decimal("a ratio (a JSON number)");
        case "band" -> band[0] = text(in);
        default -> throw in.unknownField("ratio, band");
      }
    });
    return new HealthDocument.Banded(in.required(ratio[0], "ratio", "a ratio (a JSON number)"),
        in.required(band[0], "band", "a band (a JSON string)"));
  }

  private static HealthDocument.Movements movements(JsonCursor in) throws IOException {
    YearMonth[] months = new YearMonth[2];
    Map<String, MonetaryAmount> amounts = new LinkedHashMap<>();
    object(in, "MRR movements", f -> {
      switch (f) {
        case "start" -> months[0] = in.month();
        case "end" -> months[1] = in.month();
        default -> {
          if (!HealthDocument.Movements.AMOUNTS.contains(f)) {
            throw in.unknownField("start, end, " + String.join(", ", HealthDocument.Movements.AMOUNTS));
          }
          amounts.put(f, in.money());
        }
      }
    });
    YearMonth start = in.required(months[0], "start", "a month such as \"2026-11\"");
    YearMonth end = in.required(months[1], "end", "a month such as \"2026-11\"");
    Map<String, MonetaryAmount> ordered = new LinkedHashMap<>();
    for (String name : HealthDocument.Movements.AMOUNTS) {
      ordered.put(name, in.required(amounts.get(name), name, "an amount"));
    }
    return in.build(() -> new HealthDocument.Movements(start, end, ordered));
  }

  @SuppressWarnings("unchecked")
  private static void cac(JsonCursor in, Object[] v) throws IOException {
    object(in, "CAC", f -> {
      switch (f) {
        case "blended" -> v[10] = figure(in, "an amount", JsonCursor::money);
        case "byChannel" -> v[11] = map(in, "CAC by channel", c -> figure(c, "an amount", JsonCursor::money));
        default -> throw in.unknownField("blended, byChannel");
      }
    });
    in.required(v[10], "blended", "the blended CAC (a metric)");
    in.required(v[11], "byChannel", "CAC by channel");
  }

  @SuppressWarnings("unchecked")
  private static HealthDocument.Cycle cycle(JsonCursor in) throws IOException {
    Object[] v = new Object[7];
    object(in, "the sales cycle", f -> {
      switch (f) {
        case "start" -> v[0] = text(in);
        case "wonDeals" -> v[1] = in.count(COUNT);
        case "customers" -> v[2] = in.count(COUNT);
        case "leftOutWithAnomalies" -> v[3] = in.count(COUNT);
        case "leftOutWithNoStart" -> v[4] = in.count(COUNT);
        case "medianDays" -> v[5] = figure(in, "days", c -> c.decimal("days (a JSON number)"));
        case "p90Days" -> v[6] = figure(in, "days", c -> c.decimal("days (a JSON number)"));
        default -> throw in.unknownField("start, wonDeals, customers, leftOutWithAnomalies, leftOutWithNoStart, "
            + "medianDays, p90Days");
      }
    });
    String[] names = {"start", "wonDeals", "customers", "leftOutWithAnomalies", "leftOutWithNoStart", "medianDays",
        "p90Days"};
    for (int i = 0; i < v.length; i++) {
      in.required(v[i], names[i], "the sales cycle's \"" + names[i] + "\"");
    }
    return in.build(() -> new HealthDocument.Cycle((String) v[0], (Long) v[1], (Long) v[2], (Long) v[3],
        (Long) v[4], (Figure<BigDecimal>) v[5], (Figure<BigDecimal>) v[6]));
  }

  private static HealthDocument.Counts status(JsonCursor in) throws IOException {
    Long[] n = new Long[5];
    BigDecimal[] compliance = new BigDecimal[1];
    String[] names = {"met", "breached", "pending", "atRisk", "notApplicable"};
    object(in, "status counts", f -> {
      int i = List.of(names).indexOf(f);
      if (i >= 0) {
        n[i] = in.count("a count of verdicts");
      } else if (f.equals("compliance")) {
        compliance[0] = in.decimal(RATE);
      } else {
        throw in.unknownField("met, breached, pending, atRisk, notApplicable, compliance");
      }
    });
    for (int i = 0; i < n.length; i++) {
      in.required(n[i], names[i], "a count of verdicts");
    }
    return new HealthDocument.Counts(n[0], n[1], n[2], n[3], n[4], Optional.ofNullable(compliance[0]));
  }

  private static HealthDocument.Bucket bucket(JsonCursor in) throws IOException {
    Long[] n = new Long[4];
    BigDecimal[] conversion = new BigDecimal[1];
    String[] names = {"mqls", "sqls", "rejected", "open"};
    object(in, "a speed-to-lead bucket", f -> {
      int i = List.of(names).indexOf(f);
      if (i >= 0) {
        n[i] = in.count(COUNT);
      } else if (f.equals("conversion")) {
        conversion[0] = in.decimal(RATE);
      } else {
        throw in.unknownField("mqls, sqls, rejected, open, conversion");
      }
    });
    for (int i = 0; i < n.length; i++) {
      in.required(n[i], names[i], COUNT);
    }
    return new HealthDocument.Bucket(n[0], n[1], n[2], n[3], Optional.ofNullable(conversion[0]));
  }

  @SuppressWarnings("unchecked")
  private static HealthDocument.Sla sla(JsonCursor in) throws IOException {
    Object[] v = new Object[5];
    object(in, "SLA compliance", f -> {
      switch (f) {
        case "agreement" -> v[0] = text(in);
        case "mqls" -> v[1] = in.count(COUNT);
        case "obligations" -> v[2] = map(in, "counts by obligation", ObligationKeys::fromJson,
            HealthDocumentReader::status);
        case "complianceByWeek" -> v[3] = map(in, "weekly counts by obligation", ObligationKeys::fromJson,
            c -> map(c, "counts by ISO week", HealthDocumentReader::status));
        case "speedToLead" -> v[4] = map(in, "speed to lead by bucket", HealthDocumentReader::bucket);
        default -> throw in.unknownField("agreement, mqls, obligations, complianceByWeek, speedToLead");
      }
    });
    String[] names = {"agreement", "mqls", "obligations", "complianceByWeek", "speedToLead"};
    for (int i = 0; i < v.length; i++) {
      in.required(v[i], names[i], "the SLA section's \"" + names[i] + "\"");
    }
    return in.build(() -> new HealthDocument.Sla((String) v[0], (Long) v[1], (Map<String, HealthDocument.Counts>) v[2],
        (Map<String, Map<String, HealthDocument.Counts>>) v[3], (Map<String, HealthDocument.Bucket>) v[4]));
  }

  @SuppressWarnings("unchecked")
  private static HealthDocument.Friction friction(JsonCursor in) throws IOException {
    Object[] v = new Object[9];
    object(in, "the top friction", f -> {
      switch (f) {
        case "lowestConversion" -> v[0] = text(in);
        case "topLever" -> v[1] = text(in);
        case "topLeverChange" -> v[2] = text(in);
        case "topLeverEffect" -> v[3] = text(in);
        case "topLeverNewCustomers" -> v[4] = in.decimal("a number of customers");
        case "note" -> v[5] = text(in);
        case "leverInputs" -> object(in, "the lever's inputs", g -> {
          switch (g) {
            case "window" -> v[6] = text(in);
            case "observed" -> v[7] = in.list("observed inputs", HealthDocumentReader::text);
            case "notInTheData" -> v[8] = in.list("assumed inputs", HealthDocumentReader::unobserved);
            default -> throw in.unknownField("window, observed, notInTheData");
          }
        });
        default -> throw in.unknownField("lowestConversion, topLever, topLeverChange, topLeverEffect, "
            + "topLeverNewCustomers, note, leverInputs");
      }
    });
    Optional<HealthDocument.Lever> lever = Optional.empty();
    if (v[1] != null || v[5] == null) {
      lever = Optional.of(new HealthDocument.Lever(in.required((String) v[1], "topLever", "the top lever, or a note"),
          in.required((String) v[2], "topLeverChange", "a text"), in.required((String) v[3], "topLeverEffect", "a text"),
          in.required((BigDecimal) v[4], "topLeverNewCustomers", "a number of customers")));
    } else {
      for (int i = 2; i <= 4; i++) {
        if (v[i] != null) {
          throw in.notAllowed(new String[] {"", "", "topLeverChange", "topLeverEffect", "topLeverNewCustomers"}[i],
              "only a top lever has this field, and there is none (a note says why)");
        }
      }
    }
    if (lever.isPresent() && v[5] != null) {
      throw in.notAllowed("note", "a report with a top lever has no note");
    }
    in.required(v[6], "leverInputs", "the lever's inputs with their window");
    List<String> observed = (List<String>) in.required(v[7], "observed", "an array of inputs");
    List<HealthDocument.Unobserved> assumed = (List<HealthDocument.Unobserved>) in.required(v[8], "notInTheData",
        "an array of assumed inputs");
    Optional<HealthDocument.Lever> l = lever;
    return in.build(() -> new HealthDocument.Friction(Optional.ofNullable((String) v[0]), l,
        Optional.ofNullable((String) v[5]), (String) v[6], observed, assumed));
  }

  private static HealthDocument.Unobserved unobserved(JsonCursor in) throws IOException {
    String[] v = new String[3];
    object(in, "an assumed input", f -> {
      switch (f) {
        case "input" -> v[0] = text(in);
        case "why" -> v[1] = text(in);
        case "assumed" -> v[2] = text(in);
        default -> throw in.unknownField("input, why, assumed");
      }
    });
    return new HealthDocument.Unobserved(in.required(v[0], "input", "a text"), in.required(v[1], "why", "a text"),
        in.required(v[2], "assumed", "a text"));
  }

  private static HealthDocument.Quality quality(JsonCursor in) throws IOException {
    Long[] n = new Long[6];
    String[] names = {"leads", "leadsCountedTwice", "distinctPeople", "duplicatePeopleClusters",
        "duplicateCompanyClusters", "unreadableValues"};
    Object[] v = new Object[2];
    object(in, "the data-quality figures", f -> {
      int i = List.of(names).indexOf(f);
      if (i >= 0) {
        n[i] = in.count(COUNT);
      } else if (f.equals("usableValues")) {
        v[0] = counts(in, "usable values by field");
      } else if (f.equals("notComputed")) {
        v[1] = text(in);
      } else {
        throw in.unknownField(String.join(", ", names) + ", usableValues, notComputed");
      }
    });
    if (v[1] != null) {
      for (int i = 0; i < n.length; i++) {
        if (n[i] != null) {
          throw in.notAllowed(names[i], "data quality that was not computed has no figures");
        }
      }
      if (v[0] != null) {
        throw in.notAllowed("usableValues", "data quality that was not computed has no figures");
      }
      return new HealthDocument.Quality(Optional.empty(), Optional.of((String) v[1]));
    }
    for (int i = 0; i < n.length; i++) {
      in.required(n[i], names[i], COUNT + ", or \"notComputed\" with the reason");
    }
    @SuppressWarnings("unchecked")
    Map<String, Long> usable = (Map<String, Long>) in.required(v[0], "usableValues", "usable values by field");
    return new HealthDocument.Quality(Optional.of(new HealthDocument.QualityFigures(n[0], n[1], n[2], n[3], n[4],
        n[5], usable)), Optional.empty());
  }
}
