package io.revops.core.batch;

import org.jspecify.annotations.Nullable;

/**
 * Quotes values into messages and findings at a bounded length, so a hostile value (a 100,000-character
 * currency code, a number with a billion-digit exponent) is never copied whole.
 *
 * <p>{@code Quote.bounded("x".repeat(1000))} is the first {@value #MAX_LENGTH} characters followed by
 * {@code "… (1000 chars)"}. This class is immutable and thread-safe.
 */
public final class Quote {
  /** The longest prefix of a value that a message or finding quotes. */
  public static final int MAX_LENGTH = 120;

  private Quote() {}

  /**
   * {@code value}'s text, cut to {@link #MAX_LENGTH} characters with its full length noted when longer;
   * {@code "null"} for {@code null}. A value's {@code toString()} is called once.
   */
  public static String bounded(@Nullable Object value) {
    return bounded(value, MAX_LENGTH);
  }

  /**
   * {@code value}'s text, cut to {@code maxLength} characters with its full length noted when longer.
   *
   * @throws IllegalArgumentException if {@code maxLength} is below 1
   */
  public static String bounded(@Nullable Object value, int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
    }
    if (value == null) {
      return "null";
    }
    String text = value instanceof CharSequence cs ? cs.toString() : String.valueOf(value);
    if (text.length() <= maxLength) {
      return text;
    }
    int end = maxLength;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never cut a surrogate pair in two
    }
    return text.substring(0, end) + "… (" + text.length() + " chars)";
  }
}
