package io.revops.json;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dialect's spelling of enum constants: lower-case snake case ({@code "became_mql"}, the constant's name in
 * lower case), read case-insensitively and with blanks around it trimmed; no other spelling ({@code "no-answer"},
 * {@code "firstContact"}). Each enum's table is built once ({@link ClassValue}). Cost: a token in the exact
 * spelling is matched against the constants' names without a {@code String}; any other takes one lower-casing
 * and one hash lookup.
 */
final class EnumSpellings {
  private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> m = new HashMap<>();
      for (Object e : type.getEnumConstants()) {
        m.put(name((Enum<?>) e), (Enum<?>) e);
      }
      return Map.copyOf(m);
    }
  };
  /** Each enum's constants by ordinal with their JSON names as chars, to match a token without a String. */
  private static final ClassValue<Names> NAMES = new ClassValue<>() {
    @Override
    protected Names computeValue(Class<?> type) {
      Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
      char[][] names = new char[constants.length][];
      for (int i = 0; i < constants.length; i++) {
        names[i] = name(constants[i]).toCharArray();
      }
      return new Names(constants, names);
    }
  };

  private record Names(Enum<?>[] constants, char[][] names) {
    /** The constant written exactly as {@code text[offset, offset + length)}, or null. */
    @Nullable Enum<?> exact(char[] text, int offset, int length) {
      if (length == 0) {
        return null;
      }
      char first = text[offset];
      for (int i = 0; i < names.length; i++) {
        char[] name = names[i];
        // the length and first letter tell most constants apart before the rest is compared
        if (name.length == length && name[0] == first && same(name, text, offset)) {
          return constants[i];
        }
      }
      return null;
    }

    private static boolean same(char[] name, char[] text, int offset) {
      for (int k = 1; k < name.length; k++) {
        if (name[k] != text[offset + k]) {
          return false;
        }
      }
      return true;
    }
  }

  private EnumSpellings() {}

  /**
   * The tables of the last few enum types one reader looked up, so that {@link #exact(Class, char[], int, int)}
   * is answered without the {@link ClassValue} look-up (which, on JDK 17 under C1, misses its first probe for
   * these types and searches on): a comparison of the type with each kept one. Not thread-safe: one reader's.
   */
  static final class Recent {
    private final Class<?>[] types = new Class<?>[4];
    private final Names[] tables = new Names[4];
    private int next;

    /** As {@link EnumSpellings#exact(Class, char[], int, int)}. */
    <E extends Enum<E>> @Nullable E exact(Class<E> type, char[] text, int offset, int length) {
      Names t = null;
      for (int i = 0; i < types.length; i++) {
        if (types[i] == type) {
          t = tables[i];
          break;
        }
      }
      if (t == null) {
        t = NAMES.get(type);
        types[next] = type;
        tables[next] = t;
        next = (next + 1) % types.length;
      }
      Enum<?> e = t.exact(text, offset, length);
      return e == null ? null : type.cast(e);
    }
  }

  /** The constant of {@code type} written exactly as {@code text[offset, offset + length)}, or null. */
  static <E extends Enum<E>> @Nullable E exact(Class<E> type, char[] text, int offset, int length) {
    Enum<?> e = NAMES.get(type).exact(text, offset, length);
    return e == null ? null : type.cast(e);
  }

  /** The constant of {@code type} spelled {@code s} in any letter case, blanks around it trimmed, or null. */
  static <E extends Enum<E>> @Nullable E constant(Class<E> type, String s) {
    Map<String, Enum<?>> byName = BY_NAME.get(type);
    Enum<?> e = byName.get(s);
    if (e == null && s.length() <= 64) {
      e = byName.get(s.trim().toLowerCase(Locale.ROOT));
    }
    return e == null ? null : type.cast(e);
  }

  /** The JSON names of {@code type}'s constants, quoted and comma-separated. */
  static <E extends Enum<E>> String allowed(Class<E> type) {
    StringBuilder sb = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(name(e)).append('"');
    }
    return sb.toString();
  }

  /** The JSON name of an enum constant: its name in lower case ({@code "became_mql"}). */
  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
