package io.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.revops.core.lead.Industry;
import io.revops.core.lead.PageKind;
import io.revops.core.money.Amounts;
import io.revops.core.qualification.BantCriterion.Confirmed;
import io.revops.core.qualification.BantCriterion.Question;
import io.revops.core.qualification.BantCriterion.TimelineWithin;
import io.revops.core.qualification.BehaviouralCriterion.Activity;
import io.revops.core.qualification.BehaviouralCriterion.ActivityAtLeast;
import io.revops.core.qualification.BehaviouralCriterion.VisitedPageKind;
import io.revops.core.qualification.CompositeCriterion.AllOf;
import io.revops.core.qualification.CompositeCriterion.AnyOf;
import io.revops.core.qualification.CompositeCriterion.AtLeast;
import io.revops.core.qualification.CompositeCriterion.Not;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.FirmographicCriterion.AnnualRevenueAtLeast;
import io.revops.core.qualification.FirmographicCriterion.CityIn;
import io.revops.core.qualification.FirmographicCriterion.CityPopulationAtLeast;
import io.revops.core.qualification.FirmographicCriterion.EmployeesAtLeast;
import io.revops.core.qualification.FirmographicCriterion.IndustryIn;
import io.revops.core.qualification.Outcome;
import io.revops.core.qualification.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * Jackson support for qualification: writes and reads every {@link Criterion} (a tree, so a CRM plugin
 * can store an MQL definition as JSON and load it back) and every {@link Evaluation}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new QualificationModule());
 * String json = mapper.writeValueAsString(HandbookCriteria.mql());
 * Criterion mql = mapper.readValue(json, Criterion.class);   // equal to HandbookCriteria.mql()
 * }</pre>
 *
 * <p>A criterion is an object with a {@code type} and that type's parameters; {@code name} appears only
 * when it differs from the default (the definition):
 *
 * <pre>
 * {"type":"all_of","name":"firmographic","of":[
 *   {"type":"employees_at_least","min":50},
 *   {"type":"annual_revenue_at_least","min":{"amount":100000000,"currency":"RUB"}},
 *   {"type":"industry_in","industries":["manufacturing","distribution","it"]},
 *   {"type":"any_of","name":"geography","of":[
 *     {"type":"city_in","cities":["Moscow","Saint Petersburg"]},
 *     {"type":"city_population_at_least","min":1000000}]}]}
 * {"type":"site_visits_at_least","min":3,"window":"P30D"}      (no window: all time)
 * {"type":"visited_page_kind","pageKinds":["PRICING","CASE_STUDY"]}
 * {"type":"content_downloads_at_least","min":2}  {"type":"email_opens_at_least","min":5}  {"type":"events_attended_at_least","min":1}
 * {"type":"budget"}  {"type":"authority"}  {"type":"need"}  {"type":"timeline_within","within":"P6M"}
 * {"type":"at_least","min":2,"of":[...]}  {"type":"any_of","of":[...]}  {"type":"not","of":{...}}
 * </pre>
 *
 * <p>Amounts are written as decimal strings so no digit is lost. An evaluation is
 * {@code {"name","outcome","reason","asOf","children"}}, with {@code asOf} on the root only and
 * {@code "negation":true} on a {@code not}.
 *
 * <p>Reading is strict: an unknown type, a missing or unexpected property, a value of the wrong kind or
 * out of range fails with a {@link MismatchedInputException} whose message starts with the JSON path
 * ({@code at $.of[1].min: expected an integer, got "three"}) and says what was expected.
 *
 * <p>This class is thread-safe once registered.
 */
