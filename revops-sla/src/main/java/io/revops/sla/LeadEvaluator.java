package io.revops.sla;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.EventKind;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Company;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.EvaluationContext;
import io.revops.sla.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Evaluates one lead against an agreement: the pure function behind every evaluation. */
final class LeadEvaluator {
  static final String NO_LEAD_DATA = "no lead data supplied";
  private static final Set<EventKind> SALES_KINDS = EnumSet.of(EventKind.CONTACT_ATTEMPT, EventKind.CONNECTED,
      EventKind.DISCOVERY_CALL, EventKind.ACCEPTED_AS_SQL, EventKind.REJECTED);
  private static final Set<EventKind> CONTACT_KINDS = EnumSet.of(EventKind.CONTACT_ATTEMPT, EventKind.CONNECTED,
      EventKind.DISCOVERY_CALL);

  private final SlaAgreement agreement;
  private final MqlCriteriaCheck criteria;
  private final EvaluationContext context;
  private final BusinessCalendar calendar;
  private final ZoneId zone;
  private final String calendarDescription;
  private final String tzdb;
  private final Set<io.revops.core.history.RejectionCode> allowedReasons;
  private final boolean defaultContext;
  private final boolean traces;
  // the per-lead obligations and their keys, in the agreement's order
  private final String[] keys;
  private final Obligation[] perLead;
  // most leads never become MQLs: their reason and (empty) trace depend only on the instant, so they are made
  // once per instant, not once per lead and obligation (an immutable pair: safe to share between threads)
  private volatile NotMql notMql;

  private record NotMql(Instant asOf, ObligationVerdict.Explanation explanation) {}

  LeadEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context) {
    this(agreement, criteria, context, true);
  }

  LeadEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context, boolean traces) {
    this.traces = traces;
    this.agreement = agreement;
    this.criteria = criteria;
    this.context = context;
    this.calendar = agreement.calendar();
    this.zone = calendar.zone();
    this.calendarDescription = calendar.describe();
    this.tzdb = calendar.tzdbVersion();
    // looked up once, not per lead
    this.allowedReasons = agreement.first(Obligation.RejectionHasReason.class)
        .map(Obligation.RejectionHasReason::allowed).orElse(null);
    this.defaultContext = context.equals(EvaluationContext.defaults());
    List<String> k = new ArrayList<>();
    List<Obligation> o = new ArrayList<>();
    agreement.obligationsByKey().forEach((key, obligation) -> {
      if (obligation.scope() == Obligation.Scope.PER_LEAD) {
        k.add(key);
        o.add(obligation);
      }
    });
    this.keys = k.toArray(String[]::new);
    this.perLead = o.toArray(Obligation[]::new);
  }

  /** The first contact event at or after {@code from}, or null. */
  private static LeadEvent firstContact(LeadEventHistory h, Instant from) {
    for (LeadEvent e : h.events()) {
      if (CONTACT_KINDS.contains(e.kind()) && !e.at().isBefore(from)) {
        return e;
      }
    }
    return null;
  }

  LeadVerdicts evaluate(SlaInput input, Instant asOf) {
    LeadEventHistory h = input.history().asOf(asOf);
    LeadId id = h.leadId();
    Lead lead = input.lead().orElse(null);
    // most leads have no anomaly: the list is made for the first
    List<SlaAnomaly> anomalies = h.anomalies().isEmpty() ? List.of() : new ArrayList<>();
    for (HistoryAnomaly a : h.anomalies()) {
      anomalies.add(SlaAnomaly.of(id, a));
    }
    // one pass over the events for everything the reports group by (this runs for every lead)
    LeadEvent.BecameMql mqlEvent = null;
    LeadEvent.Created created = null;
    LeadEvent.Assigned assigned = null;
    List<LeadEvent> sales = List.of();
    for (LeadEvent e : h.events()) {
      if (e instanceof LeadEvent.BecameMql m) {
        if (mqlEvent == null) {
          mqlEvent = m;
        }
      } else if (e instanceof LeadEvent.Created c) {
        if (created == null) {
          created = c;
        }
      } else if (e instanceof LeadEvent.Assigned as) {
        assigned = as; // the last assignment counts
      } else if (SALES_KINDS.contains(e.kind())) {
        sales = add(sales, e);
      }
    }
    Instant mqlAt = mqlEvent == null ? null : mqlEvent.at();

    String source;
    if (created != null) {
      io.revops.core.lead.LeadSource historySource = created.source();
      source = historySource.code();
      if (lead != null && lead.source().isPresent() && !lead.source().get().equals(historySource)) {
        anomalies = add(anomalies, SlaAnomaly.of(id, SlaAnomaly.Kind.SOURCE_MISMATCH, List.of(created.id()),
            "history source " + source + ", lead data source " + lead.source().get() + "; the history's counts"));
      }
    } else {
      source = LeadVerdicts.UNKNOWN_SOURCE;
      if (!h.events().isEmpty()) {
        anomalies = add(anomalies, SlaAnomaly.of(id, SlaAnomaly.Kind.MISSING_SOURCE, List.of(),
            "no Created event with a source; reported under " + LeadVerdicts.UNKNOWN_SOURCE));
      }
    }
    String rep = assigned == null ? LeadVerdicts.UNASSIGNED : assigned.rep().id();

    if (mqlAt == null && !sales.isEmpty()) {
      anomalies = add(anomalies, SlaAnomaly.of(id, SlaAnomaly.Kind.SALES_ACTIVITY_WITHOUT_MQL, ids(sales),
          sales.size() + " sales event(s) but the lead never became an MQL: " + describe(sales)));
    } else if (mqlAt != null) {
      List<LeadEvent> early = new ArrayList<>(0);
      for (LeadEvent e : sales) {
        if (e.at().isBefore(mqlAt)) {
          early.add(e);
        }
      }
      if (!early.isEmpty()) {
        anomalies = add(anomalies, SlaAnomaly.of(id, SlaAnomaly.Kind.SALES_ACTIVITY_BEFORE_MQL, ids(early),
            early.size() + " sales event(s) before the MQL instant " + mqlAt + ", not counted: " + describe(early)));
      }
    }
    List<LeadEvent.AcceptedAsSql> accepted = List.of();
    List<LeadEvent.Rejected> rejected = List.of();
    for (LeadEvent e : sales) {
      if (e instanceof LeadEvent.AcceptedAsSql a) {
        accepted = add(accepted, a);
      } else if (e instanceof LeadEvent.Rejected r) {
        rejected = add(rejected, r);
      }
    }
    if (!accepted.isEmpty() && !rejected.isEmpty()) {
      List<LeadEvent> both = new ArrayList<>(accepted);
      both.addAll(rejected);
      both.sort(LeadEvent.ORDER);
      anomalies = add(anomalies, SlaAnomaly.of(id, SlaAnomaly.Kind.ACCEPTED_AND_REJECTED, ids(both),
          "both accepted and rejected: " + describe(both)));
    }
    if (accepted.size() > 1 || rejected.size() > 1) {
      List<LeadEvent> decisions = new ArrayList<>(accepted);
      decisions.addAll(rejected);
      decisions.sort(LeadEvent.ORDER);
      anomalies = add(anomalies, SlaAnomaly.of(id, SlaAnomaly.Kind.MULTIPLE_DECISIONS, ids(decisions),
          decisions.size() + " decisions; the first counts: " + describe(decisions)));
    }

    Instant firstResponse = null;
    if (mqlAt != null) {
      for (LeadEvent e : sales) {
        if (CONTACT_KINDS.contains(e.kind()) && !e.at().isBefore(mqlAt)) {
          firstResponse = e.at();
          break;
        }
      }
    }
    Set<io.revops.core.history.RejectionCode> allowed = allowedReasons;
    // the review lists a lead by its first rejection lacking an allowed reason, else by its first rejection
    LeadEvent.Rejected rejection = rejected.isEmpty() ? null : rejected.get(0);
    boolean withoutReason = false;
    for (LeadEvent.Rejected r : rejected) {
      if (!r.reason().isGiven() || (allowed != null && !allowed.contains(r.reason().code()))) {
        rejection = r;
        withoutReason = true;
        break;
      }
    }

    if (mqlAt == null) {
      // no obligation applies: every verdict is NOT_APPLICABLE for the same reason, made when read
      if (anomalies.size() > 1) {
        anomalies.sort(null);
      }
      return new LeadVerdicts(id, asOf, source, rep, null, null, accepted.isEmpty() ? null : accepted.get(0).at(),
          rejection, withoutReason, lead != null, false,
          VerdictMap.notAnMql(keys, perLead, id, notMql(asOf).explanation()), anomalies);
    }
    ObligationVerdict[] verdicts = new ObligationVerdict[perLead.length];
    Ctx ctx = new Ctx(id, h, lead, mqlAt, mqlEvent, asOf, false, null);
    boolean criteriaBreached = false;
    for (int i = 0; i < perLead.length; i++) {
      String key = keys[i];
      Obligation o = perLead[i];
      ObligationVerdict v;
      try {
        v = verdict(key, o, ctx);
      } catch (IllegalArgumentException | java.time.DateTimeException calendarCannotAnswer) {
        anomalies = add(anomalies, SlaAnomaly.of(id, SlaAnomaly.Kind.CALENDAR_ERROR, List.of(),
            key + ": " + calendarCannotAnswer.getMessage()));
        v = ObligationVerdict.of(id, key, o, VerdictStatus.NOT_APPLICABLE,
            "the calendar cannot answer: " + calendarCannotAnswer.getMessage(), ctx.explaining(null).trace().build());
      }
      if (o instanceof Obligation.MqlMeetsCriteria && v.status() == VerdictStatus.BREACHED) {
        criteriaBreached = true;
      }
      verdicts[i] = v;
    }
    if (anomalies.size() > 1) {
      anomalies.sort(null);
    }
    return new LeadVerdicts(id, asOf, source, rep, mqlAt, firstResponse,
        accepted.isEmpty() ? null : accepted.get(0).at(), rejection, withoutReason, lead != null,
        mqlAt != null && !criteriaBreached, new VerdictMap(keys, verdicts), anomalies);
  }

  /** {@code list} with {@code item} added: a new list if it was the shared empty one. */
  private static <T> List<T> add(List<T> list, T item) {
    List<T> out = list.isEmpty() ? new ArrayList<>(2) : list;
    out.add(item);
    return out;
  }

  private NotMql notMql(Instant asOf) {
    NotMql n = notMql;
    if (n == null || !n.asOf().equals(asOf)) {
      n = new NotMql(asOf, new ObligationVerdict.Explanation("not an MQL as of " + asOf,
          Trace.builder(asOf, calendarDescription, tzdb, traces).build()));
      notMql = n;
    }
    return n;
  }

  /**
   * The per-lead state an obligation is judged on, and how the judgement becomes a verdict. An evaluation
   * judges every obligation once to decide its status, recording nothing ({@link Trace#none()}, reasons not
   * built); the verdict's reason and trace are built on first read by judging the obligation again in an
   * explaining context, which records the trace and builds the reason. Both passes run the same code.
   */
  private final class Ctx {
    final LeadId id;
    final LeadEventHistory h;
    final Lead lead;
    final Instant mqlAt;
    final LeadEvent.BecameMql mqlEvent;
    final Instant asOf;
    final boolean explaining;
    // what the deciding pass got from the MQL criteria (their Evaluation, or the custom check's CheckResult),
    // reused when explaining: the criteria are asked once per lead, so an external check is called once and
    // the reason always matches the status
    final Object criteriaAnswer;

    Ctx(LeadId id, LeadEventHistory h, Lead lead, Instant mqlAt, LeadEvent.BecameMql mqlEvent, Instant asOf,
        boolean explaining, Object criteriaAnswer) {
      this.id = id;
      this.h = h;
      this.lead = lead;
      this.mqlAt = mqlAt;
      this.mqlEvent = mqlEvent;
      this.asOf = asOf;
      this.explaining = explaining;
      this.criteriaAnswer = criteriaAnswer;
    }

    Ctx explaining(Object criteriaAnswer) {
      return new Ctx(id, h, lead, mqlAt, mqlEvent, asOf, true, criteriaAnswer);
    }

    Trace.Builder trace() {
      return explaining ? Trace.builder(asOf, calendarDescription, tzdb, traces).event(mqlEvent) : Trace.none();
    }

    /** The verdict {@code status} on {@code o}, with the reason and the trace recorded in {@code t}. */
    ObligationVerdict verdict(String key, Obligation o, VerdictStatus status, Supplier<String> reason,
        Trace.Builder t) {
      return judged(key, o, status, false, reason, t, null);
    }

    /** A verdict of the MQL criteria obligation, keeping the criteria's {@code answer} for the explanation. */
    ObligationVerdict verdict(String key, Obligation o, VerdictStatus status, Supplier<String> reason,
        Trace.Builder t, Object answer) {
      return judged(key, o, status, false, reason, t, answer);
    }

    /** NOT_APPLICABLE for lack of lead data. */
    ObligationVerdict withoutLeadData(String key, Obligation o, Supplier<String> reason, Trace.Builder t) {
      return judged(key, o, VerdictStatus.NOT_APPLICABLE, true, reason, t, null);
    }

    private ObligationVerdict judged(String key, Obligation o, VerdictStatus status, boolean forLackOfLeadData,
        Supplier<String> reason, Trace.Builder t, Object answer) {
      if (explaining) {
        return ObligationVerdict.of(id, key, o, status, forLackOfLeadData, reason.get(), t.build());
      }
      return ObligationVerdict.explainedOnRead(id, key, o, status, forLackOfLeadData,
          () -> explain(key, o, this, status, answer));
    }
  }

  /** Judges {@code o} again with the explanation on: the reason and trace of a verdict decided as {@code status}. */
  private ObligationVerdict.Explanation explain(String key, Obligation o, Ctx decided, VerdictStatus status,
      Object criteriaAnswer) {
    Ctx c = decided.explaining(criteriaAnswer);
    ObligationVerdict v;
    try {
      v = verdict(key, o, c);
    } catch (IllegalArgumentException | java.time.DateTimeException calendarCannotAnswer) {
      // the status was decided; only the trace's extra calendar queries (intervals, exceptions) failed
      return new ObligationVerdict.Explanation(status + "; the explanation is incomplete: the calendar cannot "
          + "answer: " + calendarCannotAnswer.getMessage(), c.trace().build());
    }
    if (v.status() != status) {
      throw new IllegalStateException("judging " + key + " for lead " + decided.id + " as of " + decided.asOf
          + " gave " + status + ", then " + v.status() + " when explained: evaluation must be pure");
    }
    return new ObligationVerdict.Explanation(v.reason(), v.trace());
  }

  private ObligationVerdict verdict(String key, Obligation o, Ctx c) {
    if (c.mqlAt == null) {
      NotMql n = notMql(c.asOf);
      return ObligationVerdict.of(c.id, key, o, VerdictStatus.NOT_APPLICABLE, n.explanation());
    }
    if (o instanceof Obligation.FirstContactWithin f) {
      return firstContact(key, f, c);
    } else if (o instanceof Obligation.AttemptsWithin a) {
      return attempts(key, a, c);
    } else if (o instanceof Obligation.RejectionHasReason r) {
      return rejectionReason(key, r, c);
    } else if (o instanceof Obligation.StepsInOrder s) {
      return steps(key, s, c);
    } else if (o instanceof Obligation.MqlMeetsCriteria m) {
      return criteria(key, m, c);
    } else if (o instanceof Obligation.RequiredFieldsComplete r) {
      return fields(key, r, c);
    } else if (o instanceof Obligation.DataFresh d) {
      return fresh(key, d, c);
    } else if (o instanceof Obligation.ContextPresent p) {
      return context(key, p, c);
    }
    throw new IllegalStateException("not a per-lead obligation: " + o);
  }

  // ---- sales ------------------------------------------------------------------------------------

  private ObligationVerdict firstContact(String key, Obligation.FirstContactWithin f, Ctx c) {
    Instant start = c.mqlAt;
    Instant due = f.basis() == TimeBasis.WORKING_TIME ? calendar.add(start, f.allowance()) : start.plus(f.allowance());
    Trace.Builder t = c.trace();
    Optional<LeadEvent> contact = Optional.ofNullable(firstContact(c.h, start));
    Instant end = contact.map(LeadEvent::at).orElse(c.asOf);
    Duration used = measure(start, end, f.basis(), t);
    t.clock(start, due, f.allowance(), f.basis()).used(used);
    if (contact.isPresent()) {
      LeadEvent e = contact.get();
      t.event(e);
      return used.compareTo(f.allowance()) <= 0
          ? c.verdict(key, f, VerdictStatus.MET, () -> "first contact " + taken(e, used, f) + " (allowed "
              + allowed(f) + ")", t)
          : c.verdict(key, f, VerdictStatus.BREACHED, () -> "first contact " + taken(e, used, f) + ", over the "
              + allowed(f) + " allowed (due " + due + ")", t);
    }
    VerdictStatus s = open(used, f.allowance());
    return c.verdict(key, f, s, () -> s == VerdictStatus.BREACHED
        ? "no contact yet; the " + allowed(f) + " allowance ran out at " + due
        : "no contact yet; " + Durations.format(used) + " of " + allowed(f) + " used, due " + due, t);
  }

  private static String allowed(Obligation.FirstContactWithin f) {
    return Durations.format(f.allowance()) + (f.basis() == TimeBasis.WORKING_TIME ? " working" : "");
  }

  private static String taken(LeadEvent e, Duration used, Obligation.FirstContactWithin f) {
    return e.kind() + " at " + e.at() + " after " + Durations.format(used)
        + (f.basis() == TimeBasis.WORKING_TIME ? " of working time" : "");
  }

  private ObligationVerdict attempts(String key, Obligation.AttemptsWithin a, Ctx c) {
    Instant start = c.mqlAt;
    Instant due = windowEnd(start, a);
    TimeBasis basis = a.dayBasis() == DayBasis.WORKING ? TimeBasis.WORKING_TIME : TimeBasis.ELAPSED;
    Trace.Builder t = c.trace();
    List<LeadEvent> events = c.h.events();
    // the first decision on or after the MQL instant ends the chase: attempts after it are not attempts to
    // reach an MQL under consideration
    LeadEvent decision = null;
    for (LeadEvent e : events) {
      if ((e.kind() == EventKind.ACCEPTED_AS_SQL || e.kind() == EventKind.REJECTED) && within(e, start, due)) {
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
          && (e.kind() == EventKind.CONNECTED || e.kind() == EventKind.DISCOVERY_CALL
              || e.kind() == EventKind.ACCEPTED_AS_SQL
              || (e instanceof LeadEvent.ContactAttempt ca && ca.outcome() == AttemptOutcome.REACHED))) {
        reached = e;
        break;
      }
    }
    Duration window = measure(start, due, basis, null);
    if (counted.size() >= a.attempts()) {
      LeadEvent.ContactAttempt nth = counted.get(a.attempts() - 1);
      Duration used = measure(start, nth.at(), basis, t);
      t.clock(start, due, window, basis).used(used).events(counted.subList(0, a.attempts()));
      return c.verdict(key, a, VerdictStatus.MET, () -> "attempt " + a.attempts() + " of "
          + a.attempts() + " at " + nth.at() + ", within " + days(a) + " (window ends " + due + ")", t);
    }
    t.events(counted);
    if (reached != null) {
      LeadEvent r = reached;
      Duration used = measure(start, r.at(), basis, t);
      t.clock(start, due, window, basis).used(used).event(r);
      return c.verdict(key, a, VerdictStatus.MET, () -> "lead reached (" + r.kind() + " at " + r.at()
          + ") after " + counted.size() + " counted attempt(s); no further attempts needed", t);
    }
    if (decision != null) {
      // rejected without ever reaching the lead and before the attempts were made: the chase was abandoned
      LeadEvent d = decision;
      Duration used = measure(start, d.at(), basis, t);
      t.clock(start, due, window, basis).used(used).event(d);
      return c.verdict(key, a, VerdictStatus.BREACHED, () -> d.kind() + " at " + d.at() + " after "
          + counted.size() + " of " + a.attempts() + " attempts without reaching the lead", t);
    }
    Instant end = c.asOf.isAfter(due) ? due : c.asOf;
    Duration used = measure(start, end, basis, t);
    t.clock(start, due, window, basis).used(used);
    if (c.asOf.isAfter(due)) {
      return c.verdict(key, a, VerdictStatus.BREACHED, () -> counted.size() + " of " + a.attempts()
          + " attempts within " + days(a) + " (window ended " + due + ")", t);
    }
    VerdictStatus s = reachedShare(used, window) ? VerdictStatus.AT_RISK : VerdictStatus.PENDING;
    return c.verdict(key, a, s, () -> counted.size() + " of " + a.attempts() + " attempts so far; "
        + Durations.format(used) + " of the " + days(a) + " window used (ends " + due + ")", t);
  }

  /** True if {@code e} is in {@code [start, due]}. */
  private static boolean within(LeadEvent e, Instant start, Instant due) {
    return !e.at().isBefore(start) && !e.at().isAfter(due);
  }

  private static String days(Obligation.AttemptsWithin a) {
    return a.days() + (a.dayBasis() == DayBasis.WORKING ? " working" : "") + " days";
  }

  private Instant windowEnd(Instant start, Obligation.AttemptsWithin a) {
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
      if (!calendar.workingIntervals(from, to).isEmpty()) {
        found++;
      }
      if (--guard < 0) {
        throw new IllegalArgumentException("the calendar has fewer than " + a.days() + " working days after "
            + start.atZone(zone).toLocalDate() + " within " + (a.days() * 10 + 400) + " days");
      }
    }
    return d.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private ObligationVerdict rejectionReason(String key, Obligation.RejectionHasReason r, Ctx c) {
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
        if (bad == null && !r.allowed().contains(rejection.reason().code())) {
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
        return c.verdict(key, r, VerdictStatus.NOT_APPLICABLE, () -> "accepted as SQL at " + acc.at()
            + ", not rejected", t);
      }
      return c.verdict(key, r, VerdictStatus.PENDING, () -> "no decision yet (neither accepted nor "
          + "rejected)", t);
    }
    if (bad == null) {
      LeadEvent.Rejected f = first;
      return c.verdict(key, r, VerdictStatus.MET, () -> "rejected at " + f.at() + " with reason " + f.reason(), t);
    }
    LeadEvent.Rejected b = bad;
    return c.verdict(key, r, VerdictStatus.BREACHED, () -> "rejected at " + b.at() + " with "
        + (b.reason().isGiven() ? "reason " + b.reason() + ", not among the allowed " + r.allowed() : "no reason"), t);
  }

  private ObligationVerdict steps(String key, Obligation.StepsInOrder s, Ctx c) {
    Trace.Builder t = c.trace();
    // sales events before the MQL instant are reported as an anomaly and do not count, neither as the
    // decision nor as a step; an assignment before it is ordinary and counts
    LeadEvent decision = null;
    for (LeadEvent e : c.h.events()) {
      if ((e.kind() == EventKind.ACCEPTED_AS_SQL || e.kind() == EventKind.REJECTED) && counts(e, c)) {
        decision = e;
        break;
      }
    }
    if (decision == null) {
      return c.verdict(key, s, VerdictStatus.PENDING, () -> "no decision yet (neither accepted nor "
          + "rejected)", t);
    }
    LeadEvent d = decision;
    t.event(d);
    List<LeadEvent> firsts = new ArrayList<>(s.steps().size());
    for (EventKind k : s.steps()) {
      LeadEvent first = null;
      for (LeadEvent e : c.h.events()) {
        if (e.kind() == k && counts(e, c) && LeadEvent.ORDER.compare(e, d) < 0) {
          first = e;
          break;
        }
      }
      if (first == null) {
        return c.verdict(key, s, VerdictStatus.BREACHED, () -> d.kind() + " at " + d.at() + " with no "
            + k + " before it", t);
      }
      t.event(first);
      firsts.add(first);
    }
    for (int i = 1; i < firsts.size(); i++) {
      LeadEvent earlier = firsts.get(i - 1);
      LeadEvent later = firsts.get(i);
      if (LeadEvent.ORDER.compare(earlier, later) > 0) {
        return c.verdict(key, s, VerdictStatus.BREACHED, () -> earlier.kind() + " at " + earlier.at()
            + " came after " + later.kind() + " at " + later.at(), t);
      }
    }
    return c.verdict(key, s, VerdictStatus.MET, () -> describe(firsts) + " before " + d.kind() + " at "
        + d.at(), t);
  }

  /** False for a sales event before the MQL instant (an anomaly, not counted); true for every other event. */
  private static boolean counts(LeadEvent e, Ctx c) {
    return !SALES_KINDS.contains(e.kind()) || !e.at().isBefore(c.mqlAt);
  }

  // ---- marketing --------------------------------------------------------------------------------

  private ObligationVerdict criteria(String key, Obligation.MqlMeetsCriteria m, Ctx c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return c.withoutLeadData(key, m, () -> NO_LEAD_DATA, t);
    }
    if (criteria != null) {
      return customCheck(key, m, c, t);
    }
    String name = m.criterion().name();
    Evaluation e = c.criteriaAnswer instanceof Evaluation decided ? decided : java.util.Objects.requireNonNull(
        m.criterion().evaluate(c.lead, c.mqlAt, context), "criterion evaluation");
    // the context is not quoted: a rate table would be copied into every lead's trace
    if (t.detailed()) {
      t.note("criteria \"" + name + "\" evaluated as of " + c.mqlAt + (defaultContext
          ? "" : " with the evaluator's evaluation context") + ": " + e.outcome() + " — " + e.reason());
      e.failedReasons().forEach(r -> t.note("failed: " + r));
      e.unknownReasons().forEach(r -> t.note("unknown: " + r));
    }
    return switch (e.outcome()) {
      case PASSED -> c.verdict(key, m, VerdictStatus.MET, () -> name + " at " + c.mqlAt + ": "
          + e.reason(), t, e);
      case FAILED -> c.verdict(key, m, VerdictStatus.BREACHED, () -> "not " + name + " at " + c.mqlAt
          + ": " + reasons(e.failedReasons(), e), t, e);
      case UNKNOWN -> c.verdict(key, m, VerdictStatus.BREACHED, () -> name + " could not be confirmed at "
          + c.mqlAt + " (data missing): " + reasons(e.unknownReasons(), e), t, e);
    };
  }

  private static String reasons(List<String> leaves, Evaluation e) {
    return leaves.isEmpty() ? e.reason() : String.join("; ", leaves);
  }

  private ObligationVerdict customCheck(String key, Obligation.MqlMeetsCriteria m, Ctx c, Trace.Builder t) {
    CheckResult r = c.criteriaAnswer instanceof CheckResult decided ? decided
        : java.util.Objects.requireNonNull(criteria.check(c.lead, c.mqlAt), "criteria check result");
    if (t.detailed()) {
      t.note("custom criteria check (in place of \"" + m.criterion().name() + "\") as of " + c.mqlAt + ": " + r);
    }
    return switch (r.outcome()) {
      case PASSED -> c.verdict(key, m, VerdictStatus.MET, () -> "met the criteria at " + c.mqlAt + ": "
          + r.reason(), t, r);
      case FAILED -> c.verdict(key, m, VerdictStatus.BREACHED, () -> "failed the criteria at "
          + c.mqlAt + ": " + r.reason(), t, r);
      case UNKNOWN -> c.verdict(key, m, VerdictStatus.BREACHED, () -> "criteria could not be confirmed "
          + "at " + c.mqlAt + " (data missing): " + r.reason(), t, r);
    };
  }

  private ObligationVerdict fields(String key, Obligation.RequiredFieldsComplete r, Ctx c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return c.withoutLeadData(key, r, () -> NO_LEAD_DATA, t);
    }
    // the lead data is read as of the MQL instant; later changes to required fields are shown, not judged
    if (t.detailed()) {
      c.h.events(LeadEvent.DataChanged.class).stream()
          .filter(e -> e.at().isAfter(c.mqlAt) && e.fields().stream().anyMatch(r.fields()::contains))
          .forEach(e -> t.event(e).note("required field(s) " + e.fields().stream().filter(r.fields()::contains)
              .toList() + " changed at " + e.at() + ", after the MQL instant"));
    }
    List<LeadField> missing = new ArrayList<>();
    for (LeadField f : r.fields()) {
      if (!present(f, c)) {
        missing.add(f);
      }
    }
    if (missing.isEmpty()) {
      return c.verdict(key, r, VerdictStatus.MET, () -> "all of " + r.fields() + " present at "
          + c.mqlAt, t);
    }
    return c.verdict(key, r, VerdictStatus.BREACHED, () -> "missing at " + c.mqlAt + ": " + missing, t);
  }

  private static boolean present(LeadField f, Ctx c) {
    Lead l = c.lead;
    Optional<Company> company = l.company();
    return switch (f) {
      case NAME -> l.contact().name().isPresent();
      case COMPANY -> company.isPresent();
      case JOB_TITLE -> l.contact().jobTitle().isPresent();
      case PHONE -> l.contact().phone().isPresent();
      case EMAIL -> l.contact().email().isPresent();
      case SOURCE -> c.h.source().isPresent() || l.source().isPresent();
      case FIRMOGRAPHICS -> company.isPresent() && company.get().employees().isPresent()
          && company.get().annualRevenue().isPresent() && company.get().industry().isPresent()
          && company.get().city().isPresent();
      case BANT -> l.bant().budget() != BantAnswer.UNKNOWN && l.bant().authority() != BantAnswer.UNKNOWN
          && l.bant().need() != BantAnswer.UNKNOWN && !l.bant().timeline().isUnknown();
      case OTHER -> true;
    };
  }

  private ObligationVerdict fresh(String key, Obligation.DataFresh d, Ctx c) {
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
        return c.withoutLeadData(key, d, () -> NO_LEAD_DATA
            + " and no DataChanged event before the MQL instant", t);
      }
      return c.verdict(key, d, VerdictStatus.BREACHED, () -> "no verification of the data recorded "
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
        ? c.verdict(key, d, VerdictStatus.MET, () -> found.get() + " (max " + Durations.format(d.maxAge()) + ")", t)
        : c.verdict(key, d, VerdictStatus.BREACHED, () -> found.get() + ", older than the "
            + Durations.format(d.maxAge()) + " allowed", t);
  }

  private ObligationVerdict context(String key, Obligation.ContextPresent p, Ctx c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return c.withoutLeadData(key, p, () -> NO_LEAD_DATA, t);
    }
    List<BehaviouralEvent> before = new ArrayList<>();
    int after = 0;
    for (BehaviouralEvent b : c.lead.behaviour()) {
      if (b instanceof BehaviouralEvent.SiteVisit || b instanceof BehaviouralEvent.ContentDownload
          || b instanceof BehaviouralEvent.EventAttended) {
        if (b.at().isAfter(c.mqlAt)) {
          after++;
        } else {
          before.add(b);
        }
      }
    }
    if (after > 0 && t.detailed()) {
      t.note(after + " context item(s) after the MQL instant not counted");
    }
    Supplier<String> found = () -> before.size() + " item(s): " + summary(before);
    return before.size() >= p.minItems()
        ? c.verdict(key, p, VerdictStatus.MET, found, t)
        : c.verdict(key, p, VerdictStatus.BREACHED, () -> found.get() + "; at least " + p.minItems()
            + " required", t);
  }

  private static String summary(List<BehaviouralEvent> items) {
    if (items.isEmpty()) {
      return "none";
    }
    Map<String, Long> byKind = items.stream().collect(Collectors.groupingBy(b -> b instanceof BehaviouralEvent.SiteVisit ? "page visits"
        : b instanceof BehaviouralEvent.ContentDownload ? "downloads" : "events attended", java.util.TreeMap::new, Collectors.counting()));
    return byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

  // ---- time -------------------------------------------------------------------------------------

  /** The time between from and to on the basis; records the intervals and exceptions in {@code t} if given. */
  private Duration measure(Instant from, Instant to, TimeBasis basis, Trace.Builder t) {
    if (basis == TimeBasis.ELAPSED) {
      return Duration.between(from, to);
    }
    if (t != null && t.detailed()) {
      t.intervals(calendar.workingIntervals(from, to));
      t.exceptions(calendar.exceptions(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate()));
    }
    return calendar.between(from, to);
  }

  /** PENDING below the at-risk share, AT_RISK from it up to the allowance, BREACHED past it. */
  private VerdictStatus open(Duration used, Duration allowance) {
    if (used.compareTo(allowance) > 0) {
      return VerdictStatus.BREACHED;
    }
    return reachedShare(used, allowance) ? VerdictStatus.AT_RISK : VerdictStatus.PENDING;
  }

  private boolean reachedShare(Duration used, Duration allowance) {
    BigDecimal threshold = seconds(allowance).multiply(agreement.atRiskShare().toBigDecimal());
    return seconds(used).compareTo(threshold) >= 0;
  }

  private static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }

  private static List<io.revops.core.history.EventId> ids(List<? extends LeadEvent> events) {
    return events.stream().map(LeadEvent::id).toList();
  }

  private static String describe(List<? extends LeadEvent> events) {
    return events.stream().map(e -> e.kind() + " " + e.id() + " at " + e.at()).collect(Collectors.joining(", "));
  }
}
