package io.revops.core.batch;

import static java.util.Objects.requireNonNull;
import org.jspecify.annotations.Nullable;

/**
 * One bad row, line or value met while reading a batch: where it was ({@code source}, {@code line},
 * {@code field}), the offending value (quoted to at most {@link Quote#MAX_LENGTH} characters) and the rule it
 * broke.
 *
 * <pre>{@code
 * Finding.of("leads.csv", 17, "created_at", "31.02.2025", "a date in the pattern dd.MM.yyyy")
 *   // leads.csv:17 field created_at value "31.02.2025": a date in the pattern dd.MM.yyyy
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file (or other named input) the finding is in, e.g. {@code "leads.csv"}
 * @param line the 1-based line (or record) number, or 0 when the finding is about the whole source
 * @param field the field (CSV header, JSON path, profile field), or empty when the whole line is at fault
 * @param value the offending value, already bounded (possibly empty)
 * @param rule what was expected, e.g. {@code "an ISO-8601 instant"}
 */
public record Finding(String source, long line, String field, String value, String rule) {
  /** Validates the finding and bounds its value. */
  public Finding {
    requireNonNull(source, "source");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(rule, "rule");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line);
    }
    source = Quote.bounded(source, 4 * Quote.MAX_LENGTH);
    field = Quote.bounded(field);
    value = Quote.bounded(value);
    rule = Quote.bounded(rule, 4 * Quote.MAX_LENGTH);
  }

  /** A finding at {@code line} of {@code source}; {@code value} is quoted to a bounded length. */
  public static Finding of(String source, long line, String field, @Nullable Object value, String rule) {
    return new Finding(source, line, field, value == null ? "" : Quote.bounded(value), rule);
  }

  /** A finding about the whole of {@code source} (line 0, no field), e.g. a file that cannot be decoded. */
  public static Finding ofSource(String source, String rule) {
    return new Finding(source, 0, "", "", rule);
  }

  @Override
  public String toString() {
    return source
        + (line > 0 ? ":" + line : "")
        + (field.isEmpty() ? "" : " field " + field)
        + (value.isEmpty() ? "" : " value \"" + value + "\"")
        + ": " + rule;
  }
}
