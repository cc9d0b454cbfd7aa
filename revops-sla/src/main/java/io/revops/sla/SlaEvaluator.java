package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadId;
import io.revops.core.qualification.EvaluationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Evaluates lead histories against an {@link SlaAgreement} as of an instant: a pure function of the agreement,
 * the evaluation context of the qualification criteria, the inputs and the instant. Events after the instant are ignored, so re-running an
 * evaluation as of last Friday on today's data gives last Friday's verdicts.
 *
 * <ul>
 *   <li>{@link #evaluate(SlaInput, Instant)}: one lead's verdicts with traces;
 *   <li>{@link #evaluate(Collection, Instant)}: every lead's verdicts kept, plus the report;
 *   <li>{@link #evaluate(Stream, Instant, Consumer)} and {@link #evaluate(Iterator, Instant, Consumer)}: the
 *       report only, each lead's verdicts handed to a sink and then dropped, so memory stays bounded by the
 *       leads in flight; a parallel stream gives the same report as a sequential one;
 *   <li>{@link #accumulator(Instant)}: for partitions the caller runs itself (threads, files, machines).
 * </ul>
 *
 * <p>In every path a lead met more than once is counted once and reported as a
 * {@link SlaAnomaly.Kind#DUPLICATE_LEAD}; which copy counts does not depend on the input order.
 *
 * <pre>{@code
 * SlaEvaluation e = SlaEvaluator.of(SlaAgreement.handbookRussia())
 *     .withEvaluationContext(EvaluationContext.of(rates))
 *     .evaluate(inputs, Instant.parse("2026-11-23T12:00:00Z"));
 * }</pre>
 *
 * <p>Each verdict's status is decided during the evaluation; its reason and trace are built when first read
 * (see {@link ObligationVerdict}), so reports that only count statuses do not pay for the explanations, and
 * reading them later gives exactly what reading them at once would have.
 *
 * <p>This class is immutable and thread-safe (if the criteria check is).
 */
public final class SlaEvaluator {
  private final SlaAgreement agreement;
  private final MqlCriteriaCheck criteria;
  private final EvaluationContext context;
  private final boolean traces;
  private final LeadEvaluator leads;

  private SlaEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context) {
    this(agreement, criteria, context, true);
  }

  private SlaEvaluator(SlaAgreement agreement, MqlCriteriaCheck criteria, EvaluationContext context,
      boolean traces) {
    this.agreement = requireNonNull(agreement, "agreement");
    this.criteria = criteria;
    this.context = requireNonNull(context, "context");
    this.traces = traces;
    this.leads = new LeadEvaluator(agreement, criteria, context, traces);
  }

  /**
   * An evaluator of {@code agreement}; {@link Obligation.MqlMeetsCriteria} evaluates its criterion with
   * {@link EvaluationContext#defaults()} (no exchange rates, machine email opens not counted).
   */
  public static SlaEvaluator of(SlaAgreement agreement) {
    return new SlaEvaluator(agreement, null, EvaluationContext.defaults());
  }

  /** Evaluates {@code histories} (without lead data) against {@code agreement} as of {@code asOf}. */
  public static SlaEvaluation evaluate(SlaAgreement agreement, Collection<LeadEventHistory> histories,
      Instant asOf) {
    Args.noNulls("histories", histories);
    Args.instant("asOf", asOf);
    return of(agreement).evaluate(histories.stream().map(SlaInput::of).toList(), asOf);
  }

  /**
   * This evaluator with {@code check} deciding the MqlMeetsCriteria obligation in place of the obligation's
   * criterion: an optional hook for checks that are not {@link io.revops.core.qualification.Criterion}s
   * (an external scoring service, a stand-in in a test).
   */
  public SlaEvaluator withCriteriaCheck(MqlCriteriaCheck check) {
    return new SlaEvaluator(agreement, requireNonNull(check, "check"), context, traces);
  }

  /**
   * This evaluator evaluating the MqlMeetsCriteria criterion with {@code context}, e.g.
   * {@code EvaluationContext.of(rates)} so a revenue in another currency than the threshold's is converted.
   */
  public SlaEvaluator withEvaluationContext(EvaluationContext context) {
    return new SlaEvaluator(agreement, criteria, requireNonNull(context, "context"), traces);
  }

  /** This evaluator on another agreement, with the same criteria check and evaluation context. */
  public SlaEvaluator withAgreement(SlaAgreement agreement) {
    return new SlaEvaluator(agreement, criteria, context, traces);
  }

  /** The context the MqlMeetsCriteria criterion is evaluated with. */
  public EvaluationContext evaluationContext() {
    return context;
  }

  /** The agreement. */
  public SlaAgreement agreement() {
    return agreement;
  }

  /** The custom criteria check that replaces the obligation's criterion, if any. */
  public Optional<MqlCriteriaCheck> criteriaCheck() {
    return Optional.ofNullable(criteria);
  }

  /**
   * This evaluator with lean traces: each verdict's {@link Trace} keeps the clock (start, due, allowance,
   * used) but not the events, working intervals, calendar exceptions and notes, which are then neither
   * collected nor computed when the trace is read. Statuses, reasons, the per-lead facts and every report are
   * the same as with full traces. Since traces are built only when read, this saves time only for callers
   * that read them (or the reasons) and do not need the detail.
   */
  public SlaEvaluator withoutTraces() {
    return new SlaEvaluator(agreement, criteria, context, false);
  }

  /** True unless built {@link #withoutTraces()}: verdicts carry full traces. */
  public boolean hasTraces() {
    return traces;
  }

  /** One lead's verdicts as of {@code asOf}. */
  public LeadVerdicts evaluate(SlaInput input, Instant asOf) {
    requireNonNull(input, "input");
    Args.instant("asOf", asOf);
    return leads.evaluate(input, asOf);
  }

  /**
   * Every lead's verdicts as of {@code asOf}, kept, with the report. A lead that appears more than once is
   * evaluated each time, counted once (the copy {@link SlaAccumulator#add} prefers, whatever the input order) and
   * reported as a {@link SlaAnomaly.Kind#DUPLICATE_LEAD}; the evaluation keeps that copy's verdicts.
   */
  public SlaEvaluation evaluate(Collection<SlaInput> inputs, Instant asOf) {
    requireNonNull(inputs, "inputs");
    Args.instant("asOf", asOf);
    Map<LeadId, Integer> seen = new HashMap<>();
    for (SlaInput i : inputs) {
      seen.merge(requireNonNull(i, "input").leadId(), 1, Integer::sum);
    }
    SlaAccumulator acc = accumulator(asOf);
    List<LeadVerdicts> all = new ArrayList<>(inputs.size());
    Map<LeadId, LeadVerdicts> duplicated = new HashMap<>();
    for (SlaInput i : inputs) {
      LeadVerdicts v = leads.evaluate(i, asOf);
      acc.add(v);
      if (seen.get(i.leadId()) > 1) {
        duplicated.merge(i.leadId(), v, acc::preferred);
      } else {
        all.add(v);
      }
    }
    duplicated.forEach((id, v) -> all.add(v.plusAnomaly(SlaAccumulator.duplicate(id, seen.get(id)))));
    all.sort(Comparator.comparing(LeadVerdicts::leadId));
    return new SlaEvaluation(acc.result(), all);
  }

  /**
   * The report over a stream of inputs; each lead's verdicts go to {@code sink} and are not kept. The stream
   * may be parallel: the report is the same (then the sink must be thread-safe). A lead met more than once is
   * counted once and reported as a {@link SlaAnomaly.Kind#DUPLICATE_LEAD} (every copy goes to the sink).
   */
  public SlaReport evaluate(Stream<SlaInput> inputs, Instant asOf, Consumer<? super LeadVerdicts> sink) {
    requireNonNull(inputs, "inputs");
    Args.instant("asOf", asOf);
    requireNonNull(sink, "sink");
    return inputs.map(i -> {
      LeadVerdicts v = leads.evaluate(requireNonNull(i, "input"), asOf);
      sink.accept(v);
      return v;
    }).collect(() -> accumulator(asOf), SlaAccumulator::add, SlaAccumulator::merge).result();
  }

  /**
   * The report over the inputs of an iterator; each lead's verdicts go to {@code sink} and are not kept. A lead
   * met more than once is counted once and reported as a {@link SlaAnomaly.Kind#DUPLICATE_LEAD}.
   */
  public SlaReport evaluate(Iterator<SlaInput> inputs, Instant asOf, Consumer<? super LeadVerdicts> sink) {
    requireNonNull(inputs, "inputs");
    Args.instant("asOf", asOf);
    requireNonNull(sink, "sink");
    SlaAccumulator acc = accumulator(asOf);
    while (inputs.hasNext()) {
      LeadVerdicts v = leads.evaluate(requireNonNull(inputs.next(), "input"), asOf);
      sink.accept(v);
      acc.add(v);
    }
    return acc.result();
  }

  /** An empty accumulator for this evaluator's agreement as of {@code asOf}. */
  public SlaAccumulator accumulator(Instant asOf) {
    return SlaAccumulator.of(agreement, asOf);
  }

  /**
   * An empty accumulator for leads the caller guarantees distinct ({@link SlaAccumulator#ofDistinctLeads}):
   * memory independent of the number of leads, for inputs already grouped by lead.
   */
  public SlaAccumulator accumulatorOfDistinctLeads(Instant asOf) {
    return SlaAccumulator.ofDistinctLeads(agreement, asOf);
  }

  @Override
  public String toString() {
    return "SlaEvaluator of \"" + agreement.name() + "\"" + (criteria == null ? "" : " with a custom criteria check")
        + (traces ? "" : ", without traces");
  }
}
