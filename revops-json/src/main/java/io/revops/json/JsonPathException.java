package io.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Thrown when JSON does not match the revops schema: a missing field, a wrong type, a bad instant, or a
 * value a revops factory rejects (a negative amount, a blank id).
 *
 * <p>The message starts with the JSON path of the offending value and says what was expected, e.g.
 * {@code $.events[3].at: expected an ISO-8601 instant such as "2026-03-06T14:30:00Z", got "yesterday"};
 * {@link #path()} returns the path alone. When the value sits inside a structure that Jackson itself
 * deserializes (a {@code List<LeadEvent>}), Jackson may append its own reference chain to the message.
 */
public final class JsonPathException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  JsonPathException(JsonParser parser, String path, String problem, Throwable cause) {
    super(parser, path + ": " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  /** The JSON path of the offending value, e.g. {@code $.events[3].at}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path, e.g. {@code expected an ISO-8601 instant ..., got "yesterday"}. */
  public String problem() {
    return problem;
  }
}
