package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * An obligation of a lead that is AT_RISK as of the evaluation instant: the weekly stand-up's list of
 * problems to act on now.
 *
 * @param leadId the lead
 * @param key the obligation's key
 * @param due when the allowance runs out, if known
 * @param source the lead's source
 * @param rep the lead's rep
 * @param reason the verdict's reason
 */
public record AtRiskLead(LeadId leadId, String key, Optional<Instant> due, String source, String rep, String reason)
    implements Comparable<AtRiskLead> {
  private static final Comparator<AtRiskLead> ORDER = Comparator
      .comparing((AtRiskLead a) -> a.due().orElse(Instant.MAX)).thenComparing(AtRiskLead::leadId)
      .thenComparing(AtRiskLead::key);

  /** Validates the entry. */
  public AtRiskLead {
    requireNonNull(leadId, "leadId");
    requireNonNull(key, "key");
    requireNonNull(due, "due");
    requireNonNull(source, "source");
    requireNonNull(rep, "rep");
    requireNonNull(reason, "reason");
  }

  @Override
  public int compareTo(AtRiskLead o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return leadId + " " + key + " (rep " + rep + "): " + reason;
  }
}
