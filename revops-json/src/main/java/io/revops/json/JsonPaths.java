package io.revops.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import io.revops.core.batch.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON paths every failure of the dialect starts with ({@code $.events[3].at}, {@code $.sla.obligations['a b']}):
 * computed from a parser's context, only when a failure is reported. Cost: linear in the depth.
 */
final class JsonPaths {
  private JsonPaths() {}

  /** The JSON path ({@code $.events[3]}) of the value at which a parser with context {@code ctx} stands. */
  static String of(JsonStreamContext ctx) {
    JsonStreamContext c = ctx;
    if (c != null && !c.hasPathSegment() && !c.inRoot()) {
      c = c.getParent(); // just entered an object or array: the path is that of the container itself
    }
    List<String> segments = new ArrayList<>();
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        segments.add(member(c.getCurrentName()));
      }
    }
    StringBuilder sb = new StringBuilder("$");
    for (int i = segments.size() - 1; i >= 0; i--) {
      sb.append(segments.get(i));
    }
    return sb.toString();
  }

  /** {@code .name}, or {@code ['name']} when the name is not an identifier. */
  static String member(String name) {
    return isIdentifier(name) ? "." + name : "['" + Quote.bounded(name).replace("'", "\\'") + "']";
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
