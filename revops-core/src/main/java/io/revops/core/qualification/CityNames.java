package io.revops.core.qualification;

import java.util.Locale;

/**
 * The comparison of city names {@link FirmographicCriterion.CityIn} makes: ignoring case, surrounding spaces, the
 * difference between "ё" and "е", and reading every run of spaces and hyphens as one space. A criterion keeps the
 * {@link #key keys} of its cities; a lead's city name is {@link #matchesAny matched} against them without building
 * its key, for names in {@link #isSimple simple} characters.
 */
final class CityNames {
  private CityNames() {}

  /**
   * Case-, space- and ё-insensitive key for comparing city names: trimmed, lower-cased in {@code Locale.ROOT},
   * "ё" as "е", every run of separators (the whitespace of regex {@code \s}, and hyphens) as one space.
   *
   * <p>Cost: one pass over the name; allocates when the name is not already its own key.
   */
  static String key(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT).replace('ё', 'е');
    // a loop, not replaceAll: replaceAll compiles its pattern on each call
    StringBuilder sb = null;
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean separator = isSeparator(c);
      if (sb == null && separator && (c != ' ' || inRun)) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        if (!separator) {
          sb.append(c);
        } else if (!inRun) {
          sb.append(' ');
        }
      }
      inRun = separator;
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * True if {@code key(name)} is one of {@code keys}. A name in {@link #isSimple simple} characters (Latin-1 and
   * Cyrillic, which lower-case one character to one, independently of their neighbours) is walked against each
   * key without building its own; a name with any other character (Greek capital sigma lower-cases by context,
   * "İ" to two characters) has its key built and compared.
   *
   * <p>Cost: O(length of the name) per key, no allocation for a simple name.
   */
  static boolean matchesAny(String[] keys, String name) {
    int from = 0;
    int to = name.length();
    // as String.trim: every character up to U+0020 at either end
    while (from < to && name.charAt(from) <= ' ') from++;
    while (to > from && name.charAt(to - 1) <= ' ') to--;
    for (int i = from; i < to; i++) {
      if (!isSimple(name.charAt(i))) {
        String nameKey = key(name);
        for (String k : keys) {
          if (k.equals(nameKey)) return true;
        }
        return false;
      }
    }
    for (String k : keys) {
      if (walk(k, name, from, to)) return true;
    }
    return false;
  }

  /** True if {@code key} is the key of {@code name}'s trimmed part {@code [from, to)}, all simple characters. */
  private static boolean walk(String key, String name, int from, int to) {
    int i = from;
    int k = 0;
    int keyLength = key.length();
    while (i < to) {
      if (k == keyLength) return false;
      char c = name.charAt(i);
      if (isSeparator(c)) {
        if (key.charAt(k) != ' ') return false;
        do i++; while (i < to && isSeparator(name.charAt(i)));
      } else {
        if (key.charAt(k) != keyChar(c)) return false;
        i++;
      }
      k++;
    }
    return k == keyLength;
  }

  /** Latin-1 or Cyrillic (U+0400–U+052F): lower-cased by {@code String.toLowerCase(Locale.ROOT)} one for one. */
  static boolean isSimple(char c) {
    return c <= '\u00FF' || (c >= '\u0400' && c <= '\u052F');
  }

  /** The key character of a simple, non-separator character. */
  private static char keyChar(char c) {
    // ASCII and the Russian capitals first: Character.toLowerCase looks every other character up in a table
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    if (c >= 'А' && c <= 'Я') return (char) (c + ('а' - 'А'));
    char lower = Character.toLowerCase(c);
    return lower == 'ё' ? 'е' : lower;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
