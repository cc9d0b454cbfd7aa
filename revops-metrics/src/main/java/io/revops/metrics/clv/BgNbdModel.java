package io.revops.metrics.clv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
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
 * <p><b>Cost</b>: customers with the same {@code (x, tₓ, T)} are compressed into one weighted group (one hash
 * lookup per customer); a fit then evaluates the log-likelihood 100 to 150 times and its analytic gradient
 * a dozen (for the convergence check and the standard errors); each evaluation is linear in the distinct groups
 * with repeat purchases, with one {@code exp} and one {@code log1p} a group, the logarithms and Gamma functions
 * being computed per distinct time and frequency.
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
    ModelFit fit = MaximumLikelihood.fit("BG/NBD", inputs, NAMES, start(customers),
        p -> logLikelihood(data, p, null), (p, gradient) -> logLikelihood(data, p, gradient));
    return new BgNbdModel(fit);
  }

  /**
   * Starting values: r and α by the method of moments of the purchase rates {@code x / T} (their mean r/α, their
   * variance less the Poisson noise r/α²), ignoring dropout; a = b = 1. Where the moments say nothing (no spread
   * beyond the noise) the old fixed start r = 1, α = mean T / 10.
   */
  static double[] start(List<CustomerSummary> customers) {
    double n = customers.size();
    double mean = 0;
    double meanAge = 0;
    for (CustomerSummary c : customers) {
      mean += c.frequency() / c.age();
      meanAge += c.age();
    }
    mean /= n;
    meanAge /= n;
    double variance = 0;
    double noise = 0;
    for (CustomerSummary c : customers) {
      double d = c.frequency() / c.age() - mean;
      variance += d * d;
      noise += c.frequency() / (c.age() * c.age());
    }
    double rates = variance / (n - 1) - noise / n;
    if (!(mean > 0 && rates > 0)) {
      return new double[] {1, meanAge / 10, 1, 1};
    }
    double r = Math.min(10, Math.max(0.05, mean * mean / rates));
    return new double[] {r, r / mean, 1, 1};
  }

  /** The log-likelihood of the data at {@code (r, α, a, b)} (the paper's equation 6, summed). */
  static double logLikelihood(RfmData d, double r, double alpha, double a, double b) {
    return logLikelihood(d, new double[] {r, alpha, a, b}, null);
  }

  /**
   * The log-likelihood at {@code p = (r, α, a, b)} and, if {@code gradient} is not null, its partial derivatives
   * in the same order. Per customer (x, tₓ, T):
   * <pre>
   * ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b) − (r+x) ln(α+T) + ln(1 + [x>0] e^z),
   * z = ln(a / (b+x−1)) + (r+x) (ln(α+T) − ln(α+tₓ))
   * </pre>
   * The terms without z are summed by distinct frequency and by distinct age; only z needs each group with
   * repeat purchases (one {@code exp} and one {@code log}, σ(z) for the gradient from the same {@code exp};
   * {@code log(1 + e^z)} rather than {@code log1p}, three times faster, loses only an absolute 1e-16 a group, far
   * below the precision of a sum of thousands of terms).
   */
  static double logLikelihood(RfmData d, double[] p, double[] gradient) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    boolean grad = gradient != null;
    double lnAlpha = Math.log(alpha);
    double lgR = Gamma.logGamma(r);
    double lgB = Gamma.logGamma(b);
    double lgAB = Gamma.logGamma(a + b);
    double psiR = grad ? Gamma.digamma(r) : 0;
    double psiB = grad ? Gamma.digamma(b) : 0;
    double psiAB = grad ? Gamma.digamma(a + b) : 0;
    double sum = d.customers * (r * lnAlpha - lgR + lgAB - lgB);
    double gr = d.customers * (lnAlpha - psiR);
    double ga = d.customers * psiAB;
    double gb = d.customers * (psiAB - psiB);
    int nx = d.distinctX.length;
    double[] lnC = new double[nx];
    for (int k = 0; k < nx; k++) {
      int x = d.distinctX[k];
      double w = d.weightByX[k];
      // ln Γ(r+x) + ln Γ(b+x) − ln Γ(a+b+x); the x-free parts are in the line above
      sum += w * (Gamma.logGamma(r + x) + Gamma.logGamma(b + x) - Gamma.logGamma(a + b + x));
      lnC[k] = x > 0 ? Math.log(a / (b + x - 1)) : 0;
      if (grad) {
        double psiABX = Gamma.digamma(a + b + x);
        gr += w * Gamma.digamma(r + x);
        ga -= w * psiABX;
        gb += w * (Gamma.digamma(b + x) - psiABX);
      }
    }
    int nt = d.distinctTimes.length;
    double[] lnAt = new double[nt];
    double[] inverseAt = grad ? new double[nt] : null;
    double galpha = d.customers * r / alpha;
    for (int k = 0; k < nt; k++) {
      double at = alpha + d.distinctTimes[k];
      lnAt[k] = Math.log(at);
      double w = d.weightByAge[k];
      if (w > 0) {
        sum -= lnAt[k] * (r * w + d.purchasesByAge[k]);
        if (grad) {
          gr -= w * lnAt[k];
          galpha -= (r * w + d.purchasesByAge[k]) / at;
        }
      }
      if (grad) {
        inverseAt[k] = 1 / at;
      }
    }
    double[] sigmaByX = grad ? new double[nx] : null;
    for (int i = 0; i < d.repeatGroups(); i++) {
      int rx = d.x[i];
      int ti = d.ageIndex[i];
      int ri = d.recencyIndex[i];
      double gap = lnAt[ti] - lnAt[ri];
      double z = lnC[d.xIndex[i]] + (r + rx) * gap;
      double w = d.weight[i];
      if (z > 30) {
        // log(1 + e^z) = z + log1p(e^−z), σ(z) = 1 / (1 + e^−z)
        double e = Math.exp(-z);
        sum += w * (z + Math.log(1 + e));
        if (grad) {
          double sw = w / (1 + e);
          gr += sw * gap;
          galpha += sw * (r + rx) * (inverseAt[ti] - inverseAt[ri]);
          sigmaByX[d.xIndex[i]] += sw;
        }
      } else {
        double e = Math.exp(z);
        sum += w * Math.log(1 + e);
        if (grad) {
          double sw = w * e / (1 + e);
          gr += sw * gap;
          galpha += sw * (r + rx) * (inverseAt[ti] - inverseAt[ri]);
          sigmaByX[d.xIndex[i]] += sw;
        }
      }
    }
    if (grad) {
      for (int k = 0; k < nx; k++) {
        int x = d.distinctX[k];
        if (x > 0) {
          ga += sigmaByX[k] / a;
          gb -= sigmaByX[k] / (b + x - 1);
        }
      }
      gradient[0] = gr;
      gradient[1] = galpha;
      gradient[2] = ga;
      gradient[3] = gb;
    }
    return sum;
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
