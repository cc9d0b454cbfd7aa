package io.revops.metrics.conversion;

import static com.google.common.base.Preconditions.checkArgument;

import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A share of successes among trials — a conversion rate, a win rate — with its sample size and its 95%
 * Wilson score confidence interval.
 *
 * <p>The interval is Wilson's (1927): with {@code p = successes / trials}, {@code n = trials} and
 * {@code z = 1.959963984540054} (the 97.5% quantile of the standard normal distribution),
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²)
 *   [lower, upper] = [centre − half, centre + half]
 * </pre>
 * computed in decimal arithmetic to 34 significant digits. Unlike the normal ("Wald") interval it stays in
 * [0, 1] and is not degenerate at 0% or 100%; it always contains {@code p} (the bounds are clamped to
 * [0, 1] and to {@code p} only to absorb the last-digit rounding of the square root).
 *
 * <p>{@code toString()} prints the rate and the interval rounded half-even to two decimals of a percent, and
 * the sample: {@code "40% (95% CI 30.94%–49.80%, 40/100)"}. The accessors are exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Proportion {
  /** The 97.5% quantile of the standard normal distribution, for a two-sided 95% interval. */
  public static final BigDecimal Z_95 = new BigDecimal("1.959963984540054");
  private static final MathContext MC = MathContext.DECIMAL128;

  private final long successes;
  private final long trials;
  private final Rate rate;
  private final Rate lower;
  private final Rate upper;

  private Proportion(long successes, long trials) {
    this.successes = successes;
    this.trials = trials;
    this.rate = Rate.ofFraction(successes, trials);
    BigDecimal n = BigDecimal.valueOf(trials);
    BigDecimal p = rate.toBigDecimal();
    BigDecimal z2 = Z_95.multiply(Z_95);
    BigDecimal denominator = BigDecimal.ONE.add(z2.divide(n, MC));
    BigDecimal centre = p.add(z2.divide(n.multiply(BigDecimal.valueOf(2)), MC)).divide(denominator, MC);
    BigDecimal underRoot = p.multiply(BigDecimal.ONE.subtract(p)).divide(n, MC)
        .add(z2.divide(n.multiply(n).multiply(BigDecimal.valueOf(4)), MC));
    BigDecimal half = Z_95.divide(denominator, MC).multiply(underRoot.sqrt(MC), MC);
    this.lower = Rate.of(centre.subtract(half).max(BigDecimal.ZERO).min(p));
    this.upper = Rate.of(centre.add(half).min(BigDecimal.ONE).max(p));
  }

  /**
   * The proportion of {@code successes} among {@code trials}.
   *
   * @throws IllegalArgumentException if {@code trials} is not positive or {@code successes} is outside
   *     [0, trials]
   */
  public static Proportion of(long successes, long trials) {
    checkArgument(trials > 0, "trials must be positive: %s", trials);
    checkArgument(successes >= 0 && successes <= trials, "successes must be in [0, trials=%s]: %s", trials, successes);
    return new Proportion(successes, trials);
  }

  /** The number of successes. */
  public long successes() {
    return successes;
  }

  /** The number of trials: the sample size. */
  public long trials() {
    return trials;
  }

  /** {@code successes / trials}. */
  public Rate rate() {
    return rate;
  }

  /** The lower bound of the 95% Wilson interval. */
  public Rate lower() {
    return lower;
  }

  /** The upper bound of the 95% Wilson interval. */
  public Rate upper() {
    return upper;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Proportion p && successes == p.successes && trials == p.trials;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(successes) * 31 + Long.hashCode(trials);
  }

  @Override
  public String toString() {
    return percent(rate) + " (95% CI " + percent(lower) + "–" + percent(upper) + ", " + successes + "/" + trials + ")";
  }

  private static String percent(Rate r) {
    BigDecimal p = r.toPercent().setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }
}
