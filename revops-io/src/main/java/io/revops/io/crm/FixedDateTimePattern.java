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

  private final List<Token> tokens;
  private final int length;
  private final boolean hasTime;

  private FixedDateTimePattern(List<Token> tokens, int length, boolean hasTime) {
    this.tokens = List.copyOf(tokens);
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
    return read(text, null, hasTime ? DATE_TIME : DATE);
  }

  /**
   * The instant of {@code text} in {@code zone}: what {@link #parse} gives, at the zone ({@code atZone}, or
   * {@code atStartOfDay} for a date), without making the local date-time; null as {@link #parse}.
   */
  Instant instant(String text, LocalTimes zone) {
    return read(text, zone, hasTime ? AT_ZONE : AT_START_OF_DAY);
  }

  /**
   * The last step of {@link #read}: the value of the six fields (0 where the pattern has none), with a context
   * such as the zone; throws {@link DateTimeException} if they are not a valid date.
   */
  @FunctionalInterface
  private interface Finish<C, T> {
    T of(C context, int year, int month, int day, int hour, int minute, int second);
  }

  private static final Finish<Void, Temporal> DATE_TIME = (none, y, mo, d, h, mi, s) -> LocalDateTime.of(y, mo, d, h, mi, s);
  private static final Finish<Void, Temporal> DATE = (none, y, mo, d, h, mi, s) -> LocalDate.of(y, mo, d);
  private static final Finish<LocalTimes, Instant> AT_ZONE = LocalTimes::atZone;
  private static final Finish<LocalTimes, Instant> AT_START_OF_DAY = (zone, y, mo, d, h, mi, s) -> zone.atStartOfDay(y, mo, d);

  /**
   * The fields of {@code text} handed to {@code finish}, or null if it is not in this pattern, a time field is
   * out of range (hours 0-23, minutes and seconds 0-59) or {@code finish} finds no valid date.
   */
  private <C, T> T read(String text, C context, Finish<C, T> finish) {
    if (text.length() != length) {
      return null;
    }
    int day = 0;
    int month = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int at = 0;
    for (Token t : tokens) {
      if (t.part() == null) {
        if (text.charAt(at++) != t.literal()) {
          return null;
        }
        continue;
      }
      int v = 0;
      for (int k = 0; k < t.width(); k++) {
        char c = text.charAt(at++);
        if (c < '0' || c > '9') {
          return null;
        }
        v = v * 10 + (c - '0');
      }
      switch (t.part()) {
        case DAY -> day = v;
        case MONTH -> month = v;
        case YEAR -> year = v;
        case HOUR -> hour = v;
        case MINUTE -> minute = v;
        case SECOND -> second = v;
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    try {
      return finish.of(context, year, month, day, hour, minute, second);
    } catch (DateTimeException notADate) {
      return null;
    }
  }
}
