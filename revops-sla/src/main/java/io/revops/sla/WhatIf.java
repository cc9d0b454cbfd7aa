package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The same histories evaluated under two agreements (say, first contact within 1 working hour against
 * within 24 hours), and exactly the verdicts whose status differs. Obligations are matched by key; an
 * obligation present in one agreement only differs for every lead (the other side is empty).
 *
 * <pre>{@code
 * WhatIf w = WhatIf.compare(SlaEvaluator.of(handbook),
 *     handbook.replacing(Obligation.firstContactWithinElapsed(Duration.ofHours(24))), inputs, asOf);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WhatIf {
  private final SlaEvaluation base;
  private final SlaEvaluation changed;
  private final List<Change> changes;
  private final List<QuotaChange> quotaChanges;

  /**
   * One verdict that differs.
   *
   * @param leadId the lead
   * @param key the obligation's key
   * @param before the verdict under the base agreement, if it has the obligation
   * @param after the verdict under the changed agreement, if it has the obligation
   */
  public record Change(LeadId leadId, String key, Optional<ObligationVerdict> before,
      Optional<ObligationVerdict> after) {
    /** Validates the change. */
    public Change {
      requireNonNull(leadId, "leadId");
      requireNonNull(key, "key");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    @Override
    public String toString() {
      return leadId + " " + key + ": " + before.map(v -> v.status().name()).orElse("-") + " → "
          + after.map(v -> v.status().name()).orElse("-") + after.or(() -> before).map(v -> " (" + v.reason() + ")")
          .orElse("");
    }
  }

  /**
   * One month whose quota verdict differs.
   *
   * @param month the month
   * @param before the verdict under the base agreement, if it has a quota
   * @param after the verdict under the changed agreement, if it has a quota
   */
  public record QuotaChange(YearMonth month, Optional<QuotaVerdict> before, Optional<QuotaVerdict> after) {
    /** Validates the change. */
    public QuotaChange {
      requireNonNull(month, "month");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  private WhatIf(SlaEvaluation base, SlaEvaluation changed) {
    this.base = base;
    this.changed = changed;
    List<Change> list = new ArrayList<>();
    Map<LeadId, LeadVerdicts> after = new TreeMap<>();
    changed.leads().forEach(l -> after.putIfAbsent(l.leadId(), l));
    Set<LeadId> seen = new LinkedHashSet<>();
    for (LeadVerdicts b : base.leads()) {
      if (!seen.add(b.leadId())) {
        continue;
      }
      LeadVerdicts a = after.get(b.leadId());
      Set<String> keys = new LinkedHashSet<>(b.verdicts().keySet());
      keys.addAll(a.verdicts().keySet());
      for (String k : keys) {
        Optional<ObligationVerdict> vb = b.verdict(k);
        Optional<ObligationVerdict> va = a.verdict(k);
        if (!vb.map(ObligationVerdict::status).equals(va.map(ObligationVerdict::status))) {
          list.add(new Change(b.leadId(), k, vb, va));
        }
      }
    }
    this.changes = List.copyOf(list);
    Map<YearMonth, QuotaVerdict> qb = new TreeMap<>();
    base.report().quota().forEach(q -> qb.put(q.month(), q));
    Map<YearMonth, QuotaVerdict> qa = new TreeMap<>();
    changed.report().quota().forEach(q -> qa.put(q.month(), q));
    Set<YearMonth> months = new java.util.TreeSet<>(qb.keySet());
    months.addAll(qa.keySet());
    List<QuotaChange> qc = new ArrayList<>();
    for (YearMonth m : months) {
      Optional<QuotaVerdict> b = Optional.ofNullable(qb.get(m));
      Optional<QuotaVerdict> a = Optional.ofNullable(qa.get(m));
      if (!b.map(QuotaVerdict::status).equals(a.map(QuotaVerdict::status))) {
        qc.add(new QuotaChange(m, b, a));
      }
    }
    this.quotaChanges = List.copyOf(qc);
  }

  /** Evaluates {@code inputs} as of {@code asOf} under {@code base}'s agreement and under {@code changed}. */
  public static WhatIf compare(SlaEvaluator base, SlaAgreement changed, Collection<SlaInput> inputs, Instant asOf) {
    requireNonNull(base, "base");
    requireNonNull(changed, "changed");
    return new WhatIf(base.evaluate(inputs, asOf), base.withAgreement(changed).evaluate(inputs, asOf));
  }

  /** The evaluation under the base agreement. */
  public SlaEvaluation base() {
    return base;
  }

  /** The evaluation under the changed agreement. */
  public SlaEvaluation changed() {
    return changed;
  }

  /** The per-lead verdicts whose status differs, by lead, in key order of the base agreement. */
  public List<Change> changes() {
    return changes;
  }

  /** The months whose quota verdict differs. */
  public List<QuotaChange> quotaChanges() {
    return quotaChanges;
  }

  /**
   * What this comparison says without its evaluations: the agreements' names and the differing statuses with
   * their reasons ({@link WhatIfSummary}, the what-if document revops-json writes and reads back). Cost: linear
   * in the number of changes.
   */
  public WhatIfSummary summary() {
    return WhatIfSummary.of(this);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("What if \"").append(base.report().agreement().name()).append("\" → \"")
        .append(changed.report().agreement().name()).append("\": ").append(changes.size())
        .append(" verdict(s) differ");
    changes.forEach(c -> sb.append("\n  ").append(c));
    quotaChanges.forEach(q -> sb.append("\n  ").append(q.month()).append(" quota: ")
        .append(q.before().map(v -> v.status().name()).orElse("-")).append(" → ")
        .append(q.after().map(v -> v.status().name()).orElse("-")));
    return sb.toString();
  }
}
