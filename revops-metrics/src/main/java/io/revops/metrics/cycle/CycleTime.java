package io.revops.metrics.cycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A length of time in a sales cycle, printed in days.
 *
 * <p>{@code toString()} prints the days rounded half-even to two decimals, trailing zeros dropped:
 * {@code "90 days"}, {@code "12.5 days"}. {@link #duration()} and {@link #toDays()} are exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CycleTime implements Comparable<CycleTime> {
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  /** The most days a {@link Duration} holds: {@code Long.MAX_VALUE} seconds, in whole days. */
  public static final long MAX_DAYS = Long.MAX_VALUE / 86_400;

  private final Duration duration;

  private CycleTime(Duration duration) {
    this.duration = duration;
  }

  /**
   * The cycle time {@code duration}.
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public static CycleTime of(Duration duration) {
    requireNonNull(duration, "duration");
    checkArgument(!duration.isNegative(), "duration must not be negative: %s", duration);
    return new CycleTime(duration);
  }

  /**
   * The cycle time of {@code days} whole days.
   *
   * @throws IllegalArgumentException if {@code days} is negative or more than {@link #MAX_DAYS}
   */
  public static CycleTime ofDays(long days) {
    checkArgument(days >= 0 && days <= MAX_DAYS, "days must be in [0, %s]: %s", MAX_DAYS, days);
    return of(Duration.ofDays(days));
  }

  /** The exact duration. */
  public Duration duration() {
    return duration;
  }

  /** The exact number of days, e.g. {@code 12.5}. */
  public BigDecimal toDays() {
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    BigDecimal days = seconds.divide(SECONDS_PER_DAY, 20, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return days.scale() < 0 ? days.setScale(0) : days;
  }

  @Override
  public int compareTo(CycleTime o) {
    return duration.compareTo(o.duration);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CycleTime t && duration.equals(t.duration);
  }

  @Override
  public int hashCode() {
    return duration.hashCode();
  }

  @Override
  public String toString() {
    BigDecimal d = toDays().setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    d = d.scale() < 0 ? d.setScale(0) : d;
    return d.toPlainString() + (d.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
  }
}
