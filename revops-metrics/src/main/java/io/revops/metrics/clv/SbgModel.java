package io.revops.metrics.clv;

import io.revops.core.check.Args;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader and Hardie 2007, "How to Project
 * Customer Retention"): at the end of each period a customer cancels with her own probability θ, and θ ~ Beta(α, β)
 * across customers. Fitted by maximum likelihood to a cohort's {@link SurvivorCounts}; the paper's "regular"
 * and "high end" cohorts (years 0 to 7) give α = 0.704, β = 1.182 and α = 0.668, β = 3.806.
 *
 * <p>With {@code T} the period in which a customer cancels: {@code P(T = 1) = α/(α+β)},
 * {@code P(T = t) = P(T = t−1)·(β+t−2)/(α+β+t−1)}, survival {@code S(t) = P(T > t) = B(α, β+t)/B(α, β)} and the
 * retention rate {@code r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1)}, which rises with t as the likelier leavers go.
 * Value (Fader and Hardie 2010, "Customer-Base Valuation in a Contractual Setting"): a new customer's discounted
 * expected lifetime {@code DEL(d) = Σₜ₌₀.. S(t)/(1+d)ᵗ = ₂F₁(1, β; α+β; 1/(1+d))} payments, a customer who has
 * renewed {@code n−1} times {@code DERL(d, n−1) = (β+n−1)/(α+β+n−1)·₂F₁(1, β+n; α+β+n; 1/(1+d))} more, counting the
 * payment at her next renewal undiscounted.
 *
 * <p>Estimates, probabilities and lifetimes are {@code double}s; values are money rounded explicitly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SbgModel {
  private static final List<String> NAMES = List.of("alpha", "beta");

  private final double alpha;
  private final double beta;
  private final List<SurvivorCounts> data;
  private final ModelFit fit;

  private SbgModel(List<SurvivorCounts> data, ModelFit fit) {
    this.data = List.copyOf(data);
    this.fit = fit;
    this.alpha = fit.estimate("alpha").value();
    this.beta = fit.estimate("beta").value();
  }

  /**
   * Fits the model to one cohort's survivor counts by maximum likelihood.
   *
   * @throws IllegalArgumentException if nobody left, or the likelihood has no maximum at finite parameters (the
   *     data look like one churn rate for everyone, say: α and β then run to infinity)
   */
  public static SbgModel fit(SurvivorCounts survivors) {
    requireNonNull(survivors, "survivors");
    List<Integer> s = survivors.survivors();
    checkArgument(s.get(s.size() - 1) < s.get(0), "survivors must fall at least once for an sBG fit: all %s of the "
        + "cohort stayed %s periods (the likelihood grows without bound as churn goes to 0)", s.get(0),
        survivors.periods());
    String inputs = "a cohort of " + s.get(0) + " over " + survivors.periods() + " periods";
    return fit(List.of(survivors), inputs);
  }

  /**
   * Fits one model to several cohorts observed for different numbers of periods (monthly cohorts of one
   * segment, say): the likelihood is the product of the cohorts' likelihoods, each censored at its own last
   * period.
   *
   * @throws IllegalArgumentException if {@code cohorts} is empty, nobody left any cohort, or the likelihood has no
   *     maximum at finite parameters
   */
  public static SbgModel fitPooled(List<SurvivorCounts> cohorts) {
    Args.noNulls("cohorts", requireNonNull(cohorts, "cohorts"));
    checkArgument(!cohorts.isEmpty(), "cohorts must not be empty");
    int customers = cohorts.stream().mapToInt(c -> c.survivors().get(0)).sum();
    int lost = cohorts.stream().mapToInt(c -> c.survivors().get(0) - c.survivors().get(c.periods())).sum();
    checkArgument(lost > 0, "cohorts must lose a customer for an sBG fit: all %s customers stayed", customers);
    int longest = cohorts.stream().mapToInt(SurvivorCounts::periods).max().orElseThrow();
    return fit(cohorts, cohorts.size() + " cohorts of " + customers + " customers over up to " + longest + " periods");
  }

  private static SbgModel fit(List<SurvivorCounts> cohorts, String inputs) {
    List<List<Integer>> all = cohorts.stream().map(SurvivorCounts::survivors).toList();
    ModelFit fit = MaximumLikelihood.fit("sBG", inputs, NAMES, new double[] {1, 1}, p -> {
      double sum = 0;
      for (List<Integer> s : all) {
        sum += logLikelihood(s, p[0], p[1]);
      }
      return sum;
    });
    return new SbgModel(cohorts, fit);
  }

  /**
   * Fits one model per cohort or segment. A cohort that cannot be fitted (its likelihood has no finite maximum,
   * e.g. nobody ever left) is reported as a {@link Finding} (source {@code "sBG"}, line its position, 1-based,
   * field {@code "cohort"}) and left out of the map, which keeps the order of {@code cohorts}.
   */
  public static <K> Map<K, SbgModel> fitEach(Map<K, SurvivorCounts> cohorts, Consumer<? super Finding> findings) {
    Args.noNulls("cohorts", requireNonNull(cohorts, "cohorts"));
    requireNonNull(findings, "findings");
    Map<K, SbgModel> out = new LinkedHashMap<>();
    int line = 0;
    for (var e : cohorts.entrySet()) {
      line++;
      try {
        out.put(e.getKey(), fit(e.getValue()));
      } catch (IllegalArgumentException failure) {
        findings.accept(Finding.of("sBG", line, "cohort", e.getKey(), failure.getMessage()));
      }
    }
    return out;
  }

  static double logLikelihood(List<Integer> s, double alpha, double beta) {
    double p = alpha / (alpha + beta);
    double survival = 1;
    double sum = 0;
    for (int t = 1; t < s.size(); t++) {
      if (t > 1) {
        p *= (beta + t - 2) / (alpha + beta + t - 1);
      }
      survival -= p;
      int lost = s.get(t - 1) - s.get(t);
      if (lost > 0) {
        sum += lost * Math.log(p);
      }
    }
    int last = s.get(s.size() - 1);
    return last > 0 ? sum + last * Math.log(survival) : sum;
  }

  /** The fit: inputs, estimates with standard errors, log-likelihood, diagnostics. */
  public ModelFit fit() {
    return fit;
  }

  /** The survivor counts it was fitted to: one cohort, or several pooled. */
  public List<SurvivorCounts> data() {
    return data;
  }

  /** The first shape α of the Beta distribution of cancellation probabilities. */
  public double alpha() {
    return alpha;
  }

  /** The second shape β of the Beta distribution of cancellation probabilities. */
  public double beta() {
    return beta;
  }

  /**
   * The probability that a new customer cancels at the end of period {@code t}, {@code P(T = t)}.
   *
   * @throws IllegalArgumentException if {@code t} is below 1
   */
  public double churnProbability(int t) {
    checkArgument(t >= 1, "t must be at least 1: %s", t);
    double p = alpha / (alpha + beta);
    for (int k = 2; k <= t; k++) {
      p *= (beta + k - 2) / (alpha + beta + k - 1);
    }
    return p;
  }

  /**
   * The share of a cohort still subscribed after {@code t} periods, {@code S(t)}; 1 at {@code t = 0}.
   *
   * @throws IllegalArgumentException if {@code t} is negative
   */
  public double survival(int t) {
    checkArgument(t >= 0, "t must not be negative: %s", t);
    double s = 1;
    for (int k = 1; k <= t; k++) {
      s *= retention(k);
    }
    return s;
  }

  /**
   * The share of those subscribed after period {@code t − 1} who renew for period {@code t}, {@code r(t)}.
   *
   * @throws IllegalArgumentException if {@code t} is below 1
   */
  public double retention(int t) {
    checkArgument(t >= 1, "t must be at least 1: %s", t);
    return (beta + t - 1) / (alpha + beta + t - 1);
  }

  /**
   * The discounted expected lifetime of a new customer, in payments of one period each, the first at once.
   *
   * @throws IllegalArgumentException if {@code discountRate} is zero (the sum need not converge)
   */
  public double discountedExpectedLifetime(Rate discountRate) {
    double z = discountFactor(discountRate);
    return Hypergeometric.f21(1, beta, alpha + beta, z);
  }

  /**
   * The discounted expected residual lifetime, in payments, of a customer who has renewed {@code renewals} times,
   * at the end of her current period: her next payment, if she renews, counts in full.
   *
   * @throws IllegalArgumentException if {@code discountRate} is zero or {@code renewals} negative
   */
  public double discountedExpectedResidualLifetime(Rate discountRate, int renewals) {
    checkArgument(renewals >= 0, "renewals must not be negative: %s", renewals);
    double z = discountFactor(discountRate);
    int n = renewals + 1;
    return (beta + n - 1) / (alpha + beta + n - 1) * Hypergeometric.f21(1, beta + n, alpha + beta + n, z);
  }

  private static double discountFactor(Rate discountRate) {
    requireNonNull(discountRate, "discountRate");
    checkArgument(!discountRate.isZero(), "discountRate must be positive: %s", discountRate);
    return 1 / (1 + discountRate.toBigDecimal().doubleValue());
  }

  /**
   * The expected lifetime value of a new customer paying {@code perPeriod} at the start of each period she
   * stays: {@code perPeriod × DEL(d)}, rounded to the currency's minor unit with {@code rounding}.
   */
  public MetricResult<MonetaryAmount> lifetimeValue(MonetaryAmount perPeriod, Rate discountRate, RoundingMode rounding) {
    double del = discountedExpectedLifetime(discountRate);
    return value("Expected lifetime value (sBG)", perPeriod, del, rounding,
        String.format(Locale.ROOT, "%s a period × DEL %.6f at %s discount", amount(perPeriod), del, discountRate));
  }

  /**
   * The expected residual value of a customer who has renewed {@code renewals} times and pays
   * {@code perPeriod}: {@code perPeriod × DERL(d, renewals)}, rounded with {@code rounding}.
   */
  public MetricResult<MonetaryAmount> residualValue(MonetaryAmount perPeriod, Rate discountRate, int renewals,
      RoundingMode rounding) {
    double derl = discountedExpectedResidualLifetime(discountRate, renewals);
    return value("Expected residual value (sBG)", perPeriod, derl, rounding, String.format(Locale.ROOT,
        "%s a period × DERL %.6f at %s discount after %d renewals", amount(perPeriod), derl, discountRate, renewals));
  }

  private static String amount(MonetaryAmount perPeriod) {
    return Amounts.format(Amounts.requireNonNegative("perPeriod", requireNonNull(perPeriod, "perPeriod")));
  }

  private MetricResult<MonetaryAmount> value(String metric, MonetaryAmount perPeriod, double payments,
      RoundingMode rounding, String explanation) {
    requireNonNull(rounding, "rounding");
    MonetaryAmount v = Amounts.multiply(perPeriod, BigDecimal.valueOf(payments), rounding);
    return MetricResult.of(metric, v,
        explanation + String.format(Locale.ROOT, ", sBG alpha %.4f beta %.4f", alpha, beta), List.of());
  }

  /** The parameters, the fit, then (for one cohort) the observed and fitted survivors. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "sBG alpha=%.4f beta=%.4f%n", alpha, beta))
        .append(fit);
    if (data.size() > 1) {
      return sb.toString();
    }
    sb.append(String.format(Locale.ROOT, "%n  %6s %9s %9s %9s", "period", "observed", "fitted", "retention"));
    List<Integer> s = data.get(0).survivors();
    for (int t = 0; t < s.size(); t++) {
      sb.append(String.format(Locale.ROOT, "%n  %6d %9d %9.1f %9s", t, s.get(t), s.get(0) * survival(t),
          t == 0 ? "" : String.format(Locale.ROOT, "%.4f", retention(t))));
    }
    return sb.toString();
  }
}
