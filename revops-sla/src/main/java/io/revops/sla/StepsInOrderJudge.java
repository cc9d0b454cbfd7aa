package io.revops.sla;

import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges {@link Obligation.StepsInOrder}: each step's first occurrence before the first decision, in the
 * listed order (MET); a step missing or out of order (BREACHED); no decision yet (PENDING). Sales events before
 * the MQL instant do not count.
 *
 * <p>Cost: one pass over the events for the decision, and one per step.
 */
final class StepsInOrderJudge extends Judge {
  private final Obligation.StepsInOrder s;

  StepsInOrderJudge(String key, Obligation.StepsInOrder s) {
    super(key, s);
    this.s = s;
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Trace.Builder t = c.trace();
    // sales events before the MQL instant are reported as an anomaly and do not count, neither as the
    // decision nor as a step; an assignment before it is ordinary and counts
    LeadEvent decision = null;
    for (LeadEvent e : c.h.events()) {
      if (LeadFacts.isDecision(e) && LeadFacts.counts(e, c.mqlAt)) {
        decision = e;
        break;
      }
    }
    if (decision == null) {
      return c.verdict(this, VerdictStatus.PENDING, () -> NO_DECISION, t);
    }
    LeadEvent d = decision;
    t.event(d);
    List<LeadEvent> firsts = new ArrayList<>(s.steps().size());
    for (EventKind k : s.steps()) {
      LeadEvent first = null;
      for (LeadEvent e : c.h.events()) {
        if (e.kind() == k && LeadFacts.counts(e, c.mqlAt) && LeadEvent.ORDER.compare(e, d) < 0) {
          first = e;
          break;
        }
      }
      if (first == null) {
        return c.verdict(this, VerdictStatus.BREACHED, () -> d.kind() + " at " + d.at() + " with no "
            + k + " before it", t);
      }
      t.event(first);
      firsts.add(first);
    }
    for (int i = 1; i < firsts.size(); i++) {
      LeadEvent earlier = firsts.get(i - 1);
      LeadEvent later = firsts.get(i);
      if (LeadEvent.ORDER.compare(earlier, later) > 0) {
        return c.verdict(this, VerdictStatus.BREACHED, () -> earlier.kind() + " at " + earlier.at()
            + " came after " + later.kind() + " at " + later.at(), t);
      }
    }
    return c.verdict(this, VerdictStatus.MET, () -> LeadFacts.describe(firsts) + " before " + d.kind() + " at "
        + d.at(), t);
  }
}
