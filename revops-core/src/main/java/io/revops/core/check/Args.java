package io.revops.core.check;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Argument checks with bounded cost and bounded messages, shared by every public factory of revops.
 *
 * <p>Texts (ids, names, codes, reasons) are at most {@value #MAX_TEXT_LENGTH} characters; a decimal has at
 * most {@value #MAX_DIGITS} significant digits and a decimal exponent within ±{@value #MAX_EXPONENT} (so
 * {@code 1e-999999999} is refused before anything prints its billion digits), and its text is at most
 * {@value #MAX_NUMBER_LENGTH} characters. Each check builds its message only when it fails; the message names the
 * parameter, quotes the value through {@link Quote#bounded(Object)} and states the rule.
 *
 * <p>Cost: each check is O(length of the value) at most; a decimal's text is measured before it is parsed.
 * This class is immutable and thread-safe.
 */
public final class Args {
  /** The longest id, name, code or free text an argument may be. */
  public static final int MAX_TEXT_LENGTH = 1_000;
  /** The longest text of a decimal number. */
  public static final int MAX_NUMBER_LENGTH = 200;
  /** The most significant digits of a decimal argument. */
  public static final int MAX_DIGITS = 100;
  /** The largest magnitude of a decimal argument's exponent (in {@code d.ddd × 10^e}, of {@code e}). */
  public static final int MAX_EXPONENT = 1_000;

  /** The largest magnitude of the year of an instant argument. */
  public static final int MAX_YEAR = 1_000_000;

  private static final java.time.Instant MIN_INSTANT = java.time.Instant.parse("-1000000-01-01T00:00:00Z");
  private static final java.time.Instant MAX_INSTANT = java.time.Instant.parse("+1000000-12-31T23:59:59.999999999Z");

  private Args() {}

  /**
   * {@code value}, checked to be non-null, not blank and at most {@value #MAX_TEXT_LENGTH} characters.
   *
   * @throws NullPointerException naming {@code parameter} if {@code value} is null
   * @throws IllegalArgumentException naming {@code parameter}, quoting the value, if it is blank or too long
   */
  public static String text(String parameter, String value) {
    return maxLength(parameter, notBlank(parameter, value), MAX_TEXT_LENGTH);
  }

  /**
   * {@code value}, checked to be non-null and not blank, of any length: for explanations revops builds itself
   * (a verdict's reason), whose length follows the data they explain.
   *
   * @throws NullPointerException naming {@code parameter} if {@code value} is null
   * @throws IllegalArgumentException naming {@code parameter}, quoting the value, if it is blank
   */
  public static String notBlank(String parameter, String value) {
    requireNonNull(value, parameter);
    if (value.isBlank()) {
      throw new IllegalArgumentException(parameter + " must not be blank: \"" + value + "\"");
    }
    return value;
  }

  /**
   * {@code value}, checked to be non-null and at most {@code maxLength} characters (it may be blank).
   *
   * @throws IllegalArgumentException naming {@code parameter}, quoting the value's prefix, if it is longer
   */
  public static String maxLength(String parameter, String value, int maxLength) {
    requireNonNull(value, parameter);
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(parameter + " must be at most " + maxLength + " characters: \""
          + Quote.bounded(value) + "\"");
    }
    return value;
  }

  /**
   * The decimal written {@code text} (surrounding white space ignored), within the digit and exponent limits.
   *
   * @throws IllegalArgumentException naming {@code parameter}, quoting the text, if it is longer than
   *     {@value #MAX_NUMBER_LENGTH} characters, not a decimal, or outside the limits
   */
  public static BigDecimal decimal(String parameter, CharSequence text) {
    requireNonNull(text, parameter);
    String s = maxLength(parameter, text.toString(), MAX_NUMBER_LENGTH).trim();
    BigDecimal d;
    try {
      d = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(parameter + " must be a decimal number: \"" + Quote.bounded(s) + "\"", e);
    }
    return bounded(parameter, d, s);
  }

  /**
   * {@code value}, checked to be non-null with at most {@value #MAX_DIGITS} significant digits and an exponent
   * within ±{@value #MAX_EXPONENT}.
   *
   * @throws IllegalArgumentException naming {@code parameter}, quoting the value in scientific notation
   */
  public static BigDecimal decimal(String parameter, BigDecimal value) {
    requireNonNull(value, parameter);
    return bounded(parameter, value, value);
  }

  /** {@code value} within the digit and exponent limits; a failure quotes {@code shown} (the text it was read from). */
  private static BigDecimal bounded(String parameter, BigDecimal value, Object shown) {
    if (value.precision() > MAX_DIGITS) {
      throw new IllegalArgumentException(parameter + " must have at most " + MAX_DIGITS + " significant digits, has "
          + value.precision() + ": " + Quote.bounded(shown));
    }
    long exponent = (long) value.precision() - value.scale() - 1;
    if (value.signum() != 0 && Math.abs(exponent) > MAX_EXPONENT) {
      throw new IllegalArgumentException(parameter + " must have a decimal exponent within ±" + MAX_EXPONENT
          + ", has " + exponent + ": " + Quote.bounded(shown));
    }
    if (value.signum() == 0 && Math.abs((long) value.scale()) > MAX_EXPONENT) {
      return BigDecimal.ZERO; // 0E-999999999 is zero; its scale would only cost later
    }
    return value;
  }

  /**
   * A message argument that prints {@code value} in plain digits, bounded, and only when printed: for
   * {@code checkArgument(ok, "... %s", Args.plain(v))}, which formats nothing unless the check fails.
   */
  public static Object plain(BigDecimal value) {
    return new Object() {
      @Override
      public String toString() {
        if (value == null) {
          return "null";
        }
        // plain digits only within the limits: 1e-999999999 in plain digits is a billion characters
        long exponent = (long) value.precision() - value.scale() - 1;
        boolean small = value.precision() <= MAX_DIGITS && Math.abs(exponent) <= MAX_EXPONENT;
        return Quote.bounded(small ? value.toPlainString() : value.toString());
      }
    };
  }

  /**
   * {@code value}, checked to be within years ±{@value #MAX_YEAR}: any date a calendar computes from it (its
   * week, its month, a deadline days later) is then a valid {@link java.time.LocalDate}.
   *
   * @throws IllegalArgumentException naming {@code parameter} and the instant otherwise
   */
  public static java.time.Instant instant(String parameter, java.time.Instant value) {
    requireNonNull(value, parameter);
    if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
      throw new IllegalArgumentException(parameter + " must be within years -" + MAX_YEAR + " and +" + MAX_YEAR
          + ": " + value);
    }
    return value;
  }

  /**
   * {@code value}, checked to be finite (statistical estimates may be doubles; NaN and infinities mean nothing).
   *
   * @throws IllegalArgumentException naming {@code parameter} and the value
   */
  public static double finite(String parameter, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(parameter + " must be a finite number: " + value);
    }
    return value;
  }

  /**
   * {@code value}, checked to be a count: not negative.
   *
   * @throws IllegalArgumentException naming {@code parameter} and the value
   */
  public static long count(String parameter, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(parameter + " must not be negative: " + value);
    }
    return value;
  }

  /**
   * {@code a + b}, refused when it overflows a {@code long}.
   *
   * @throws IllegalArgumentException naming {@code what} and both terms if the sum overflows
   */
  public static long sum(String what, long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new IllegalArgumentException(what + " must not exceed " + Long.MAX_VALUE + ": " + a + " + " + b
          + " overflows");
    }
    return r;
  }

  /**
   * The sum of {@code terms}, refused when it overflows a {@code long}.
   *
   * @throws IllegalArgumentException naming {@code what} and the terms if the sum overflows
   */
  public static long sum(String what, long... terms) {
    long r = 0;
    for (long t : terms) {
      long next = r + t;
      if (((r ^ next) & (t ^ next)) < 0) {
        throw new IllegalArgumentException(what + " must not exceed " + Long.MAX_VALUE + ": the sum of "
            + java.util.Arrays.toString(terms) + " overflows");
      }
      r = next;
    }
    return r;
  }

  /**
   * {@code values}, checked to be non-null with no null element.
   *
   * @throws NullPointerException naming {@code parameter} (and the element's position) otherwise
   */
  public static <C extends Collection<?>> C noNulls(String parameter, C values) {
    requireNonNull(values, parameter);
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new NullPointerException(parameter + " must not contain null (element " + i + ")");
      }
      i++;
    }
    return values;
  }

  /**
   * An unmodifiable copy of {@code values}, checked to be non-null with no null element. A list that is already
   * unmodifiable in the sense of {@link List#copyOf} (which holds no null) is returned as it is, with no pass
   * over it.
   *
   * <p>Cost: no pass for such a list; else one copy, which finds a null as it copies.
   *
   * @throws NullPointerException naming {@code parameter} (and the element's position) otherwise
   */
  public static <T> List<T> copyOfNoNulls(String parameter, Collection<? extends T> values) {
    requireNonNull(values, parameter);
    try {
      return List.copyOf(values);
    } catch (NullPointerException unnamed) {
      noNulls(parameter, values); // throws, naming the parameter and the null's position
      throw unnamed;
    }
  }

  /**
   * An unmodifiable copy of {@code values} (a varargs array), checked to be non-null with no null element.
   *
   * @throws NullPointerException naming {@code parameter} (and the element's position) otherwise
   */
  @SafeVarargs
  public static <T> List<T> listOf(String parameter, T... values) {
    requireNonNull(values, parameter);
    return List.copyOf(noNulls(parameter, java.util.Arrays.asList(values)));
  }

  /**
   * {@code map}, checked to be non-null with no null key or value.
   *
   * @throws NullPointerException naming {@code parameter} and the key of a null value
   */
  public static <M extends Map<?, ?>> M noNulls(String parameter, M map) {
    requireNonNull(map, parameter);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException(parameter + " must not contain a null key");
      }
      if (e.getValue() == null) {
        throw new NullPointerException(parameter + " must not map " + Quote.bounded(e.getKey()) + " to null");
      }
    }
    return map;
  }
}
