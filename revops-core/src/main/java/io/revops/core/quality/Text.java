package io.revops.core.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tokens for matching names: letters and digits lower-cased by Unicode rules (no locale), {@code ё}
 * read as {@code е}, every other character a separator; in a token that mixes Cyrillic and Latin
 * letters the Latin look-alikes ({@code a c e o p x y k m t h b}) are read as Cyrillic, so that
 * "Ромашкa" typed with a Latin {@code a} matches.
 */
final class Text {
  private static final String LATIN = "aceopxykmthb";
  private static final String CYRILLIC = "асеорхукмтнв";

  private Text() {}

  /** Lower case for ASCII letters only: email addresses, whose domains are ASCII. */
  static String lowerAscii(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = (char) (ch + ('a' - 'A'));
      }
    }
    return c == null ? s : new String(c);
  }

  /** The tokens of {@code s}, in order. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>(4);
    StringBuilder token = new StringBuilder();
    boolean cyrillic = false;
    boolean latin = false;
    for (int i = 0, n = s.length(); i <= n; i++) {
      char ch = i < n ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(ch)) {
        char lower = Character.toLowerCase(ch);
        if (lower == 'ё') {
          lower = 'е';
        }
        cyrillic |= lower >= 'а' && lower <= 'я';
        latin |= lower >= 'a' && lower <= 'z';
        token.append(lower);
      } else if (token.length() > 0) {
        out.add(cyrillic && latin ? toCyrillic(token) : token.toString());
        token.setLength(0);
        cyrillic = false;
        latin = false;
      }
    }
    return out;
  }

  private static String toCyrillic(StringBuilder token) {
    for (int i = 0; i < token.length(); i++) {
      int k = LATIN.indexOf(token.charAt(i));
      if (k >= 0) {
        token.setCharAt(i, CYRILLIC.charAt(k));
      }
    }
    return token.toString();
  }

  /** The tokens sorted and joined by a space (word order does not matter), if there are any. */
  static Optional<String> sortedKey(List<String> tokens) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    String[] t = tokens.toArray(new String[0]);
    Arrays.sort(t);
    return Optional.of(String.join(" ", t));
  }
}
