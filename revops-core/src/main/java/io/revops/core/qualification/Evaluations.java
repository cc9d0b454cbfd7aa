package io.revops.core.qualification;

import io.revops.core.lead.Lead;
import java.time.Instant;

/**
 * How a criterion (other than {@code not}) is evaluated, written once for all of them: its outcome from its own
 * {@link Criterion#test}, computed now, and its explanation from its {@link Explain}, built on first read (see
 * {@link Evaluation}). So {@code evaluate(…).outcome()} is {@code test(…)} by construction, for every family.
 *
 * <p>Cost: {@link #lazy} makes what each criterion used to make inline — the evaluation and one explainer that
 * keeps the criterion, lead, instant and context. The {@link Explain} it takes is a method reference that
 * captures nothing ({@code EmployeesAtLeast::explain}), which the JVM makes once per call site, not per call.
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
   * The evaluation of {@code criterion}: tested now (which validates the arguments), explained by
   * {@code explain} on first read.
   */
  static <C extends Criterion> Evaluation lazy(C criterion, Lead lead, Instant asOf, EvaluationContext context,
      Explain<C> explain) {
    Outcome outcome = criterion.test(lead, asOf, context);
    return Evaluation.lazy(criterion.name(), outcome, asOf, false, () -> explain.explain(criterion, lead, asOf, context));
  }
}
