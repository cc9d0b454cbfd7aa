package io.revops.core.batch;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One bad row, line or value met while reading a batch: where it was ({@code source}, {@code line},
 * {@code field}), the offending value (quoted to at most {@link Quote#MAX_LENGTH} characters) and the rule it
 * broke.
 *
 * <pre>{@code
 * Finding.of("leads.csv", 17, "created_at", "31.02.2025", "a date in the pattern dd.MM.yyyy")
 *   // leads.csv:17 field created_at value "31.02.2025": a date in the pattern dd.MM.yyyy
 * Finding.ofLine("leads.csv", 18, "a;b", "a row must have 3 values like the header: it has 2")
 *   // leads.csv:18 value "a;b": a row must have 3 values like the header: it has 2
 * }</pre>
 *
 * <p>"No field" and "no value" are an empty {@link Optional}, never an empty string: a present field or value is
 * not empty.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file (or other named input) the finding is in, e.g. {@code "leads.csv"}
 * @param line the 1-based line (or record) number, or 0 when the finding is about the whole source
 * @param field the field (CSV header, JSON path, profile field), or empty when the whole line is at fault
 * @param value the offending value, already bounded, or empty when there is none to show
 * @param rule what was expected, e.g. {@code "an ISO-8601 instant"}
 */
public record Finding(String source, long line, Optional<String> field, Optional<String> value, String rule) {
  /** Validates the finding and bounds its field and value. */
  public Finding {
    requireNonNull(source, "source");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(rule, "rule");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line);
    }
    source = Quote.bounded(source, 4 * Quote.MAX_LENGTH);
    field = field.map(f -> Quote.bounded(notEmpty("field", f)));
    value = value.map(v -> Quote.bounded(notEmpty("value", v)));
    rule = Quote.bounded(rule, 4 * Quote.MAX_LENGTH);
  }

  private static String notEmpty(String parameter, String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException(parameter + " must not be empty: use Optional.empty() for none");
    }
    return text;
  }

  /**
   * A finding at {@code field} of {@code line} of {@code source}. An empty {@code field} name (a CSV column whose
   * header names none) is no field; {@code value} is quoted to a bounded length, and a {@code null} or empty one is
   * no value.
   */
  public static Finding of(String source, long line, String field, @Nullable Object value, String rule) {
    return of(source, line, requireNonNull(field, "field").isEmpty() ? Optional.empty() : Optional.of(field), value,
        rule);
  }

  /** A finding at {@code field}, if any, of {@code line} of {@code source}; {@code value} as in {@code of}. */
  public static Finding of(String source, long line, Optional<String> field, @Nullable Object value, String rule) {
    return new Finding(source, line, field, valueOf(value), rule);
  }

  /** A finding about the whole of {@code line} (no field), e.g. a malformed row; {@code value} as in {@code of}. */
  public static Finding ofLine(String source, long line, @Nullable Object value, String rule) {
    return new Finding(source, line, Optional.empty(), valueOf(value), rule);
  }

  /** A finding about the whole of {@code source} (line 0, no field, no value), e.g. a file that cannot be decoded. */
  public static Finding ofSource(String source, String rule) {
    return new Finding(source, 0, Optional.empty(), Optional.empty(), rule);
  }

  private static Optional<String> valueOf(@Nullable Object value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = Quote.bounded(value);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  @Override
  public String toString() {
    return source
        + (line > 0 ? ":" + line : "")
        + field.map(f -> " field " + f).orElse("")
        + value.map(v -> " value \"" + v + "\"").orElse("")
        + ": " + rule;
  }
}
