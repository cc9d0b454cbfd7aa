package io.revops.metrics.service;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A support ticket: opened at an instant, resolved at a later one or still open.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ticket {
  private final String id;
  private final Instant openedAt;
  private final Instant resolvedAt;

  private Ticket(String id, Instant openedAt, Instant resolvedAt) {
    requireNonNull(id, "id");
    Args.text("id", id);
    this.id = id;
    this.openedAt = requireNonNull(openedAt, "openedAt");
    this.resolvedAt = resolvedAt;
    checkArgument(resolvedAt == null || !resolvedAt.isBefore(openedAt),
        "resolvedAt must not be before openedAt: resolvedAt=%s, openedAt=%s (ticket %s)", resolvedAt, openedAt, id);
  }

  /**
   * A resolved ticket.
   *
   * @throws IllegalArgumentException if {@code resolvedAt} is before {@code openedAt}
   */
  public static Ticket resolved(String id, Instant openedAt, Instant resolvedAt) {
    return new Ticket(id, openedAt, requireNonNull(resolvedAt, "resolvedAt"));
  }

  /** A ticket still open. */
  public static Ticket open(String id, Instant openedAt) {
    return new Ticket(id, openedAt, null);
  }

  /** The ticket's id. */
  public String id() {
    return id;
  }

  /** When it was opened. */
  public Instant openedAt() {
    return openedAt;
  }

  /** When it was resolved, if it was. */
  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  /** True if still open. */
  public boolean isOpen() {
    return resolvedAt == null;
  }

  /** Time from opening to resolution, if resolved. */
  public Optional<Duration> resolutionTime() {
    return resolvedAt == null ? Optional.empty() : Optional.of(Duration.between(openedAt, resolvedAt));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ticket t && id.equals(t.id) && openedAt.equals(t.openedAt)
        && Objects.equals(resolvedAt, t.resolvedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, openedAt, resolvedAt);
  }

  /** {@code T-1 2026-03-02T09:00:00Z..2026-03-02T13:00:00Z} or {@code T-2 2026-03-02T09:00:00Z..open}. */
  @Override
  public String toString() {
    return id + " " + openedAt + ".." + (resolvedAt == null ? "open" : resolvedAt.toString());
  }
}
