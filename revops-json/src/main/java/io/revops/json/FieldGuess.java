package io.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;
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
 * <p>A decoder that names its object's fields ({@link FieldNames}) has them guessed from that order instead,
 * the previous field of the same object (kept per depth) telling the next: {@link #next(JsonParser, FieldNames)}.
 *
 * <p>Cost: a table of {@value #SLOTS} slots indexed by the previous name's (cached) hash; no allocation once the
 * names of the file's shape are known. Instances are not thread-safe: one reads one parser's names at a time
 * (a JSON Lines reader keeps one for the parsers of its buffers in turn).
 */
final class FieldGuess {
  private static final int SLOTS = 128;

  private final String[] after = new String[SLOTS];
  private final SerializedString[] next = new SerializedString[SLOTS];
  /** Each name read, by its hash, as Jackson's byte form of it. */
  private final String[] known = new String[SLOTS];
  private final SerializedString[] knownForm = new SerializedString[SLOTS];
  private @Nullable String previous;
  /** The {@link FieldNames} index of the field read last in the object open at each depth, or -1. */
  private int[] lastKnown = new int[8];
  private int knownIndex = -1;

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

  /**
   * Moves {@code p} as {@link JsonParser#nextFieldName()} does and returns the same name, or null, guessing it
   * from {@code names}: the one that follows, in their order, the field read before it in this object.
   * {@link #known()} then tells the name's index in {@code names}.
   */
  @Nullable String next(JsonParser p, FieldNames names) throws IOException {
    int depth = p.getParsingContext().getNestingDepth(); // the object's, on its start as on a value in it
    if (depth >= lastKnown.length) {
      lastKnown = Arrays.copyOf(lastKnown, Math.max(depth + 1, 2 * lastKnown.length));
    }
    int g = names.guessAfter(p.currentToken() == JsonToken.START_OBJECT ? -1 : lastKnown[depth]);
    String name;
    if (g >= 0) {
      if (p.nextFieldName(names.form(g))) {
        knownIndex = g;
        lastKnown[depth] = g;
        return names.name(g);
      }
      name = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    } else {
      name = p.nextFieldName();
    }
    knownIndex = name == null ? -1 : names.indexOf(name);
    lastKnown[depth] = knownIndex;
    return name;
  }

  /** The index in its {@link FieldNames} of the name {@link #next(JsonParser, FieldNames)} returned, or -1. */
  int known() {
    return knownIndex;
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
