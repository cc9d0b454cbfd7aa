package io.revops.core.qualification;

import io.revops.core.check.Args;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Locale-independent formatting for reasons and names. */
final class Texts {
  private Texts() {}

  // 1000-01-01T00:00Z and 10000-01-01T00:00Z: the years written with exactly four digits
  private static final long FOUR_DIGIT_YEARS_FROM = -30_610_224_000L;
  private static final long FOUR_DIGIT_YEARS_UNTIL = 253_402_300_800L;

  /** {@code 2026-11-22T10:00Z}: UTC, seconds only when not zero; as {@code OffsetDateTime.toString} writes it. */
  static String instant(Instant at) {
    long seconds = at.getEpochSecond();
    if (at.getNano() != 0 || seconds < FOUR_DIGIT_YEARS_FROM || seconds >= FOUR_DIGIT_YEARS_UNTIL) {
      return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }
    // by hand for whole seconds in years 1000-9999: explanations cite their instant in many reasons, and
    // OffsetDateTime.toString builds several intermediate strings
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    int second = secondOfDay % 60;
    StringBuilder sb = new StringBuilder(20);
    sb.append(date.getYear()).append('-');
    twoDigits(sb, date.getMonthValue()).append('-');
    twoDigits(sb, date.getDayOfMonth()).append('T');
    twoDigits(sb, secondOfDay / 3_600).append(':');
    twoDigits(sb, secondOfDay / 60 % 60);
    if (second != 0) twoDigits(sb.append(':'), second);
    return sb.append('Z').toString();
  }

  private static StringBuilder twoDigits(StringBuilder sb, int n) {
    return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /** {@code 1 000 000}: thousands separated by spaces, as {@code Amounts.format} does. */
  static String number(long n) {
    if (n > -1000 && n < 1000) return Long.toString(n); // no separator: the usual counts
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder(n < 0 ? "-" : "");
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(' ').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /** {@code 1 site visit}, {@code 2 site visits}. */
  static String count(long n, String singular, String plural) {
    return number(n) + " " + (n == 1 ? singular : plural);
  }

  /** {@code 6 months}, {@code 1 year 2 months}, {@code 10 days}, {@code 0 days}. */
  static String period(Period p) {
    List<String> parts = new ArrayList<>();
    if (p.getYears() != 0) parts.add(count(p.getYears(), "year", "years"));
    if (p.getMonths() != 0) parts.add(count(p.getMonths(), "month", "months"));
    if (p.getDays() != 0 || parts.isEmpty()) parts.add(count(p.getDays(), "day", "days"));
    return String.join(" ", parts);
  }

  /** {@code 30 days}, {@code 36 hours}, {@code 90 minutes}, {@code 45 seconds}, or ISO-8601 for the rest. */
  static String duration(Duration d) {
    long s = d.getSeconds();
    if (d.getNano() != 0) return d.toString();
    if (s % 86_400 == 0) return count(s / 86_400, "day", "days");
    if (s % 3_600 == 0) return count(s / 3_600, "hour", "hours");
    if (s % 60 == 0) return count(s / 60, "minute", "minutes");
    return count(s, "second", "seconds");
  }

  /** {@code a, b, c}. */
  static String list(Collection<?> items) {
    return join(items, ", ");
  }

  /** {@code a or b or c}. */
  static String orList(Collection<?> items) {
    return join(items, " or ");
  }

  private static String join(Collection<?> items, String separator) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Object i : items) {
      if (!first) sb.append(separator);
      sb.append(i);
      first = false;
    }
    return sb.toString();
  }

  /** Case-, space- and ё-insensitive key for comparing city names. */
  static String cityKey(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT).replace('ё', 'е');
    // runs of whitespace (as regex \\s: space, \\t, \\n, \\x0B, \\f, \\r) and hyphens become one space; a loop,
    // not replaceAll: this runs for every lead qualified, and replaceAll compiles its pattern on each call
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
   * {@code cityKey(a).equals(cityKey(b))}, without building the keys: the names are walked side by side,
   * each trimmed, lower-cased, "ё" read as "е" and every run of separators read as one space. Exact for
   * names in {@link #isSimple} characters (Latin-1 and Cyrillic), where lower-casing maps one character to
   * one, independently of its neighbours; a name with any other character (Greek capital sigma lower-cases
   * by context, "İ" to two characters) falls back to comparing the keys.
   */
  static boolean sameCity(String a, String b) {
    int i = 0;
    int aEnd = a.length();
    int j = 0;
    int bEnd = b.length();
    // as String.trim: every character up to U+0020 at either end
    while (i < aEnd && a.charAt(i) <= ' ') i++;
    while (aEnd > i && a.charAt(aEnd - 1) <= ' ') aEnd--;
    while (j < bEnd && b.charAt(j) <= ' ') j++;
    while (bEnd > j && b.charAt(bEnd - 1) <= ' ') bEnd--;
    while (i < aEnd && j < bEnd) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (!isSimple(ca) || !isSimple(cb)) {
        return cityKey(a).equals(cityKey(b));
      }
      boolean sa = isSeparator(ca);
      if (sa != isSeparator(cb)) return false;
      if (sa) {
        do i++; while (i < aEnd && isSeparator(a.charAt(i)));
        do j++; while (j < bEnd && isSeparator(b.charAt(j)));
        continue;
      }
      if (ca != cb && keyChar(ca) != keyChar(cb)) return false;
      i++;
      j++;
    }
    // what is left of one name gives at least one more key character, unless it holds a character that
    // is not simple, whose key the fallback decides
    if (i == aEnd && j == bEnd) return true;
    return allSimple(a, i, aEnd) && allSimple(b, j, bEnd) ? false : cityKey(a).equals(cityKey(b));
  }

  /** Latin-1 or Cyrillic (U+0400–U+052F): lower-cased by {@code String.toLowerCase(Locale.ROOT)} one for one. */
  static boolean isSimple(char c) {
    return c <= '\u00FF' || (c >= '\u0400' && c <= '\u052F');
  }

  private static boolean allSimple(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isSimple(s.charAt(k))) return false;
    }
    return true;
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

  /** {@code name} trimmed, or {@code fallback} if null; a blank name is rejected. */
  static String name(String name, String fallback) {
    if (name == null) return fallback;
    return Args.text("criterion name", name).trim();
  }

  /** Fails naming the parameter if an evaluation argument is null. */
  static void requireArgs(Object lead, Object asOf, Object context) {
    java.util.Objects.requireNonNull(lead, "lead");
    java.util.Objects.requireNonNull(asOf, "asOf");
    java.util.Objects.requireNonNull(context, "context");
  }

  /** The definition tree: one line per criterion, {@code name: definition} when they differ. */
  static String tree(Criterion c) {
    StringBuilder sb = new StringBuilder();
    tree(c, 0, sb);
    return sb.toString();
  }

  private static void tree(Criterion c, int depth, StringBuilder sb) {
    if (depth > 0) sb.append('\n').append("  ".repeat(depth));
    sb.append(c.name());
    if (!c.name().equals(c.describe())) sb.append(": ").append(c.describe());
    for (Criterion child : c.children()) {
      tree(child, depth + 1, sb);
    }
  }
}
