package io.revops.metrics.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Ratio;
import io.revops.metrics.Policy;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Thresholds that turn an LTV:CAC ratio into a {@link LtvCacHealth}: below {@code survivingFrom}
 * {@link LtvCacHealth#LOSING LOSING}; {@code survivingFrom} to below {@code healthyFrom}
 * {@link LtvCacHealth#SURVIVING SURVIVING}; {@code healthyFrom} to {@code healthyTo} inclusive
 * {@link LtvCacHealth#HEALTHY HEALTHY}; above {@code healthyTo} {@link LtvCacHealth#UNDER_INVESTING UNDER_INVESTING}.
 *
 * <p>The {@link #defaults() defaults} are the handbook's 1, 3 and 5; the handbook leaves 2–3 and 4–5
 * open, and these bands close them (2.5 is surviving, 4.5 healthy).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LtvCacBands implements Policy {
  private static final LtvCacBands DEFAULTS = new LtvCacBands(BigDecimal.ONE, BigDecimal.valueOf(3), BigDecimal.valueOf(5));

  private final BigDecimal survivingFrom;
  private final BigDecimal healthyFrom;
  private final BigDecimal healthyTo;

  private LtvCacBands(BigDecimal survivingFrom, BigDecimal healthyFrom, BigDecimal healthyTo) {
    Args.decimal("survivingFrom", survivingFrom);
    Args.decimal("healthyFrom", healthyFrom);
    Args.decimal("healthyTo", healthyTo);
    checkArgument(survivingFrom.signum() >= 0, "survivingFrom must not be negative: %s", Args.plain(survivingFrom));
    checkArgument(healthyFrom.compareTo(survivingFrom) > 0, "healthyFrom must be greater than survivingFrom: healthyFrom=%s, survivingFrom=%s",
        Args.plain(healthyFrom), Args.plain(survivingFrom));
    checkArgument(healthyTo.compareTo(healthyFrom) > 0, "healthyTo must be greater than healthyFrom: healthyTo=%s, healthyFrom=%s",
        Args.plain(healthyTo), Args.plain(healthyFrom));
    this.survivingFrom = strip(survivingFrom);
    this.healthyFrom = strip(healthyFrom);
    this.healthyTo = strip(healthyTo);
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** The handbook's bands: 1, 3, 5. */
  public static LtvCacBands defaults() {
    return DEFAULTS;
  }

  /**
   * Bands with the given thresholds.
   *
   * @throws IllegalArgumentException unless {@code 0 <= survivingFrom < healthyFrom < healthyTo}
   */
  public static LtvCacBands of(BigDecimal survivingFrom, BigDecimal healthyFrom, BigDecimal healthyTo) {
    return new LtvCacBands(survivingFrom, healthyFrom, healthyTo);
  }

  /**
   * Bands with the given thresholds as decimal strings, e.g. {@code of("1", "3", "5")}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= survivingFrom < healthyFrom < healthyTo}
   */
  public static LtvCacBands of(String survivingFrom, String healthyFrom, String healthyTo) {
    return new LtvCacBands(Args.decimal("survivingFrom", survivingFrom), Args.decimal("healthyFrom", healthyFrom),
        Args.decimal("healthyTo", healthyTo));
  }

  /** The lowest surviving ratio (1 by default); below it, losing. */
  public BigDecimal survivingFrom() {
    return survivingFrom;
  }

  /** The lowest healthy ratio (3 by default). */
  public BigDecimal healthyFrom() {
    return healthyFrom;
  }

  /** The highest healthy ratio (5 by default); above it, under-investing. */
  public BigDecimal healthyTo() {
    return healthyTo;
  }

  /** The health of {@code ltvToCac}. */
  public LtvCacHealth classify(Ratio ltvToCac) {
    BigDecimal v = requireNonNull(ltvToCac, "ltvToCac").toBigDecimal();
    if (v.compareTo(survivingFrom) < 0) {
      return LtvCacHealth.LOSING;
    }
    if (v.compareTo(healthyFrom) < 0) {
      return LtvCacHealth.SURVIVING;
    }
    return v.compareTo(healthyTo) <= 0 ? LtvCacHealth.HEALTHY : LtvCacHealth.UNDER_INVESTING;
  }

  /** {@code "health bands 1/3/5"}. */
  @Override
  public String label() {
    return "health bands " + survivingFrom.toPlainString() + "/" + healthyFrom.toPlainString() + "/"
        + healthyTo.toPlainString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LtvCacBands b && survivingFrom.equals(b.survivingFrom) && healthyFrom.equals(b.healthyFrom)
        && healthyTo.equals(b.healthyTo);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(survivingFrom, healthyFrom, healthyTo);
  }

  /** The label, e.g. {@code "health bands 1/3/5"}. */
  @Override
  public String toString() {
    return label();
  }
}
