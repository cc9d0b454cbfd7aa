package io.revops.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The T of BANT: when the lead plans to solve its problem — by a date, within a period from the
 * moment it said so, or unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timeline {
  private static final Timeline UNKNOWN = new Timeline(null, null, null);

  private final LocalDate by;
  private final Period within;
  private final LocalDate statedOn;

  private Timeline(LocalDate by, Period within, LocalDate statedOn) {
    this.by = by;
    this.within = within;
    this.statedOn = statedOn;
  }

  /** No timeline known. */
  public static Timeline unknown() {
    return UNKNOWN;
  }

  /** Plans to solve it by {@code date}. */
  public static Timeline by(LocalDate date) {
    return new Timeline(requireNonNull(date, "date"), null, null);
  }

  /** Said on {@code statedOn} that it plans to solve it within {@code period}. */
  public static Timeline within(Period period, LocalDate statedOn) {
    requireNonNull(period, "period");
    requireNonNull(statedOn, "statedOn");
    checkArgument(!period.isNegative(), "period must not be negative: %s", period);
    return new Timeline(null, period, statedOn);
  }

  /** True if no timeline is known. */
  public boolean isUnknown() {
    return by == null && within == null;
  }

  /** The latest date by which the lead plans to act, if known. */
  public Optional<LocalDate> deadline() {
    if (by != null) return Optional.of(by);
    if (within != null) return Optional.of(statedOn.plus(within));
    return Optional.empty();
  }

  /** The period, if the timeline was given as one. */
  public Optional<Period> period() {
    return Optional.ofNullable(within);
  }

  /** The date the period was stated, if the timeline was given as a period. */
  public Optional<LocalDate> statedOn() {
    return Optional.ofNullable(statedOn);
  }

  /**
   * Whether the lead plans to act within {@code horizon} of {@code asOf}: YES or NO if the timeline is
   * known and current, UNKNOWN if it is unknown or stale — a deadline already past on {@code asOf} says
   * nothing about the lead's plans now, so the question has to be asked again.
   */
  public BantAnswer isWithin(Period horizon, LocalDate asOf) {
    requireNonNull(horizon, "horizon");
    requireNonNull(asOf, "asOf");
    return deadline()
        .map(d -> d.isBefore(asOf) ? BantAnswer.UNKNOWN : BantAnswer.of(!d.isAfter(asOf.plus(horizon))))
        .orElse(BantAnswer.UNKNOWN);
  }

  /** True if the timeline is known and its deadline is before {@code asOf}. */
  public boolean isStale(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return deadline().map(d -> d.isBefore(asOf)).orElse(false);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Timeline t && Objects.equals(by, t.by) && Objects.equals(within, t.within)
        && Objects.equals(statedOn, t.statedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(by, within, statedOn);
  }

  @Override
  public String toString() {
    if (by != null) return "by " + by;
    if (within != null) return "within " + within + " of " + statedOn;
    return "unknown";
  }
}
