package io.revops.core.flywheel;

import io.revops.core.funnel.Department;

/**
 * A friction: a bottleneck or imbalance that slows the flywheel — a confusing user journey, slow replies by
 * sales, poor instructions by service, or, {@link Department#INTERNAL}, conflicts between departments,
 * scattered data storage, staff turnover.
 *
 * <p>Each is tied to a flywheel phase and a department, and may carry evidence (the data that shows it)
 * and a magnitude.
 *
 * <pre>{@code
 * Friction.of(FlywheelPhase.ENGAGE, Department.SALES, "slow first response")
 *     .withEvidence("MQL→SQL 12% — lowest stage conversion");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Friction extends AuditEntry {
  private Friction(AuditItem item) {
    super(item);
  }

  /** What slows the flywheel in {@code phase}, owned by {@code department}. */
  public static Friction of(FlywheelPhase phase, Department department, String description) {
    return new Friction(new AuditItem(phase, department, description, null, null));
  }

  /** This friction with {@code evidence}: the data that shows it. */
  public Friction withEvidence(String evidence) {
    return new Friction(item.withEvidence(evidence));
  }

  /** This friction with {@code magnitude}. */
  public Friction withMagnitude(Magnitude magnitude) {
    return new Friction(item.withMagnitude(magnitude));
  }
}
