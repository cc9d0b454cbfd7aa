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

  /** {@code ; at least 3 required}: how a threshold criterion's reason ends, after the evidence. */
  static String atLeastRequired(String min) {
    return "; at least " + min + " required";
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
