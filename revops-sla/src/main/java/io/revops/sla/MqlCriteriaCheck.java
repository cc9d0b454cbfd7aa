package io.revops.sla;

import io.revops.core.lead.Lead;
import java.time.Instant;

/**
 * Checks a lead against the MQL qualification criteria as of an instant (the instant it became an MQL).
 *
 * <p>The SLA does not define the criteria: it is handed a check, typically an adapter over the core
 * qualification evaluator ({@code io.revops.core.qualification}), e.g.
 * {@code (lead, at) -> toCheckResult(criteria.evaluate(lead, at))}. Implementations must be pure and
 * thread-safe: evaluations may run in parallel.
 */
@FunctionalInterface
public interface MqlCriteriaCheck {
  /** The outcome of checking {@code lead} as of {@code asOf}. */
  CheckResult check(Lead lead, Instant asOf);
}
