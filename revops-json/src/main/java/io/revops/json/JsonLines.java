package io.revops.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The values read from a JSON Lines document (one JSON value per line, e.g. one
 * {@link io.revops.core.history.LeadEvent} per line), together with every line that could not be read.
 *
 * <p>A bad line does not stop the batch: it is reported as a {@link Problem} with its line number, the
 * JSON path inside the line and the message, and the other lines are still read. Blank lines are skipped.
 *
 * <pre>{@code
 * JsonLines<LeadEvent> read = JsonLines.read(reader, LeadEvent.class);
 * List<LeadEventHistory> histories = LeadEventHistory.groupByLead(read.values());
 * read.problems().forEach(System.out::println);   // line 7: $.at: expected an ISO-8601 instant ...
 * }</pre>
 *
 * <p>This class is immutable, and thread-safe if {@code T} is.
 *
 * @param <T> the type of one line's value
 */
public final class JsonLines<T> {
  /**
   * A line that could not be read.
   *
   * @param line the 1-based line number
   * @param path the JSON path inside the line ({@code $} for a line that is not JSON at all)
   * @param message what was wrong, path included
   */
  public record Problem(int line, String path, String message) {
    /** Validates the problem. */
    public Problem {
      checkArgument(line >= 1, "line must be positive: %s", line);
      requireNonNull(path, "path");
      requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  private final List<T> values;
  private final List<Problem> problems;

  private JsonLines(List<T> values, List<Problem> problems) {
    this.values = List.copyOf(values);
    this.problems = List.copyOf(problems);
  }

  /** Reads every line of {@code in} as a {@code type} with {@link RevOpsJson#mapper()}. */
  public static <T> JsonLines<T> read(Reader in, Class<T> type) throws IOException {
    return read(in, type, RevOpsJson.mapper());
  }

  /** Reads every line of {@code text} as a {@code type} with {@link RevOpsJson#mapper()}. */
  public static <T> JsonLines<T> read(String text, Class<T> type) {
    requireNonNull(text, "text");
    try {
      return read(new StringReader(text), type);
    } catch (IOException e) {
      throw new IllegalStateException("a StringReader does not fail", e);
    }
  }

  /**
   * Reads every line of {@code in} as a {@code type} with {@code mapper}.
   *
   * @throws IOException only if {@code in} itself fails; bad lines are reported as {@link Problem}s
   */
  public static <T> JsonLines<T> read(Reader in, Class<T> type, ObjectMapper mapper) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(type, "type");
    requireNonNull(mapper, "mapper");
    ObjectReader reader = mapper.readerFor(type);
    List<T> values = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        T value = reader.readValue(line);
        if (value == null) {
          problems.add(new Problem(number, "$", "$: expected a " + type.getSimpleName() + ", got null"));
        } else {
          values.add(value);
        }
      } catch (JsonPathException e) {
        problems.add(new Problem(number, e.path(), e.path() + ": " + e.problem()));
      } catch (JsonProcessingException e) {
        problems.add(new Problem(number, "$", "$: " + e.getOriginalMessage()));
      }
    }
    return new JsonLines<>(values, problems);
  }

  /** The values of the lines that could be read, in line order. */
  public List<T> values() {
    return values;
  }

  /** The lines that could not be read, in line order. */
  public List<Problem> problems() {
    return problems;
  }

  /** True if every non-blank line was read. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonLines<?> j && values.equals(j.values) && problems.equals(j.problems);
  }

  @Override
  public int hashCode() {
    return 31 * values.hashCode() + problems.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("JsonLines: ").append(values.size()).append(" read, ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
