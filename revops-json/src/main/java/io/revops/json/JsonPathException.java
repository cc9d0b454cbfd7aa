package io.revops.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.revops.core.batch.Quote;
import java.io.Closeable;

/**
 * Thrown when JSON does not match the revops dialect: a missing or unknown field, a wrong type, a bad instant,
 * a number out of bounds, or a value a revops factory rejects (a negative amount, a blank id).
 *
 * <p>The message starts with the JSON path of the offending value and says what was expected, e.g.
 * {@code $.events[3].at: expected an ISO-8601 instant such as "2026-03-06T14:30:00Z", got "yesterday"};
 * {@link #path()} returns the path alone, {@link #value()} the offending value (quoted to a bounded length)
 * and {@link #problem()} the rule it broke. When the value sits inside a structure that Jackson itself
 * deserializes (a {@code List<LeadEvent>}), Jackson may append its own reference chain to the message.
 *
 * <p>The exception carries no stack trace: it reports bad data, not a bug, and a batch of bad lines should
 * not pay for a trace per line.
 */
public final class JsonPathException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String value;
  private final String problem;

  JsonPathException(Closeable parser, String path, String value, String problem, Throwable cause) {
    super(parser, path + ": " + problem, cause);
    this.path = path;
    this.value = value == null ? "" : Quote.bounded(value);
    this.problem = problem;
  }

  JsonPathException(Closeable parser, String path, String problem, Throwable cause) {
    this(parser, path, "", problem, cause);
  }

  /** The JSON path of the offending value, e.g. {@code $.events[3].at}. */
  public String path() {
    return path;
  }

  /** The offending value as written (a bounded prefix), or empty if there is none (a missing field). */
  public String value() {
    return value;
  }

  /** What is wrong, without the path, e.g. {@code expected an ISO-8601 instant ..., got "yesterday"}. */
  public String problem() {
    return problem;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
