package io.revops.metrics.service;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Mean and median ticket resolution time over the resolved tickets, and how many tickets were resolved
 * and how many were still open (and so left out).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResolutionTimes {
  private final Duration mean;
  private final Duration median;
  private final long resolved;
  private final long open;

  private ResolutionTimes(Duration mean, Duration median, long resolved, long open) {
    this.mean = requireNonNull(mean, "mean");
    this.median = requireNonNull(median, "median");
    checkArgument(!mean.isNegative(), "mean must not be negative: %s", mean);
    checkArgument(!median.isNegative(), "median must not be negative: %s", median);
    checkArgument(resolved > 0, "resolved must be positive: %s", resolved);
    checkArgument(open >= 0, "open must not be negative: %s", open);
    this.resolved = resolved;
    this.open = open;
  }

  /**
   * Resolution times over {@code resolved} tickets, with {@code open} tickets left out.
   *
   * @throws IllegalArgumentException if {@code mean} or {@code median} is negative, {@code resolved} is not
   *     positive or {@code open} is negative
   */
  public static ResolutionTimes of(Duration mean, Duration median, long resolved, long open) {
    return new ResolutionTimes(mean, median, resolved, open);
  }

  /** The mean time to resolution. */
  public Duration mean() {
    return mean;
  }

  /** The median time to resolution (the mean of the two middle ones for an even count). */
  public Duration median() {
    return median;
  }

  /** Tickets resolved, the ones measured. */
  public long resolved() {
    return resolved;
  }

  /** Tickets still open, left out of the mean and median. */
  public long open() {
    return open;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResolutionTimes r && mean.equals(r.mean) && median.equals(r.median)
        && resolved == r.resolved && open == r.open;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mean, median, resolved, open);
  }

  /** {@code mean PT5H, median PT4H}. */
  @Override
  public String toString() {
    return "mean " + mean + ", median " + median;
  }
}
