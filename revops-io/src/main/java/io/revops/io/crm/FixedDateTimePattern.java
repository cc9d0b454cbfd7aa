package io.revops.io.crm;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date-time pattern of fixed-width numeric fields only ({@code dd.MM.yyyy HH:mm:ss}, {@code yyyy-MM-dd HH:mm},
 * {@code dd.MM.yyyy}), parsed by hand: the patterns CRM exports use, read several times faster than through
 * {@code DateTimeFormatter.parseBest}, with the same strict result (a field out of range, such as 31.02, does
 * not parse). Other patterns go through {@code DateTimeFormatter}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FixedDateTimePattern {
  private enum Part { DAY, MONTH, YEAR, HOUR, MINUTE, SECOND }

  private record Token(Part part, int width, char literal) {}

  /** Each token's field ({@link Part} ordinal), or -1 for a literal; read by index, not through its record. */
  private final int[] parts;
  private final int[] widths;
  private final char[] literals;
  private final int length;
  private final boolean hasTime;

  private FixedDateTimePattern(List<Token> tokens, int length, boolean hasTime) {
    this.parts = new int[tokens.size()];
    this.widths = new int[tokens.size()];
    this.literals = new char[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      parts[k] = t.part() == null ? -1 : t.part().ordinal();
      widths[k] = t.width();
      literals[k] = t.literal();
    }
    this.length = length;
    this.hasTime = hasTime;
  }

  /** The pattern as fixed-width fields, if it is one (with a day, a month and a year). */
  static Optional<FixedDateTimePattern> compile(String pattern) {
    List<Token> tokens = new ArrayList<>();
    int length = 0;
    boolean time = false;
    int seen = 0;
    for (int i = 0; i < pattern.length(); ) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      Part part = switch (c) {
        case 'd' -> run == 2 ? Part.DAY : null;
        case 'M' -> run == 2 ? Part.MONTH : null;
        case 'y', 'u' -> run == 4 ? Part.YEAR : null;
        case 'H' -> run == 2 ? Part.HOUR : null;
        case 'm' -> run == 2 ? Part.MINUTE : null;
        case 's' -> run == 2 ? Part.SECOND : null;
        default -> null;
      };
      if (part != null) {
        if ((seen & (1 << part.ordinal())) != 0) {
          return Optional.empty();
        }
        seen |= 1 << part.ordinal();
        time |= part.ordinal() >= Part.HOUR.ordinal();
        tokens.add(new Token(part, run, '\0'));
        length += run;
        i += run;
      } else if (Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || c == '#' || c == '{' || c == '}') {
        return Optional.empty();
      } else {
        tokens.add(new Token(null, 1, c));
        length++;
        i++;
      }
    }
    boolean date = (seen & 0b111) == 0b111;
    boolean hoursWithMinutes = !time || (seen & (1 << Part.HOUR.ordinal())) != 0 && (seen & (1 << Part.MINUTE.ordinal())) != 0;
    return date && hoursWithMinutes ? Optional.of(new FixedDateTimePattern(tokens, length, time)) : Optional.empty();
  }

  /** The local date-time or date of {@code text}, or null if it is not in this pattern or not a valid date. */
  Temporal parse(String text) {
    int[] f = fields(text);
    if (f == null) {
      return null;
    }
    try {
      return hasTime ? LocalDateTime.of(f[YEAR], f[MONTH], f[DAY], f[HOUR], f[MINUTE], f[SECOND])
          : LocalDate.of(f[YEAR], f[MONTH], f[DAY]);
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  /**
   * The instant of {@code text} in {@code zone}: what {@link #parse} gives, at the zone ({@code atZone}, or
   * {@code atStartOfDay} for a date), without making the local date-time; null as {@link #parse}.
   */
  Instant instant(String text, LocalTimes zone) {
    int[] f = fields(text);
    if (f == null) {
      return null;
    }
    try {
      return hasTime ? zone.atZone(f[YEAR], f[MONTH], f[DAY], f[HOUR], f[MINUTE], f[SECOND])
          : zone.atStartOfDay(f[YEAR], f[MONTH], f[DAY]);
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  private static final int DAY = 0;
  private static final int MONTH = 1;
  private static final int YEAR = 2;
  private static final int HOUR = 3;
  private static final int MINUTE = 4;
  private static final int SECOND = 5;

  /**
   * The fields of {@code text} by {@link Part} ordinal (0 where the pattern has none), or null if it is not in
   * this pattern; hours, minutes and seconds checked for their range (the date is checked by the caller).
   */
  private int[] fields(String text) {
    if (text.length() != length) {
      return null;
    }
    int[] f = new int[6];
    int at = 0;
    for (int t = 0; t < parts.length; t++) {
      if (parts[t] < 0) {
        if (text.charAt(at++) != literals[t]) {
          return null;
        }
        continue;
      }
      int v = 0;
      for (int k = widths[t]; k > 0; k--) {
        char c = text.charAt(at++);
        if (c < '0' || c > '9') {
          return null;
        }
        v = v * 10 + (c - '0');
      }
      f[parts[t]] = v;
    }
    return f[HOUR] > 23 || f[MINUTE] > 59 || f[SECOND] > 59 ? null : f;
  }
}
