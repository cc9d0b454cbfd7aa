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
import io.revops.core.qualification.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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

  static final Map<String, Activity> ACTIVITIES = Map.of(
      "site_visits_at_least", Activity.SITE_VISITS,
      "content_downloads_at_least", Activity.CONTENT_DOWNLOADS,
      "email_opens_at_least", Activity.EMAIL_OPENS,
      "events_attended_at_least", Activity.EVENTS_ATTENDED);
  static final Map<String, Question> QUESTIONS = Map.of(
      "budget", Question.BUDGET, "authority", Question.AUTHORITY, "need", Question.NEED);
  static final List<String> TYPES = List.of("employees_at_least", "annual_revenue_at_least", "industry_in", "city_in",
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


  private static final class CriterionDeserializer extends StdDeserializer<Criterion> {
    private static final long serialVersionUID = 1L;

    CriterionDeserializer() {
      super(Criterion.class);
    }

    @Override
    public Criterion deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = ctxt.readTree(p);
      return new CriterionTreeReader(p, Criterion.class).criterion(tree, "$");
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
      return new CriterionTreeReader(p, Evaluation.class).evaluation(tree, "$", null);
    }
  }
}
