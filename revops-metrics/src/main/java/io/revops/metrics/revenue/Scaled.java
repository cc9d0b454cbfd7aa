package io.revops.metrics.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Exact decimal arithmetic on longs for the ledger walks: an amount is a long {@code v} meaning
 * {@code v / 10^k} at a scale {@code k} common to the walk. A result leaves the walk once, in {@link #normalise
 * normal form}, as the {@code BigDecimal} walk's results do: the scale of a value is never tracked, so nothing
 * here depends on how Moneta represents an amount. The walks are written over a sum type, {@link Amount} and
 * {@link Sum}: a long while it fits, a {@code BigDecimal} otherwise, so one walk serves the long readings and
 * the {@code BigDecimal} ones ({@link LedgerWalks}). Every other operation is exact or fails with an {@link
 * ArithmeticException}, and the walk then falls back to the {@code BigDecimal} readings.
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

  /**
   * An amount a walk has read: {@code unscaled / 10^scale} while it is a long, else a {@code BigDecimal}. One of
   * the two forms of the sum type the walks are written over ({@link Sum} is the other); mutable, a slot that
   * each read fills again, so the long form allocates nothing.
   */
  static final class Amount {
    private long unscaled;
    private int scale;
    private @Nullable BigDecimal big;

    /** This amount becomes {@code unscaled / 10^scale}. */
    void set(long unscaled, int scale) {
      this.unscaled = unscaled;
      this.scale = scale;
      this.big = null;
    }

    /** This amount becomes {@code v}. */
    void set(BigDecimal v) {
      this.big = v;
    }

    BigDecimal toBigDecimal() {
      return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }

    /** The sign of {@code this - other}: in longs when both are longs at one scale, else exactly in BigDecimal. */
    int compareTo(Amount other) {
      return big == null && other.big == null && scale == other.scale ? Long.compare(unscaled, other.unscaled)
          : toBigDecimal().compareTo(other.toBigDecimal());
    }

    /** The smaller of the two amounts, this one if they are equal (as {@link BigDecimal#min}). */
    Amount min(Amount other) {
      return compareTo(other) <= 0 ? this : other;
    }
  }

  /**
   * A running sum, starting at zero: a long at the walk's scale while the sum fits one, promoted to {@code
   * BigDecimal} for good when an addition would overflow it (or when a {@code BigDecimal} amount is added). The
   * sum is exact either way: the walk never gives up for the size of a sum. Mutable, one per walk.
   */
  static final class Sum {
    private final int scale;
    private long value;
    private @Nullable BigDecimal big;

    /** An empty sum whose long form is at {@code scale}, the scale of the walk's long amounts. */
    Sum(int scale) {
      this.scale = scale;
    }

    void add(Amount a) {
      accumulate(a, false);
    }

    void subtract(Amount a) {
      accumulate(a, true);
    }

    private void accumulate(Amount a, boolean negate) {
      if (big == null && a.big == null && a.scale == scale) {
        try {
          value = negate ? Math.subtractExact(value, a.unscaled) : Math.addExact(value, a.unscaled);
          return;
        } catch (ArithmeticException overflow) {
          // the sum leaves the long form below, for good
        }
      }
      BigDecimal v = a.toBigDecimal();
      big = negate ? toBigDecimal().subtract(v) : toBigDecimal().add(v);
    }

    /** The sum; the result is normalised where it leaves the walk. */
    BigDecimal toBigDecimal() {
      return big != null ? big : BigDecimal.valueOf(value, scale);
    }
  }
}
