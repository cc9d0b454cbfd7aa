package io.revops.metrics.cycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.Duration;
import java.time.Instant;

/**
 * One deal's time in the sales cycle: from its start to its win or loss, or, if still open, to the
 * evaluation instant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dealId the deal (or lead) id, for reports
 * @param duration the time from start to close, or to the evaluation instant if open
 * @param outcome won, lost or still open
 */
public record CycleObservation(String dealId, Duration duration, Outcome outcome) {
  /** How a deal stands. */
  public enum Outcome {
    /** Won: the cycle ended. */
    WON,
    /** Lost. */
    LOST,
    /** Still open at the evaluation instant. */
    OPEN
  }

  /** Validates the observation. */
  public CycleObservation {
    Args.text("dealId", dealId);
    requireNonNull(duration, "duration");
    requireNonNull(outcome, "outcome");
    checkArgument(!duration.isNegative(), "duration must not be negative: %s (deal %s)", duration, dealId);
  }

  /** A deal won {@code duration} after its start. */
  public static CycleObservation won(String dealId, Duration duration) {
    return new CycleObservation(dealId, duration, Outcome.WON);
  }

  /** A deal started at {@code start} and won at {@code end}. */
  public static CycleObservation won(String dealId, Instant start, Instant end) {
    return new CycleObservation(dealId, between(dealId, start, end, "end"), Outcome.WON);
  }

  /** A deal started at {@code start} and lost at {@code end}. */
  public static CycleObservation lost(String dealId, Instant start, Instant end) {
    return new CycleObservation(dealId, between(dealId, start, end, "end"), Outcome.LOST);
  }

  /** A deal started at {@code start} and still open at {@code asOf}. */
  public static CycleObservation open(String dealId, Instant start, Instant asOf) {
    return new CycleObservation(dealId, between(dealId, start, asOf, "asOf"), Outcome.OPEN);
  }

  private static Duration between(String dealId, Instant start, Instant end, String endName) {
    requireNonNull(start, "start");
    requireNonNull(end, endName);
    checkArgument(!end.isBefore(start), "%s must not be before start: %s %s, start %s (deal %s)", endName, endName,
        end, start, dealId);
    return Duration.between(start, end);
  }
}
