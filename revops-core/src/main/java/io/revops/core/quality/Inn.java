package io.revops.core.quality;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import org.jspecify.annotations.Nullable;

/**
 * A Russian taxpayer number (ИНН) whose check digits hold: ten digits for an organisation, twelve
 * for an individual or sole trader (ИП), as the Federal Tax Service defines them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Inn {
  private static final int[] TEN = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] ELEVEN = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] TWELVE = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

  private final String digits;

  private Inn(String digits) {
    this.digits = digits;
  }

  /**
   * Parses an INN; spaces around it are ignored.
   *
   * @param text ten or twelve digits with valid check digits
   * @return the INN
   * @throws IllegalArgumentException if the text is not such a number
   */
  public static Inn parse(String text) {
    requireNonNull(text, "inn");
    String t = text.strip();
    if (!isValid(t)) {
      throw new IllegalArgumentException("inn must be 10 or 12 digits with valid check digits: \""
          + Quote.bounded(text) + "\"");
    }
    return new Inn(t);
  }

  /**
   * True if {@code text} is ten or twelve digits whose check digits hold.
   *
   * @param text the candidate, not stripped
   * @return whether it is a valid INN
   */
  public static boolean isValid(String text) {
    requireNonNull(text, "text");
    int n = text.length();
    if (n != 10 && n != 12) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    if (n == 10) {
      return check(text, TEN) == digit(text, 9);
    }
    return check(text, ELEVEN) == digit(text, 10) && check(text, TWELVE) == digit(text, 11);
  }

  private static int check(String text, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * digit(text, i);
    }
    return sum % 11 % 10;
  }

  private static int digit(String text, int i) {
    return text.charAt(i) - '0';
  }

  /**
   * True for an organisation's ten-digit INN, false for an individual's twelve digits.
   *
   * @return whether this is an organisation's INN
   */
  public boolean isOrganisation() {
    return digits.length() == 10;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Inn i && digits.equals(i.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The digits, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return digits;
  }
}
