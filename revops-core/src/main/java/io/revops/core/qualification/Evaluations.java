package io.revops.core.qualification;

import io.revops.core.lead.Lead;
import java.time.Instant;

/**
 * How a criterion (other than {@code not}) is evaluated, written once for all of them: its outcome from its own
 * {@link Criterion#test}, computed now, and its explanation from its {@link Explain}, built on first read (see
 * {@link Evaluation}), which checks on that read that the two agree.
 *
 * <p>Cost: {@link #lazy} makes two objects, as each criterion did when it wrote this out — the evaluation and one
 * explainer, which keeps the criterion, lead, instant, context and {@link Explain} (32 bytes with compressed
 * references; a lambda over three of them took 24). The {@link Explain} is a method reference that captures
 * nothing ({@code EmployeesAtLeast::explain}), which the JVM makes once per call site, not per call.
 */
final class Evaluations {
  private Evaluations() {}

  /** Builds the explained evaluation of {@code criterion}: its reason with the evidence, and its children. */
  @FunctionalInterface
  interface Explain<C extends Criterion> {
    /** The explained evaluation of {@code criterion} for {@code lead} as of {@code asOf} with {@code context}. */
    Evaluation explain(C criterion, Lead lead, Instant asOf, EvaluationContext context);
  }

  /**
   * The evaluation of {@code criterion}, called {@code name}, whose {@code outcome} its {@code test} has just given
   * for these arguments (which validated them); explained by {@code explain} on first read.
   *
   * <p>The caller tests and passes its own name so that both calls bind statically in the caller: this method is
   * shared by every criterion, and a call made here through {@link Criterion} would dispatch over all of them.
   */
  static <C extends Criterion> Evaluation lazy(C criterion, String name, Outcome outcome, Lead lead, Instant asOf,
      EvaluationContext context, Explain<C> explain) {
    return Evaluation.lazy(name, outcome, asOf, false, () -> explain.explain(criterion, lead, asOf, context));
  }
}
