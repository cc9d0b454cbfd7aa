package io.revops.io.crm;

/**
 * {@link String#strip()} with the common case answered from the ends of the text:
 * no character from U+0021 to U+167F is whitespace to {@link Character#isWhitespace(int)} (the first one above
 * the space is U+1680, OGHAM SPACE MARK), so a text whose first and last characters lie in that range is its own
 * strip. Any other text is handed to the JDK. The answers are always the JDK's.
 *
 * <p>Cost: O(1) in the common case (two character reads, no look-up in the JDK's character tables); else the
 * JDK's method, O(length). This class is immutable and thread-safe.
 */
final class Whitespace {
  private Whitespace() {}

  /** {@code value.strip()}. */
  static String strip(String value) {
    int n = value.length();
    if (n > 0 && inner(value.charAt(0)) && inner(value.charAt(n - 1))) {
      return value;
    }
    return value.strip();
  }

  /** Whether {@code c} is in U+0021 to U+167F, where no character is whitespace. */
  private static boolean inner(char c) {
    return c > ' ' && c < '\u1680';
  }
}
