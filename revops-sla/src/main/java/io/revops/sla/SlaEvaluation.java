package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation that kept every lead's verdicts: the {@link SlaReport} plus the {@link LeadVerdicts}, ordered
 * by lead id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaEvaluation {
  private final SlaReport report;
  private final List<LeadVerdicts> leads;

  SlaEvaluation(SlaReport report, List<LeadVerdicts> leads) {
    this.report = requireNonNull(report, "report");
    this.leads = List.copyOf(leads);
  }

  /** The aggregates. */
  public SlaReport report() {
    return report;
  }

  /** Every lead's verdicts, by lead id. */
  public List<LeadVerdicts> leads() {
    return leads;
  }

  /** The verdicts of lead {@code id} (the first copy, if it appeared more than once). */
  public Optional<LeadVerdicts> lead(LeadId id) {
    requireNonNull(id, "id");
    return leads.stream().filter(l -> l.leadId().equals(id)).findFirst();
  }

  /** The verdicts of lead {@code id}. */
  public Optional<LeadVerdicts> lead(String id) {
    return lead(LeadId.of(id));
  }

  /** Every verdict, lead by lead. */
  public List<ObligationVerdict> verdicts() {
    return leads.stream().flatMap(l -> l.verdicts().values().stream()).toList();
  }

  /** The verdicts with {@code status}. */
  public List<ObligationVerdict> verdicts(VerdictStatus status) {
    requireNonNull(status, "status");
    return verdicts().stream().filter(v -> v.status() == status).toList();
  }

  /** The verdict of lead {@code id} on the obligation {@code key}, if any. */
  public Optional<ObligationVerdict> verdict(String id, String key) {
    return lead(id).flatMap(l -> l.verdict(key));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SlaEvaluation e && report.equals(e.report) && leads.equals(e.leads);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(report, leads);
  }

  @Override
  public String toString() {
    return report + "\n  " + verdicts(VerdictStatus.BREACHED).size() + " breached and "
        + verdicts(VerdictStatus.AT_RISK).size() + " at-risk verdicts; see leads()";
  }
}
