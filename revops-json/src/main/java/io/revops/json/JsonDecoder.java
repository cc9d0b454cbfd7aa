package io.revops.json;

import java.io.IOException;

/**
 * Reads one value from a {@link JsonCursor} standing on its first token, without building a tree: the one place
 * each type's JSON rules are written. The Jackson modules' deserializers and {@link JsonLines} both call it.
 *
 * <pre>{@code
 * JsonDecoder<MrrRecord> MRR = in -> {
 *   in.beginObject("an MRR record");
 *   String customer = null; ...
 *   for (String f = in.nextField(); f != null; f = in.nextField()) {
 *     switch (f) {
 *       case "customer" -> customer = in.text("a customer id");
 *       ...
 *       default -> throw in.unknownField("customer, month, mrr");
 *     }
 *   }
 *   ...
 * };
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface JsonDecoder<T> {
  /**
   * Reads the value at the cursor's current token, leaving the cursor on its last token.
   *
   * @throws JsonPathException if the JSON does not match the dialect (path, value and rule)
   * @throws IOException if the underlying parser fails (malformed JSON)
   */
  T decode(JsonCursor in) throws IOException;
}
