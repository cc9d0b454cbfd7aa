package io.revops.metrics.cycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The Kaplan–Meier estimate of the share of deals not yet won after each length of time, when some deals are
 * censored (still open, or lost, by policy): {@code S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ/nᵢ)}, where
 * {@code dᵢ} deals were won at {@code tᵢ} and {@code nᵢ} were still at risk just before it. A deal censored at
 * the same time as a win counts as at risk at that time (the usual convention).
 *
 * <p>The products are exact fractions; {@link Step#survival()} is their value to 34 significant digits. The
 * {@link #median() median time to close} is the first time at which {@code S(t) <= 50%}, decided on the exact
 * fraction ({@link QuantilePolicy#FIRST_AT_OR_BELOW}); it is empty if the curve never gets there. R's
 * {@code survfit} instead takes the midpoint of a stretch where the curve sits exactly at 50%
 * ({@link QuantilePolicy#MIDPOINT_OF_FLAT}); {@link #confidenceBand} gives either, with confidence intervals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KaplanMeierCurve {
  /**
   * One distinct time at which a deal was won or censored.
   *
   * @param time the time since the cycle started
   * @param atRisk deals neither won nor censored before {@code time}
   * @param won deals won at {@code time}
   * @param censored deals censored at {@code time}
   * @param survival the estimated share of deals not yet won after {@code time}
   */
  public record Step(CycleTime time, int atRisk, int won, int censored, Rate survival) {
    /** Validates the step: no null, no negative count, no more deals won or censored than at risk. */
    public Step {
      java.util.Objects.requireNonNull(time, "time");
      java.util.Objects.requireNonNull(survival, "survival");
      io.revops.core.check.Args.count("atRisk", atRisk);
      io.revops.core.check.Args.count("won", won);
      io.revops.core.check.Args.count("censored", censored);
      if ((long) won + censored > atRisk) {
        throw new IllegalArgumentException("won + censored must not exceed atRisk: " + won + " + " + censored
            + " > " + atRisk);
      }
    }
  }

  private final List<Step> steps;
  private final List<BigInteger[]> exact; // survival of each step as {numerator, denominator}
  private final CycleTime median;

  private KaplanMeierCurve(List<Step> steps, List<BigInteger[]> exact, CycleTime median) {
    this.steps = List.copyOf(steps);
    this.exact = List.copyOf(exact);
    this.median = median;
  }

  /** The curve of {@code observations}: wins are events, open and lost deals are censored. */
  public static KaplanMeierCurve of(List<CycleObservation> observations) {
    requireNonNull(observations, "observations");
    TreeMap<Duration, int[]> byTime = new TreeMap<>(); // [won, censored]
    for (CycleObservation o : observations) {
      int[] c = byTime.computeIfAbsent(o.duration(), k -> new int[2]);
      c[o.outcome() == CycleObservation.Outcome.WON ? 0 : 1]++;
    }
    List<Step> steps = new ArrayList<>();
    List<BigInteger[]> exact = new ArrayList<>();
    int atRisk = observations.size();
    BigInteger num = BigInteger.ONE;
    BigInteger den = BigInteger.ONE;
    CycleTime median = null;
    for (var e : byTime.entrySet()) {
      int won = e.getValue()[0];
      int censored = e.getValue()[1];
      if (won > 0) {
        num = num.multiply(BigInteger.valueOf(atRisk - won));
        den = den.multiply(BigInteger.valueOf(atRisk));
        BigInteger g = num.gcd(den);
        if (g.signum() > 0) {
          num = num.divide(g);
          den = den.divide(g);
        }
        if (median == null && num.shiftLeft(1).compareTo(den) <= 0) {
          median = CycleTime.of(e.getKey());
        }
      }
      Rate survival = Rate.of(new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128));
      steps.add(new Step(CycleTime.of(e.getKey()), atRisk, won, censored, survival));
      exact.add(new BigInteger[] {num, den});
      atRisk -= won + censored;
    }
    return new KaplanMeierCurve(steps, exact, median);
  }

  /** The steps, by time. */
  public List<Step> steps() {
    return steps;
  }

  /** The first time at which the estimated share not yet won is at most 50%, if the curve gets there. */
  public Optional<CycleTime> median() {
    return Optional.ofNullable(median);
  }

  /**
   * The first time by which at least {@code share} of the deals are estimated won, i.e. at which
   * {@code S(t) <= 1 - share}, decided exactly; empty if the curve never gets there. {@code timeToWin(50%)} is
   * the {@link #median()}.
   *
   * @throws IllegalArgumentException if {@code share} is 0% (every deal is "won" by time zero)
   */
  public Optional<CycleTime> timeToWin(Rate share) {
    requireNonNull(share, "share");
    checkArgument(!share.isZero(), "share must be in (0, 1]: %s", share);
    BigDecimal notWon = share.complement().toBigDecimal();
    for (int i = 0; i < steps.size(); i++) {
      BigInteger[] f = exact.get(i);
      if (steps.get(i).won() > 0 && new BigDecimal(f[0]).compareTo(notWon.multiply(new BigDecimal(f[1]))) <= 0) {
        return Optional.of(steps.get(i).time());
      }
    }
    return Optional.empty();
  }

  /**
   * The curve with Greenwood standard errors and log-transformed pointwise intervals at {@code level}, as R
   * survival's {@code survfit} gives them by default; see {@link KaplanMeierBand}.
   */
  public KaplanMeierBand confidenceBand(Rate level) {
    return KaplanMeierBand.of(this, level, ConfidenceTransform.LOG);
  }

  /** The estimated share of deals not yet won after the last step (100% with no step). */
  public Rate lastSurvival() {
    return steps.isEmpty() ? Rate.ONE : steps.get(steps.size() - 1).survival();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KaplanMeierCurve k && steps.equals(k.steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  /** A summary line, then a table: time, at risk, won, censored, share not yet won. */
  @Override
  public String toString() {
    int deals = steps.stream().mapToInt(s -> s.won() + s.censored()).sum();
    StringBuilder sb = new StringBuilder("curve of ").append(deals).append(" deals, median ")
        .append(median == null ? "not reached" : median.toString()).append('\n')
        .append(String.format(Locale.ROOT, "%12s %7s %5s %8s %10s", "time", "at risk", "won", "censored", "not won"));
    for (Step s : steps) {
      sb.append('\n').append(String.format(Locale.ROOT, "%12s %7d %5d %8d %10s", s.time(), s.atRisk(), s.won(),
          s.censored(), s.survival().toPercentString(2, RoundingMode.HALF_EVEN)));
    }
    return sb.toString();
  }
}
