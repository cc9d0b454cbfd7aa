package io.revops.sla;

import io.revops.core.lead.Lead;
import java.time.Instant;

/**
 * Checks a lead against the MQL qualification criteria as of an instant (the instant it became an MQL).
 *
 * <p>Optional: by default {@link Obligation.MqlMeetsCriteria} evaluates its
 * {@link io.revops.core.qualification.Criterion}. A check given to {@link SlaEvaluator#withCriteriaCheck}
 * replaces the criterion, for checks that are not criteria (an external scoring service, a stand-in in a
 * test). Implementations must be thread-safe: evaluations may run in parallel. Each MQL is checked once per
 * evaluation; its verdict's reason, built when first read, quotes that same answer.
 */
@FunctionalInterface
public interface MqlCriteriaCheck {
  /** The outcome of checking {@code lead} as of {@code asOf}. */
  CheckResult check(Lead lead, Instant asOf);
}
