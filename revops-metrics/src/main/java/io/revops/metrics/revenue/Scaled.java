package io.revops.metrics.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on longs for the ledger walks: an amount is a long {@code v} meaning
 * {@code v / 10^k} at a scale {@code k} common to the walk. A result leaves the walk once, in {@link #normalise
 * normal form}, as the {@code BigDecimal} walk's results do: the scale of a value is never tracked, so nothing
 * here depends on how Moneta represents an amount. Every operation is exact or fails with an {@link
 * ArithmeticException} (overflow), and the walk then falls back to {@code BigDecimal}.
 */
final class Scaled {
  /** The largest scale the fast path works at: {@code 10^18} is the largest power of ten a long holds. */
  static final int MAX_SCALE = 18;

  private static final long[] POW10 = new long[MAX_SCALE + 1];

  static {
    POW10[0] = 1;
    for (int i = 1; i <= MAX_SCALE; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Scaled() {}

  /** {@code 10^n}, for {@code 0 <= n <= 18}. */
  static long pow10(int n) {
    if (n < 0 || n > MAX_SCALE) {
      throw new ArithmeticException("10^" + n + " is not a long");
    }
    return POW10[n];
  }

  /** Each non-null amount times {@code 10^scale}; null if {@code scale} is negative or one does not fit a long. */
  static long[] of(BigDecimal[] amounts, int scale) {
    if (scale < 0) {
      return null;
    }
    long[] out = new long[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != null) {
        BigDecimal v = amounts[i].setScale(scale, RoundingMode.UNNECESSARY); // scale is the ledger's largest
        if (v.precision() > MAX_SCALE) {
          return null;
        }
        out[i] = v.unscaledValue().longValue();
      }
    }
    return out;
  }

  /** {@code v} at scale {@code k} (exactly: fails if {@code v} has more decimals or does not fit a long). */
  static long of(BigDecimal v, int k) {
    return v.setScale(k, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
  }

  /** {@code p / d} rounded with {@code mode}, as {@link BigDecimal#setScale(int, RoundingMode)} rounds; {@code d > 0}. */
  static long divide(long p, long d, RoundingMode mode) {
    long q = p / d;
    long r = p % d; // the sign of p, or zero
    if (r == 0) {
      return q;
    }
    int sign = p < 0 ? -1 : 1;
    boolean away = switch (mode) {
      case UP -> true;
      case DOWN -> false;
      case CEILING -> sign > 0;
      case FLOOR -> sign < 0;
      case HALF_UP, HALF_DOWN, HALF_EVEN -> {
        int half = Long.compare(Math.abs(r), d - Math.abs(r)); // |r| against d / 2, without overflow
        yield half > 0 || half == 0 && (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_EVEN && (q & 1) != 0);
      }
      case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
    };
    return away ? q + sign : q;
  }

  /**
   * {@code v} in normal form: no trailing zeros, scale at least 0 ({@code 9000.00} is {@code 9000}, zero is
   * {@code 0}). Equal numbers have one normal form, so the results of the two walks are {@code equals} whatever
   * the scales of what they added; the ledger keeps its amounts in this form too.
   */
  static BigDecimal normalise(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** A running sum at the walk's scale, starting at zero: mutable, one per walk. */
  static final class Sum {
    private long value;

    void add(long v) {
      value = Math.addExact(value, v);
    }

    void subtract(long v) {
      value = Math.subtractExact(value, v);
    }

    /** The sum, given the walk's scale {@code k}; the result is normalised where it leaves the walk. */
    BigDecimal toBigDecimal(int k) {
      return BigDecimal.valueOf(value, k);
    }
  }
}
