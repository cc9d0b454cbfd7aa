package io.revops.metrics.acquisition;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import io.revops.metrics.SignedRatio;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Return on marketing investment: (revenue attributable to marketing − marketing spend) / marketing
 * spend, a {@link SignedRatio} that is negative when marketing lost money.
 *
 * <pre>{@code
 * Romi.of(Amounts.of(4_500_000, "RUB"), Amounts.of(1_800_000, "RUB"))
 * // ROMI = 1.5 ((4 500 000,00 RUB attributable revenue - 1 800 000,00 RUB marketing spend) / 1 800 000,00 RUB marketing spend)
 * }</pre>
 *
 * <p>Exact when the quotient terminates, else to 34 significant digits. No marketing spend gives a
 * result that is not computable, reason {@code "no marketing spend"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Romi {
  /** The metric's name in results. */
  public static final String METRIC = "ROMI";

  private Romi() {}

  /**
   * ROMI of {@code marketingSpend} that brought {@code attributableRevenue}.
   *
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static MetricResult<SignedRatio> of(MonetaryAmount attributableRevenue, MonetaryAmount marketingSpend) {
    Amounts.requireNonNegative("attributableRevenue", attributableRevenue);
    Amounts.requireNonNegative("marketingSpend", marketingSpend);
    Amounts.requireSameCurrency("marketingSpend", attributableRevenue, marketingSpend);
    String spend = Amounts.format(marketingSpend);
    String explanation = "(" + Amounts.format(attributableRevenue) + " attributable revenue - " + spend
        + " marketing spend) / " + spend + " marketing spend";
    if (marketingSpend.isZero()) {
      return MetricResult.notComputable(METRIC, "no marketing spend", explanation, List.of());
    }
    SignedRatio romi = SignedRatio.of(
        Amounts.toBigDecimal(Amounts.subtract(attributableRevenue, marketingSpend)), Amounts.toBigDecimal(marketingSpend));
    return MetricResult.of(METRIC, romi, explanation, List.of());
  }
}
