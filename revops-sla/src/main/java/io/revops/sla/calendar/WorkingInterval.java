package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open interval {@code [start, end)} of working time.
 *
 * @param start first working instant
 * @param end first instant after it
 */
public record WorkingInterval(Instant start, Instant end) {
  /** Validates the interval. */
  public WorkingInterval {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end must not be before start: %s < %s", end, start);
  }

  /** The interval's length. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
