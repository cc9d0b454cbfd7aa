package io.revops.metrics.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum likelihood over strictly positive parameters with Hipparchus: Powell's BOBYQA (derivative-free, by
 * quadratic models; fewer evaluations than Nelder–Mead, which matters at 10^5 customers) on the logarithms of the
 * parameters, so every trial point is admissible, restarted from its own optimum with a smaller trust region
 * until a restart no longer improves the log-likelihood (Nelder–Mead takes over if BOBYQA's model stalls on a
 * flat likelihood); then the observed information by central differences. A model that gives its analytic
 * gradient saves the restart when the gradient at BOBYQA's optimum is already zero (to a tolerance relative to
 * the log-likelihood), and its observed information is the central differences of the gradient: 2n gradients
 * in place of 2n² + 1 log-likelihoods.
 */
final class MaximumLikelihood {
  static final String METHOD = "BOBYQA on log-parameters (Hipparchus)";
  private static final int MAX_EVALUATIONS = 20_000;
  private static final int MAX_RESTARTS = 4;
  private static final double RELATIVE_TOLERANCE = 1e-12;
  private static final double ABSOLUTE_TOLERANCE = 1e-10;
  /**
   * A log-parameter beyond ±15 (a parameter below 3e-7 or above 3e6) means the maximum is on the boundary: the
   * shapes of these models are of order 0.1 to 100 and their scales of order the time unit's count in a typical
   * inter-purchase time, so time should be in days or weeks, not seconds.
   */
  private static final double BOUNDARY = 15;

  /**
   * The gradient below which (in each log-parameter, relative to the log-likelihood) BOBYQA's first optimum is
   * taken as the maximum without a restart.
   */
  private static final double GRADIENT_TOLERANCE = 1e-7;
  /** BOBYQA's final trust-region radius, in log-parameters: a relative precision of 1e-9 in each parameter. */
  private static final double STOP_RADIUS = 1e-9;
  /**
   * The same when the gradient checks the optimum: BOBYQA stops at a relative 1e-6 (about 30 evaluations fewer at
   * 10^5 customers), and the gradient test decides whether a restart is needed.
   */
  private static final double GRADIENT_STOP_RADIUS = 1e-6;

  /** A log-likelihood's analytic gradient in the natural parameters. */
  interface Gradient {
    /** Writes ∂ℓ/∂pᵢ at {@code p} into {@code gradient}; returns ℓ(p). */
    double at(double[] p, double[] gradient);
  }

  private MaximumLikelihood() {}

  static ModelFit fit(String model, String inputs, List<String> names, double[] start,
      ToDoubleFunction<double[]> logLikelihood) {
    return fit(model, inputs, names, start, logLikelihood, null);
  }

