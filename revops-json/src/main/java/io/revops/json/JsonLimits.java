package io.revops.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The bounds every revops JSON reader holds a document to, so that a small hostile input costs little: a
 * 12-character number such as {@code 1e999999999} is rejected with a message naming the bound instead of
 * becoming a BigDecimal that no later step can print, and a document nested ten thousand levels deep is
 * rejected before any decoder recurses.
 *
 * <ul>
 *   <li>a number has at most {@value #MAX_DIGITS} significant digits and a decimal exponent within
 *       ±{@value #MAX_EXPONENT} (so its plain text has at most about 80 characters), and its text at most
 *       {@value #MAX_NUMBER_LENGTH} characters;</li>
 *   <li>objects and arrays nest at most {@value #MAX_DEPTH} deep;</li>
 *   <li>a string has at most {@value #MAX_STRING_LENGTH} characters;</li>
 *   <li>a JSON Lines line has at most {@value #MAX_LINE_BYTES} bytes.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLimits {
  /** The most significant digits of a number. */
  public static final int MAX_DIGITS = 40;
  /** The largest decimal exponent (in absolute value) of a number, as in {@code 1e40} or {@code 1e-40}. */
  public static final int MAX_EXPONENT = 40;
  /** The longest text of one number token. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The deepest nesting of objects and arrays. */
  public static final int MAX_DEPTH = 64;
  /** The longest string value. */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** The longest line of a JSON Lines input, in bytes. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxNestingDepth(MAX_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxDocumentLength(-1)
      .build();

  private JsonLimits() {}

  /** Jackson's stream read constraints holding these bounds (numbers, nesting, strings). */
  public static StreamReadConstraints constraints() {
    return CONSTRAINTS;
  }

  /**
   * A new JSON factory with these constraints, rejecting non-standard JSON and duplicate fields: every parser it
   * makes rejects a second field of an object by the dialect's rule, whoever reads it (a revops decoder,
   * Jackson's trees or databind), with a {@link JsonPathException}
   * {@code $.company.name: duplicate field "name"; a field is given at most once}. Its copies do the same.
   */
  public static JsonFactory factory() {
    JsonFactoryBuilder b = new JsonFactoryBuilder();
    b.streamReadConstraints(CONSTRAINTS).disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);
    return new FieldsOnce.Factory(b);
  }

  /**
   * A new JSON factory as {@link #factory()} but with Jackson's plain parsers, for parsers whose fields are all
   * read through a {@link JsonCursor}, which applies the rule itself.
   */
  static JsonFactory factoryCheckedByCursor() {
    return JsonFactory.builder()
        .streamReadConstraints(CONSTRAINTS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
  }
}
