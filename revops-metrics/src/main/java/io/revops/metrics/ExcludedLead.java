package io.revops.metrics;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadId;

/**
 * A lead left out of a metric, and why: an anomalous history, events out of order, a missing start.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param leadId the lead
 * @param reason why it was left out, with the evidence
 * @param anomalousHistory true if it was left out because its history has anomalies ({@link #anomalous}); the
 *     reports count these by this flag, not by the reason's text
 */
public record ExcludedLead(LeadId leadId, String reason, boolean anomalousHistory)
    implements Comparable<ExcludedLead> {
  /** How the reason of a lead excluded for anomalies begins (text only: the flag says it is one). */
  public static final String ANOMALOUS_PREFIX = "history has ";

  /** Validates the record. */
  public ExcludedLead {
    requireNonNull(leadId, "leadId");
    requireNonNull(reason, "reason");
  }

  /** A lead left out for {@code reason}, not for anomalies in its history. */
  public ExcludedLead(LeadId leadId, String reason) {
    this(leadId, reason, false);
  }

  @Override
  public int compareTo(ExcludedLead o) {
    int c = leadId.compareTo(o.leadId);
    c = c != 0 ? c : reason.compareTo(o.reason);
    return c != 0 ? c : Boolean.compare(anomalousHistory, o.anomalousHistory);
  }

  @Override
  public String toString() {
    return leadId + ": " + reason;
  }

  /** The reason for a history that is not sound: the kinds and messages of the anomalies that compromise it. */
  public static ExcludedLead anomalous(io.revops.core.history.LeadEventHistory history) {
    requireNonNull(history, "history");
    var compromising = history.anomalies().stream().filter(a -> a.kind().compromisesHistory()).toList();
    StringBuilder sb = new StringBuilder(ANOMALOUS_PREFIX).append(compromising.size()).append(" anomal")
        .append(compromising.size() == 1 ? "y" : "ies").append(": ");
    String sep = "";
    for (var a : compromising) {
      sb.append(sep).append(a.kind()).append(" (").append(a.message()).append(')');
      sep = "; ";
    }
    return new ExcludedLead(history.leadId(), sb.toString(), true);
  }
}
