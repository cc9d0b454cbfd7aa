package io.revops.core.flywheel;

import io.revops.core.funnel.Department;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Force} and a {@link Friction} read alike, written once: the accessors over their
 * {@link AuditItem}, and equality within one kind (a force never equals a friction of the same content; both
 * print alike). Package-private: the public types are the two final subclasses, which keep their own factory and
 * {@code with…} methods so that each returns its own type.
 *
 * <p>Immutable and thread-safe; every accessor costs at most an {@link Optional}.
 */
abstract sealed class AuditEntry permits Force, Friction {
  final AuditItem item;

  AuditEntry(AuditItem item) {
    this.item = item;
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

  /** Equal to an entry of the same kind (force or friction) with the same content. */
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && item.equals(((AuditEntry) o).item);
  }

  @Override
  public final int hashCode() {
    return item.hashCode();
  }

  /** "ATTRACT/MARKETING: description [evidence] (HIGH)". */
  @Override
  public final String toString() {
    return item.toString();
  }
}
