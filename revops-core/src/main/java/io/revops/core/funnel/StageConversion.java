package io.revops.core.funnel;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The conversion from one lifecycle stage to a later one, {@code toCount / fromCount}, or the reason it
 * cannot be computed.
 *
 * <p>A conversion is {@link Status#DEFINED} when the earlier stage has a positive count that is not
 * smaller than the later one; {@link Status#NO_BASE} when the earlier stage is zero (never 0% or NaN);
 * {@link Status#INCONSISTENT} when the later stage holds more than the earlier one — counts taken from
 * different periods or systems — reported, not thrown; {@link Status#NOT_RECORDED} when a stage (the
 * optional opportunity) is absent from the snapshot.
 *
 * <pre>{@code
 * StageConversion c = StageConversion.of(LifecycleStage.MQL, LifecycleStage.SQL, 200, 24);
 * c.rate();      // Optional[12%]
 * c.toString();  // "MQL→SQL 12% (24 of 200)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageConversion {
  /** Whether a conversion could be computed, and if not, why. */
  public enum Status {
    /** The rate is defined. */
    DEFINED,
    /** The earlier stage is zero: nothing to convert. */
    NO_BASE,
    /** The later stage holds more than the earlier one. */
    INCONSISTENT,
    /** One of the stages is not recorded in the snapshot. */
    NOT_RECORDED
  }

  private final LifecycleStage from;
  private final LifecycleStage to;
  private final Long fromCount;
  private final Long toCount;

  private StageConversion(LifecycleStage from, LifecycleStage to, Long fromCount, Long toCount) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(from.isBefore(to), "from must be a stage before to: %s -> %s", from, to);
    checkArgument(fromCount == null || fromCount >= 0, "count of %s must not be negative: %s", from, fromCount);
    checkArgument(toCount == null || toCount >= 0, "count of %s must not be negative: %s", to, toCount);
    this.from = from;
    this.to = to;
    this.fromCount = fromCount;
    this.toCount = toCount;
  }

  /**
   * The conversion from {@code from} ({@code fromCount}) to the later stage {@code to} ({@code toCount}).
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to} or a count is negative
   */
  public static StageConversion of(LifecycleStage from, LifecycleStage to, long fromCount, long toCount) {
    return new StageConversion(from, to, fromCount, toCount);
  }

  /**
   * The conversion from {@code from} to {@code to} where either count may be unrecorded (empty), as for
   * the optional opportunity stage; with an empty count the status is {@link Status#NOT_RECORDED}.
   */
  public static StageConversion of(LifecycleStage from, LifecycleStage to, OptionalLong fromCount,
      OptionalLong toCount) {
    requireNonNull(fromCount, "fromCount");
    requireNonNull(toCount, "toCount");
    return new StageConversion(from, to, fromCount.isPresent() ? fromCount.getAsLong() : null,
        toCount.isPresent() ? toCount.getAsLong() : null);
  }

  /** The earlier stage. */
  public LifecycleStage from() {
    return from;
  }

  /** The later stage. */
  public LifecycleStage to() {
    return to;
  }

  /** The count at the earlier stage, if recorded. */
  public OptionalLong fromCount() {
    return fromCount == null ? OptionalLong.empty() : OptionalLong.of(fromCount);
  }

  /** The count at the later stage, if recorded. */
  public OptionalLong toCount() {
    return toCount == null ? OptionalLong.empty() : OptionalLong.of(toCount);
  }

  /** Whether the rate is defined, and if not, why. */
  public Status status() {
    if (fromCount == null || toCount == null) {
      return Status.NOT_RECORDED;
    }
    if (toCount > fromCount) {
      return Status.INCONSISTENT;
    }
    if (fromCount == 0) {
      return Status.NO_BASE;
    }
    return Status.DEFINED;
  }

  /** True if the rate is defined. */
  public boolean isDefined() {
    return status() == Status.DEFINED;
  }

  /** {@code toCount / fromCount} when {@link #isDefined()}, else empty. */
  public Optional<Rate> rate() {
    return isDefined() ? Optional.of(Rate.ofFraction(toCount, fromCount)) : Optional.empty();
  }

  /** "MQL→SQL", the transition's label. */
  public String label() {
    return from.label() + "→" + to.label();
  }

  /** Why the rate is undefined, or the computation ("24 of 200") when it is defined. */
  public String explanation() {
    return switch (status()) {
      case DEFINED -> toCount + " of " + fromCount;
      case NO_BASE -> "no " + from.label() + " to convert (0)";
      case INCONSISTENT -> to.label() + " " + toCount + " > " + from.label() + " " + fromCount
          + ": a later stage cannot hold more than an earlier one (counts from different periods or sources?)";
      case NOT_RECORDED -> (fromCount == null ? from : to).label() + " is not recorded";
    };
  }

  /**
   * The rate as a short percentage: at most one decimal from 1% up ("12%", "33.3%"), two significant
   * digits below 1% ("0.06%", "0.033%") so that a small but non-zero rate never reads as 0%; empty when
   * undefined.
   */
  public Optional<String> shortPercent() {
    return rate().map(StageConversion::shortPercent);
  }

  static String shortPercent(Rate r) {
    BigDecimal exact = r.toPercent();
    BigDecimal p = (exact.compareTo(BigDecimal.ONE) < 0
        ? exact.round(new MathContext(2, RoundingMode.HALF_EVEN))
        : exact.setScale(1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StageConversion c && from == c.from && to == c.to && Objects.equals(fromCount, c.fromCount)
        && Objects.equals(toCount, c.toCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, fromCount, toCount);
  }

  /** "MQL→SQL 12% (24 of 200)" or "MQL→SQL undefined: no MQL to convert (0)". */
  @Override
  public String toString() {
    return isDefined()
        ? label() + " " + shortPercent(rate().orElseThrow()) + " (" + explanation() + ")"
        : label() + " undefined: " + explanation();
  }
}
