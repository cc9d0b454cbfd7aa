package io.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads field names by guessing each from the name read before it, in document order whatever the depth: the
 * values of a JSON Lines file are written by one writer, so after {@code "id"} comes {@code "company"}, after
 * {@code "company"} its {@code "name"}, and so on. A guess is handed to Jackson's
 * {@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}, which compares the input's
 * bytes with the guess and, when they match, skips hashing the name and looking it up in its symbol table; a
 * wrong guess costs that comparison, then the name is read as {@link JsonParser#nextFieldName()} reads it, and
 * the guess is corrected. The names are the same either way.
 *
 * <p>Cost: a table of {@value #SLOTS} slots indexed by the previous name's (cached) hash; no allocation once the
 * names of the file's shape are known. Instances are not thread-safe: one reads one parser's names.
 */
final class FieldGuess {
  private static final int SLOTS = 128;

  private final String[] after = new String[SLOTS];
  private final SerializedString[] next = new SerializedString[SLOTS];
  /** Each name read, by its hash, as Jackson's byte form of it. */
  private final String[] known = new String[SLOTS];
  private final SerializedString[] knownForm = new SerializedString[SLOTS];
  private @Nullable String previous;

  /** Moves {@code p} as {@link JsonParser#nextFieldName()} does and returns the same name, or null. */
  @Nullable String next(JsonParser p) throws IOException {
    String prev = previous;
    int slot = prev == null ? 0 : prev.hashCode() & (SLOTS - 1);
    SerializedString g = prev != null && after[slot] == prev ? next[slot] : null;
    String name;
    if (g != null) {
      if (p.nextFieldName(g)) {
        name = g.getValue();
        previous = name;
        return name;
      }
      name = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    } else {
      name = p.nextFieldName();
    }
    if (name != null) {
      if (prev != null) {
        after[slot] = prev;
        next[slot] = form(name);
      }
      previous = name;
    }
    return name;
  }

  private SerializedString form(String name) {
    int slot = name.hashCode() & (SLOTS - 1);
    SerializedString f = knownForm[slot];
    if (known[slot] != name || f == null) {
      f = new SerializedString(name);
      known[slot] = name;
      knownForm[slot] = f;
    }
    return f;
  }
}
