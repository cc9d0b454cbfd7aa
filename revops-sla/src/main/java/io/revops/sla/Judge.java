package io.revops.sla;

import io.revops.core.qualification.EvaluationContext;

/**
 * The judge of one per-lead obligation of an agreement: given an MQL's {@link Judgement}, its verdict. One
 * subclass per per-lead {@link Obligation.Type}; {@link #of} picks it with a {@code switch} over the type that
 * names every type, so a new type does not compile until it is given a judge (or said to have none).
 *
 * <p>A judge decides and explains with the same code: the {@link Judgement} says which, and builds the verdict.
 * It must be pure: judging the same lead twice gives the same status.
 *
 * <p>Cost: each judge's {@link #judge} is one or a few passes over the lead's events (or its behaviour), plus
 * its calendar queries; {@link #of} is made once per evaluator and obligation.
 *
 * <p>The implementations are immutable and thread-safe.
 */
abstract sealed class Judge permits FirstContactJudge, AttemptsJudge, RejectionReasonJudge, StepsInOrderJudge,
    CriteriaJudge, RequiredFieldsJudge, DataFreshJudge, ContextJudge {
  /** The reason of a sales obligation waiting for the decision. */
  static final String NO_DECISION = "no decision yet (neither accepted nor rejected)";

  /** The obligation's key in its agreement. */
  final String key;
  /** The obligation judged. */
  final Obligation obligation;
  /** The obligation's type, read once: {@link #verdict} dispatches by it. */
  final Obligation.Type type;

  Judge(String key, Obligation obligation) {
    this.key = key;
    this.obligation = obligation;
    this.type = obligation.type();
  }

  /**
   * The verdict on the obligation for the MQL of {@code c}, decided only or explained as {@code c} says: the
   * judge's own {@link #judge}, reached by a {@code switch} over the obligation's type. Each case calls one final
   * class, so the JIT binds and inlines it however many kinds of judge the process runs (a virtual call through
   * this class would be megamorphic once an agreement with several obligations has been evaluated).
   */
  final ObligationVerdict verdict(Judgement c) {
    return switch (type) {
      case FIRST_CONTACT -> ((FirstContactJudge) this).judge(c);
      case ATTEMPTS -> ((AttemptsJudge) this).judge(c);
      case REJECTION_REASON -> ((RejectionReasonJudge) this).judge(c);
      case STEPS_IN_ORDER -> ((StepsInOrderJudge) this).judge(c);
      case MQL_CRITERIA -> ((CriteriaJudge) this).judge(c);
      case REQUIRED_FIELDS -> ((RequiredFieldsJudge) this).judge(c);
      case DATA_FRESH -> ((DataFreshJudge) this).judge(c);
      case CONTEXT -> ((ContextJudge) this).judge(c);
      // of() makes no judge of these
      case MONTHLY_QUOTA, WEEKLY_CONVERSION_REPORT, MONTHLY_REJECTION_REVIEW ->
          throw new IllegalStateException("not a per-lead obligation: " + type + " (" + key + ")");
    };
  }

  /**
   * The verdict on the obligation for the MQL of {@code c}, decided only or explained as {@code c} says. Called
   * through {@link #verdict}.
   */
  abstract ObligationVerdict judge(Judgement c);

  /**
   * The judge of the per-lead obligation {@code o} under {@code key}.
   *
   * @param criteria the check that replaces the MQL criteria, or null
   * @throws IllegalArgumentException if {@code o} is not a per-lead obligation
   */
  static Judge of(String key, Obligation o, Clocks clocks, MqlCriteriaCheck criteria, EvaluationContext context) {
    return switch (o.type()) {
      case FIRST_CONTACT -> new FirstContactJudge(key, (Obligation.FirstContactWithin) o, clocks);
      case ATTEMPTS -> new AttemptsJudge(key, (Obligation.AttemptsWithin) o, clocks);
      case REJECTION_REASON -> new RejectionReasonJudge(key, (Obligation.RejectionHasReason) o);
      case STEPS_IN_ORDER -> new StepsInOrderJudge(key, (Obligation.StepsInOrder) o);
      case MQL_CRITERIA -> new CriteriaJudge(key, (Obligation.MqlMeetsCriteria) o, criteria, context);
      case REQUIRED_FIELDS -> new RequiredFieldsJudge(key, (Obligation.RequiredFieldsComplete) o);
      case DATA_FRESH -> new DataFreshJudge(key, (Obligation.DataFresh) o);
      case CONTEXT -> new ContextJudge(key, (Obligation.ContextPresent) o);
      // judged per month by the accumulator, or fulfilled by a report: no per-lead verdicts
      case MONTHLY_QUOTA, WEEKLY_CONVERSION_REPORT, MONTHLY_REJECTION_REVIEW ->
          throw new IllegalArgumentException("not a per-lead obligation: " + o.type() + " (" + key + ")");
    };
  }
}
