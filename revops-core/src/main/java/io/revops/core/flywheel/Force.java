package io.revops.core.flywheel;

import io.revops.core.funnel.Department;

/**
 * A force: a process that accelerates the flywheel systematically, not once — inbound marketing, lead
 * nurturing, 24/7 support, sales motivated on response speed.
 *
 * <p>Each is tied to a flywheel phase and a department, and may carry evidence (the data that shows it)
 * and a magnitude.
 *
 * <pre>{@code
 * Force.of(FlywheelPhase.ATTRACT, Department.MARKETING, "inbound marketing");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Force extends AuditEntry {
  private Force(AuditItem item) {
    super(item);
  }

  /** What accelerates the flywheel in {@code phase}, owned by {@code department}. */
  public static Force of(FlywheelPhase phase, Department department, String description) {
    return new Force(new AuditItem(phase, department, description, null, null));
  }

  /** This force with {@code evidence}: the data that shows it. */
  public Force withEvidence(String evidence) {
    return new Force(item.withEvidence(evidence));
  }

  /** This force with {@code magnitude}. */
  public Force withMagnitude(Magnitude magnitude) {
    return new Force(item.withMagnitude(magnitude));
  }
}
