package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.lead.LeadId;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link WhatIf} says, without the two evaluations behind it: the two agreements' names, each per-lead
 * verdict whose status differs (status and reason on each side) and each month whose quota status differs.
 * This is the what-if document revops-json writes and reads back (a {@link WhatIf} is written as its summary;
 * the evaluations are not, as they are a pure function of agreements, inputs and instant).
 *
 * <pre>{@code
 * WhatIfSummary s = WhatIf.compare(SlaEvaluator.of(handbook), relaxed, inputs, asOf).summary();
 * }</pre>
 *
 * <p>Cost: {@link #of(WhatIf)} is linear in the number of changes. This class is immutable and thread-safe.
 *
 * @param base the base agreement's name
 * @param changed the changed agreement's name
 * @param changes the per-lead verdicts whose status differs, in the what-if's order
 * @param quotaChanges the months whose quota status differs, in month order
 */
public record WhatIfSummary(String base, String changed, List<Change> changes, List<QuotaChange> quotaChanges) {
  /**
   * One side of a change: the verdict's status and its reason.
   *
   * @param status the status
   * @param reason the verdict's reason, as the evaluation explained it
   */
  public record Verdict(VerdictStatus status, String reason) {
    /** Validates the verdict: a status and a non-blank reason. */
    public Verdict {
      requireNonNull(status, "status");
      Args.notBlank("reason", reason);
    }
  }

  /**
   * One per-lead verdict whose status differs.
   *
   * @param leadId the lead
   * @param key the obligation's key ({@code "first-contact"})
   * @param before the verdict under the base agreement, empty if it has no such obligation
   * @param after the verdict under the changed agreement, empty if it has no such obligation
   */
  public record Change(LeadId leadId, String key, Optional<Verdict> before, Optional<Verdict> after) {
    /** Validates the change: at least one side, and the statuses differ. */
    public Change {
      requireNonNull(leadId, "leadId");
      Args.notBlank("key", key);
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      differ(before.map(Verdict::status), after.map(Verdict::status));
    }
  }

  /**
   * One month whose quota status differs.
   *
   * @param month the month
   * @param before the status under the base agreement, empty if it has no quota
   * @param after the status under the changed agreement, empty if it has no quota
   */
  public record QuotaChange(YearMonth month, Optional<VerdictStatus> before, Optional<VerdictStatus> after) {
    /** Validates the change: at least one side, and the statuses differ. */
    public QuotaChange {
      requireNonNull(month, "month");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      differ(before, after);
    }
  }

  /** The rule of every change: a status on at least one side, and not the same on both. */
  private static void differ(Optional<VerdictStatus> before, Optional<VerdictStatus> after) {
    checkArgument(before.isPresent() || after.isPresent(), "a change needs a before or an after verdict: both empty");
    checkArgument(!before.equals(after), "a change's statuses must differ: before and after are both %s",
        before.map(Enum::name).orElse("-"));
  }

  /** Validates the summary: names of at most {@value Args#MAX_TEXT_LENGTH} characters, no null change. */
  public WhatIfSummary {
    Args.text("base", base);
    Args.text("changed", changed);
    changes = List.copyOf(Args.noNulls("changes", changes));
    quotaChanges = List.copyOf(Args.noNulls("quotaChanges", quotaChanges));
  }

  /** The summary of {@code w}. */
  public static WhatIfSummary of(WhatIf w) {
    requireNonNull(w, "w");
    return new WhatIfSummary(w.base().report().agreement().name(), w.changed().report().agreement().name(),
        w.changes().stream().map(WhatIfSummary::change).toList(),
        w.quotaChanges().stream().map(WhatIfSummary::quotaChange).toList());
  }

  /** A change, its verdicts reduced to status and reason. */
  private static Change change(WhatIf.Change c) {
    return new Change(c.leadId(), c.key(), c.before().map(WhatIfSummary::verdict),
        c.after().map(WhatIfSummary::verdict));
  }

  private static Verdict verdict(ObligationVerdict v) {
    return new Verdict(v.status(), v.reason());
  }

  /** A quota change, its verdicts reduced to their status. */
  private static QuotaChange quotaChange(WhatIf.QuotaChange q) {
    return new QuotaChange(q.month(), q.before().map(QuotaVerdict::status), q.after().map(QuotaVerdict::status));
  }
}