public final class QualificationModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Map<String, Activity> ACTIVITIES = Map.of(
      "site_visits_at_least", Activity.SITE_VISITS,
      "content_downloads_at_least", Activity.CONTENT_DOWNLOADS,
      "email_opens_at_least", Activity.EMAIL_OPENS,
      "events_attended_at_least", Activity.EVENTS_ATTENDED);
  private static final Map<String, Question> QUESTIONS = Map.of(
      "budget", Question.BUDGET, "authority", Question.AUTHORITY, "need", Question.NEED);
  private static final List<String> TYPES = List.of("employees_at_least", "annual_revenue_at_least", "industry_in", "city_in",
      "city_population_at_least", "site_visits_at_least", "visited_page_kind", "content_downloads_at_least", "email_opens_at_least",
      "events_attended_at_least", "budget", "authority", "need", "timeline_within", "all_of", "any_of", "at_least", "not");

  /** A module with the criterion and evaluation serializers and deserializers. */
  public QualificationModule() {
    super("revops-qualification");
    addSerializer(Criterion.class, new CriterionSerializer());
    addDeserializer(Criterion.class, new CriterionDeserializer());
    addSerializer(Evaluation.class, new EvaluationSerializer());
    addDeserializer(Evaluation.class, new EvaluationDeserializer());
  }

  // ---------------------------------------------------------------- writing

  private static final class CriterionSerializer extends StdSerializer<Criterion> {
    private static final long serialVersionUID = 1L;

    CriterionSerializer() {
      super(Criterion.class);
    }

    @Override
    public void serialize(Criterion c, JsonGenerator g, SerializerProvider provider) throws IOException {
      write(c, g);
    }

    private static void write(Criterion c, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", typeOf(c));
      if (!c.name().equals(c.describe())) {
        g.writeStringField("name", c.name());
      }
      if (c instanceof EmployeesAtLeast e) {
        g.writeNumberField("min", e.min());
      } else if (c instanceof AnnualRevenueAtLeast r) {
        g.writeObjectFieldStart("min");
        g.writeFieldName("amount");
        g.writeNumber(new BigDecimal(Amounts.toBigDecimal(r.min()).toPlainString())); // never 1E+8
        g.writeStringField("currency", r.min().getCurrency().getCurrencyCode());
        g.writeEndObject();
      } else if (c instanceof IndustryIn i) {
        g.writeArrayFieldStart("industries");
        for (Industry industry : i.industries()) g.writeString(industry.name());
        g.writeEndArray();
      } else if (c instanceof CityIn ci) {
        g.writeArrayFieldStart("cities");
        for (String city : ci.cities()) g.writeString(city);
        g.writeEndArray();
      } else if (c instanceof CityPopulationAtLeast p) {
        g.writeNumberField("min", p.min());
      } else if (c instanceof ActivityAtLeast a) {
        g.writeNumberField("min", a.min());
        writeWindow(a.window(), g);
      } else if (c instanceof VisitedPageKind v) {
        g.writeArrayFieldStart("pageKinds");
        for (PageKind k : v.pageKinds()) g.writeString(JsonCursor.name(k));
        g.writeEndArray();
        writeWindow(v.window(), g);
      } else if (c instanceof TimelineWithin t) {
        g.writeStringField("within", t.horizon().toString());
      } else if (c instanceof AtLeast a) {
        g.writeNumberField("min", a.min());
        writeChildren(a.of(), g);
      } else if (c instanceof AllOf || c instanceof AnyOf) {
        writeChildren(c.children(), g);
      } else if (c instanceof Not n) {
        g.writeFieldName("of");
        write(n.of(), g);
      }
      g.writeEndObject();
    }

    private static void writeWindow(Window w, JsonGenerator g) throws IOException {
      if (w.toIso().isPresent()) g.writeStringField("window", w.toIso().get());
    }

    private static void writeChildren(List<Criterion> of, JsonGenerator g) throws IOException {
      g.writeArrayFieldStart("of");
      for (Criterion c : of) write(c, g);
      g.writeEndArray();
    }

    private static String typeOf(Criterion c) {
      if (c instanceof EmployeesAtLeast) return "employees_at_least";
      if (c instanceof AnnualRevenueAtLeast) return "annual_revenue_at_least";
      if (c instanceof IndustryIn) return "industry_in";
      if (c instanceof CityIn) return "city_in";
      if (c instanceof CityPopulationAtLeast) return "city_population_at_least";
      if (c instanceof ActivityAtLeast a) {
        return ACTIVITIES.entrySet().stream().filter(e -> e.getValue() == a.activity()).findFirst().orElseThrow().getKey();
      }
      if (c instanceof VisitedPageKind) return "visited_page_kind";
      if (c instanceof Confirmed q) return q.question().label();
      if (c instanceof TimelineWithin) return "timeline_within";
      if (c instanceof AllOf) return "all_of";
      if (c instanceof AnyOf) return "any_of";
      if (c instanceof AtLeast) return "at_least";
      if (c instanceof Not) return "not";
      throw new IllegalStateException("no JSON type for " + c.getClass()); // unreachable: Criterion is sealed
    }
  }

  private static final class EvaluationSerializer extends StdSerializer<Evaluation> {
    private static final long serialVersionUID = 1L;

    EvaluationSerializer() {
      super(Evaluation.class);
    }

    @Override
    public void serialize(Evaluation e, JsonGenerator g, SerializerProvider provider) throws IOException {
      write(e, g, true);
    }

    private static void write(Evaluation e, JsonGenerator g, boolean root) throws IOException {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeStringField("outcome", JsonCursor.name(e.outcome()));
      g.writeStringField("reason", e.reason());
      if (root) g.writeStringField("asOf", e.asOf().toString());
      if (e.isNegation()) g.writeBooleanField("negation", true);
      if (!e.children().isEmpty()) {
        g.writeArrayFieldStart("children");
        for (Evaluation c : e.children()) write(c, g, false);
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads a JSON tree with the path of every node, failing with that path and what was expected. */
  private static final class Reader {
    private final JsonParser parser;
    private final Class<?> target;

    Reader(JsonParser parser, Class<?> target) {
      this.parser = parser;
      this.target = target;
    }

    MismatchedInputException fail(String path, String message) {
      return MismatchedInputException.from(parser, target, "at " + path + ": " + message);
    }

    static String show(JsonNode n) {
      if (n == null || n.isMissingNode()) return "nothing";
      String s = n.toString();
      String kind = n.isObject() ? "an object " : n.isArray() ? "an array " : n.isTextual() ? "the string " : n.isNull() ? "" : "";
      return kind + (s.length() > 60 ? s.substring(0, 57) + "..." : s);
    }

    JsonNode object(JsonNode n, String path, String what) throws MismatchedInputException {
      if (n == null || !n.isObject()) throw fail(path, "expected " + what + " (a JSON object), got " + show(n));
      return n;
    }

    void onlyFields(JsonNode n, String path, Set<String> allowed) throws MismatchedInputException {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          throw fail(path + JsonCursor.member(f), "unknown field \"" + io.revops.core.batch.Quote.bounded(f)
              + "\"; expected only " + allowed);
        }
      }
    }

    JsonNode required(JsonNode n, String path, String field, String what) throws MismatchedInputException {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) throw fail(path, "missing property \"" + field + "\": expected " + what);
      return v;
    }

    String text(JsonNode n, String path, String field, String what) throws MismatchedInputException {
      JsonNode v = required(n, path, field, what);
      if (!v.isTextual()) throw fail(path + "." + field, "expected " + what + ", got " + show(v));
      return v.textValue();
    }

    String optionalText(JsonNode n, String path, String field, String what) throws MismatchedInputException {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) return null;
      if (!v.isTextual()) throw fail(path + "." + field, "expected " + what + ", got " + show(v));
      return v.textValue();
    }

    long integer(JsonNode n, String path, String field, String what) throws MismatchedInputException {
      JsonNode v = required(n, path, field, what);
      if (!v.isIntegralNumber() || !v.canConvertToLong()) throw fail(path + "." + field, "expected " + what + ", got " + show(v));
      return v.longValue();
    }

    int intValue(JsonNode n, String path, String field, String what) throws MismatchedInputException {
      long v = integer(n, path, field, what);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw fail(path + "." + field, "expected " + what + ", got " + v);
      return (int) v;
    }

    JsonNode array(JsonNode n, String path, String field, String what) throws MismatchedInputException {
      JsonNode v = required(n, path, field, what);
      if (!v.isArray()) throw fail(path + "." + field, "expected " + what + " (a JSON array), got " + show(v));
      return v;
    }

    <T> List<T> texts(JsonNode n, String path, String field, String what, Function<String, T> convert)
        throws MismatchedInputException {
      JsonNode array = array(n, path, field, what);
      List<T> out = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        String itemPath = path + "." + field + "[" + i + "]";
        if (!item.isTextual()) throw fail(itemPath, "expected a string, got " + show(item));
        try {
          out.add(convert.apply(item.textValue()));
        } catch (IllegalArgumentException e) {
          throw fail(itemPath, e.getMessage());
        }
      }
      return out;
    }

    Window window(JsonNode n, String path) throws MismatchedInputException {
      String w = optionalText(n, path, "window", "an ISO-8601 duration such as \"P30D\"");
      if (w == null) return Window.unbounded();
      try {
        return Window.parse(w);
      } catch (IllegalArgumentException e) {
        throw fail(path + ".window", "expected an ISO-8601 duration such as \"P30D\", got \"" + w + "\"");
      }
    }

    Criterion criterion(JsonNode n, String path) throws MismatchedInputException {
      object(n, path, "a criterion");
      String written = text(n, path, "type", "one of " + TYPES);
      // read case-insensitively, like every enum of the dialect
      String type = written.length() <= 64 ? written.toLowerCase(java.util.Locale.ROOT) : written;
      if (!TYPES.contains(type)) throw fail(path + ".type", "expected one of " + TYPES + ", got \"" + type + "\"");
      String name = optionalText(n, path, "name", "a criterion name (a string)");
      try {
        return build(type, name, n, path);
      } catch (IllegalArgumentException e) {
        // a value of the right kind but out of range, e.g. {"type":"at_least","min":5} over 3 criteria
        throw fail(path, e.getMessage());
      }
    }

    private Criterion build(String type, String name, JsonNode n, String path) throws MismatchedInputException {
      switch (type) {
        case "employees_at_least" -> {
          onlyFields(n, path, Set.of("type", "name", "min"));
          return new EmployeesAtLeast(name, intValue(n, path, "min", "a whole number of employees"));
        }
        case "annual_revenue_at_least" -> {
          onlyFields(n, path, Set.of("type", "name", "min"));
          return new AnnualRevenueAtLeast(name, amount(required(n, path, "min", "an amount"), path + ".min"));
        }
        case "industry_in" -> {
          onlyFields(n, path, Set.of("type", "name", "industries"));
          return new IndustryIn(name, new LinkedHashSet<>(texts(n, path, "industries", "a list of industries", Industry::of)));
        }
        case "city_in" -> {
          onlyFields(n, path, Set.of("type", "name", "cities"));
          return new CityIn(name, new LinkedHashSet<>(texts(n, path, "cities", "a list of city names", Function.identity())));
        }
        case "city_population_at_least" -> {
          onlyFields(n, path, Set.of("type", "name", "min"));
          return new CityPopulationAtLeast(name, integer(n, path, "min", "a whole number of inhabitants"));
        }
        case "site_visits_at_least", "content_downloads_at_least", "email_opens_at_least", "events_attended_at_least" -> {
          onlyFields(n, path, Set.of("type", "name", "min", "window"));
          return new ActivityAtLeast(name, ACTIVITIES.get(type), intValue(n, path, "min", "a positive whole number"), window(n, path));
        }
        case "visited_page_kind" -> {
          onlyFields(n, path, Set.of("type", "name", "pageKinds", "window"));
          List<PageKind> kinds = texts(n, path, "pageKinds", "a list of page kinds", QualificationModule::pageKind);
          return new VisitedPageKind(name, new LinkedHashSet<>(kinds), window(n, path));
        }
        case "budget", "authority", "need" -> {
          onlyFields(n, path, Set.of("type", "name"));
          return new Confirmed(name, QUESTIONS.get(type));
        }
        case "timeline_within" -> {
          onlyFields(n, path, Set.of("type", "name", "within"));
          String within = text(n, path, "within", "an ISO-8601 period such as \"P6M\"");
          try {
            return new TimelineWithin(name, Period.parse(within));
          } catch (DateTimeParseException e) {
            throw fail(path + ".within", "expected an ISO-8601 period such as \"P6M\", got \"" + within + "\"");
          }
        }
        case "all_of", "any_of" -> {
          onlyFields(n, path, Set.of("type", "name", "of"));
          List<Criterion> of = children(n, path);
          return type.equals("all_of") ? new AllOf(name, of) : new AnyOf(name, of);
        }
        case "at_least" -> {
          onlyFields(n, path, Set.of("type", "name", "min", "of"));
          int min = intValue(n, path, "min", "how many must pass (a whole number)");
          return new AtLeast(name, min, children(n, path));
        }
        case "not" -> {
          onlyFields(n, path, Set.of("type", "name", "of"));
          return new Not(name, criterion(required(n, path, "of", "the negated criterion"), path + ".of"));
        }
        default -> throw fail(path + ".type", "expected one of " + TYPES + ", got \"" + type + "\"");
      }
    }

    private List<Criterion> children(JsonNode n, String path) throws MismatchedInputException {
      JsonNode of = array(n, path, "of", "a non-empty list of criteria");
      if (of.isEmpty()) throw fail(path + ".of", "expected a non-empty list of criteria, got []");
      List<Criterion> out = new ArrayList<>();
      for (int i = 0; i < of.size(); i++) {
        out.add(criterion(of.get(i), path + ".of[" + i + "]"));
      }
      return out;
    }

    private MonetaryAmount amount(JsonNode n, String path) throws MismatchedInputException {
      object(n, path, "an amount like {\"amount\":\"100000000\",\"currency\":\"RUB\"}");
      onlyFields(n, path, Set.of("amount", "currency"));
      JsonNode a = required(n, path, "amount", "a decimal amount");
      // one dialect: an amount is a JSON number, bounded like every number
      BigDecimal value = a.isNumber() ? JsonNumbers.decimal(a.asText()) : null;
      if (value == null) throw fail(path + ".amount", "expected an amount (" + JsonNumbers.RULE + "), got " + show(a));
      String currency = text(n, path, "currency", "an ISO 4217 currency code such as \"RUB\"");
      try {
        return Amounts.of(value, Amounts.currency(currency));
      } catch (IllegalArgumentException e) {
        throw fail(path + ".currency", "expected an ISO 4217 currency code such as \"RUB\", got \"" + currency + "\"");
      }
    }

    Evaluation evaluation(JsonNode n, String path, Instant inherited) throws MismatchedInputException {
      object(n, path, "an evaluation");
      onlyFields(n, path, Set.of("name", "outcome", "reason", "asOf", "negation", "children"));
      String name = text(n, path, "name", "the criterion name (a string)");
      String outcomeText = text(n, path, "outcome", "one of " + JsonCursor.allowed(Outcome.class));
      Outcome outcome = null;
      for (Outcome o : Outcome.values()) {
        if (o.name().equalsIgnoreCase(outcomeText.trim())) {
          outcome = o;
        }
      }
      if (outcome == null) {
        throw fail(path + ".outcome", "expected one of " + JsonCursor.allowed(Outcome.class) + ", got \""
            + io.revops.core.batch.Quote.bounded(outcomeText) + "\"");
      }
      String reason = text(n, path, "reason", "the reason (a string)");
      Instant asOf = inherited;
      String asOfText = inherited == null ? text(n, path, "asOf", "an ISO-8601 instant such as \"2026-11-22T10:00:00Z\"")
          : optionalText(n, path, "asOf", "an ISO-8601 instant");
      if (asOfText != null) {
        try {
          asOf = Instant.parse(asOfText);
        } catch (DateTimeParseException e) {
          throw fail(path + ".asOf", "expected an ISO-8601 instant such as \"2026-11-22T10:00:00Z\", got \"" + asOfText + "\"");
        }
        if (inherited != null && !asOf.equals(inherited)) {
          throw fail(path + ".asOf", "expected the root's instant " + inherited + ", got \"" + asOfText + "\"");
        }
      }
      JsonNode negationNode = n.get("negation");
      if (negationNode != null && !negationNode.isBoolean()) {
        throw fail(path + ".negation", "expected true or false, got " + show(negationNode));
      }
      boolean negation = negationNode != null && negationNode.booleanValue();
      List<Evaluation> children = new ArrayList<>();
      JsonNode cs = n.get("children");
      if (cs != null) {
        if (!cs.isArray()) throw fail(path + ".children", "expected a list of evaluations (a JSON array), got " + show(cs));
        for (int i = 0; i < cs.size(); i++) {
          children.add(evaluation(cs.get(i), path + ".children[" + i + "]", asOf));
        }
      }
      try {
        if (negation) {
          if (children.size() != 1) throw fail(path + ".children", "expected exactly one child of a negation, got " + children.size());
          Evaluation e = Evaluation.negation(name, reason, asOf, children.get(0));
          if (e.outcome() != outcome) {
            throw fail(path + ".outcome", "expected " + e.outcome() + ", the negation of the child's " + children.get(0).outcome()
                + ", got " + outcome);
          }
          return e;
        }
        return children.isEmpty() ? Evaluation.leaf(name, outcome, reason, asOf)
            : Evaluation.composite(name, outcome, reason, asOf, children);
      } catch (IllegalArgumentException e) {
        throw fail(path, e.getMessage());
      }
    }
  }

  private static PageKind pageKind(String s) {
    for (PageKind k : PageKind.values()) {
      if (k.name().equalsIgnoreCase(s.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("expected one of " + JsonCursor.allowed(PageKind.class) + ", got \""
        + io.revops.core.batch.Quote.bounded(s) + "\"");
  }

  private static final class CriterionDeserializer extends StdDeserializer<Criterion> {
    private static final long serialVersionUID = 1L;

    CriterionDeserializer() {
      super(Criterion.class);
    }

    @Override
    public Criterion deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = ctxt.readTree(p);
      return new Reader(p, Criterion.class).criterion(tree, "$");
    }
  }

  private static final class EvaluationDeserializer extends StdDeserializer<Evaluation> {
    private static final long serialVersionUID = 1L;

    EvaluationDeserializer() {
      super(Evaluation.class);
    }

    @Override
    public Evaluation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = ctxt.readTree(p);
      return new Reader(p, Evaluation.class).evaluation(tree, "$", null);
    }
  }
}
