package io.revops.core.flywheel;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.funnel.Department;

/**
 * What a {@link Force} and a {@link Friction} hold alike — phase, department, description, optional evidence
 * and magnitude — validated, compared and printed in one place so the two cannot drift apart.
 */
record AuditItem(FlywheelPhase phase, Department department, String description, String evidence,
    Magnitude magnitude) {
  AuditItem {
    requireNonNull(phase, "phase");
    requireNonNull(department, "department");
    requireNonNull(description, "description");
    Args.text("description", description);
    if (evidence != null) {
      Args.text("evidence", evidence);
    }
    description = description.trim();
    evidence = evidence == null ? null : evidence.trim();
  }

  AuditItem withEvidence(String evidence) {
    return new AuditItem(phase, department, description, requireNonNull(evidence, "evidence"), magnitude);
  }

  AuditItem withMagnitude(Magnitude magnitude) {
    return new AuditItem(phase, department, description, evidence, requireNonNull(magnitude, "magnitude"));
  }

  /** "ATTRACT/MARKETING: description [evidence] (HIGH)". */
  @Override
  public String toString() {
    return phase + "/" + department + ": " + description + (evidence == null ? "" : " [" + evidence + "]")
        + (magnitude == null ? "" : " (" + magnitude + ")");
  }
}
