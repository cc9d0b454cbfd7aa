package io.revops.metrics.clv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), "'Counting Your Customers' the Easy Way: An Alternative to
 * the Pareto/NBD Model", fitted by maximum likelihood to {@link CustomerSummary customer summaries}: while
 * alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase she drops out with probability
 * p ~ Beta(a, b).
 *
 * <p>On the paper's CDNOW data (2357 customers, 39 weeks) it gives r = 0.243, α = 4.414, a = 0.793,
 * b = 2.426, log-likelihood −9582.4. Every figure is a {@code double} estimate, in the summaries' time unit.
 *
 * <p><b>Cost</b>: a fit evaluates the log-likelihood a few hundred times; each evaluation is linear in the
 * distinct {@code (x, tₓ, T)} rows (customers with the same summary are counted once) with one {@code exp} and
 * one {@code log1p} a row, the logarithms and Gamma functions being computed per distinct time and frequency.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BgNbdModel {
  /** The fewest customers a fit accepts: four parameters need far more than four observations. */
  public static final int MIN_CUSTOMERS = 10;
  private static final List<String> NAMES = List.of("r", "alpha", "a", "b");

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final ModelFit fit;

  private BgNbdModel(ModelFit fit) {
    this.fit = fit;
    this.r = fit.estimate("r").value();
    this.alpha = fit.estimate("alpha").value();
    this.a = fit.estimate("a").value();
    this.b = fit.estimate("b").value();
  }

  /**
   * Fits the model to {@code customers} by maximum likelihood.
   *
   * @throws IllegalArgumentException if there are fewer than {@link #MIN_CUSTOMERS} customers, or none made a
   *     repeat purchase (the dropout process is then not identified), or the likelihood has no maximum at finite
   *     parameters
   */
  public static BgNbdModel fit(List<CustomerSummary> customers) {
    requireNonNull(customers, "customers");
    checkArgument(customers.size() >= MIN_CUSTOMERS, "customers must number at least %s for a BG/NBD fit: %s",
        MIN_CUSTOMERS, customers.size());
    RfmData data = new RfmData(customers);
    checkArgument(data.repeatCustomers > 0,
        "customers must include one with a repeat purchase for a BG/NBD fit: all %s have frequency 0",
        customers.size());
    String inputs = data.customers + " customers (" + data.repeatCustomers + " with repeat purchases)";
    double meanAge = customers.stream().mapToDouble(CustomerSummary::age).average().orElseThrow();
    ModelFit fit = MaximumLikelihood.fit("BG/NBD", inputs, NAMES, new double[] {1, meanAge / 10, 1, 1},
        p -> logLikelihood(data, p[0], p[1], p[2], p[3]));
    return new BgNbdModel(fit);
  }

  /** The log-likelihood of the data at {@code (r, α, a, b)} (the paper's equation 6, summed). */
  static double logLikelihood(RfmData d, double r, double alpha, double a, double b) {
    double lnBab = Beta.logBeta(a, b);
    double common = r * Math.log(alpha) - Gamma.logGamma(r) - lnBab;
    double[] byX = new double[d.distinctX.length];
    double[] lnC = new double[d.distinctX.length];
    for (int k = 0; k < byX.length; k++) {
      int x = d.distinctX[k];
      byX[k] = common + Gamma.logGamma(r + x) + Beta.logBeta(a, b + x);
      lnC[k] = x > 0 ? Math.log(a / (b + x - 1)) : 0;
    }
    double[] lnAt = new double[d.distinctTimes.length];
    for (int k = 0; k < lnAt.length; k++) {
      lnAt[k] = Math.log(alpha + d.distinctTimes[k]);
    }
    double sum = 0;
    for (int i = 0; i < d.rows(); i++) {
      int x = d.x[i];
      double lnT = lnAt[d.ageIndex[i]];
      double row = byX[d.xIndex[i]] - (r + x) * lnT;
      if (x > 0) {
        row += softplus(lnC[d.xIndex[i]] + (r + x) * (lnT - lnAt[d.recencyIndex[i]]));
      }
      sum += d.weight[i] * row;
    }
    return sum;
  }

  /** {@code log(1 + e^y)} without overflow. */
  private static double softplus(double y) {
    return y > 30 ? y + Math.exp(-y) : Math.log1p(Math.exp(y));
  }

  /** The fit: inputs, estimates with standard errors, log-likelihood, diagnostics. */
  public ModelFit fit() {
    return fit;
  }

  /** The shape r of the Gamma distribution of purchase rates. */
  public double r() {
    return r;
  }

  /** The scale α of the Gamma distribution of purchase rates, in the summaries' time unit. */
  public double alpha() {
    return alpha;
  }

  /** The first shape a of the Beta distribution of dropout probabilities. */
  public double a() {
    return a;
  }

  /** The second shape b of the Beta distribution of dropout probabilities. */
  public double b() {
    return b;
  }

  /**
   * The expected number of purchases of a new customer in {@code (0, t]} (the paper's equation 7).
   *
   * @throws IllegalArgumentException if {@code t} is negative or not finite
   */
  public double expectedPurchases(double t) {
    checkTime("t", t);
    double z = t / (alpha + t);
    return (a + b - 1) / (a - 1)
        * (1 - Math.pow(alpha / (alpha + t), r) * Hypergeometric.f21(r, b, a + b - 1, z));
  }

  /**
   * The expected number of purchases of {@code customer} in the {@code t} time units after the end of her
   * calibration period, given her history (the paper's equation 10).
   *
   * @throws IllegalArgumentException if {@code t} is negative or not finite
   */
  public double expectedPurchases(double t, CustomerSummary customer) {
    checkTime("t", t);
    requireNonNull(customer, "customer");
    int x = customer.frequency();
    double bigT = customer.age();
    double z = t / (alpha + bigT + t);
    double numerator = (a + b + x - 1) / (a - 1) * (1 - Math.pow((alpha + bigT) / (alpha + bigT + t), r + x)
        * Hypergeometric.f21(r + x, b + x, a + b + x - 1, z));
    return numerator * probabilityAlive(customer);
  }

  /** The probability that {@code customer} is still alive at the end of her calibration period. */
  public double probabilityAlive(CustomerSummary customer) {
    requireNonNull(customer, "customer");
    int x = customer.frequency();
    if (x == 0) {
      return 1;
    }
    double lnOdds = Math.log(a / (b + x - 1))
        + (r + x) * (Math.log(alpha + customer.age()) - Math.log(alpha + customer.recency()));
    return 1 / (1 + Math.exp(lnOdds));
  }

  private static void checkTime(String name, double t) {
    checkArgument(Double.isFinite(t) && t >= 0, "%s must be non-negative and finite: %s", name, t);
  }

  /** The parameters, then the fit. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f%n", r, alpha, a, b) + fit;
  }
}
