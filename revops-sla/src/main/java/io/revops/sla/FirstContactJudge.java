package io.revops.sla;

import io.revops.core.history.LeadEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * Judges {@link Obligation.FirstContactWithin}: the first contact at or after the MQL instant within the
 * allowance (MET), after it (BREACHED), or none yet (PENDING, AT_RISK or BREACHED by the time used).
 *
 * <p>Cost: no pass over the events (the first contact is one of the lead's facts); on working time one
 * calendar addition and one measure.
 */
final class FirstContactJudge extends Judge {
  private final Obligation.FirstContactWithin f;
  private final Clocks clocks;

  FirstContactJudge(String key, Obligation.FirstContactWithin f, Clocks clocks) {
    super(key, f);
    this.f = f;
    this.clocks = clocks;
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Instant start = c.mqlAt;
    Instant due = f.basis() == TimeBasis.WORKING_TIME ? clocks.calendar().add(start, f.allowance())
        : start.plus(f.allowance());
    Trace.Builder t = c.trace();
    LeadEvent contact = c.firstContact;
    Instant end = contact == null ? c.asOf : contact.at();
    Duration used = clocks.measure(start, end, f.basis(), t);
    t.clock(start, due, f.allowance(), f.basis()).used(used);
    if (contact != null) {
      t.event(contact);
      return used.compareTo(f.allowance()) <= 0
          ? c.verdict(this, VerdictStatus.MET, () -> "first contact " + taken(contact, used) + " (allowed "
              + allowed() + ")", t)
          : c.verdict(this, VerdictStatus.BREACHED, () -> "first contact " + taken(contact, used) + ", over the "
              + allowed() + " allowed (due " + due + ")", t);
    }
    VerdictStatus s = clocks.open(used, f.allowance());
    return c.verdict(this, s, () -> s == VerdictStatus.BREACHED
        ? "no contact yet; the " + allowed() + " allowance ran out at " + due
        : "no contact yet; " + Durations.format(used) + " of " + allowed() + " used, due " + due, t);
  }

  private String allowed() {
    return Durations.format(f.allowance()) + (f.basis() == TimeBasis.WORKING_TIME ? " working" : "");
  }

  private String taken(LeadEvent e, Duration used) {
    return e.kind() + " at " + e.at() + " after " + Durations.format(used)
        + (f.basis() == TimeBasis.WORKING_TIME ? " of working time" : "");
  }
}
