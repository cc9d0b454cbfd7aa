package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadId;

/**
 * The verdict on one obligation for one lead as of an instant: the status, the reason in words, and the
 * trace of how it was reached.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObligationVerdict {
  private final LeadId leadId;
  private final String key;
  private final Obligation obligation;
  private final VerdictStatus status;
  private final String reason;
  private final Trace trace;

  private ObligationVerdict(LeadId leadId, String key, Obligation obligation, VerdictStatus status, String reason,
      Trace trace) {
    this.leadId = requireNonNull(leadId, "leadId");
    this.key = requireNonNull(key, "key");
    this.obligation = requireNonNull(obligation, "obligation");
    this.status = requireNonNull(status, "status");
    this.reason = requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason must not be blank: \"%s\"", reason);
    this.trace = requireNonNull(trace, "trace");
  }

  /** A verdict. */
  public static ObligationVerdict of(LeadId leadId, String key, Obligation obligation, VerdictStatus status,
      String reason, Trace trace) {
    return new ObligationVerdict(leadId, key, obligation, status, reason, trace);
  }

  /** The lead. */
  public LeadId leadId() {
    return leadId;
  }

  /** The obligation's key in its agreement. */
  public String key() {
    return key;
  }

  /** The obligation. */
  public Obligation obligation() {
    return obligation;
  }

  /** The status. */
  public VerdictStatus status() {
    return status;
  }

  /** Why, in words, with the figures. */
  public String reason() {
    return reason;
  }

  /** How the verdict was reached. */
  public Trace trace() {
    return trace;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObligationVerdict v && leadId.equals(v.leadId) && key.equals(v.key)
        && obligation.equals(v.obligation) && status == v.status && reason.equals(v.reason) && trace.equals(v.trace);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(leadId, key, obligation, status, reason, trace);
  }

  @Override
  public String toString() {
    return leadId + " " + key + ": " + status + " — " + reason;
  }
}
