package io.revops.metrics.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;

/**
 * A lead (what segments read: firmographics, behaviour, source) with its event history (what the funnel and the
 * win rate count).
 *
 * @param lead the lead
 * @param history its event history
 */
public record LeadRecord(Lead lead, LeadEventHistory history) {
  /** Checks that both are of the same lead. */
  public LeadRecord {
    requireNonNull(lead, "lead");
    requireNonNull(history, "history");
    checkArgument(lead.id().equals(history.leadId()), "history must be of the same lead: lead %s, history %s", lead.id(),
        history.leadId());
  }
}
