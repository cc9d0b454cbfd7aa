package io.revops.sla;

// Test oracle: LeadEvaluator as of 2d0afe6 (before the lazy explanations), for SameAsBeforeTest.

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Evaluates one lead against an agreement: the pure function behind every evaluation. */
final class OldLeadEvaluator {
  static final String NO_LEAD_DATA = LeadEvaluator.NO_LEAD_DATA;
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
  // most leads never become MQLs: their reason and (empty) trace depend only on the instant, so they are made
  // once per instant, not once per lead and obligation (an immutable pair: safe to share between threads)
  private volatile NotMql notMql;

  private record NotMql(Instant asOf, String reason, Trace trace) {}

  OldLeadEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context) {
    this(agreement, criteria, context, true);
  }

  OldLeadEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context, boolean traces) {
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
  }

  /** The contact events (attempt, connection, discovery call) of a history, in order. */
  static List<LeadEvent> contacts(LeadEventHistory h) {
    return java.util.Collections.unmodifiableList(ofKinds(h, CONTACT_KINDS));
  }

  /** The events of {@code kinds}, in order (a loop: this runs several times per lead). */
  private static List<LeadEvent> ofKinds(LeadEventHistory h, Set<EventKind> kinds) {
    List<LeadEvent> out = null;
    for (LeadEvent e : h.events()) {
      if (kinds.contains(e.kind())) {
        if (out == null) {
          out = new ArrayList<>(8);
        }
        out.add(e);
      }
    }
    return out == null ? List.of() : out;
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
    List<SlaAnomaly> anomalies = new ArrayList<>();
    for (HistoryAnomaly a : h.anomalies()) {
      anomalies.add(SlaAnomaly.of(id, a));
    }
    Optional<LeadEvent.BecameMql> mqlEvent = h.first(LeadEvent.BecameMql.class);
    Instant mqlAt = mqlEvent.map(LeadEvent::at).orElse(null);

    String source;
    Optional<io.revops.core.lead.LeadSource> historySource = h.source();
    if (historySource.isPresent()) {
      source = historySource.get().code();
      if (lead != null && lead.source().isPresent() && !lead.source().get().equals(historySource.get())) {
        anomalies.add(SlaAnomaly.of(id, SlaAnomaly.Kind.SOURCE_MISMATCH, List.of(h.created().get().id()),
            "history source " + source + ", lead data source " + lead.source().get() + "; the history's counts"));
      }
    } else {
      source = LeadVerdicts.UNKNOWN_SOURCE;
      if (!h.events().isEmpty()) {
        anomalies.add(SlaAnomaly.of(id, SlaAnomaly.Kind.MISSING_SOURCE, List.of(),
            "no Created event with a source; reported under " + LeadVerdicts.UNKNOWN_SOURCE));
      }
    }
    String rep = h.assignedRep().map(a -> a.id()).orElse(LeadVerdicts.UNASSIGNED);

    List<LeadEvent> sales = ofKinds(h, SALES_KINDS);
    if (mqlAt == null && !sales.isEmpty()) {
      anomalies.add(SlaAnomaly.of(id, SlaAnomaly.Kind.SALES_ACTIVITY_WITHOUT_MQL, ids(sales),
          sales.size() + " sales event(s) but the lead never became an MQL: " + describe(sales)));
    } else if (mqlAt != null) {
      List<LeadEvent> early = sales.stream().filter(e -> e.at().isBefore(mqlAt)).toList();
      if (!early.isEmpty()) {
        anomalies.add(SlaAnomaly.of(id, SlaAnomaly.Kind.SALES_ACTIVITY_BEFORE_MQL, ids(early),
            early.size() + " sales event(s) before the MQL instant " + mqlAt + ", not counted: " + describe(early)));
      }
    }
    List<LeadEvent.AcceptedAsSql> accepted = h.events(LeadEvent.AcceptedAsSql.class);
    List<LeadEvent.Rejected> rejected = h.events(LeadEvent.Rejected.class);
    if (!accepted.isEmpty() && !rejected.isEmpty()) {
      List<LeadEvent> both = new ArrayList<>(accepted);
      both.addAll(rejected);
      both.sort(LeadEvent.ORDER);
      anomalies.add(SlaAnomaly.of(id, SlaAnomaly.Kind.ACCEPTED_AND_REJECTED, ids(both),
          "both accepted and rejected: " + describe(both)));
    }
    if (accepted.size() > 1 || rejected.size() > 1) {
      List<LeadEvent> decisions = new ArrayList<>(accepted);
      decisions.addAll(rejected);
      decisions.sort(LeadEvent.ORDER);
      anomalies.add(SlaAnomaly.of(id, SlaAnomaly.Kind.MULTIPLE_DECISIONS, ids(decisions),
          decisions.size() + " decisions; the first counts: " + describe(decisions)));
    }

    Instant firstResponse = null;
    if (mqlAt != null) {
      LeadEvent first = firstContact(h, mqlAt);
      firstResponse = first == null ? null : first.at();
    }
    Set<io.revops.core.history.RejectionCode> allowed = allowedReasons;
    // the review lists a lead by its first rejection lacking an allowed reason, else by its first rejection
    LeadEvent.Rejected rejection = rejected.stream().filter(r -> !r.reason().isGiven()
        || (allowed != null && !allowed.contains(r.reason().code()))).findFirst()
        .orElse(rejected.isEmpty() ? null : rejected.get(0));
    boolean withoutReason = rejection != null && (!rejection.reason().isGiven()
        || (allowed != null && !allowed.contains(rejection.reason().code())));

    Map<String, ObligationVerdict> verdicts = new LinkedHashMap<>();
    Ctx ctx = new Ctx(id, h, lead, mqlAt, mqlEvent.orElse(null), asOf);
    boolean criteriaBreached = false;
    for (Map.Entry<String, Obligation> e : agreement.obligationsByKey().entrySet()) {
      Obligation o = e.getValue();
      if (o.scope() != Obligation.Scope.PER_LEAD) {
        continue;
      }
      ObligationVerdict v;
      try {
        v = verdict(e.getKey(), o, ctx);
      } catch (IllegalArgumentException | java.time.DateTimeException calendarCannotAnswer) {
        anomalies.add(SlaAnomaly.of(id, SlaAnomaly.Kind.CALENDAR_ERROR, List.of(),
            e.getKey() + ": " + calendarCannotAnswer.getMessage()));
        v = ObligationVerdict.of(id, e.getKey(), o, VerdictStatus.NOT_APPLICABLE,
            "the calendar cannot answer: " + calendarCannotAnswer.getMessage(), ctx.trace().build());
      }
      if (o instanceof Obligation.MqlMeetsCriteria && v.status() == VerdictStatus.BREACHED) {
        criteriaBreached = true;
      }
      verdicts.put(e.getKey(), v);
    }
    anomalies.sort(null);
    return new LeadVerdicts(id, asOf, source, rep, mqlAt, firstResponse,
        accepted.isEmpty() ? null : accepted.get(0).at(), rejection, withoutReason, lead != null,
        mqlAt != null && !criteriaBreached, verdicts, anomalies);
  }

  private NotMql notMql(Instant asOf) {
    NotMql n = notMql;
    if (n == null || !n.asOf().equals(asOf)) {
      n = new NotMql(asOf, "not an MQL as of " + asOf, Trace.builder(asOf, calendarDescription, tzdb, traces).build());
      notMql = n;
    }
    return n;
  }

  /** The per-lead state an obligation is judged on. */
  private final class Ctx {
    final LeadId id;
    final LeadEventHistory h;
    final Lead lead;
    final Instant mqlAt;
    final LeadEvent.BecameMql mqlEvent;
    final Instant asOf;

    Ctx(LeadId id, LeadEventHistory h, Lead lead, Instant mqlAt, LeadEvent.BecameMql mqlEvent, Instant asOf) {
      this.id = id;
      this.h = h;
      this.lead = lead;
      this.mqlAt = mqlAt;
      this.mqlEvent = mqlEvent;
      this.asOf = asOf;
    }

    Trace.Builder trace() {
      return Trace.builder(asOf, calendarDescription, tzdb, traces).event(mqlEvent);
    }
  }

  private ObligationVerdict verdict(String key, Obligation o, Ctx c) {
    if (c.mqlAt == null) {
      NotMql n = notMql(c.asOf);
      return ObligationVerdict.of(c.id, key, o, VerdictStatus.NOT_APPLICABLE, n.reason(), n.trace());
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
    String allowed = Durations.format(f.allowance()) + (f.basis() == TimeBasis.WORKING_TIME ? " working" : "");
    if (contact.isPresent()) {
      LeadEvent e = contact.get();
      t.event(e);
      String taken = e.kind() + " at " + e.at() + " after " + Durations.format(used)
          + (f.basis() == TimeBasis.WORKING_TIME ? " of working time" : "");
      return used.compareTo(f.allowance()) <= 0
          ? ObligationVerdict.of(c.id, key, f, VerdictStatus.MET, "first contact " + taken + " (allowed " + allowed
              + ")", t.build())
          : ObligationVerdict.of(c.id, key, f, VerdictStatus.BREACHED, "first contact " + taken + ", over the "
              + allowed + " allowed (due " + due + ")", t.build());
    }
    VerdictStatus s = open(used, f.allowance());
    String reason = s == VerdictStatus.BREACHED
        ? "no contact yet; the " + allowed + " allowance ran out at " + due
        : "no contact yet; " + Durations.format(used) + " of " + allowed + " used, due " + due;
    return ObligationVerdict.of(c.id, key, f, s, reason, t.build());
  }

  private ObligationVerdict attempts(String key, Obligation.AttemptsWithin a, Ctx c) {
    Instant start = c.mqlAt;
    Instant due = windowEnd(start, a);
    TimeBasis basis = a.dayBasis() == DayBasis.WORKING ? TimeBasis.WORKING_TIME : TimeBasis.ELAPSED;
    Trace.Builder t = c.trace();
    // the first decision on or after the MQL instant ends the chase: attempts after it are not attempts to
    // reach an MQL under consideration
    Optional<LeadEvent> decision = c.h.events().stream()
        .filter(e -> e.kind() == EventKind.ACCEPTED_AS_SQL || e.kind() == EventKind.REJECTED)
        .filter(e -> !e.at().isBefore(start) && !e.at().isAfter(due)).findFirst();
    List<LeadEvent.ContactAttempt> all = c.h.events(LeadEvent.ContactAttempt.class);
    List<LeadEvent.ContactAttempt> counted = new ArrayList<>();
    int otherChannel = 0;
    int outside = 0;
    int afterDecision = 0;
    for (LeadEvent.ContactAttempt e : all) {
      if (e.at().isBefore(start) || e.at().isAfter(due)) {
        outside++;
      } else if (decision.isPresent() && LeadEvent.ORDER.compare(e, decision.get()) > 0) {
        afterDecision++;
      } else if (!a.channels().contains(e.channel())) {
        otherChannel++;
      } else {
        counted.add(e);
      }
    }
    if (otherChannel > 0) {
      t.note(otherChannel + " attempt(s) on channels outside " + a.channels() + " not counted");
    }
    if (outside > 0) {
      t.note(outside + " attempt(s) outside the window [" + start + ", " + due + "] not counted");
    }
    if (afterDecision > 0) {
      t.note(afterDecision + " attempt(s) after the decision at " + decision.get().at() + " not counted");
    }
    Optional<LeadEvent> reached = c.h.events().stream()
        .filter(e -> !e.at().isBefore(start) && !e.at().isAfter(due))
        .filter(e -> decision.isEmpty() || LeadEvent.ORDER.compare(e, decision.get()) <= 0)
        .filter(e -> e.kind() == EventKind.CONNECTED || e.kind() == EventKind.DISCOVERY_CALL
            || e.kind() == EventKind.ACCEPTED_AS_SQL
            || (e instanceof LeadEvent.ContactAttempt ca && ca.outcome() == AttemptOutcome.REACHED))
        .findFirst();
    Duration window = measure(start, due, basis, null);
    String days = a.days() + (a.dayBasis() == DayBasis.WORKING ? " working" : "") + " days";
    if (counted.size() >= a.attempts()) {
      LeadEvent.ContactAttempt nth = counted.get(a.attempts() - 1);
      Duration used = measure(start, nth.at(), basis, t);
      t.clock(start, due, window, basis).used(used).events(counted.subList(0, a.attempts()));
      return ObligationVerdict.of(c.id, key, a, VerdictStatus.MET, "attempt " + a.attempts() + " of "
          + a.attempts() + " at " + nth.at() + ", within " + days + " (window ends " + due + ")", t.build());
    }
    t.events(counted);
    if (reached.isPresent()) {
      LeadEvent r = reached.get();
      Duration used = measure(start, r.at(), basis, t);
      t.clock(start, due, window, basis).used(used).event(r);
      return ObligationVerdict.of(c.id, key, a, VerdictStatus.MET, "lead reached (" + r.kind() + " at " + r.at()
          + ") after " + counted.size() + " counted attempt(s); no further attempts needed", t.build());
    }
    if (decision.isPresent()) {
      // rejected without ever reaching the lead and before the attempts were made: the chase was abandoned
      LeadEvent d = decision.get();
      Duration used = measure(start, d.at(), basis, t);
      t.clock(start, due, window, basis).used(used).event(d);
      return ObligationVerdict.of(c.id, key, a, VerdictStatus.BREACHED, d.kind() + " at " + d.at() + " after "
          + counted.size() + " of " + a.attempts() + " attempts without reaching the lead", t.build());
    }
    Instant end = c.asOf.isAfter(due) ? due : c.asOf;
    Duration used = measure(start, end, basis, t);
    t.clock(start, due, window, basis).used(used);
    if (c.asOf.isAfter(due)) {
      return ObligationVerdict.of(c.id, key, a, VerdictStatus.BREACHED, counted.size() + " of " + a.attempts()
          + " attempts within " + days + " (window ended " + due + ")", t.build());
    }
    VerdictStatus s = reachedShare(used, window) ? VerdictStatus.AT_RISK : VerdictStatus.PENDING;
    return ObligationVerdict.of(c.id, key, a, s, counted.size() + " of " + a.attempts() + " attempts so far; "
        + Durations.format(used) + " of the " + days + " window used (ends " + due + ")", t.build());
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
    List<LeadEvent.Rejected> rejected = c.h.events(LeadEvent.Rejected.class).stream()
        .filter(e -> !e.at().isBefore(c.mqlAt)).toList();
    if (rejected.isEmpty()) {
      Optional<LeadEvent.AcceptedAsSql> acc = c.h.events(LeadEvent.AcceptedAsSql.class).stream()
          .filter(e -> !e.at().isBefore(c.mqlAt)).findFirst();
      if (acc.isPresent()) {
        t.event(acc.get());
        return ObligationVerdict.of(c.id, key, r, VerdictStatus.NOT_APPLICABLE, "accepted as SQL at "
            + acc.get().at() + ", not rejected", t.build());
      }
      return ObligationVerdict.of(c.id, key, r, VerdictStatus.PENDING, "no decision yet (neither accepted nor "
          + "rejected)", t.build());
    }
    t.events(rejected);
    List<LeadEvent.Rejected> bad = rejected.stream().filter(e -> !r.allowed().contains(e.reason().code())).toList();
    if (bad.isEmpty()) {
      return ObligationVerdict.of(c.id, key, r, VerdictStatus.MET, "rejected at " + rejected.get(0).at()
          + " with reason " + rejected.get(0).reason(), t.build());
    }
    LeadEvent.Rejected b = bad.get(0);
    return ObligationVerdict.of(c.id, key, r, VerdictStatus.BREACHED, "rejected at " + b.at() + " with "
        + (b.reason().isGiven() ? "reason " + b.reason() + ", not among the allowed " + r.allowed() : "no reason"),
        t.build());
  }

  private ObligationVerdict steps(String key, Obligation.StepsInOrder s, Ctx c) {
    Trace.Builder t = c.trace();
    // sales events before the MQL instant are reported as an anomaly and do not count, neither as the
    // decision nor as a step; an assignment before it is ordinary and counts
    List<LeadEvent> counted = c.h.events().stream()
        .filter(e -> !SALES_KINDS.contains(e.kind()) || !e.at().isBefore(c.mqlAt)).toList();
    Optional<LeadEvent> decision = counted.stream()
        .filter(e -> e.kind() == EventKind.ACCEPTED_AS_SQL || e.kind() == EventKind.REJECTED).findFirst();
    if (decision.isEmpty()) {
      return ObligationVerdict.of(c.id, key, s, VerdictStatus.PENDING, "no decision yet (neither accepted nor "
          + "rejected)", t.build());
    }
    LeadEvent d = decision.get();
    t.event(d);
    List<LeadEvent> firsts = new ArrayList<>();
    for (EventKind k : s.steps()) {
      Optional<LeadEvent> first = counted.stream()
          .filter(e -> e.kind() == k && LeadEvent.ORDER.compare(e, d) < 0).findFirst();
      if (first.isEmpty()) {
        return ObligationVerdict.of(c.id, key, s, VerdictStatus.BREACHED, d.kind() + " at " + d.at() + " with no "
            + k + " before it", t.build());
      }
      t.event(first.get());
      firsts.add(first.get());
    }
    for (int i = 1; i < firsts.size(); i++) {
      if (LeadEvent.ORDER.compare(firsts.get(i - 1), firsts.get(i)) > 0) {
        return ObligationVerdict.of(c.id, key, s, VerdictStatus.BREACHED, firsts.get(i - 1).kind() + " at "
            + firsts.get(i - 1).at() + " came after " + firsts.get(i).kind() + " at " + firsts.get(i).at(),
            t.build());
      }
    }
    return ObligationVerdict.of(c.id, key, s, VerdictStatus.MET, describe(firsts) + " before " + d.kind() + " at "
        + d.at(), t.build());
  }

  // ---- marketing --------------------------------------------------------------------------------

  private ObligationVerdict criteria(String key, Obligation.MqlMeetsCriteria m, Ctx c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return ObligationVerdict.of(c.id, key, m, VerdictStatus.NOT_APPLICABLE, NO_LEAD_DATA, t.build());
    }
    if (criteria != null) {
      return customCheck(key, m, c, t);
    }
    String name = m.criterion().name();
    Evaluation e = java.util.Objects.requireNonNull(m.criterion().evaluate(c.lead, c.mqlAt, context),
        "criterion evaluation");
    // the context is not quoted: a rate table would be copied into every lead's trace
    if (t.detailed()) {
      t.note("criteria \"" + name + "\" evaluated as of " + c.mqlAt + (defaultContext
          ? "" : " with the evaluator's evaluation context") + ": " + e.outcome() + " — " + e.reason());
      e.failedReasons().forEach(r -> t.note("failed: " + r));
      e.unknownReasons().forEach(r -> t.note("unknown: " + r));
    }
    return switch (e.outcome()) {
      case PASSED -> ObligationVerdict.of(c.id, key, m, VerdictStatus.MET, name + " at " + c.mqlAt + ": "
          + e.reason(), t.build());
      case FAILED -> ObligationVerdict.of(c.id, key, m, VerdictStatus.BREACHED, "not " + name + " at " + c.mqlAt
          + ": " + reasons(e.failedReasons(), e), t.build());
      case UNKNOWN -> ObligationVerdict.of(c.id, key, m, VerdictStatus.BREACHED, name + " could not be confirmed at "
          + c.mqlAt + " (data missing): " + reasons(e.unknownReasons(), e), t.build());
    };
  }

  private static String reasons(List<String> leaves, Evaluation e) {
    return leaves.isEmpty() ? e.reason() : String.join("; ", leaves);
  }

  private ObligationVerdict customCheck(String key, Obligation.MqlMeetsCriteria m, Ctx c, Trace.Builder t) {
    CheckResult r = java.util.Objects.requireNonNull(criteria.check(c.lead, c.mqlAt), "criteria check result");
    t.note("custom criteria check (in place of \"" + m.criterion().name() + "\") as of " + c.mqlAt + ": " + r);
    return switch (r.outcome()) {
      case PASSED -> ObligationVerdict.of(c.id, key, m, VerdictStatus.MET, "met the criteria at " + c.mqlAt + ": "
          + r.reason(), t.build());
      case FAILED -> ObligationVerdict.of(c.id, key, m, VerdictStatus.BREACHED, "failed the criteria at "
          + c.mqlAt + ": " + r.reason(), t.build());
      case UNKNOWN -> ObligationVerdict.of(c.id, key, m, VerdictStatus.BREACHED, "criteria could not be confirmed "
          + "at " + c.mqlAt + " (data missing): " + r.reason(), t.build());
    };
  }

  private ObligationVerdict fields(String key, Obligation.RequiredFieldsComplete r, Ctx c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return ObligationVerdict.of(c.id, key, r, VerdictStatus.NOT_APPLICABLE, NO_LEAD_DATA, t.build());
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
      return ObligationVerdict.of(c.id, key, r, VerdictStatus.MET, "all of " + r.fields() + " present at "
          + c.mqlAt, t.build());
    }
    return ObligationVerdict.of(c.id, key, r, VerdictStatus.BREACHED, "missing at " + c.mqlAt + ": " + missing,
        t.build());
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
    Instant verified = null;
    String evidence = null;
    if (c.lead != null && c.lead.dataVerifiedAt().isPresent()) {
      Instant v = c.lead.dataVerifiedAt().get();
      if (v.isAfter(c.mqlAt)) {
        t.note("data verified at " + v + ", after the MQL instant: does not count");
      } else {
        verified = v;
        evidence = "verified at " + v;
      }
    }
    Optional<LeadEvent.DataChanged> changed = c.h.events(LeadEvent.DataChanged.class).stream()
        .filter(e -> !e.at().isAfter(c.mqlAt)).reduce((a, b) -> b);
    if (changed.isPresent() && (verified == null || changed.get().at().isAfter(verified))) {
      verified = changed.get().at();
      evidence = "data changed at " + verified + " (" + changed.get().fields() + ")";
      t.event(changed.get());
    }
    if (verified == null) {
      if (c.lead == null) {
        return ObligationVerdict.of(c.id, key, d, VerdictStatus.NOT_APPLICABLE, NO_LEAD_DATA
            + " and no DataChanged event before the MQL instant", t.build());
      }
      return ObligationVerdict.of(c.id, key, d, VerdictStatus.BREACHED, "no verification of the data recorded "
          + "before " + c.mqlAt, t.build());
    }
    Duration age = Duration.between(verified, c.mqlAt);
    t.clock(verified, verified.plus(d.maxAge()), d.maxAge(), TimeBasis.ELAPSED).used(age);
    return age.compareTo(d.maxAge()) <= 0
        ? ObligationVerdict.of(c.id, key, d, VerdictStatus.MET, evidence + ", " + Durations.format(age)
            + " before the MQL instant (max " + Durations.format(d.maxAge()) + ")", t.build())
        : ObligationVerdict.of(c.id, key, d, VerdictStatus.BREACHED, evidence + ", " + Durations.format(age)
            + " before the MQL instant, older than the " + Durations.format(d.maxAge()) + " allowed", t.build());
  }

  private ObligationVerdict context(String key, Obligation.ContextPresent p, Ctx c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return ObligationVerdict.of(c.id, key, p, VerdictStatus.NOT_APPLICABLE, NO_LEAD_DATA, t.build());
    }
    List<BehaviouralEvent> items = c.lead.behaviour().stream()
        .filter(b -> b instanceof BehaviouralEvent.SiteVisit || b instanceof BehaviouralEvent.ContentDownload
            || b instanceof BehaviouralEvent.EventAttended)
        .toList();
    List<BehaviouralEvent> before = items.stream().filter(b -> !b.at().isAfter(c.mqlAt)).toList();
    if (before.size() < items.size()) {
      t.note((items.size() - before.size()) + " context item(s) after the MQL instant not counted");
    }
    String found = before.size() + " item(s): " + summary(before);
    return before.size() >= p.minItems()
        ? ObligationVerdict.of(c.id, key, p, VerdictStatus.MET, found, t.build())
        : ObligationVerdict.of(c.id, key, p, VerdictStatus.BREACHED, found + "; at least " + p.minItems()
            + " required", t.build());
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
