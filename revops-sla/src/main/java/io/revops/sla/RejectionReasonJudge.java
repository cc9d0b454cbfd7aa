package io.revops.sla;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.RejectionCode;
import java.util.Set;

/**
 * Judges {@link Obligation.RejectionHasReason}: every rejection at or after the MQL instant carries an allowed
 * reason (MET), one does not (BREACHED), accepted and not rejected (NOT_APPLICABLE), no decision yet (PENDING).
 *
 * <p>Cost: one pass over the events.
 */
final class RejectionReasonJudge extends Judge {
  private final Obligation.RejectionHasReason r;

  RejectionReasonJudge(String key, Obligation.RejectionHasReason r) {
    super(key, r);
    this.r = r;
  }

  /**
   * True if {@code rejection} gives no reason, or one outside {@code allowed}; {@code allowed} null stands for
   * an agreement without this obligation, where any given reason is allowed.
   */
  static boolean lacksAllowedReason(LeadEvent.Rejected rejection, Set<RejectionCode> allowed) {
    return !rejection.reason().isGiven() || (allowed != null && !allowed.contains(rejection.reason().code()));
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Trace.Builder t = c.trace();
    // decisions before the MQL instant are reported as an anomaly and do not count
    LeadEvent.Rejected first = null;
    LeadEvent.Rejected bad = null;
    LeadEvent.AcceptedAsSql accepted = null;
    for (LeadEvent e : c.h.events()) {
      if (e.at().isBefore(c.mqlAt)) {
        continue;
      }
      if (e instanceof LeadEvent.Rejected rejection) {
        t.event(rejection);
        if (first == null) {
          first = rejection;
        }
        if (bad == null && lacksAllowedReason(rejection, r.allowed())) {
          bad = rejection;
        }
      } else if (accepted == null && e instanceof LeadEvent.AcceptedAsSql a) {
        accepted = a;
      }
    }
    if (first == null) {
      if (accepted != null) {
        LeadEvent.AcceptedAsSql acc = accepted;
        t.event(acc);
        return c.verdict(this, VerdictStatus.NOT_APPLICABLE, () -> "accepted as SQL at " + acc.at()
            + ", not rejected", t);
      }
      return c.verdict(this, VerdictStatus.PENDING, () -> NO_DECISION, t);
    }
    if (bad == null) {
      LeadEvent.Rejected f = first;
      return c.verdict(this, VerdictStatus.MET, () -> "rejected at " + f.at() + " with reason " + f.reason(), t);
    }
    LeadEvent.Rejected b = bad;
    return c.verdict(this, VerdictStatus.BREACHED, () -> "rejected at " + b.at() + " with "
        + (b.reason().isGiven() ? "reason " + b.reason() + ", not among the allowed " + r.allowed() : "no reason"), t);
  }
}
