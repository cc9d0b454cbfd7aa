package io.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.revops.core.lead.Industry;
import io.revops.core.lead.PageKind;
import io.revops.core.money.Amounts;
import io.revops.core.qualification.BantCriterion.Confirmed;
import io.revops.core.qualification.BantCriterion.TimelineWithin;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.money.MonetaryAmount;
/**
 * Reads the tree of a criterion or an evaluation ({@link QualificationModule}'s dialect) with the path of every
 * node, failing with that path and what was expected.
 *
 * <p>Cost: one walk over the tree. Not thread-safe: one read.
 */
final class CriterionTreeReader {
  private final JsonParser parser;
  private final Class<?> target;

  CriterionTreeReader(JsonParser parser, Class<?> target) {
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
    String written = text(n, path, "type", "one of " + QualificationModule.TYPES);
    // read case-insensitively, like every enum of the dialect
    String type = written.length() <= 64 ? written.toLowerCase(java.util.Locale.ROOT) : written;
    if (!QualificationModule.TYPES.contains(type)) throw fail(path + ".type", "expected one of " + QualificationModule.TYPES + ", got \"" + type + "\"");
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
        return new ActivityAtLeast(name, QualificationModule.ACTIVITIES.get(type), intValue(n, path, "min", "a positive whole number"), window(n, path));
      }
      case "visited_page_kind" -> {
        onlyFields(n, path, Set.of("type", "name", "pageKinds", "window"));
        List<PageKind> kinds = texts(n, path, "pageKinds", "a list of page kinds", CriterionTreeReader::pageKind);
        return new VisitedPageKind(name, new LinkedHashSet<>(kinds), window(n, path));
      }
      case "budget", "authority", "need" -> {
        onlyFields(n, path, Set.of("type", "name"));
        return new Confirmed(name, QualificationModule.QUESTIONS.get(type));
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
      default -> throw fail(path + ".type", "expected one of " + QualificationModule.TYPES + ", got \"" + type + "\"");
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

  private static PageKind pageKind(String s) {
    for (PageKind k : PageKind.values()) {
      if (k.name().equalsIgnoreCase(s.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("expected one of " + JsonCursor.allowed(PageKind.class) + ", got \""
        + io.revops.core.batch.Quote.bounded(s) + "\"");
  }
}
