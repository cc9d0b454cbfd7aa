package io.revops.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;

/**
 * The fields a decoder reads in one kind of object, for {@link JsonCursor#nextField(FieldNames)}: each name
 * with its index (its place in {@link #of}), its bytes as Jackson compares them ({@link SerializedString},
 * made once), and the order in which writers put them, from which the cursor guesses each next name. The names
 * are the decoder's switch cases, so the object's unknown-field failure lists them ({@link #allowed()}).
 *
 * <p>Cost: nothing per value; a guess is an array index. Instances are immutable and thread-safe.
 */
final class FieldNames {
  /** At most this many names: the cursor tells the ones it has read by the bits of a {@code long}. */
  static final int MAX = Long.SIZE;

  private final String[] names;
  private final SerializedString[] forms;
  /** {@code after[i + 1]}: the index of the name guessed after the name of index {@code i}; {@code after[0]}: the first. */
  private final int[] after;

  private FieldNames(String[] names, SerializedString[] forms, int[] after) {
    this.names = names;
    this.forms = forms;
    this.after = after;
  }

  /** The names, guessed in this order. */
  static FieldNames of(String... names) {
    if (names.length == 0 || names.length > MAX) {
      throw new IllegalArgumentException("names: 1 to " + MAX + " names, got " + names.length);
    }
    String[] canonical = new String[names.length];
    SerializedString[] forms = new SerializedString[names.length];
    for (int i = 0; i < names.length; i++) {
      canonical[i] = names[i].intern(); // the strings Jackson's symbol table hands out (it interns names)
      for (int k = 0; k < i; k++) {
        if (canonical[k].equals(canonical[i])) {
          throw new IllegalArgumentException("names: \"" + names[i] + "\" given twice");
        }
      }
      forms[i] = new SerializedString(canonical[i]);
      forms[i].asQuotedUTF8(); // computed now, not by the first reader
    }
    FieldNames f = new FieldNames(canonical, forms, new int[names.length + 1]);
    return f.guessing(names);
  }

  /** The same names with the same indices, guessed in {@code order} (some of the names, each once). */
  FieldNames orderedAs(String... order) {
    return guessing(order);
  }

  private FieldNames guessing(String... order) {
    int[] next = new int[names.length + 1];
    Arrays.fill(next, -1);
    int previous = -1;
    for (String name : order) {
      int i = indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("order: \"" + name + "\" is not one of " + allowed());
      }
      next[previous + 1] = i;
      previous = i;
    }
    return new FieldNames(names, forms, next);
  }

  /** The index of {@code name}, or -1 if it is not one of these. */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the name guessed after the one of index {@code previous} (-1: before the first), or -1. */
  int guessAfter(int previous) {
    return after[previous + 1];
  }

  /** The name of index {@code i}. */
  String name(int i) {
    return names[i];
  }

  /** The name of index {@code i} as Jackson compares it with the input. */
  SerializedString form(int i) {
    return forms[i];
  }

  /** The names, comma-separated: the list of an unknown-field failure. */
  String allowed() {
    return String.join(", ", names);
  }

  @Override
  public String toString() {
    return "FieldNames[" + allowed() + "]";
  }
}
