package io.revops.core.qualification;

import io.revops.core.lead.Lead;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An explicit, explainable qualification criterion over a lead, such as "employees ≥ 50" or
 * "at least 2 of the behavioural criteria".
 *
 * <p>A criterion is an immutable definition with value semantics ({@code equals}/{@code hashCode} over
 * its name and parameters). Evaluating it against a lead as of an explicit instant gives an
 * {@link Evaluation}: PASSED, FAILED or UNKNOWN with a reason that cites the evidence. UNKNOWN means the
 * data needed is missing; it is never treated as FAILED.
 *
 * <p>Build criteria with {@link Criteria}; the handbook's MQL definition is {@link HandbookCriteria#mql()}.
 * The families are {@link FirmographicCriterion} (company size, revenue, industry, geography),
 * {@link BehaviouralCriterion} (visits, pages, downloads, email opens, events, counted in a
 * {@link Window} before the evaluation instant), {@link BantCriterion} (budget, authority, need,
 * timeline) and {@link CompositeCriterion} ({@code allOf}, {@code anyOf}, {@code atLeast}, {@code not}).
 *
 * <p>{@link #test} gives only the outcome, without an explanation: it builds no text and no evaluations,
 * and a composite stops at the first sub-criteria that decide it ({@code allOf} at the first FAILED,
 * {@code anyOf} at the first PASSED), which is sound because criteria are pure functions of the lead, the
 * instant and the context. {@link #evaluate} gives the same outcome, computed the same way, with an
 * explanation that is built only when it is first read (see {@link Evaluation}); until then the
 * evaluation keeps a reference to the lead. So {@code c.test(lead, asOf)} equals
 * {@code c.evaluate(lead, asOf).outcome()}, and an evaluation whose explanation is never read costs
 * little more than the test.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Criterion permits FirmographicCriterion, BehaviouralCriterion, BantCriterion, CompositeCriterion {
  /** The name shown in explanations: given by the user, or the definition by default. */
  String name();

  /** The definition in words, e.g. {@code site visits ≥ 3 in the last 30 days}. */
  String describe();

  /** This criterion under another name, e.g. {@code "firmographic"}. */
  Criterion withName(@Nullable String name);

  /** The sub-criteria of a composite, in order; empty for a leaf. */
  default List<Criterion> children() {
    return List.of();
  }

  /**
   * Evaluates {@code lead} as of {@code asOf} with {@code context} (exchange rates, counting of machine
   * email opens). Behaviour after {@code asOf} is ignored. The outcome is computed now; the reason and the
   * sub-criteria's evaluations when first read (see {@link Evaluation}).
   */
  Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context);

  /**
   * The outcome of evaluating {@code lead} as of {@code asOf} with {@code context}, without the
   * explanation: the same as {@code evaluate(lead, asOf, context).outcome()}.
   */
  Outcome test(Lead lead, Instant asOf, EvaluationContext context);

  /** The outcome of evaluating {@code lead} as of {@code asOf} with {@link EvaluationContext#defaults()}. */
  default Outcome test(Lead lead, Instant asOf) {
    return test(lead, asOf, EvaluationContext.defaults());
  }

  /** Evaluates {@code lead} as of {@code asOf} with {@link EvaluationContext#defaults()}. */
  default Evaluation evaluate(Lead lead, Instant asOf) {
    return evaluate(lead, asOf, EvaluationContext.defaults());
  }
}
