package io.revops.metrics.review;

import io.revops.core.check.Args;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A relative improvement the handbook promises from RevOps, as a reference line for a {@link Change}: "sales
 * efficiency +12%: inside the handbook's +10–20%". The handbook's own list (chapter 1, "what results can RevOps
 * bring"): sales efficiency +10–20%, growth rate +19%, profit +15–20%, marketing ROI +100–200%. They are
 * illustrations, not measurements, and the library compares with them, never derives from them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HandbookRange {
  /** Sales efficiency +10–20% (e.g. the win rate, or revenue per rep). */
  public static final HandbookRange SALES_EFFICIENCY = ofPercent("sales efficiency", 10, 20);
  /** Growth rate +19%. */
  public static final HandbookRange GROWTH = ofPercent("growth rate", 19, 19);
  /** Profit +15–20%. */
  public static final HandbookRange PROFIT = ofPercent("profit", 15, 20);
  /** Marketing ROI +100–200%. */
  public static final HandbookRange MARKETING_ROI = ofPercent("marketing ROI", 100, 200);

  private final String name;
  private final BigDecimal low;
  private final BigDecimal high;

  private HandbookRange(String name, BigDecimal low, BigDecimal high) {
    this.name = name;
    this.low = low;
    this.high = high;
  }

  /**
   * A range of relative changes in percent, {@code low} to {@code high} ({@code +10} to {@code +20}).
   *
   * @throws IllegalArgumentException if the name is blank or {@code low > high}
   */
  public static HandbookRange ofPercent(String name, long low, long high) {
    Args.text("name", name);
    checkArgument(low <= high, "low must not be above high: low %s, high %s", low, high);
    return new HandbookRange(name, BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  /** The name, e.g. {@code sales efficiency}. */
  public String name() {
    return name;
  }

  /** The lowest promised relative change, in percent. */
  public BigDecimal lowPercent() {
    return low;
  }

  /** The highest promised relative change, in percent. */
  public BigDecimal highPercent() {
    return high;
  }

  /** Where a relative change (in percent) falls: {@code inside the handbook's +10–20% (sales efficiency)}. */
  public String place(double relativePercent) {
    String where = relativePercent < low.doubleValue() ? "below" : relativePercent > high.doubleValue() ? "above" : "inside";
    return where + " the handbook's " + this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HandbookRange r && name.equals(r.name) && low.compareTo(r.low) == 0 && high.compareTo(r.high) == 0;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + low.stripTrailingZeros().hashCode() * 7 + high.stripTrailingZeros().hashCode();
  }

  /** {@code +10–20% (sales efficiency)}. */
  @Override
  public String toString() {
    String l = signed(low);
    return (low.compareTo(high) == 0 ? l : l + "–" + high.setScale(0, RoundingMode.HALF_EVEN).toPlainString()) + "% (" + name + ")";
  }

  private static String signed(BigDecimal v) {
    return (v.signum() >= 0 ? "+" : "") + v.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }
}
