package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A net revenue retention value: the exact ratio and its {@link NrrBand}.
 *
 * <p>{@code toString()} prints the percentage rounded half-even to two decimals, trailing zeros dropped,
 * and the band: {@code "120%, growing"}. {@link #ratio()} is exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NetRetention implements Comparable<NetRetention> {
  private final Ratio ratio;

  private NetRetention(Ratio ratio) {
    this.ratio = requireNonNull(ratio, "ratio");
  }

  /** The NRR with the ratio {@code ratio}, e.g. {@code Ratio.of("1.2")} for 120%. */
  public static NetRetention of(Ratio ratio) {
    return new NetRetention(ratio);
  }

  /** The exact ratio, e.g. {@code 1.2}. */
  public Ratio ratio() {
    return ratio;
  }

  /** The exact percentage, e.g. {@code 120}. */
  public BigDecimal toPercent() {
    return ratio.toPercent();
  }

  /** The band: losing to churn, holding, growing or world class. */
  public NrrBand band() {
    return NrrBand.of(ratio);
  }

  @Override
  public int compareTo(NetRetention o) {
    return ratio.compareTo(o.ratio);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NetRetention n && ratio.equals(n.ratio);
  }

  @Override
  public int hashCode() {
    return ratio.hashCode();
  }

  @Override
  public String toString() {
    return percent(ratio.toPercent()) + ", " + band().label();
  }

  static String percent(BigDecimal percent) {
    BigDecimal p = percent.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }
}
