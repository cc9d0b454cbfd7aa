package io.revops.metrics.service;

import static java.util.Objects.requireNonNull;

import io.revops.metrics.MetricResult;
import java.math.RoundingMode;

/**
 * Mean and median ticket resolution time in one call; see {@link TicketResolutionAccumulator} for the
 * rules and for computing it in parts.
 *
 * <pre>{@code
 * TicketResolution.of(tickets)
 * // ticket resolution time = mean PT5H, median PT4H (3 resolved tickets, 1 open ticket excluded)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TicketResolution {
  private TicketResolution() {}

  /** Resolution times of {@code tickets}, rounded to the nanosecond {@link RoundingMode#HALF_EVEN}. */
  public static MetricResult<ResolutionTimes> of(Iterable<Ticket> tickets) {
    return of(tickets, RoundingMode.HALF_EVEN);
  }

  /** Resolution times of {@code tickets}, rounded to the nanosecond with {@code rounding}. */
  public static MetricResult<ResolutionTimes> of(Iterable<Ticket> tickets, RoundingMode rounding) {
    requireNonNull(tickets, "tickets");
    return TicketResolutionAccumulator.create(rounding).addAll(tickets).result();
  }
}
