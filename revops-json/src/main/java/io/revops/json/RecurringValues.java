package io.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values made lately from short strings that recur from line to line of a JSON Lines file (a city, a
 * country, an industry, a job title), so that a recurring text is matched on the parser's characters and its
 * value handed out again, with no {@code String} and no value made for it: {@link JsonCursor#recurring}. A value
 * is kept with the factory that made it and the exact characters it was made from, and handed out only for the
 * same factory (the same instance) and the same characters: what the factory made of them once, without
 * failing, it would make again (the factories are the domain's immutable value factories).
 *
 * <p>Cost: a hash of the characters and a comparison with one kept text; a miss also copies the characters.
 * {@value #SLOTS} slots, texts of at most {@value #MAX_LENGTH} characters. Instances are not thread-safe: one
 * serves one reader's cursors.
 */
final class RecurringValues {
  private static final int SLOTS = 512;
  static final int MAX_LENGTH = 48;

  private final char[][] texts = new char[SLOTS][];
  private final @Nullable Object[] factories = new Object[SLOTS];
  private final @Nullable Object[] values = new Object[SLOTS];
  /** The enum types whose values recur, with their tables of spellings. */
  final EnumSpellings.Recent enums = new EnumSpellings.Recent();

  /**
   * The value of the string token on which {@code p} stands, made by {@code factory} as
   * {@link JsonCursor#text(String, Function) in.text(what, factory)} makes it, or kept from an earlier token of
   * the same characters.
   */
  <T> T value(JsonParser p, JsonCursor in, String what, Function<String, T> factory) throws IOException {
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    int n = p.getTextLength();
    @SuppressWarnings("unchecked") // kept with this factory, so made by it
    T kept = (T) get(factory, c, o, n);
    if (kept != null) {
      return kept;
    }
    T v = in.text(what, factory); // the parser's characters stay as they are
    keep(factory, c, o, n, v);
    return v;
  }

  /**
   * The value that {@code factory} made of the characters {@code c[o, o + n)}, if it is kept; else null, and
   * the value that {@link #keep} is then given is kept in its place.
   */
  @Nullable Object get(Function<String, ?> factory, char[] c, int o, int n) {
    if (n > MAX_LENGTH) {
      return null;
    }
    int slot = slot(c, o, n);
    char[] kept = texts[slot];
    if (factories[slot] != factory || kept.length != n) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (kept[i] != c[o + i]) {
        return null;
      }
    }
    return values[slot];
  }

  /** Keeps {@code value}, which {@code factory} made of the characters {@code c[o, o + n)}. */
  void keep(Function<String, ?> factory, char[] c, int o, int n, Object value) {
    if (n > MAX_LENGTH) {
      return;
    }
    int slot = slot(c, o, n);
    texts[slot] = Arrays.copyOfRange(c, o, o + n);
    factories[slot] = factory;
    values[slot] = value;
  }

  private static int slot(char[] c, int o, int n) {
    int h = n;
    for (int i = o, end = o + n; i < end; i++) {
      h = 31 * h + c[i];
    }
    return (h ^ (h >>> 9)) & (SLOTS - 1);
  }
}
