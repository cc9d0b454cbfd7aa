package io.revops.core.flywheel;

import io.revops.core.funnel.Department;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
public final class Force {
  private final AuditItem item;

  private Force(AuditItem item) {
    this.item = item;
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

  /** The flywheel phase it acts on. */
  public FlywheelPhase phase() {
    return item.phase();
  }

  /** The department it is tied to. */
  public Department department() {
    return item.department();
  }

  /** What it is. */
  public String description() {
    return item.description();
  }

  /** The data that shows it, if any. */
  public Optional<String> evidence() {
    return Optional.ofNullable(item.evidence());
  }

  /** How strong it is, if judged. */
  public Optional<Magnitude> magnitude() {
    return Optional.ofNullable(item.magnitude());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Force x && item.equals(x.item);
  }

  @Override
  public int hashCode() {
    return item.hashCode();
  }

  /** "ATTRACT/MARKETING: description [evidence] (HIGH)". */
  @Override
  public String toString() {
    return item.toString();
  }
}
