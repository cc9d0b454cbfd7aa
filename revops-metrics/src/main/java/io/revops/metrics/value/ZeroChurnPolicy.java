package io.revops.metrics.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Rate;
import io.revops.metrics.Policy;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What churn-based LTV (ARPA × margin / monthly churn) does when churn is zero — and, for the floor and
 * the cap, when churn is so low that LTV runs away.
 *
 * <ul>
 *   <li>{@link #undefined()} (the default): zero churn gives no LTV, reason {@code "zero churn"}.</li>
 *   <li>{@link #churnFloor(Rate)}: churn below the floor counts as the floor.</li>
 *   <li>{@link #lifetimeCap(long)}: the expected lifetime 1 / churn counts as at most the cap, and a
 *       zero churn as the cap.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ZeroChurnPolicy implements Policy {
  /** The three ways to handle zero churn. */
  public enum Kind {
    /** Zero churn: LTV not computable. */
    UNDEFINED,
    /** Churn raised to a floor. */
    CHURN_FLOOR,
    /** Lifetime capped at a number of months. */
    LIFETIME_CAP
  }

  private static final ZeroChurnPolicy UNDEFINED = new ZeroChurnPolicy(Kind.UNDEFINED, null, null);

  private final Kind kind;
  private final Rate floor;
  private final BigDecimal capMonths;

  private ZeroChurnPolicy(Kind kind, Rate floor, BigDecimal capMonths) {
    this.kind = kind;
    this.floor = floor;
    this.capMonths = capMonths;
  }

  /** Zero churn gives no LTV, reason {@code "zero churn"}: the default. */
  public static ZeroChurnPolicy undefined() {
    return UNDEFINED;
  }

  /**
   * Monthly churn below {@code floor} counts as {@code floor}.
   *
   * @throws IllegalArgumentException if {@code floor} is zero
   */
  public static ZeroChurnPolicy churnFloor(Rate floor) {
    requireNonNull(floor, "churnFloor");
    checkArgument(!floor.isZero(), "churnFloor must be positive: %s", floor);
    return new ZeroChurnPolicy(Kind.CHURN_FLOOR, floor, null);
  }

  /**
   * The expected lifetime counts as at most {@code months} months.
   *
   * @throws IllegalArgumentException if {@code months} is not positive
   */
  public static ZeroChurnPolicy lifetimeCap(long months) {
    return lifetimeCap(BigDecimal.valueOf(months));
  }

  /**
   * The expected lifetime counts as at most {@code months} months.
   *
   * @throws IllegalArgumentException if {@code months} is not positive
   */
  public static ZeroChurnPolicy lifetimeCap(BigDecimal months) {
    Args.decimal("lifetimeCapMonths", months);
    checkArgument(months.signum() > 0, "lifetimeCapMonths must be positive: %s", Args.plain(months));
    BigDecimal m = months.stripTrailingZeros();
    return new ZeroChurnPolicy(Kind.LIFETIME_CAP, null, m.scale() < 0 ? m.setScale(0) : m);
  }

  /** Which of the three. */
  public Kind kind() {
    return kind;
  }

  /** The churn floor, for {@link Kind#CHURN_FLOOR}. */
  public Optional<Rate> churnFloor() {
    return Optional.ofNullable(floor);
  }

  /** The lifetime cap in months, for {@link Kind#LIFETIME_CAP}. */
  public Optional<BigDecimal> lifetimeCapMonths() {
    return Optional.ofNullable(capMonths);
  }

  @Override
  public String label() {
    return switch (kind) {
      case UNDEFINED -> "zero churn undefined";
      case CHURN_FLOOR -> "churn floored at " + floor;
      case LIFETIME_CAP -> "lifetime capped at " + capMonths.toPlainString() + " months";
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ZeroChurnPolicy p && kind == p.kind && Objects.equals(floor, p.floor)
        && Objects.equals(capMonths, p.capMonths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, floor, capMonths);
  }

  /** The label, e.g. {@code "churn floored at 1%"}. */
  @Override
  public String toString() {
    return label();
  }
}
