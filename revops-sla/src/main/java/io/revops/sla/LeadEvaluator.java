package io.revops.sla;

import io.revops.core.history.RejectionCode;
import io.revops.core.qualification.EvaluationContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates one lead against an agreement: the pure function behind every evaluation. It finds the lead's
 * {@link LeadFacts} and has each per-lead obligation's {@link Judge} decide its verdict; the verdicts explain
 * themselves on first read (see {@link Judgement}).
 *
 * <p>Cost: per lead, one pass over its history for the facts, then each judge's passes; a lead that is not
 * an MQL is judged by none (its verdicts are made when read, with one explanation per instant).
 *
 * <p>This class is immutable in what it computes and thread-safe.
 */
final class LeadEvaluator {
  static final String NO_LEAD_DATA = "no lead data supplied";

  private final Judgement.TraceHeader header;
  private final Set<RejectionCode> allowedReasons;
  // the per-lead obligations, their keys and judges, in the agreement's order
  private final String[] keys;
  private final Obligation[] perLead;
  private final Judge[] judges;
  // most leads never become MQLs: their reason and (empty) trace depend only on the instant, so they are made
  // once per instant, not once per lead and obligation (an immutable pair: safe to share between threads)
  private volatile NotMql notMql;

  private record NotMql(Instant asOf, ObligationVerdict.Explanation explanation) {}

  LeadEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context) {
    this(agreement, criteria, context, true);
  }

  LeadEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context, boolean traces) {
    this.header = new Judgement.TraceHeader(agreement.calendar().describe(), agreement.calendar().tzdbVersion(),
        traces);
    // looked up once, not per lead
    this.allowedReasons = agreement.first(Obligation.RejectionHasReason.class)
        .map(Obligation.RejectionHasReason::allowed).orElse(null);
    Clocks clocks = new Clocks(agreement.calendar(), agreement.atRiskShare());
    List<String> k = new ArrayList<>();
    List<Obligation> o = new ArrayList<>();
    List<Judge> j = new ArrayList<>();
    agreement.obligationsByKey().forEach((key, obligation) -> {
      if (obligation.scope() == Obligation.Scope.PER_LEAD) {
        k.add(key);
        o.add(obligation);
        j.add(Judge.of(key, obligation, clocks, criteria, context));
      }
    });
    this.keys = k.toArray(String[]::new);
    this.perLead = o.toArray(Obligation[]::new);
    this.judges = j.toArray(Judge[]::new);
  }

  LeadVerdicts evaluate(SlaInput input, Instant asOf) {
    LeadFacts facts = LeadFacts.of(input, asOf, allowedReasons);
    if (facts.mqlAt == null) {
      // no obligation applies: every verdict is NOT_APPLICABLE for the same reason, made when read
      return facts.verdicts(asOf, false, VerdictMap.notAnMql(keys, perLead, facts.id, notMql(asOf)));
    }
    ObligationVerdict[] verdicts = new ObligationVerdict[judges.length];
    Judgement judgement = Judgement.deciding(facts, asOf, header);
    boolean criteriaBreached = false;
    for (int i = 0; i < judges.length; i++) {
      Judge judge = judges[i];
      ObligationVerdict v;
      try {
        v = judge.verdict(judgement);
      } catch (IllegalArgumentException | DateTimeException calendarCannotAnswer) {
        facts.anomaly(SlaAnomaly.of(facts.id, SlaAnomaly.Kind.CALENDAR_ERROR, List.of(),
            judge.key + ": " + calendarCannotAnswer.getMessage()));
        v = judgement.calendarCannotAnswer(judge, calendarCannotAnswer);
      }
      if (judge.type == Obligation.Type.MQL_CRITERIA && v.status() == VerdictStatus.BREACHED) {
        criteriaBreached = true;
      }
      verdicts[i] = v;
    }
    return facts.verdicts(asOf, !criteriaBreached, new VerdictMap(keys, verdicts));
  }

  private ObligationVerdict.Explanation notMql(Instant asOf) {
    NotMql n = notMql;
    if (n == null || !n.asOf().equals(asOf)) {
      n = new NotMql(asOf, new ObligationVerdict.Explanation("not an MQL as of " + asOf, header.start(asOf).build()));
      notMql = n;
    }
    return n.explanation();
  }
}
