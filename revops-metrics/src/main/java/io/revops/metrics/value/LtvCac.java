package io.revops.metrics.value;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * LTV:CAC — how many times a customer's lifetime value covers what they cost to acquire, with its
 * {@link LtvCacHealth health band}.
 *
 * <pre>{@code
 * LtvCac.of(Amounts.of(1_920_000, "RUB"), Amounts.of(500_000, "RUB"))
 * // LTV:CAC = 3.84, healthy (1 920 000,00 RUB LTV / 500 000,00 RUB CAC, health bands 1/3/5)
 * }</pre>
 *
 * <p>The ratio is exact when it terminates, else to 34 significant digits. A zero CAC gives a result that
 * is not computable, reason {@code "zero CAC"}; so does an LTV or CAC that was itself not computable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LtvCac {
  /** The metric's name in results. */
  public static final String METRIC = "LTV:CAC";

  private LtvCac() {}

  /**
   * LTV:CAC with the {@linkplain LtvCacBands#defaults() default bands}.
   *
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static MetricResult<LtvCacRatio> of(MonetaryAmount ltv, MonetaryAmount cac) {
    return of(ltv, cac, LtvCacBands.defaults());
  }

  /**
   * LTV:CAC classified by {@code bands}.
   *
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static MetricResult<LtvCacRatio> of(MonetaryAmount ltv, MonetaryAmount cac, LtvCacBands bands) {
    Amounts.requireNonNegative("ltv", ltv);
    Amounts.requireNonNegative("cac", cac);
    Amounts.requireSameCurrency("cac", ltv, cac);
    requireNonNull(bands, "bands");
    String explanation = Amounts.format(ltv) + " LTV / " + Amounts.format(cac) + " CAC";
    if (cac.isZero()) {
      return MetricResult.notComputable(METRIC, "zero CAC", explanation, List.of(bands));
    }
    return MetricResult.of(METRIC, LtvCacRatio.of(Ratio.of(ltv, cac), bands), explanation, List.of(bands));
  }

  /**
   * LTV:CAC of two results, with the {@linkplain LtvCacBands#defaults() default bands}; not computable
   * if either is not, naming which and why.
   */
  public static MetricResult<LtvCacRatio> of(MetricResult<MonetaryAmount> ltv, MetricResult<MonetaryAmount> cac) {
    return of(ltv, cac, LtvCacBands.defaults());
  }

  /** LTV:CAC of two results classified by {@code bands}; not computable if either is not, naming which and why. */
  public static MetricResult<LtvCacRatio> of(MetricResult<MonetaryAmount> ltv, MetricResult<MonetaryAmount> cac,
      LtvCacBands bands) {
    requireNonNull(ltv, "ltv");
    requireNonNull(cac, "cac");
    requireNonNull(bands, "bands");
    if (!ltv.isComputed() || !cac.isComputed()) {
      MetricResult<MonetaryAmount> missing = ltv.isComputed() ? cac : ltv;
      return MetricResult.notComputable(METRIC, missing.metric() + " not computable: " + missing.reason().orElseThrow(),
          ltv + "; " + cac, List.of(bands));
    }
    return of(ltv.value(), cac.value(), bands);
  }
}
