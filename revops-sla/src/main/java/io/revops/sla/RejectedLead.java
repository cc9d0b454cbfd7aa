package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.RejectionReason;
import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.Comparator;

/**
 * One rejection listed in the monthly review: a rejection with no reason, or with one outside the allowed set.
 *
 * @param leadId the lead
 * @param at when it was rejected
 * @param source the lead's source
 * @param rep the lead's rep
 * @param reason the reason recorded
 */
public record RejectedLead(LeadId leadId, Instant at, String source, String rep, RejectionReason reason)
    implements Comparable<RejectedLead> {
  private static final Comparator<RejectedLead> ORDER = Comparator.comparing(RejectedLead::at)
      .thenComparing(RejectedLead::leadId);

  /** Validates the entry. */
  public RejectedLead {
    requireNonNull(leadId, "leadId");
    requireNonNull(at, "at");
    requireNonNull(source, "source");
    requireNonNull(rep, "rep");
    requireNonNull(reason, "reason");
  }

  @Override
  public int compareTo(RejectedLead o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return leadId + " rejected " + at + " by " + rep + " (" + source + "): " + reason;
  }
}
