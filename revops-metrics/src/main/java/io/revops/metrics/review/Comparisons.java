package io.revops.metrics.review;

import io.revops.core.check.Args;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.revenue.NetRetention;
import io.revops.metrics.value.LtvCacRatio;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;

/**
 * Compares one metric between the baseline period and now, each kind with the interval its sampling model
 * allows, and says "not enough data to tell" whenever that interval includes no change.
 *
 * <ul>
 *   <li>{@link #proportions} — conversion by stage, win rate, SLA compliance, the share of leads answered
 *       within 5 minutes: the difference with <b>Newcombe's hybrid score interval</b> (method 10 of Newcombe
 *       1998, built from the two {@link Proportion} Wilson intervals:
 *       {@code d − √((p₂−l₂)² + (u₁−p₁)²)} to {@code d + √((u₂−p₂)² + (p₁−l₁)²)}), and the pooled two-proportion
 *       z-test's p-value. The verdict follows the interval: it excludes 0 at the 95% level.</li>
 *   <li>{@link #medians} — cycle length, time to first response: the difference of medians with a
 *       <b>percentile bootstrap</b> interval (each sample resampled with replacement, {@link Bootstrap} resamples,
 *       the caller's seed). A sample of fewer than {@value #MIN_SAMPLE} observations is "not enough data to tell".</li>
 *   <li>{@link #figures} — CAC, LTV, LTV:CAC, NRR, one figure per period: the change only, with no interval and
 *       no claim ({@link Verdict#NO_INTERVAL}), because one figure carries no sampling model.</li>
 * </ul>
 *
 * <p>At the 95% level, a metric that did not change is claimed to have changed in about 5% of reviews; the tests
 * check that rate over many seeds. Several metrics compared at once each carry that rate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Comparisons {
  /** The fewest observations per period a median comparison needs. */
  public static final int MIN_SAMPLE = 10;

  private Comparisons() {}

  /** Two proportions: Newcombe's interval of the difference and the two-proportion z-test. */
  public static Change proportions(String metric, Proportion baseline, Proportion now, Polarity polarity) {
    Args.text("metric", metric);
    requireNonNull(baseline, "baseline");
    requireNonNull(now, "now");
    requireNonNull(polarity, "polarity");
    double p1 = baseline.rate().toBigDecimal().doubleValue();
    double p2 = now.rate().toBigDecimal().doubleValue();
    double l1 = baseline.lower().toBigDecimal().doubleValue();
    double u1 = baseline.upper().toBigDecimal().doubleValue();
    double l2 = now.lower().toBigDecimal().doubleValue();
    double u2 = now.upper().toBigDecimal().doubleValue();
    double d = p2 - p1;
    double low = d - Math.sqrt((p2 - l2) * (p2 - l2) + (u1 - p1) * (u1 - p1));
    double high = d + Math.sqrt((u2 - p2) * (u2 - p2) + (p1 - l1) * (p1 - l1));
    long n1 = baseline.trials();
    long n2 = now.trials();
    double pooled = (double) (baseline.successes() + now.successes()) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    double p = se == 0 ? 1 : Normal.twoSidedP(d / se);
    int sign = low > 0 ? 1 : high < 0 ? -1 : 0;
    return new Change(metric, Change.Kind.PROPORTION, "pp", baseline.toString(), now.toString(), p1, p2,
        OptionalDouble.of(low), OptionalDouble.of(high), OptionalDouble.of(p), "Newcombe hybrid score",
        polarity.verdictFor(sign), "", null);
  }

  /** Two proportions as metrics report them; not computable if either is. */
  public static Change proportions(String metric, MetricResult<Proportion> baseline, MetricResult<Proportion> now,
      Polarity polarity) {
    requireNonNull(baseline, "baseline");
    requireNonNull(now, "now");
    if (!baseline.isComputed() || !now.isComputed()) {
      return notComputable(requireNonNull(metric, "metric"), baseline, now);
    }
    return proportions(metric, baseline.value(), now.value(), polarity);
  }

  /**
   * Two samples of durations: the difference of medians, in {@code unit}, with a percentile bootstrap interval.
   *
   * @throws IllegalArgumentException if a duration is negative
   */
  public static Change medians(String metric, Collection<Duration> baseline, Collection<Duration> now, ChronoUnit unit,
      Polarity polarity, Bootstrap bootstrap) {
    Args.text("metric", metric);
    requireNonNull(unit, "unit");
    requireNonNull(polarity, "polarity");
    requireNonNull(bootstrap, "bootstrap");
    double[] a = values("baseline", baseline, unit);
    double[] b = values("now", now, unit);
    String unitName = unit.toString().toLowerCase(Locale.ROOT);
    String shownA = sample(a, unitName);
    String shownB = sample(b, unitName);
    if (a.length == 0 || b.length == 0) {
      return Change.notComputable(metric, shownA, shownB, "no observations " + (a.length == 0 ? "in the baseline" : "now"));
    }
    double m1 = median(a.clone());
    double m2 = median(b.clone());
    if (a.length < MIN_SAMPLE || b.length < MIN_SAMPLE) {
      return new Change(metric, Change.Kind.MEDIAN, unitName, shownA, shownB, m1, m2, OptionalDouble.empty(),
          OptionalDouble.empty(), OptionalDouble.empty(), "", Verdict.NOT_ENOUGH_DATA,
          "fewer than " + MIN_SAMPLE + " observations in a period", null);
    }
    SplittableRandom rnd = new SplittableRandom(bootstrap.seed());
    int k = bootstrap.resamples();
    double[] diffs = new double[k];
    double[] ra = new double[a.length];
    double[] rb = new double[b.length];
    for (int r = 0; r < k; r++) {
      for (int i = 0; i < ra.length; i++) ra[i] = a[rnd.nextInt(a.length)];
      for (int i = 0; i < rb.length; i++) rb[i] = b[rnd.nextInt(b.length)];
      diffs[r] = median(rb) - median(ra);
    }
    Arrays.sort(diffs);
    double low = diffs[(int) Math.floor(0.025 * (k - 1))];
    double high = diffs[(int) Math.ceil(0.975 * (k - 1))];
    int sign = low > 0 ? 1 : high < 0 ? -1 : 0;
    return new Change(metric, Change.Kind.MEDIAN, unitName, shownA, shownB, m1, m2, OptionalDouble.of(low),
        OptionalDouble.of(high), OptionalDouble.empty(), bootstrap.toString(), polarity.verdictFor(sign), "", null);
  }

  /**
   * One figure per period (CAC, LTV, LTV:CAC, NRR, a rate): the change, without an interval or a claim; not
   * computable if either figure is not.
   *
   * @throws IllegalArgumentException if the values are amounts in different currencies, or of a type that has no
   *     number (money, {@code Rate}, {@code Ratio}, {@code NetRetention}, {@code LtvCacRatio}, {@code Proportion},
   *     {@code Number} do)
   */
  public static Change figures(String metric, MetricResult<?> baseline, MetricResult<?> now, Polarity polarity) {
    Args.text("metric", metric);
    requireNonNull(baseline, "baseline");
    requireNonNull(now, "now");
    requireNonNull(polarity, "polarity");
    if (!baseline.isComputed() || !now.isComputed()) {
      return notComputable(metric, baseline, now);
    }
    String exact = "";
    if (baseline.value() instanceof MonetaryAmount x && now.value() instanceof MonetaryAmount y) {
      Amounts.requireSameCurrency("now", x, y);
      MonetaryAmount d = Amounts.subtract(y, x);
      exact = (d.isNegative() ? "" : "+") + Amounts.format(d);
    }
    double v1 = number("baseline", baseline.value());
    double v2 = number("now", now.value());
    // shares (rates, NRR) differ in percentage points; other figures by their value
    boolean share = baseline.value() instanceof Rate || baseline.value() instanceof NetRetention
        || baseline.value() instanceof Proportion;
    return new Change(metric, share ? Change.Kind.PROPORTION : Change.Kind.FIGURE, "", shown(baseline.value()),
        shown(now.value()), v1, v2, OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.empty(), "", Verdict.NO_INTERVAL, "", null, exact);
  }

  private static Change notComputable(String metric, MetricResult<?> baseline, MetricResult<?> now) {
    return Change.notComputable(metric, baseline.toString(), now.toString(),
        !baseline.isComputed() ? "baseline: " + baseline.reason().orElseThrow() : "now: " + now.reason().orElseThrow());
  }

  /** A figure as a review prints it: money formatted, an LTV:CAC ratio to 2 decimals with its health band. */
  private static String shown(Object value) {
    if (value instanceof LtvCacRatio r) {
      return r.ratio().toBigDecimal().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + ", " + r.health();
    }
    return MetricResult.format(value);
  }

  private static double number(String parameter, Object value) {
    BigDecimal v;
    if (value instanceof MonetaryAmount m) v = Amounts.toBigDecimal(m);
    else if (value instanceof Rate r) v = r.toBigDecimal();
    else if (value instanceof Ratio r) v = r.toBigDecimal();
    else if (value instanceof NetRetention r) v = r.ratio().toBigDecimal();
    else if (value instanceof LtvCacRatio r) v = r.ratio().toBigDecimal();
    else if (value instanceof Proportion p) v = p.rate().toBigDecimal();
    else if (value instanceof Number n) v = new BigDecimal(n.toString());
    else {
      throw new IllegalArgumentException(parameter + " must be a number, an amount, a rate or a ratio: "
          + Quote.bounded(value) + " (" + value.getClass().getSimpleName() + ")");
    }
    return v.doubleValue();
  }

  private static double[] values(String parameter, Collection<Duration> sample, ChronoUnit unit) {
    requireNonNull(sample, parameter);
    double perUnit = unit.getDuration().toNanos();
    double[] out = new double[sample.size()];
    int i = 0;
    for (Duration d : sample) {
      requireNonNull(d, parameter + " must not contain null");
      checkArgument(!d.isNegative(), "%s must not contain a negative duration: %s", parameter, d);
      out[i++] = d.getSeconds() * 1e9 / perUnit + d.getNano() / perUnit;
    }
    return out;
  }

  private static String sample(double[] v, String unit) {
    return v.length == 0 ? "no observations"
        : String.format(Locale.ROOT, "median %.2f %s (n = %d)", median(v.clone()), unit, v.length);
  }

  /** The median; sorts {@code v}. */
  private static double median(double[] v) {
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

}
