package io.revops.sla;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges {@link Obligation.AttemptsWithin}: the attempts on the agreed channels in the window from the MQL
 * instant, up to the first decision in it; reaching the lead fulfils it early, a decision without reaching it
 * breaches it (see the obligation for the rules).
 *
 * <p>Cost: three passes over the events; on working days the window's end walks the calendar day by day (at
 * most {@code days * 10 + 400} days), and each measure is a calendar walk.
 */
final class AttemptsJudge extends Judge {
  private final Obligation.AttemptsWithin a;
  private final Clocks clocks;

  AttemptsJudge(String key, Obligation.AttemptsWithin a, Clocks clocks) {
    super(key, a);
    this.a = a;
    this.clocks = clocks;
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Instant start = c.mqlAt;
    Instant due = windowEnd(start);
    TimeBasis basis = a.dayBasis() == DayBasis.WORKING ? TimeBasis.WORKING_TIME : TimeBasis.ELAPSED;
    Trace.Builder t = c.trace();
    List<LeadEvent> events = c.h.events();
    // the first decision on or after the MQL instant ends the chase: attempts after it are not attempts to
    // reach an MQL under consideration
    LeadEvent decision = null;
    for (LeadEvent e : events) {
      if (LeadFacts.isDecision(e) && within(e, start, due)) {
        decision = e;
        break;
      }
    }
    List<LeadEvent.ContactAttempt> counted = new ArrayList<>();
    int otherChannel = 0;
    int outside = 0;
    int afterDecision = 0;
    for (LeadEvent e : events) {
      if (!(e instanceof LeadEvent.ContactAttempt attempt)) {
        continue;
      }
      if (!within(e, start, due)) {
        outside++;
      } else if (decision != null && LeadEvent.ORDER.compare(e, decision) > 0) {
        afterDecision++;
      } else if (!a.channels().contains(attempt.channel())) {
        otherChannel++;
      } else {
        counted.add(attempt);
      }
    }
    if (t.detailed()) {
      if (otherChannel > 0) {
        t.note(otherChannel + " attempt(s) on channels outside " + a.channels() + " not counted");
      }
      if (outside > 0) {
        t.note(outside + " attempt(s) outside the window [" + start + ", " + due + "] not counted");
      }
      if (afterDecision > 0) {
        t.note(afterDecision + " attempt(s) after the decision at " + decision.at() + " not counted");
      }
    }
    LeadEvent reached = null;
    for (LeadEvent e : events) {
      if (within(e, start, due) && (decision == null || LeadEvent.ORDER.compare(e, decision) <= 0)
          && reaches(e)) {
        reached = e;
        break;
      }
    }
    Duration window = clocks.measure(start, due, basis, null);
    if (counted.size() >= a.attempts()) {
      LeadEvent.ContactAttempt nth = counted.get(a.attempts() - 1);
      Duration used = clocks.measure(start, nth.at(), basis, t);
      t.clock(start, due, window, basis).used(used).events(counted.subList(0, a.attempts()));
      return c.verdict(this, VerdictStatus.MET, () -> "attempt " + a.attempts() + " of "
          + a.attempts() + " at " + nth.at() + ", within " + days() + " (window ends " + due + ")", t);
    }
    t.events(counted);
    if (reached != null) {
      LeadEvent r = reached;
      Duration used = clocks.measure(start, r.at(), basis, t);
      t.clock(start, due, window, basis).used(used).event(r);
      return c.verdict(this, VerdictStatus.MET, () -> "lead reached (" + r.kind() + " at " + r.at()
          + ") after " + counted.size() + " counted attempt(s); no further attempts needed", t);
    }
    if (decision != null) {
      // rejected without ever reaching the lead and before the attempts were made: the chase was abandoned
      LeadEvent d = decision;
      Duration used = clocks.measure(start, d.at(), basis, t);
      t.clock(start, due, window, basis).used(used).event(d);
      return c.verdict(this, VerdictStatus.BREACHED, () -> d.kind() + " at " + d.at() + " after "
          + counted.size() + " of " + a.attempts() + " attempts without reaching the lead", t);
    }
    Instant end = c.asOf.isAfter(due) ? due : c.asOf;
    Duration used = clocks.measure(start, end, basis, t);
    t.clock(start, due, window, basis).used(used);
    if (c.asOf.isAfter(due)) {
      return c.verdict(this, VerdictStatus.BREACHED, () -> counted.size() + " of " + a.attempts()
          + " attempts within " + days() + " (window ended " + due + ")", t);
    }
    VerdictStatus s = clocks.reachedShare(used, window) ? VerdictStatus.AT_RISK : VerdictStatus.PENDING;
    return c.verdict(this, s, () -> counted.size() + " of " + a.attempts() + " attempts so far; "
        + Durations.format(used) + " of the " + days() + " window used (ends " + due + ")", t);
  }

  /** True if {@code e} reaches the lead: a connection, a discovery call, an acceptance or a reaching attempt. */
  private static boolean reaches(LeadEvent e) {
    return e.kind() == EventKind.CONNECTED || e.kind() == EventKind.DISCOVERY_CALL
        || e.kind() == EventKind.ACCEPTED_AS_SQL
        || (e instanceof LeadEvent.ContactAttempt ca && ca.outcome() == AttemptOutcome.REACHED);
  }

  /** True if {@code e} is in {@code [start, due]}. */
  private static boolean within(LeadEvent e, Instant start, Instant due) {
    return !e.at().isBefore(start) && !e.at().isAfter(due);
  }

  private String days() {
    return a.days() + (a.dayBasis() == DayBasis.WORKING ? " working" : "") + " days";
  }

  private Instant windowEnd(Instant start) {
    ZoneId zone = clocks.zone();
    if (a.dayBasis() == DayBasis.CALENDAR) {
      return start.atZone(zone).plusDays(a.days()).toInstant();
    }
    LocalDate d = start.atZone(zone).toLocalDate();
    int found = 0;
    int guard = a.days() * 10 + 400;
    while (found < a.days()) {
      d = d.plusDays(1);
      Instant from = d.atStartOfDay(zone).toInstant();
      Instant to = d.plusDays(1).atStartOfDay(zone).toInstant();
      if (!clocks.calendar().workingIntervals(from, to).isEmpty()) {
        found++;
      }
      if (--guard < 0) {
        throw new IllegalArgumentException("the calendar has fewer than " + a.days() + " working days after "
            + start.atZone(zone).toLocalDate() + " within " + (a.days() * 10 + 400) + " days");
      }
    }
    return d.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
