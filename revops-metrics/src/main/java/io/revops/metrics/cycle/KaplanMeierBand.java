package io.revops.metrics.cycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A Kaplan–Meier curve with Greenwood standard errors and pointwise confidence intervals, and confidence
 * intervals for its quantiles (the median first), computed as R survival's {@code survfit} computes them and
 * {@code print(survfit)} shows them; the tests compare with R on its {@code aml} and {@code lung} data to 1e-9.
 *
 * <p>At each time the standard error of {@code log S(t)} is {@code σ(t) = sqrt(Σ_{tᵢ<=t} dᵢ / (nᵢ (nᵢ − dᵢ)))}
 * (Greenwood), the variance of {@code S(t)} itself {@code S(t)² σ(t)²}; the interval follows the
 * {@link ConfidenceTransform}. Where the curve reaches 0, {@code σ} is infinite and the step has no standard error
 * and no interval. A quantile's interval is where the interval's lower and upper curves reach the same level
 * (Brookmeyer and Crowley's construction, as {@code print(survfit)} applies it), under the same
 * {@link QuantilePolicy} as the estimate.
 *
 * <p>Standard errors and bounds are {@code double} estimates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KaplanMeierBand {
  /** R's {@code sqrt(.Machine$double.eps)}: survival values this close to a level count as on it. */
  private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  /**
   * One step of the curve with its interval.
   *
   * @param time the time of the step
   * @param survival {@code S(t)}, as a double
   * @param standardError Greenwood's standard error of {@code log S(t)} (R's {@code std.err}); empty where
   *     {@code S(t) = 0}
   * @param lower the lower end of the interval; empty where {@code S(t) = 0}
   * @param upper the upper end of the interval; empty where {@code S(t) = 0}
   */
  public record Point(CycleTime time, double survival, OptionalDouble standardError, OptionalDouble lower,
      OptionalDouble upper) {
    /** Validates the point. */
    public Point {
      java.util.Objects.requireNonNull(time, "time");
      java.util.Objects.requireNonNull(standardError, "standardError");
      java.util.Objects.requireNonNull(lower, "lower");
      java.util.Objects.requireNonNull(upper, "upper");
      if (!(survival >= 0 && survival <= 1)) {
        throw new IllegalArgumentException("survival must be in [0, 1]: " + survival);
      }
    }

    /** Greenwood's variance of {@code S(t)}: {@code S(t)² σ(t)²}; empty where {@code S(t) = 0}. */
    public OptionalDouble greenwoodVariance() {
      return standardError.isPresent()
          ? OptionalDouble.of(survival * survival * standardError.getAsDouble() * standardError.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /**
   * A quantile with its confidence interval; each end is empty where its curve never comes down far enough.
   *
   * @param share the share of deals won by the quantile ({@code 50%} for the median)
   * @param estimate the quantile of the curve
   * @param lower the quantile of the interval's lower curve
   * @param upper the quantile of the interval's upper curve
   * @param level the confidence level
   * @param policy how a flat stretch is resolved
   */
  public record Quantile(Rate share, Optional<CycleTime> estimate, Optional<CycleTime> lower,
      Optional<CycleTime> upper, Rate level, QuantilePolicy policy) {
    /** Validates the quantile. */
    public Quantile {
      java.util.Objects.requireNonNull(share, "share");
      java.util.Objects.requireNonNull(estimate, "estimate");
      java.util.Objects.requireNonNull(lower, "lower");
      java.util.Objects.requireNonNull(upper, "upper");
      java.util.Objects.requireNonNull(level, "level");
      java.util.Objects.requireNonNull(policy, "policy");
    }

    @Override
    public String toString() {
      return "time to win " + share + " = " + estimate.map(CycleTime::toString).orElse("not reached") + " ("
          + level + " CI " + lower.map(CycleTime::toString).orElse("NA") + " to "
          + upper.map(CycleTime::toString).orElse("NA") + ", " + policy.label() + ")";
    }
  }

  private final KaplanMeierCurve curve;
  private final Rate level;
  private final ConfidenceTransform transform;
  private final List<Point> points;

  private KaplanMeierBand(KaplanMeierCurve curve, Rate level, ConfidenceTransform transform, List<Point> points) {
    this.curve = curve;
    this.level = level;
    this.transform = transform;
    this.points = List.copyOf(points);
  }

  /**
   * The band of {@code curve} at confidence {@code level} (95% in R's default).
   *
   * @throws IllegalArgumentException if {@code level} is 0% or 100%
   */
  public static KaplanMeierBand of(KaplanMeierCurve curve, Rate level, ConfidenceTransform transform) {
    requireNonNull(curve, "curve");
    requireNonNull(level, "level");
    requireNonNull(transform, "transform");
    checkArgument(!level.isZero() && level.isLessThan(Rate.ONE), "level must be in (0, 1): %s", level);
    double l = level.toBigDecimal().doubleValue();
    double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - l) / 2);
    List<Point> points = new ArrayList<>();
    double sum = 0;
    boolean reachedZero = false;
    for (KaplanMeierCurve.Step s : curve.steps()) {
      double survival = s.survival().toBigDecimal().doubleValue();
      if (s.won() > 0) {
        if (s.won() == s.atRisk()) {
          reachedZero = true;
        } else {
          sum += (double) s.won() / ((double) s.atRisk() * (s.atRisk() - s.won()));
        }
      }
      if (reachedZero) {
        points.add(new Point(s.time(), survival, OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty()));
        continue;
      }
      double se = Math.sqrt(sum);
      double lower;
      double upper;
      if (transform == ConfidenceTransform.LOG) {
        lower = Math.exp(Math.log(survival) - z * se);
        upper = Math.min(1, Math.exp(Math.log(survival) + z * se));
      } else {
        lower = Math.max(0, survival - z * se * survival);
        upper = Math.min(1, survival + z * se * survival);
      }
      points.add(new Point(s.time(), survival, OptionalDouble.of(se), OptionalDouble.of(lower),
          OptionalDouble.of(upper)));
    }
    return new KaplanMeierBand(curve, level, transform, points);
  }

  /** The curve. */
  public KaplanMeierCurve curve() {
    return curve;
  }

  /** The confidence level. */
  public Rate level() {
    return level;
  }

  /** The transform of the intervals. */
  public ConfidenceTransform transform() {
    return transform;
  }

  /** One point per step of the curve, by time. */
  public List<Point> points() {
    return points;
  }

  /** The median time to win with its confidence interval, under {@code policy}. */
  public Quantile median(QuantilePolicy policy) {
    return quantile(Rate.ofPercent(50), policy);
  }

  /**
   * The time by which {@code share} of the deals are estimated won, with its confidence interval, under
   * {@code policy}.
   *
   * @throws IllegalArgumentException if {@code share} is 0%
   */
  public Quantile quantile(Rate share, QuantilePolicy policy) {
    requireNonNull(share, "share");
    requireNonNull(policy, "policy");
    checkArgument(!share.isZero(), "share must be in (0, 1]: %s", share);
    double notWon = share.complement().toBigDecimal().doubleValue();
    int n = points.size();
    double[] estimate = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      Point pt = points.get(i);
      estimate[i] = pt.survival();
      // the lower curve comes down first: the lower end of the quantile's interval
      lower[i] = pt.lower().orElse(Double.NaN);
      upper[i] = pt.upper().orElse(Double.NaN);
    }
    Optional<CycleTime> point = policy == QuantilePolicy.FIRST_AT_OR_BELOW ? curve.timeToWin(share)
        : find(estimate, notWon, policy);
    return new Quantile(share, point, find(lower, notWon, policy), find(upper, notWon, policy), level, policy);
  }

  /**
   * The first time at which {@code curve <= level} (NaN where undefined); under
   * {@link QuantilePolicy#MIDPOINT_OF_FLAT}, R's {@code survmean} rule: the first time below {@code level +
   * tolerance}, or, if the curve is on the level there and drops below it later, the midpoint to that drop.
   */
  private Optional<CycleTime> find(double[] curveValues, double level, QuantilePolicy policy) {
    double tolerance = policy == QuantilePolicy.MIDPOINT_OF_FLAT ? TOLERANCE : 0;
    int first = -1;
    for (int i = 0; i < curveValues.length && first < 0; i++) {
      double v = curveValues[i];
      if (!Double.isNaN(v) && (tolerance > 0 ? v < level + tolerance : v <= level)) {
        first = i;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    CycleTime at = points.get(first).time();
    if (tolerance > 0 && Math.abs(curveValues[first] - level) < tolerance) {
      for (int j = first + 1; j < curveValues.length; j++) {
        if (!Double.isNaN(curveValues[j]) && curveValues[j] < curveValues[first]) {
          return Optional.of(midpoint(at.duration(), points.get(j).time().duration()));
        }
      }
    }
    return Optional.of(at);
  }

  private static CycleTime midpoint(Duration a, Duration b) {
    return CycleTime.of(a.plus(b).dividedBy(2));
  }

  /** A summary line, then a table: time, at risk, won, not won, standard error, interval. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Kaplan–Meier curve with ").append(level).append(' ')
        .append(transform.label()).append(", ").append(median(QuantilePolicy.FIRST_AT_OR_BELOW)).append('\n')
        .append(String.format(Locale.ROOT, "%12s %7s %5s %9s %9s %9s %9s", "time", "at risk", "won", "not won",
            "std.err", "lower", "upper"));
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      KaplanMeierCurve.Step s = curve.steps().get(i);
      sb.append('\n').append(String.format(Locale.ROOT, "%12s %7d %5d %9s %9s %9s %9s", p.time(), s.atRisk(),
          s.won(), s.survival().toPercentString(2, RoundingMode.HALF_EVEN), fmt(p.standardError()), fmt(p.lower()),
          fmt(p.upper())));
    }
    return sb.toString();
  }

  private static String fmt(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : "NA";
  }
}
