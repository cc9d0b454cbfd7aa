package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.EvaluationContext;
import java.util.List;

/**
 * Judges {@link Obligation.MqlMeetsCriteria}: the criterion (or the evaluator's {@link MqlCriteriaCheck} in its
 * place) as of the MQL instant: passed is MET, failed or unknown BREACHED, no lead data NOT_APPLICABLE. The
 * criteria are asked once per lead: the explaining pass reuses the deciding pass's answer.
 *
 * <p>Cost: one evaluation of the criterion (or one call of the check) per lead.
 */
final class CriteriaJudge extends Judge {
  private final Obligation.MqlMeetsCriteria m;
  private final MqlCriteriaCheck check;
  private final EvaluationContext context;
  private final boolean defaultContext;

  CriteriaJudge(String key, Obligation.MqlMeetsCriteria m, MqlCriteriaCheck check, EvaluationContext context) {
    super(key, m);
    this.m = m;
    this.check = check;
    this.context = context;
    this.defaultContext = context.equals(EvaluationContext.defaults());
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return c.withoutLeadData(this, "", t);
    }
    if (check != null) {
      return customCheck(c, t);
    }
    String name = m.criterion().name();
    Evaluation e = c.criteriaAnswer instanceof Evaluation decided ? decided
        : requireNonNull(m.criterion().evaluate(c.lead, c.mqlAt, context), "criterion evaluation");
    // the context is not quoted: a rate table would be copied into every lead's trace
    if (t.detailed()) {
      t.note("criteria \"" + name + "\" evaluated as of " + c.mqlAt + (defaultContext
          ? "" : " with the evaluator's evaluation context") + ": " + e.outcome() + " — " + e.reason());
      e.failedReasons().forEach(r -> t.note("failed: " + r));
      e.unknownReasons().forEach(r -> t.note("unknown: " + r));
    }
    return switch (e.outcome()) {
      case PASSED -> c.verdict(this, VerdictStatus.MET, () -> name + " at " + c.mqlAt + ": " + e.reason(), t, e);
      case FAILED -> c.verdict(this, VerdictStatus.BREACHED, () -> "not " + name + " at " + c.mqlAt
          + ": " + reasons(e.failedReasons(), e), t, e);
      case UNKNOWN -> c.verdict(this, VerdictStatus.BREACHED, () -> name + " could not be confirmed at "
          + c.mqlAt + " (data missing): " + reasons(e.unknownReasons(), e), t, e);
    };
  }

  private static String reasons(List<String> leaves, Evaluation e) {
    return leaves.isEmpty() ? e.reason() : String.join("; ", leaves);
  }

  private ObligationVerdict customCheck(Judgement c, Trace.Builder t) {
    CheckResult r = c.criteriaAnswer instanceof CheckResult decided ? decided
        : requireNonNull(check.check(c.lead, c.mqlAt), "criteria check result");
    if (t.detailed()) {
      t.note("custom criteria check (in place of \"" + m.criterion().name() + "\") as of " + c.mqlAt + ": " + r);
    }
    return switch (r.outcome()) {
      case PASSED -> c.verdict(this, VerdictStatus.MET, () -> "met the criteria at " + c.mqlAt + ": "
          + r.reason(), t, r);
      case FAILED -> c.verdict(this, VerdictStatus.BREACHED, () -> "failed the criteria at "
          + c.mqlAt + ": " + r.reason(), t, r);
      case UNKNOWN -> c.verdict(this, VerdictStatus.BREACHED, () -> "criteria could not be confirmed "
          + "at " + c.mqlAt + " (data missing): " + r.reason(), t, r);
    };
  }
}
