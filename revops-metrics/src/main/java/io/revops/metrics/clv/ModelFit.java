package io.revops.metrics.clv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a model was fitted by maximum likelihood: its inputs, the estimated parameters with their standard
 * errors, the maximised log-likelihood and the optimiser's diagnostics.
 *
 * <p>Estimates, standard errors and the log-likelihood are {@code double}s: they are statistical estimates,
 * not money. Standard errors come from the inverse of the observed information, the negative Hessian of the
 * log-likelihood at the estimate, taken by central finite differences (of the analytic gradient where the model
 * has one, as BG/NBD does); when that matrix is not positive
 * definite (a flat or ill-posed likelihood) they are absent and {@link #standardErrorNote()} says why.
 *
 * <p>{@code toString()} prints a header line, then one line per parameter, e.g.
 * <pre>
 * BG/NBD fit of 2357 customers: log-likelihood -9582.4292, converged (BOBYQA on log-parameters (Hipparchus), 216 evaluations)
 *   r        0.242594  (SE 0.012557)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelFit {
  /**
   * One estimated parameter.
   *
   * @param name the parameter's name in the paper, e.g. {@code "alpha"}
   * @param value the maximum-likelihood estimate
   * @param standardError its asymptotic standard error, if the observed information could be inverted
   */
  public record Estimate(String name, double value, OptionalDouble standardError) {
    /** Validates the estimate. */
    public Estimate {
      io.revops.core.check.Args.text("name", name);
      requireNonNull(standardError, "standardError");
      checkArgument(Double.isFinite(value), "estimate of %s must be finite: %s", name, value);
    }
  }

  private final String model;
  private final String inputs;
  private final List<Estimate> estimates;
  private final double logLikelihood;
  private final boolean converged;
  private final int evaluations;
  private final String method;
  private final String standardErrorNote;

  private ModelFit(String model, String inputs, List<Estimate> estimates, double logLikelihood, boolean converged,
      int evaluations, String method, String standardErrorNote) {
    this.model = requireNonNull(model, "model");
    this.inputs = requireNonNull(inputs, "inputs");
    this.estimates = List.copyOf(estimates);
    this.logLikelihood = logLikelihood;
    this.converged = converged;
    this.evaluations = evaluations;
    this.method = requireNonNull(method, "method");
    this.standardErrorNote = standardErrorNote;
    checkArgument(Double.isFinite(logLikelihood), "log-likelihood of %s must be finite: %s", model, logLikelihood);
  }

  static ModelFit of(String model, String inputs, List<Estimate> estimates, double logLikelihood, boolean converged,
      int evaluations, String method, String standardErrorNote) {
    return new ModelFit(model, inputs, estimates, logLikelihood, converged, evaluations, method, standardErrorNote);
  }

  /** The model's name, e.g. {@code "BG/NBD"}. */
  public String model() {
    return model;
  }

  /** What it was fitted to, e.g. {@code "2357 customers (1411 without repeat purchases)"}. */
  public String inputs() {
    return inputs;
  }

  /** The estimates, in the paper's order. */
  public List<Estimate> estimates() {
    return estimates;
  }

  /**
   * The estimate named {@code name}.
   *
   * @throws IllegalArgumentException if the model has no such parameter
   */
  public Estimate estimate(String name) {
    requireNonNull(name, "name");
    return estimates.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("name must be a parameter of " + model + " "
            + estimates.stream().map(Estimate::name).toList() + ": " + name));
  }

  /** The maximised log-likelihood (natural logarithm, the full likelihood with its constants). */
  public double logLikelihood() {
    return logLikelihood;
  }

  /** True if the optimiser met its convergence criterion before its evaluation budget ran out. */
  public boolean converged() {
    return converged;
  }

  /**
   * How many times the optimiser evaluated the log-likelihood; the gradients of the convergence check and the
   * Hessian's evaluations are not counted.
   */
  public int evaluations() {
    return evaluations;
  }

  /** The optimiser, e.g. {@code "BOBYQA on log-parameters (Hipparchus)"}. */
  public String method() {
    return method;
  }

  /** Why standard errors are absent, if they are. */
  public Optional<String> standardErrorNote() {
    return Optional.ofNullable(standardErrorNote);
  }

  /** A header line, then one line per parameter. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(model).append(" fit of ").append(inputs).append(": log-likelihood ")
        .append(String.format(Locale.ROOT, "%.4f", logLikelihood)).append(", ")
        .append(converged ? "converged" : "NOT converged").append(" (").append(method).append(", ")
        .append(evaluations).append(" evaluations)");
    for (Estimate e : estimates) {
      sb.append(String.format(Locale.ROOT, "%n  %-6s %12.6f", e.name(), e.value()));
      e.standardError().ifPresent(se -> sb.append(String.format(Locale.ROOT, "  (SE %.6f)", se)));
    }
    if (standardErrorNote != null) {
      sb.append("\n  no standard errors: ").append(standardErrorNote);
    }
    return sb.toString();
  }
}
