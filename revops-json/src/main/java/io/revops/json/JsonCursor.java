package io.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.revops.core.batch.Quote;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of the revops dialect over a Jackson {@link JsonParser}: decoders ({@link JsonDecoder}) pull
 * fields and values from it straight into domain types, with no tree in between. Every accessor checks the
 * token it stands on and fails with a {@link JsonPathException} naming the JSON path (computed only on failure,
 * from the parser's context), the offending value and the rule.
 *
 * <p>The dialect's general rules are held here: a {@code null} field is an absent field; a field is given at
 * most once in an object ({@link #nextField()} rejects the second by {@link FieldsOnce}, the rule for every reader,
 * or leaves it to a parser of {@link JsonLimits#factory()}, which applies the same rule); numbers are bounded
 * ({@link JsonLimits}) and kept exact; instants are ISO-8601 in UTC; enum constants are lower-case snake case,
 * read case-insensitively ({@link EnumSpellings}); paths are written by {@link JsonPaths}.
 *
 * <p>Instances are not thread-safe: one cursor reads one document.
 */
public final class JsonCursor {
  static final String INSTANT = "an ISO-8601 instant such as \"2026-03-06T14:30:00Z\"";

  private final JsonParser p;
  private final String prefix;
  /** The duplicate-field check of {@link #nextField()}, or null when the parser checks every field itself. */
  private final @Nullable FieldsOnce fields;
  private @Nullable JsonParser checkedView;
  /** The guesses of the next field name, or null when names are read without guessing. */
  private final @Nullable FieldGuess guess;
  /** The values of recurring texts ({@link #recurring}), or null when each is made anew. */
  private final @Nullable RecurringValues recurring;

  private JsonCursor(JsonParser parser, String prefix, @Nullable FieldGuess guess,
      @Nullable RecurringValues recurring) {
    this.p = parser;
    this.prefix = prefix;
    this.fields = parser instanceof FieldsOnce.Parser ? null : new FieldsOnce();
    this.guess = guess;
    this.recurring = recurring;
  }

  private JsonCursor(JsonParser parser, String prefix) {
    this(parser, prefix, null, null);
  }

  /**
   * A cursor over {@code parser} that guesses each field name from the one read before it ({@link FieldGuess}),
   * for the many values of one shape that a JSON Lines reader decodes with one parser. It reads the same fields
   * and values as {@link #of(JsonParser)}; what its parser reports on malformed input may be worded otherwise,
   * so a reader reports a bad value with a cursor of {@link #of(JsonParser)}. {@code guess} and {@code recurring}
   * carry what was learnt from earlier values over to this cursor's.
   */
  static JsonCursor guessing(JsonParser parser, FieldGuess guess, RecurringValues recurring) {
    return new JsonCursor(parser, "$", guess, recurring);
  }

  /** A cursor over {@code parser}, whose paths are those of the parser's own document. */
  public static JsonCursor of(JsonParser parser) {
    return new JsonCursor(java.util.Objects.requireNonNull(parser, "parser"), "$");
  }

  /** A cursor over a parser of a sub-document that sits at {@code path} in a larger one. */
  static JsonCursor of(JsonParser parser, String path) {
    return new JsonCursor(parser, path);
  }

  /**
   * The parser, for decoders that need a token this class does not read. Its field names are held to the
   * dialect's rule as this cursor's are ({@link FieldsOnce}): a second field of an object is rejected with the
   * same message whichever of the two reads it.
   */
  public JsonParser parser() {
    if (fields == null) {
      return p;
    }
    if (checkedView == null) {
      checkedView = new FieldsOnce.Parser(p, fields);
    }
    return checkedView;
  }

  /** The current token, moving to the first one if the parser has not started. */
  public JsonToken token() throws IOException {
    JsonToken t = p.currentToken();
    return t != null ? t : p.nextToken();
  }

  // ---- paths and failures

  /** The JSON path of the current value, e.g. {@code $.events[3].at}. */
  public String path() {
    String rel = pathOf(p.getParsingContext());
    return prefix.equals("$") ? rel : prefix + rel.substring(1);
  }

  /** The JSON path ({@code $.events[3]}) of the value at which a parser with context {@code ctx} stands. */
  static String pathOf(JsonStreamContext ctx) {
    return JsonPaths.of(ctx);
  }

  /** {@code .name}, or {@code ['name']} when the name is not an identifier. */
  static String member(String name) {
    return JsonPaths.member(name);
  }

  /** A failure at the current value with {@code problem} as the rule. */
  public JsonPathException fail(String problem) {
    return new JsonPathException(p, path(), shownValue(), problem, null);
  }

  /**
   * A failure at {@code relative} below the current value ({@code ".of[1].min"}), with {@code problem} as the
   * rule: for a value read by another reader, whose paths start at that value.
   */
  public JsonPathException failBelow(String relative, String problem) {
    return new JsonPathException(p, path() + relative, "", problem, null);
  }

  /** A failure at the current value: {@code expected <what>, got <the value>}. */
  public JsonPathException expected(String what) {
    return fail("expected " + what + ", got " + shown());
  }

  /** A failure for the field on which the cursor stands, which the object does not have. */
  public JsonPathException unknownField(String allowed) {
    String name;
    try {
      name = String.valueOf(p.currentName());
    } catch (IOException e) {
      name = "?";
    }
    return new JsonPathException(p, path(), Quote.bounded(name), "unknown field \"" + Quote.bounded(name)
        + "\"; expected only " + allowed, null);
  }

  /**
   * A failure for a required field that the object just read (the cursor on its end) lacks:
   * {@code $.events[3].at: missing; expected an ISO-8601 instant …}.
   */
  public JsonPathException missing(String field, String what) {
    return new JsonPathException(p, path() + member(field), "", "missing; expected " + what, null);
  }

  /**
   * {@code value}, the value read of a required field of the object just read (the cursor on its end), or
   * a {@link #missing} failure if it was absent (null).
   */
  public <T> T required(T value, String field, String what) throws JsonPathException {
    if (value == null) {
      throw missing(field, what);
    }
    return value;
  }

  /** A failure for a field of the object just read (the cursor on its end) that its kind does not allow. */
  public JsonPathException notAllowed(String field, String problem) {
    return new JsonPathException(p, path() + member(field), "", problem, null);
  }

  /** Runs a domain factory, reporting its argument error at the current path as an invalid value. */
  public <T> T build(Supplier<T> factory) throws JsonPathException {
    return applied(Supplier::get, factory);
  }

  /**
   * {@code factory} applied to {@code argument}, a domain factory's argument error (the one list of exceptions
   * {@link #build} and {@link #text(String, Function)} translate) reported at the current path as an invalid value.
   */
  private <A, T> T applied(Function<A, T> factory, A argument) throws JsonPathException {
    try {
      return factory.apply(argument);
    } catch (RuntimeException e) {
      throw invalid(e);
    }
  }

  /**
   * The failure for {@code e}, thrown by a domain factory that a decoder ran at the current value (as
   * {@link #build} runs one, without a lambda): a domain factory's argument error is reported as an invalid
   * value; any other exception is rethrown as it is.
   */
  JsonPathException invalid(RuntimeException e) {
    if (!(e instanceof IllegalArgumentException || e instanceof DateTimeException || e instanceof MonetaryException
        || e instanceof ArithmeticException)) {
      throw e;
    }
    return new JsonPathException(p, path(), shownValue(), "invalid value: " + Quote.bounded(e.getMessage(),
        4 * Quote.MAX_LENGTH), e);
  }

  private String shownValue() {
    try {
      JsonToken t = p.currentToken();
      if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == JsonToken.FIELD_NAME) {
        return "";
      }
      if (t == JsonToken.START_OBJECT) {
        return "{…}";
      }
      if (t == JsonToken.START_ARRAY) {
        return "[…]";
      }
      return Quote.bounded(p.getText());
    } catch (IOException e) {
      return "";
    }
  }

  private String shown() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "\"" + shownValue() + "\"";
      case VALUE_NULL -> "null";
      default -> shownValue();
    };
  }

  // ---- structure

  /** Checks that the cursor stands on the start of an object, {@code what}. */
  public void beginObject(String what) throws IOException {
    if (token() != JsonToken.START_OBJECT) {
      throw expected(what + " (a JSON object)");
    }
  }

  /**
   * Moves to the next field of the object and onto its value; returns its name, or null at the end of the
   * object. A field whose value is {@code null} is skipped: null and absent mean the same.
   */
  public @Nullable String nextField() throws IOException {
    while (true) {
      String name = guess == null ? p.nextFieldName() : guess.next(p);
      if (name == null) {
        return null; // END_OBJECT (the parser rejects anything else here)
      }
      if (fields != null && !fields.firstTime(p.getParsingContext(), name)) {
        throw FieldsOnce.duplicate(p, path(), name);
      }
      if (p.nextToken() != JsonToken.VALUE_NULL) {
        return name;
      }
    }
  }

  /**
   * {@link #nextField()} for an object whose fields the decoder names in {@code names} (all of them, the ones it
   * rejects as unknown aside): the same fields, values and failures. A cursor of a JSON Lines reader guesses
   * each name from {@code names}' order ({@link FieldGuess}) and tells a duplicate of one by its index.
   */
  @Nullable String nextField(FieldNames names) throws IOException {
    if (guess == null || fields == null) {
      return nextField();
    }
    while (true) {
      String name = guess.next(p, names);
      if (name == null) {
        return null;
      }
      int known = guess.known();
      JsonStreamContext ctx = p.getParsingContext();
      if (!(known >= 0 ? fields.firstTime(ctx, known) : fields.firstTime(ctx, name))) {
        throw FieldsOnce.duplicate(p, path(), name);
      }
      if (p.nextToken() != JsonToken.VALUE_NULL) {
        return name;
      }
    }
  }

  /** A failure for the field on which the cursor stands, which {@code names} does not hold. */
  JsonPathException unknownField(FieldNames names) {
    return unknownField(names.allowed());
  }

  /** The elements of the array at the cursor, each read with {@code element}; null elements are rejected. */
  public <T> List<T> list(String what, JsonDecoder<T> element) throws IOException {
    if (token() != JsonToken.START_ARRAY) {
      throw expected("an array of " + what);
    }
    List<T> out = new ArrayList<>(16);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw expected("one of " + what);
      }
      out.add(element.decode(this));
    }
    return out;
  }

  // ---- scalars

  /** A JSON string. */
  public String text(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected(what + " (a JSON string)");
    }
    return p.getText();
  }

  /** A JSON string made into a value by {@code factory}, whose argument error is reported at this path. */
  public <T> T text(String what, Function<String, T> factory) throws IOException {
    return applied(factory, text(what)); // as build(() -> factory.apply(text)), without a lambda per value
  }

  /**
   * {@link #text(String, Function)} for a short text that recurs from value to value (a city, an industry): a
   * JSON Lines reader's cursor hands out again the value {@code factory} (a constant) made of the same
   * characters before ({@link RecurringValues}); the same value either way.
   */
  <T> T recurring(String what, Function<String, T> factory) throws IOException {
    return recurring == null || p.currentToken() != JsonToken.VALUE_STRING ? text(what, factory)
        : recurring.value(p, this, what, factory);
  }

  /** {@link #recurring(String, Function)} for a text kept as it is (a city's name, a job title). */
  String recurring(String what) throws IOException {
    return recurring(what, SAME_TEXT);
  }

  private static final Function<String, String> SAME_TEXT = s -> s;

  /** {@code true} or {@code false}. */
  public boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected("true or false");
  }

  /** A whole JSON number that fits in 64 bits. */
  public long wholeNumber(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw expected(what + " (a whole JSON number of at most 18 digits)");
    }
    return p.getLongValue();
  }

  /** A whole JSON number that is not negative. */
  public long count(String what) throws IOException {
    long v = wholeNumber(what);
    if (v < 0) {
      throw expected(what + " that is not negative");
    }
    return v;
  }

  /** A whole JSON number that fits in 32 bits. */
  public int intValue(String what) throws IOException {
    long v = wholeNumber(what);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw expected(what + " that fits in 32 bits");
    }
    return (int) v;
  }

  /** A whole JSON number that is not negative and fits in 32 bits. */
  public int intCount(String what) throws IOException {
    long v = count(what);
    if (v > Integer.MAX_VALUE) {
      throw expected(what + " that fits in 32 bits");
    }
    return (int) v;
  }

  /** An exact decimal: a JSON number within {@link JsonLimits}' bounds. */
  public BigDecimal decimal(String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected(what + " (a JSON number)");
    }
    BigDecimal d = JsonNumbers.decimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (d == null) {
      throw expected(what + ": " + JsonNumbers.RULE);
    }
    return d;
  }

  /** An ISO-8601 instant in UTC, {@code "2026-03-06T14:30:00Z"}. */
  public Instant instant() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected(INSTANT);
    }
    try {
      return IsoInstants.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (DateTimeException e) {
      throw expected(INSTANT);
    }
  }

  /** An ISO-8601 date, {@code "2026-03-06"}. */
  public LocalDate date() throws IOException {
    return parsed("an ISO-8601 date such as \"2026-03-06\"", IsoInstants::date);
  }

  /** An ISO-8601 month, {@code "2026-03"}. */
  public YearMonth month() throws IOException {
    return parsed("a month such as \"2026-03\"", IsoInstants::month);
  }

  /** An ISO-8601 period, {@code "P6M"}. */
  public Period period() throws IOException {
    return parsed("an ISO-8601 period such as \"P6M\"", IsoInstants::period);
  }

  /** An ISO-8601 duration, {@code "PT1H"}. */
  public java.time.Duration duration() throws IOException {
    return parsed("an ISO-8601 duration such as \"PT1H\"", java.time.Duration::parse);
  }

  /** A JSON string, {@code what}, read by {@code parse}: a {@link DateTimeException} fails as {@code expected <what>}. */
  private <T> T parsed(String what, Function<String, T> parse) throws IOException {
    String s = text(what);
    try {
      return parse.apply(s);
    } catch (DateTimeException e) {
      throw expected(what);
    }
  }

  /** An enum constant written in lower-case snake case ({@code "became_mql"}), read case-insensitively. */
  public <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    return enumValue(type, null);
  }

  /** An enum constant as {@link #enumValue(Class)}, failing with {@code expected <what>, one of …}. */
  public <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String what) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      char[] c = p.getTextCharacters();
      E exact = recurring != null ? recurring.enums.exact(type, c, p.getTextOffset(), p.getTextLength())
          : EnumSpellings.exact(type, c, p.getTextOffset(), p.getTextLength());
      if (exact != null) {
        return exact;
      }
      E e = EnumSpellings.constant(type, p.getText()); // another case, or blanks around it
      if (e != null) {
        return e;
      }
    }
    throw expected((what == null ? "" : what + ", ") + "one of " + allowed(type));
  }

  /**
   * An enum constant named by the key of the field the cursor stands in ({@code {"no_budget": 1}}), read
   * case-insensitively like {@link #enumValue(Class)}; fails at the field's path naming the allowed keys.
   */
  public <E extends Enum<E>> E enumKey(Class<E> type, String key, String what) throws JsonPathException {
    E e = EnumSpellings.constant(type, key);
    if (e == null) {
      throw new JsonPathException(p, path(), Quote.bounded(key), "unknown key \"" + Quote.bounded(key)
          + "\"; expected " + what + ", one of " + allowed(type), null);
    }
    return e;
  }

  /** An ISO 4217 currency code, {@code "RUB"}: three letters, looked up once per code. */
  public CurrencyUnit currency() throws IOException {
    return MoneyFields.currency(this);
  }

  /** An amount of money, {@code {"amount": 500000.00, "currency": "RUB"}}. */
  public MonetaryAmount money() throws IOException {
    return MoneyFields.money(this);
  }

  /** An amount of money that is not negative. */
  public MonetaryAmount nonNegativeMoney() throws IOException {
    return MoneyFields.nonNegativeMoney(this);
  }

  /** A failure at {@code relative} below the current value, whose offending value is {@code value}. */
  JsonPathException failBelow(String relative, String value, String problem) {
    return new JsonPathException(p, path() + relative, value, problem, null);
  }

  /** The JSON names of {@code type}'s constants, quoted and comma-separated. */
  public static <E extends Enum<E>> String allowed(Class<E> type) {
    return EnumSpellings.allowed(type);
  }

  /** The JSON name of an enum constant: its name in lower case ({@code "became_mql"}). */
  public static String name(Enum<?> e) {
    return EnumSpellings.name(e);
  }
}
