package io.revops.sla;

import io.revops.core.history.LeadEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Judges {@link Obligation.DataFresh}: the latest verification at or before the MQL instant (the lead data's
 * {@code dataVerifiedAt}, or a later DataChanged event) at most the maximum age old (MET) or older, or none
 * (BREACHED); no lead data and no DataChanged event NOT_APPLICABLE.
 *
 * <p>Cost: one pass over the events.
 */
final class DataFreshJudge extends Judge {
  private final Obligation.DataFresh d;

  DataFreshJudge(String key, Obligation.DataFresh d) {
    super(key, d);
    this.d = d;
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Trace.Builder t = c.trace();
    Instant verifiedAt = null;
    if (c.lead != null && c.lead.dataVerifiedAt().isPresent()) {
      Instant v = c.lead.dataVerifiedAt().get();
      if (v.isAfter(c.mqlAt)) {
        if (t.detailed()) {
          t.note("data verified at " + v + ", after the MQL instant: does not count");
        }
      } else {
        verifiedAt = v;
      }
    }
    LeadEvent.DataChanged changed = null;
    for (LeadEvent e : c.h.events()) {
      if (e instanceof LeadEvent.DataChanged dc && !e.at().isAfter(c.mqlAt)) {
        changed = dc; // the last one counts
      }
    }
    LeadEvent.DataChanged evidence = null;
    if (changed != null && (verifiedAt == null || changed.at().isAfter(verifiedAt))) {
      verifiedAt = changed.at();
      evidence = changed;
      t.event(changed);
    }
    if (verifiedAt == null) {
      if (c.lead == null) {
        return c.withoutLeadData(this, " and no DataChanged event before the MQL instant", t);
      }
      return c.verdict(this, VerdictStatus.BREACHED, () -> "no verification of the data recorded "
          + "before " + c.mqlAt, t);
    }
    Instant verified = verifiedAt;
    LeadEvent.DataChanged change = evidence;
    Duration age = Duration.between(verified, c.mqlAt);
    t.clock(verified, verified.plus(d.maxAge()), d.maxAge(), TimeBasis.ELAPSED).used(age);
    Supplier<String> found = () -> (change == null ? "verified at " + verified
        : "data changed at " + verified + " (" + change.fields() + ")") + ", " + Durations.format(age)
        + " before the MQL instant";
    return age.compareTo(d.maxAge()) <= 0
        ? c.verdict(this, VerdictStatus.MET, () -> found.get() + " (max " + Durations.format(d.maxAge()) + ")", t)
        : c.verdict(this, VerdictStatus.BREACHED, () -> found.get() + ", older than the "
            + Durations.format(d.maxAge()) + " allowed", t);
  }
}
