package io.revops.core.flywheel;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.Department;
import java.util.Objects;
import java.util.Optional;

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
public final class Friction {
  private final FlywheelPhase phase;
  private final Department department;
  private final String description;
  private final String evidence;
  private final Magnitude magnitude;

  private Friction(FlywheelPhase phase, Department department, String description, String evidence,
      Magnitude magnitude) {
    this.phase = requireNonNull(phase, "phase");
    this.department = requireNonNull(department, "department");
    requireNonNull(description, "description");
    checkArgument(!description.isBlank(), "description must not be blank: \"%s\"", description);
    checkArgument(evidence == null || !evidence.isBlank(), "evidence must not be blank: \"%s\"", evidence);
    this.description = description.trim();
    this.evidence = evidence == null ? null : evidence.trim();
    this.magnitude = magnitude;
  }

  /** What slows the flywheel in {@code phase}, owned by {@code department}. */
  public static Friction of(FlywheelPhase phase, Department department, String description) {
    return new Friction(phase, department, description, null, null);
  }

  /** This one with {@code evidence}: the data that shows it. */
  public Friction withEvidence(String evidence) {
    return new Friction(phase, department, description, requireNonNull(evidence, "evidence"), magnitude);
  }

  /** This one with {@code magnitude}. */
  public Friction withMagnitude(Magnitude magnitude) {
    return new Friction(phase, department, description, evidence, requireNonNull(magnitude, "magnitude"));
  }

  /** The flywheel phase it acts on. */
  public FlywheelPhase phase() {
    return phase;
  }

  /** The department it is tied to. */
  public Department department() {
    return department;
  }

  /** What it is. */
  public String description() {
    return description;
  }

  /** The data that shows it, if any. */
  public Optional<String> evidence() {
    return Optional.ofNullable(evidence);
  }

  /** How strong it is, if judged. */
  public Optional<Magnitude> magnitude() {
    return Optional.ofNullable(magnitude);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Friction x && phase == x.phase && department == x.department && description.equals(x.description)
        && Objects.equals(evidence, x.evidence) && magnitude == x.magnitude;
  }

  @Override
  public int hashCode() {
    return Objects.hash(phase, department, description, evidence, magnitude);
  }

  /** "ATTRACT/MARKETING: description [evidence] (HIGH)". */
  @Override
  public String toString() {
    return phase + "/" + department + ": " + description + (evidence == null ? "" : " [" + evidence + "]")
        + (magnitude == null ? "" : " (" + magnitude + ")");
  }
}
