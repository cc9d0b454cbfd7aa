package io.revops.sla;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What a {@link Judge} judges an MQL's obligation on — the lead's facts — and the mode it judges in. An
 * evaluation judges every obligation once to decide its status, recording only the clock's due
 * ({@link Trace.Builder#dueOnly()}, reasons not built); the verdict's reason and trace are built on first read
 * by judging the obligation again in an explaining judgement, which records the trace and builds the reason.
 * Both passes run the same judge.
 *
 * <p>Cost: deciding builds no reason and records no trace (only the clock's due, one small builder per
 * verdict); a verdict keeps this judgement (and through it the
 * lead's data and history) until it is explained.
 *
 * <p>This class is immutable; it is per lead and is read by the verdicts on any thread.
 */
final class Judgement {
  /** The evaluator's trace settings: the calendar as described in every trace, and the trace's detail. */
  record TraceHeader(String calendar, String tzdb, boolean detailed) {
    /** A trace builder of an evaluation as of {@code asOf}. */
    Trace.Builder start(Instant asOf) {
      return Trace.builder(asOf, calendar, tzdb, detailed);
    }
  }

  final LeadId id;
  final LeadEventHistory h;
  final Lead lead;
  final Instant mqlAt;
  final Instant asOf;
  /** The first contact at or after the MQL instant, or null. */
  final LeadEvent firstContact;
  private final LeadEvent.BecameMql mqlEvent;
  private final TraceHeader header;
  private final boolean explaining;
  // what the deciding pass got from the MQL criteria (their Evaluation, or the custom check's CheckResult),
  // reused when explaining: the criteria are asked once per lead, so an external check is called once and
  // the reason always matches the status
  final Object criteriaAnswer;

  private Judgement(LeadId id, LeadEventHistory h, Lead lead, LeadEvent.BecameMql mqlEvent, Instant asOf,
      LeadEvent firstContact, TraceHeader header, boolean explaining, Object criteriaAnswer) {
    this.id = id;
    this.h = h;
    this.lead = lead;
    this.mqlEvent = mqlEvent;
    this.mqlAt = mqlEvent.at();
    this.asOf = asOf;
    this.firstContact = firstContact;
    this.header = header;
    this.explaining = explaining;
    this.criteriaAnswer = criteriaAnswer;
  }

  /** The deciding judgement of an MQL's {@code facts} as of {@code asOf}. */
  static Judgement deciding(LeadFacts facts, Instant asOf, TraceHeader header) {
    return new Judgement(facts.id, facts.history, facts.lead, facts.mqlEvent, asOf, facts.firstContact, header,
        false, null);
  }

  private Judgement explaining(Object answer) {
    return new Judgement(id, h, lead, mqlEvent, asOf, firstContact, header, true, answer);
  }

  /**
   * The trace builder of this mode: when deciding, one that keeps only the clock's due (the verdict's eager
   * {@link ObligationVerdict#due()}); when explaining, a recording one.
   */
  Trace.Builder trace() {
    return explaining ? header.start(asOf).event(mqlEvent) : Trace.Builder.dueOnly();
  }

  /** The verdict {@code status} on the judge's obligation, with the reason and the trace recorded in {@code t}. */
  ObligationVerdict verdict(Judge judge, VerdictStatus status, Supplier<String> reason, Trace.Builder t) {
    return judged(judge, status, false, reason, t, null);
  }

  /** A verdict of the MQL criteria obligation, keeping the criteria's {@code answer} for the explanation. */
  ObligationVerdict verdict(Judge judge, VerdictStatus status, Supplier<String> reason, Trace.Builder t,
      Object answer) {
    return judged(judge, status, false, reason, t, answer);
  }

  /**
   * NOT_APPLICABLE for lack of lead data: the reason is {@link LeadEvaluator#NO_LEAD_DATA}, then {@code more}
   * (empty, or what else is missing).
   */
  ObligationVerdict withoutLeadData(Judge judge, String more, Trace.Builder t) {
    return judged(judge, VerdictStatus.NOT_APPLICABLE, true, () -> LeadEvaluator.NO_LEAD_DATA + more, t, null);
  }

  /** NOT_APPLICABLE: the calendar could not answer what the judge asked ({@code e}'s message says what). */
  ObligationVerdict calendarCannotAnswer(Judge judge, RuntimeException e) {
    return ObligationVerdict.of(id, judge.key, judge.obligation, VerdictStatus.NOT_APPLICABLE,
        "the calendar cannot answer: " + e.getMessage(), header.start(asOf).event(mqlEvent).build());
  }

  private ObligationVerdict judged(Judge judge, VerdictStatus status, boolean forLackOfLeadData,
      Supplier<String> reason, Trace.Builder t, Object answer) {
    if (explaining) {
      return ObligationVerdict.of(id, judge.key, judge.obligation, status, forLackOfLeadData, reason.get(),
          t.build());
    }
    return ObligationVerdict.explainedOnRead(id, judge.key, judge.obligation, status, forLackOfLeadData,
        t.dueOrNull(), () -> explain(judge, status, answer));
  }

  /** Judges again with the explanation on: the reason and trace of a verdict decided as {@code status}. */
  private ObligationVerdict.Explanation explain(Judge judge, VerdictStatus status, Object criteriaAnswer) {
    Judgement c = explaining(criteriaAnswer);
    ObligationVerdict v;
    try {
      v = judge.verdict(c);
    } catch (IllegalArgumentException | DateTimeException calendarCannotAnswer) {
      // the status was decided; only the trace's extra calendar queries (intervals, exceptions) failed
      return new ObligationVerdict.Explanation(status + "; the explanation is incomplete: the calendar cannot "
          + "answer: " + calendarCannotAnswer.getMessage(), c.trace().build());
    }
    if (v.status() != status) {
      throw new IllegalStateException("judging " + judge.key + " for lead " + id + " as of " + asOf
          + " gave " + status + ", then " + v.status() + " when explained: evaluation must be pure");
    }
    return new ObligationVerdict.Explanation(v.reason(), v.trace());
  }
}
