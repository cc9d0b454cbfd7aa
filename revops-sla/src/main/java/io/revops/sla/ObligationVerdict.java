package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.revops.core.check.Args;
import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one obligation for one lead as of an instant: the status, the reason in words, and the
 * trace of how it was reached.
 *
 * <p>Verdicts from an {@link SlaEvaluator} decide their status eagerly and build their reason and trace on
 * first read ({@link #reason()}, {@link #trace()}, {@code equals}, {@code hashCode}, {@code toString}), by
 * judging the obligation again with the explanation switched on: a report that only counts statuses
 * never pays for the words. Until then the verdict keeps a reference to the lead's data and history. The
 * explanation is the same whenever and on whichever thread it is read: evaluation is a pure function of the
 * lead, the agreement and the instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObligationVerdict {
  private final LeadId leadId;
  private final String key;
  private final Obligation obligation;
  private final VerdictStatus status;
  private final boolean forLackOfLeadData;
  // the clock's due, decided with the status (null: the obligation has no clock for this lead)
  private final Instant due;
  // built at once, or on first read by a Guava memoizing supplier (thread-safe, computes once, then drops the
  // explainer and the lead data it holds); final, so a verdict handed over through a data race still shows it
  private final Supplier<Explanation> explanation;

  /** The reason and the trace of a verdict. */
  record Explanation(String reason, Trace trace) {
    Explanation {
      requireNonNull(reason, "reason");
      Args.notBlank("reason", reason);
      requireNonNull(trace, "trace");
    }
  }

  /** Builds a verdict's explanation on first read; must be pure. */
  @FunctionalInterface
  interface Explainer {
    Explanation explain();
  }

  private ObligationVerdict(LeadId leadId, String key, Obligation obligation, VerdictStatus status,
      boolean forLackOfLeadData, Instant due, Supplier<Explanation> explanation) {
    this.leadId = requireNonNull(leadId, "leadId");
    this.key = requireNonNull(key, "key");
    this.obligation = requireNonNull(obligation, "obligation");
    this.status = requireNonNull(status, "status");
    this.forLackOfLeadData = forLackOfLeadData;
    this.due = due;
    this.explanation = explanation;
  }

  /** A verdict (not one for lack of lead data: that flag is set only by the evaluator, explicitly). */
  public static ObligationVerdict of(LeadId leadId, String key, Obligation obligation, VerdictStatus status,
      String reason, Trace trace) {
    return of(leadId, key, obligation, status, false, reason, trace);
  }

  /** A verdict whose for-lack-of-lead-data flag is stated, not read from the reason's words. */
  static ObligationVerdict of(LeadId leadId, String key, Obligation obligation, VerdictStatus status,
      boolean forLackOfLeadData, String reason, Trace trace) {
    checkArgument(!forLackOfLeadData || status == VerdictStatus.NOT_APPLICABLE,
        "a verdict for lack of lead data must be NOT_APPLICABLE: %s", status);
    Explanation explanation = new Explanation(reason, trace);
    return new ObligationVerdict(leadId, key, obligation, status, forLackOfLeadData,
        explanation.trace().due().orElse(null), Suppliers.ofInstance(explanation));
  }

  /** A verdict with an explanation already built (and possibly shared). */
  static ObligationVerdict of(LeadId leadId, String key, Obligation obligation, VerdictStatus status,
      Explanation explanation) {
    requireNonNull(explanation, "explanation");
    return new ObligationVerdict(leadId, key, obligation, status, false, explanation.trace().due().orElse(null),
        Suppliers.ofInstance(explanation));
  }

  /**
   * A verdict whose reason and trace {@code explainer} builds when first read; {@code due} (or null) is the
   * due its trace will show, decided with the status.
   */
  static ObligationVerdict explainedOnRead(LeadId leadId, String key, Obligation obligation, VerdictStatus status,
      boolean forLackOfLeadData, Instant due, Explainer explainer) {
    return new ObligationVerdict(leadId, key, obligation, status, forLackOfLeadData, due,
        Suppliers.memoize(requireNonNull(explainer, "explainer")::explain));
  }

  /** The lead. */
  public LeadId leadId() {
    return leadId;
  }

  /** The obligation's key in its agreement. */
  public String key() {
    return key;
  }

  /** The obligation. */
  public Obligation obligation() {
    return obligation;
  }

  /** The status. */
  public VerdictStatus status() {
    return status;
  }

  /**
   * When the obligation's allowance ran or runs out, for an obligation with a clock (first contact, attempts,
   * data freshness): the instant the decision used, the same as {@code trace().due()} (unless the calendar could
   * not answer the explanation's extra queries), known at once. Reading it does not build the
   * explanation, so a list ordered by urgency can rank every breached verdict and explain only those it keeps.
   */
  public Optional<Instant> due() {
    return Optional.ofNullable(due);
  }

  /** True if the obligation could not be judged because no lead data was supplied (NOT_APPLICABLE). */
  boolean isForLackOfLeadData() {
    return forLackOfLeadData;
  }

  /** Why, in words, with the figures. */
  public String reason() {
    return explanation().reason();
  }

  /** How the verdict was reached. */
  public Trace trace() {
    return explanation().trace();
  }

  private Explanation explanation() {
    return requireNonNull(explanation.get(), "explanation");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ObligationVerdict v && leadId.equals(v.leadId) && key.equals(v.key)
        && obligation.equals(v.obligation) && status == v.status && reason().equals(v.reason())
        && trace().equals(v.trace());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(leadId, key, obligation, status, reason(), trace());
  }

  @Override
  public String toString() {
    return leadId + " " + key + ": " + status + " — " + reason();
  }
}
