package io.revops.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * Parses ISO-8601 instants, dates, months and periods. The plain forms every revops writer uses are parsed by
 * hand: instants in UTC, {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with one to nine fraction digits (a fifth of the old
 * reader's time went to {@code DateTimeFormatter}); dates {@code yyyy-MM-dd}; months {@code yyyy-MM}; periods
 * of one unit, {@code P6M}, {@code P2Y}, {@code P30D}. Anything else (an offset, a leap second, lower case, a
 * year beyond 9999, a sign, a period of several units) goes to the JDK's {@code parse} ({@link Instant#parse},
 * {@link LocalDate#parse}, {@link YearMonth#parse}, {@link Period#parse}), so the two accept exactly the same
 * texts with the same results (property-tested). Cost of the plain forms: one pass over the characters, no
 * formatter, no regular expression, no allocation but the result.
 */
final class IsoInstants {
  private IsoInstants() {}

  /**
   * The instant written in {@code chars[offset, offset + length)}.
   *
   * @throws DateTimeException if it is not an ISO-8601 instant
   */
  static Instant parse(char[] chars, int offset, int length) {
    Instant fast = plainUtc(chars, offset, length);
    return fast != null ? fast : Instant.parse(new String(chars, offset, length));
  }

  /** The instant {@code text}; see {@link #parse(char[], int, int)}. */
  static Instant parse(String text) {
    return parse(text.toCharArray(), 0, text.length());
  }

  /** The plain UTC form, or null if {@code chars} is not exactly in it (or names no valid date and time). */
  static Instant plainUtc(char[] c, int o, int n) {
    if (n < 20 || n > 30 || c[o + 4] != '-' || c[o + 7] != '-' || c[o + 10] != 'T' || c[o + 13] != ':'
        || c[o + 16] != ':' || c[o + n - 1] != 'Z') {
      return null;
    }
    int year = digits(c, o, 4);
    int month = digits(c, o + 5, 2);
    int day = digits(c, o + 8, 2);
    int hour = digits(c, o + 11, 2);
    int minute = digits(c, o + 14, 2);
    int second = digits(c, o + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      if (c[o + 19] != '.' || n == 21) {
        return null;
      }
      int fraction = n - 21;
      for (int i = 0; i < 9; i++) {
        int d;
        if (i < fraction) {
          d = c[o + 20 + i] - '0';
          if (d < 0 || d > 9) {
            return null;
          }
        } else {
          d = 0;
        }
        nanos = nanos * 10 + d;
      }
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * The date {@code text}, as {@link LocalDate#parse(CharSequence)} reads it.
   *
   * @throws DateTimeException if it is not an ISO-8601 date
   */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month)) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * The month {@code text}, as {@link YearMonth#parse(CharSequence)} reads it.
   *
   * @throws DateTimeException if it is not an ISO-8601 month
   */
  static YearMonth month(String text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      if (year >= 0 && month >= 1 && month <= 12) {
        return YearMonth.of(year, month);
      }
    }
    return YearMonth.parse(text);
  }

  /**
   * The period {@code text}, as {@link Period#parse(CharSequence)} reads it.
   *
   * @throws DateTimeException if it is not an ISO-8601 period
   */
  static Period period(String text) {
    int n = text.length();
    if (n >= 3 && n <= 11 && text.charAt(0) == 'P') {
      int amount = digits(text, 1, n - 2); // at most 9 digits: fits in an int
      if (amount >= 0) {
        switch (text.charAt(n - 1)) {
          case 'Y':
            return Period.ofYears(amount);
          case 'M':
            return Period.ofMonths(amount);
          case 'D':
            return Period.ofDays(amount);
          default:
            break;
        }
      }
    }
    return Period.parse(text);
  }

  /** The decimal number written by the {@code count} ASCII digits of {@code s} from {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int digits(char[] c, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
