package io.revops.metrics.clv;

/**
 * Gauss's hypergeometric function {@code ₂F₁(a, b; c; z)} for {@code 0 <= z < 1} by its power series, which
 * Hipparchus does not provide. The models call it with {@code c > 0} and {@code z < 1}, where the series converges;
 * it is summed until a term no longer changes the sum.
 */
final class Hypergeometric {
  private static final int MAX_TERMS = 1_000_000;

  private Hypergeometric() {}

  static double f21(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1)) {
      throw new IllegalArgumentException("z must be in [0, 1): " + z);
    }
    double term = 1;
    double sum = 1;
    for (int k = 0; k < MAX_TERMS; k++) {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      double next = sum + term;
      if (next == sum) {
        return sum;
      }
      sum = next;
    }
    throw new IllegalStateException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
        + MAX_TERMS + " terms");
  }
}
