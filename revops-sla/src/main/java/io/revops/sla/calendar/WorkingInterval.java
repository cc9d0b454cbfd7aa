package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

  /** Appends {@code [s, e)} to {@code out}, joined to the last interval if that ends at {@code s}. */
  static void appendJoined(List<WorkingInterval> out, Instant s, Instant e) {
    int n = out.size();
    if (n > 0 && out.get(n - 1).end().equals(s)) {
      out.set(n - 1, new WorkingInterval(out.get(n - 1).start(), e));
    } else {
      out.add(new WorkingInterval(s, e));
    }
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
