package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Speed-to-lead buckets: how long after the MQL instant the first contact came (elapsed time, as in the
 * handbook's "within 5 minutes converts 9 times better than after an hour").
 */
public enum ResponseBucket {
  /** Within 5 minutes. */
  WITHIN_5_MINUTES("≤ 5 min"),
  /** Over 5 minutes, within 1 hour. */
  WITHIN_1_HOUR("≤ 1 h"),
  /** Over 1 hour, within 24 hours. */
  WITHIN_24_HOURS("≤ 24 h"),
  /** Over 24 hours. */
  LATER("later"),
  /** No contact by the evaluation instant. */
  NEVER("never");

  private final String label;

  ResponseBucket(String label) {
    this.label = label;
  }

  /**
   * The bucket of a first response {@code elapsed} after the MQL instant; each bound is inclusive (exactly
   * 5 minutes is {@link #WITHIN_5_MINUTES}).
   *
   * @throws IllegalArgumentException if {@code elapsed} is negative (a response before the MQL instant)
   */
  public static ResponseBucket of(Duration elapsed) {
    requireNonNull(elapsed, "elapsed");
    checkArgument(!elapsed.isNegative(),
        "elapsed must not be negative (a response before the MQL instant): %s", elapsed);
    if (elapsed.compareTo(Duration.ofMinutes(5)) <= 0) {
      return WITHIN_5_MINUTES;
    }
    if (elapsed.compareTo(Duration.ofHours(1)) <= 0) {
      return WITHIN_1_HOUR;
    }
    if (elapsed.compareTo(Duration.ofHours(24)) <= 0) {
      return WITHIN_24_HOURS;
    }
    return LATER;
  }

  /** The table label, e.g. {@code "≤ 5 min"}. */
  public String label() {
    return label;
  }
}