  /**
   * Fits the parameters named {@code names} from {@code start} by maximising {@code logLikelihood}, which takes
   * the natural (positive) parameters and returns a finite value or {@code -Infinity}.
   *
   * @throws IllegalArgumentException if the likelihood grows without bound towards a boundary of the parameter
   *     space (the data do not identify the model)
   */
  static ModelFit fit(String model, String inputs, List<String> names, double[] start,
      ToDoubleFunction<double[]> logLikelihood, Gradient gradient) {
    int n = start.length;
    ToDoubleFunction<double[]> onLogs = logs -> {
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        p[i] = Math.exp(logs[i]);
      }
      double v = logLikelihood.applyAsDouble(p);
      return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    };
    double[] point = new double[n];
    for (int i = 0; i < n; i++) {
      point[i] = Math.log(start[i]);
    }
    double best = onLogs.applyAsDouble(point);
    int evaluations = 0;
    boolean converged = false;
    String method = METHOD;
    boolean simplex = false;
    for (int restart = 0; restart <= MAX_RESTARTS && !converged; restart++) {
      PointValuePair optimum;
      int used;
      try {
        if (simplex) {
          SimplexOptimizer optimizer = new SimplexOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE);
          optimum = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(onLogs::applyAsDouble),
              GoalType.MAXIMIZE, new InitialGuess(point), new NelderMeadSimplex(n, restart == 0 ? 0.5 : 0.05));
          used = optimizer.getEvaluations();
        } else {
          BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, restart == 0 ? 1 : 0.1,
              gradient != null && restart == 0 ? GRADIENT_STOP_RADIUS : STOP_RADIUS);
          double[] lo = new double[n];
          double[] hi = new double[n];
          Arrays.fill(lo, -BOUNDARY - 5);
          Arrays.fill(hi, BOUNDARY + 5);
          optimum = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(onLogs::applyAsDouble),
              GoalType.MAXIMIZE, new InitialGuess(point), new SimpleBounds(lo, hi));
          used = optimizer.getEvaluations();
        }
      } catch (MathIllegalStateException failure) {
        if (simplex || failure.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
          evaluations += MAX_EVALUATIONS;
          break;
        }
        // BOBYQA's quadratic model can stall on a flat likelihood: Nelder–Mead carries on from the same point
        simplex = true;
        method = METHOD + ", then Nelder–Mead (BOBYQA: " + failure.getMessage() + ")";
        restart--;
        continue;
      }
      evaluations += used;
      double improvement = optimum.getValue() - best;
      point = optimum.getPoint();
      converged = restart > 0 && improvement <= ABSOLUTE_TOLERANCE + RELATIVE_TOLERANCE * Math.abs(best);
      best = Math.max(best, optimum.getValue());
      if (!converged && gradient != null && !simplex && stationary(point, best, gradient)) {
        converged = true;
      }
    }
    double[] estimate = new double[n];
    for (int i = 0; i < n; i++) {
      if (Math.abs(point[i]) > BOUNDARY) {
        throw new IllegalArgumentException("data must identify the model: the " + model + " likelihood of " + inputs
            + " has no maximum at finite parameters, " + names.get(i) + " runs to " + (point[i] > 0 ? "infinity" : "0"));
      }
      estimate[i] = Math.exp(point[i]);
    }
    double ll = logLikelihood.applyAsDouble(estimate);
    if (!Double.isFinite(ll)) {
      throw new IllegalArgumentException("data admit no finite " + model + " likelihood: " + inputs);
    }
    String note = null;
    double[] se = null;
    try {
      se = gradient == null ? standardErrors(estimate, logLikelihood) : standardErrors(estimate, gradient);
    } catch (IllegalStateException e) {
      note = e.getMessage();
    }
    List<ModelFit.Estimate> estimates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      estimates.add(new ModelFit.Estimate(names.get(i), estimate[i],
          se == null ? OptionalDouble.empty() : OptionalDouble.of(se[i])));
    }
    return ModelFit.of(model, inputs, estimates, ll, converged, evaluations, method, note);
  }

  /** True if every log-parameter's derivative at {@code logs} is below the tolerance relative to {@code value}. */
  private static boolean stationary(double[] logs, double value, Gradient gradient) {
    int n = logs.length;
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = Math.exp(logs[i]);
    }
    double[] g = new double[n];
    gradient.at(p, g);
    for (int i = 0; i < n; i++) {
      // the chain rule: ∂ℓ/∂log pᵢ = pᵢ ∂ℓ/∂pᵢ
      if (!(Math.abs(p[i] * g[i]) <= GRADIENT_TOLERANCE * (1 + Math.abs(value)))) {
        return false;
      }
    }
    return true;
  }

  /** The standard errors from the observed information by central differences of the analytic gradient. */
  static double[] standardErrors(double[] theta, Gradient gradient) {
    int n = theta.length;
    RealMatrix information = MatrixUtils.createRealMatrix(n, n);
    double[] up = new double[n];
    double[] down = new double[n];
    for (int j = 0; j < n; j++) {
      double h = 1e-5 * Math.max(Math.abs(theta[j]), 1e-3);
      double[] p = theta.clone();
      p[j] = theta[j] + h;
      gradient.at(p, up);
      p[j] = theta[j] - h;
      gradient.at(p, down);
      for (int i = 0; i < n; i++) {
        double d = (up[i] - down[i]) / (2 * h);
        if (!Double.isFinite(d)) {
          throw new IllegalStateException("the log-likelihood is not finite next to the estimate");
        }
        // the two differences of a mixed derivative are averaged, which keeps the matrix symmetric
        information.addToEntry(i, j, -d / 2);
        information.addToEntry(j, i, -d / 2);
      }
    }
    return invertedDiagonal(information);
  }

  /** Square roots of the diagonal of the inverse observed information, by central second differences. */
  static double[] standardErrors(double[] theta, ToDoubleFunction<double[]> logLikelihood) {
    int n = theta.length;
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = 1e-4 * Math.max(Math.abs(theta[i]), 1e-3);
    }
    double f0 = logLikelihood.applyAsDouble(theta);
    RealMatrix information = MatrixUtils.createRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double d;
        if (i == j) {
          d = (at(theta, logLikelihood, i, h[i], i, 0) - 2 * f0 + at(theta, logLikelihood, i, -h[i], i, 0))
              / (h[i] * h[i]);
        } else {
          d = (at(theta, logLikelihood, i, h[i], j, h[j]) - at(theta, logLikelihood, i, h[i], j, -h[j])
              - at(theta, logLikelihood, i, -h[i], j, h[j]) + at(theta, logLikelihood, i, -h[i], j, -h[j]))
              / (4 * h[i] * h[j]);
        }
        if (!Double.isFinite(d)) {
          throw new IllegalStateException("the log-likelihood is not finite next to the estimate");
        }
        information.setEntry(i, j, -d);
        information.setEntry(j, i, -d);
      }
    }
    return invertedDiagonal(information);
  }

  private static double[] invertedDiagonal(RealMatrix information) {
    int n = information.getRowDimension();
    RealMatrix covariance;
    try {
      covariance = new CholeskyDecomposition(information).getSolver().getInverse();
    } catch (RuntimeException notPositiveDefinite) {
      throw new IllegalStateException("the observed information is not positive definite at the estimate");
    }
    double[] se = new double[n];
    for (int i = 0; i < n; i++) {
      se[i] = Math.sqrt(covariance.getEntry(i, i));
    }
    return se;
  }

  private static double at(double[] theta, ToDoubleFunction<double[]> f, int i, double di, int j, double dj) {
    double[] p = theta.clone();
    p[i] += di;
    p[j] += dj;
    return f.applyAsDouble(p);
  }
}
