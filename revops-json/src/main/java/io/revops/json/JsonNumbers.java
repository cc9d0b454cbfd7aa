package io.revops.json;

import java.math.BigDecimal;

/**
 * The one check of a number's size, on its text, before any {@code BigDecimal} is made: at most
 * {@link JsonLimits#MAX_DIGITS} significant digits and a decimal exponent within ±{@link JsonLimits#MAX_EXPONENT}.
 */
final class JsonNumbers {
  static final String RULE = "a number of at most " + JsonLimits.MAX_DIGITS
      + " significant digits with a decimal exponent within ±" + JsonLimits.MAX_EXPONENT;

  private JsonNumbers() {}

  /**
   * The exact decimal of {@code text} (a JSON number, or a decimal written as a string), or null if it is not
   * a decimal or is out of bounds.
   */
  static BigDecimal decimal(CharSequence text) {
    String s = text.toString();
    return decimal(s.toCharArray(), 0, s.length()); // what new BigDecimal(s) does first
  }

  /**
   * The exact decimal written in {@code chars[offset, offset + n)} (a parser's buffer), as {@link #decimal(CharSequence)}
   * reads the same text, without a {@code String}.
   */
  static BigDecimal decimal(char[] chars, int offset, int n) {
    if (n == 0 || n > JsonLimits.MAX_NUMBER_LENGTH) {
      return null;
    }
    int i = 0;
    char c = chars[offset];
    if (c == '-' || c == '+') {
      i++;
    }
    int digits = 0;          // significant digits seen
    int intDigits = 0;       // digits before the point, leading zeros excluded
    int leadingFractionZeros = 0;
    boolean anyDigit = false;
    boolean point = false;
    for (; i < n; i++) {
      c = chars[offset + i];
      if (c >= '0' && c <= '9') {
        anyDigit = true;
        if (digits == 0 && c == '0') {
          if (point) {
            leadingFractionZeros++;
          }
          continue;
        }
        digits++;
        if (!point) {
          intDigits++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (!anyDigit) {
      return null;
    }
    long exponent = 0;
    if (i < n) {
      c = chars[offset + i];
      if (c != 'e' && c != 'E') {
        return null;
      }
      i++;
      boolean negative = false;
      if (i < n && (chars[offset + i] == '-' || chars[offset + i] == '+')) {
        negative = chars[offset + i] == '-';
        i++;
      }
      if (i == n) {
        return null;
      }
      for (; i < n; i++) {
        c = chars[offset + i];
        if (c < '0' || c > '9') {
          return null;
        }
        exponent = exponent * 10 + (c - '0');
        if (exponent > 1_000_000) {
          return null; // far beyond the bound; stop before overflow
        }
      }
      exponent = negative ? -exponent : exponent;
    }
    if (digits > JsonLimits.MAX_DIGITS) {
      return null;
    }
    if (digits > 0) {
      // the decimal exponent of the leading significant digit, as in 1.23e<adjusted>
      long adjusted = exponent + (intDigits > 0 ? intDigits - 1 : -(leadingFractionZeros + 1));
      if (Math.abs(adjusted) > JsonLimits.MAX_EXPONENT) {
        return null;
      }
    } else if (Math.abs(exponent) > JsonLimits.MAX_EXPONENT) {
      return null; // 0e999999999: zero, but its scale would be unprintable
    }
    try {
      return new BigDecimal(chars, offset, n);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
