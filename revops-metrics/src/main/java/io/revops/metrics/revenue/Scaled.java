package io.revops.metrics.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on longs for the ledger walks: an amount is a long {@code v} meaning
 * {@code v / 10^k} at a scale {@code k} common to the walk, plus the {@link BigDecimal#scale() scale} the same
 * amount has as a {@code BigDecimal}. Sums keep the largest scale of what they added, as {@link BigDecimal#add}
 * does, so {@link Sum#toBigDecimal} equals, scale included, the sum {@code BigDecimal} arithmetic gives. Every
 * operation is exact or fails with an {@link ArithmeticException} (overflow), and the walk then falls back to
 * {@code BigDecimal}.
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
   * The scale of the {@code BigDecimal} {@code q / 10^scale} after Moneta's normalisation of a new {@code Money}
   * (zero is 0, a positive scale loses the trailing zeros: {@code 9000.00} becomes {@code 9E+3}), or 0 if that
   * is below 0: the values read are only ever added to sums starting at {@link BigDecimal#ZERO}, where a scale
   * below zero never shows, and the loop stops after {@code scale} divisions.
   */
  static int strippedScale(long q, int scale) {
    if (q == 0 || scale <= 0) {
      return 0;
    }
    int s = scale;
    while (s > 0 && q % 10 == 0) {
      q /= 10;
      s--;
    }
    return s;
  }

  /** A running sum, starting at {@link BigDecimal#ZERO}: mutable, one per walk. */
  static final class Sum {
    private long value;
    private int scale;

    void add(long v, int s) {
      value = Math.addExact(value, v);
      scale = Math.max(scale, s);
    }

    void subtract(long v, int s) {
      value = Math.subtractExact(value, v);
      scale = Math.max(scale, s);
    }

    /** The sum as a {@code BigDecimal}, given the walk's scale {@code k}. */
    BigDecimal toBigDecimal(int k) {
      // every addend had at most this scale, so dropping the rest of k's digits is exact
      return BigDecimal.valueOf(value, k).setScale(scale, RoundingMode.UNNECESSARY);
    }
  }
}
