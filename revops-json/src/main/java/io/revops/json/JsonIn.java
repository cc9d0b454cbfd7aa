package io.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON value together with its path from the document root: the reading side of the revops schema.
 * Every accessor fails with a {@link Failure} naming the path and what was expected.
 */
final class JsonIn {
  /** A schema violation, turned into a {@link JsonPathException} at the deserializer boundary. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String path;
    final String problem;

    Failure(String path, String problem, Throwable cause) {
      super(path + ": " + problem, cause, false, false);
      this.path = path;
      this.problem = problem;
    }
  }

  private static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);

  private final JsonNode node;
  private final String path;

  private JsonIn(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static JsonIn of(JsonNode node, String path) {
    return new JsonIn(node == null ? MissingNode.getInstance() : node, path);
  }

  /**
   * Reads the value at the parser's current token into a tree, keeping every decimal exact whatever the
   * mapper's configuration, together with the JSON path of that value.
   */
  static JsonIn read(JsonParser p) throws IOException {
    String path = JsonCursor.pathOf(p.getParsingContext());
    return new JsonIn(readTree(p), path);
  }

  private static JsonNode readTree(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    if (t == JsonToken.FIELD_NAME) {
      // called for the remaining fields of an object (e.g. after a type property): read them all
      ObjectNode o = EXACT.objectNode();
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field(p, o);
      }
      return o;
    }
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = EXACT.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          field(p, o);
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = EXACT.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(readTree(p));
        }
        return a;
      }
      case VALUE_STRING:
        return EXACT.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? EXACT.numberNode(p.getBigIntegerValue()) : EXACT.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return EXACT.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return EXACT.booleanNode(true);
      case VALUE_FALSE:
        return EXACT.booleanNode(false);
      case VALUE_NULL:
        return EXACT.nullNode();
      case VALUE_EMBEDDED_OBJECT:
        return EXACT.pojoNode(p.getEmbeddedObject());
      default:
        throw new Failure(JsonCursor.pathOf(p.getParsingContext()), "unexpected token " + t, null);
    }
  }

  /**
   * Reads the field on whose name the parser stands into {@code o}; a second one of the object is rejected by
   * the dialect's rule ({@link FieldsOnce}) whatever the parser's own settings.
   */
  private static void field(JsonParser p, ObjectNode o) throws IOException {
    String name = p.currentName();
    if (o.has(name)) {
      throw FieldsOnce.duplicate(p, JsonCursor.pathOf(p.getParsingContext()), name);
    }
    p.nextToken();
    o.set(name, readTree(p));
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  /** True if this value is absent or null. */
  boolean isAbsent() {
    return node.isMissingNode() || node.isNull();
  }

  Failure fail(String problem) {
    return new Failure(path, problem, null);
  }

  Failure expected(String what) {
    if (isAbsent()) {
      return fail("missing; expected " + what);
    }
    return fail("expected " + what + ", got " + shown());
  }

  private String shown() {
    String s = node.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** Runs a factory, reporting its IllegalArgumentException (or date-time error) at this path. */
  <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (Failure f) {
      throw f;
    } catch (IllegalArgumentException | java.time.DateTimeException | javax.money.MonetaryException e) {
      throw new Failure(path, "invalid value: " + e.getMessage(), e);
    }
  }

  /** The member {@code name} of this object (absent if there is none). */
  JsonIn get(String name) {
    return new JsonIn(node.path(name), path + JsonCursor.member(name));
  }

  /** This value, which must be an object. */
  JsonIn object(String what) {
    if (!node.isObject()) {
      throw expected(what + " (a JSON object)");
    }
    return this;
  }

  /**
   * This value, which must be an object {@code what} with no members but {@code fields} (comma-separated, as
   * the failure lists them): an unknown field fails at its own path,
   * {@code $.rates[0].validAt: unknown field "validAt"; expected only validFrom, from, to, rate}.
   */
  JsonIn object(String what, String fields) {
    object(what);
    java.util.Set<String> allowed = java.util.Set.of(fields.split(", "));
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw new Failure(path + JsonCursor.member(name), "unknown field \"" + io.revops.core.batch.Quote.bounded(name)
            + "\"; expected only " + fields, null);
      }
    }
    return this;
  }

  /** The required member {@code name}, read with {@code reader}. */
  <T> T req(String name, Function<JsonIn, T> reader) {
    return reader.apply(get(name));
  }

  /** The optional member {@code name} (absent or null means empty), read with {@code reader}. */
  <T> Optional<T> opt(String name, Function<JsonIn, T> reader) {
    JsonIn f = get(name);
    return f.isAbsent() ? Optional.empty() : Optional.of(reader.apply(f));
  }

  /** The elements of this array. */
  List<JsonIn> elements(String what) {
    if (!node.isArray()) {
      throw expected("an array of " + what);
    }
    List<JsonIn> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new JsonIn(node.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  /** The elements of this array, each read with {@code reader}. */
  <T> List<T> list(String what, Function<JsonIn, T> reader) {
    return elements(what).stream().map(reader).toList();
  }

  /** The members of this object, in document order. */
  List<Map.Entry<String, JsonIn>> members(String what) {
    object(what);
    List<Map.Entry<String, JsonIn>> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(Map.entry(e.getKey(), new JsonIn(e.getValue(), path + JsonCursor.member(e.getKey()))));
    }
    return out;
  }

  String text(String what) {
    if (!node.isTextual()) {
      throw expected(what + " (a JSON string)");
    }
    return node.textValue();
  }

  String string() {
    return text("a string");
  }

  /** A string read with a factory whose IllegalArgumentException is reported at this path. */
  <T> T string(String what, Function<String, T> factory) {
    String s = text(what);
    return build(() -> factory.apply(s));
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw expected("true or false");
    }
    return node.booleanValue();
  }

  long wholeNumber(String what) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw expected(what + " (a whole JSON number)");
    }
    return node.longValue();
  }

  long count() {
    long v = wholeNumber("a count");
    if (v < 0) {
      throw fail("expected a count that is not negative, got " + v);
    }
    return v;
  }

  int intValue(String what) {
    long v = wholeNumber(what);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw expected(what + " that fits in 32 bits");
    }
    return (int) v;
  }

  OptionalLong optCount(String name) {
    JsonIn f = get(name);
    return f.isAbsent() ? OptionalLong.empty() : OptionalLong.of(f.count());
  }

  /** A decimal given as a JSON number or a decimal string, kept exact and bounded ({@link JsonNumbers}). */
  BigDecimal decimal(String what) {
    if (!node.isNumber() && !node.isTextual()) {
      throw expected(what + " (a decimal number)");
    }
    BigDecimal d = JsonNumbers.decimal(node.isTextual() ? node.textValue().trim() : node.asText());
    if (d == null) {
      throw expected(what + ": " + JsonNumbers.RULE);
    }
    return d;
  }

  /**
   * This value read by a streaming decoder (over a parser of this tree), so that a type has one set of rules
   * whether it stands alone or inside a document still read as a tree.
   */
  <T> T decode(JsonDecoder<T> decoder) {
    try (JsonParser p = node.traverse()) {
      p.nextToken();
      return decoder.decode(JsonCursor.of(p, path));
    } catch (JsonPathException e) {
      throw new Failure(e.path(), e.problem(), e);
    } catch (IOException e) {
      throw new Failure(path, "unreadable: " + e.getMessage(), e);
    }
  }

  Instant instant() {
    String s = text("an ISO-8601 instant such as \"2026-03-06T14:30:00Z\"");
    try {
      return IsoInstants.parse(s);
    } catch (java.time.DateTimeException e) {
      throw expected("an ISO-8601 instant such as \"2026-03-06T14:30:00Z\"");
    }
  }

  LocalDate date() {
    String s = text("an ISO-8601 date such as \"2026-03-06\"");
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw expected("an ISO-8601 date such as \"2026-03-06\"");
    }
  }

  Period period() {
    String s = text("an ISO-8601 period such as \"P6M\"");
    try {
      return Period.parse(s);
    } catch (DateTimeParseException e) {
      throw expected("an ISO-8601 period such as \"P6M\"");
    }
  }

  /** An enum constant written in lower case ({@code "became_mql"}), read case-insensitively. */
  <E extends Enum<E>> E enumValue(Class<E> type) {
    String allowed = allowed(type);
    String s = text("one of " + allowed);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(s.trim())) {
        return e;
      }
    }
    throw expected("one of " + allowed);
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return JsonCursor.allowed(type);
  }

  /** The JSON name of an enum constant: its name in lower case. */
  static String name(Enum<?> e) {
    return JsonCursor.name(e);
  }
}
