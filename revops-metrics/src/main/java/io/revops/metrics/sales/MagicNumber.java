package io.revops.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.SignedRatio;
import io.revops.metrics.acquisition.Spend;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The SaaS magic number: net new ARR in a quarter / sales and marketing spend in the previous quarter —
 * how much recurring revenue a rouble of go-to-market spend buys. Above about 0.75 spend can usually
 * grow; below about 0.5 it buys too little. Negative when ARR shrank.
 *
 * <pre>{@code
 * MagicNumber.of(Amounts.of(12_000_000, "RUB"), Amounts.of(15_000_000, "RUB"))
 * // magic number = 0.8 (12 000 000,00 RUB net new ARR / 15 000 000,00 RUB sales and marketing spend in the previous quarter)
 * }</pre>
 *
 * <p>Exact when the quotient terminates, else to 34 significant digits. No spend gives a result that is
 * not computable, reason {@code "no sales and marketing spend in the previous quarter"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MagicNumber {
  /** The metric's name in results. */
  public static final String METRIC = "magic number";
  private static final String NO_SPEND = "no sales and marketing spend in the previous quarter";

  private MagicNumber() {}

  /**
   * The magic number of a quarter's net new ARR (negative if ARR shrank) and the previous quarter's
   * sales and marketing spend.
   *
   * @throws IllegalArgumentException if the spend is negative or the currencies differ
   */
  public static MetricResult<SignedRatio> of(MonetaryAmount netNewArr, MonetaryAmount previousQuarterSpend) {
    requireNonNull(netNewArr, "netNewArr");
    Amounts.requireNonNegative("previousQuarterSpend", previousQuarterSpend);
    Amounts.requireSameCurrency("previousQuarterSpend", netNewArr, previousQuarterSpend);
    return compute(netNewArr, previousQuarterSpend, Amounts.format(netNewArr) + " net new ARR / "
        + Amounts.format(previousQuarterSpend) + " sales and marketing spend in the previous quarter");
  }

  /**
   * The magic number of {@code quarter}: {@code netNewArr} in it / the marketing and sales {@code spend}
   * in {@linkplain MonthRange#previous() the quarter before}; spend in other months is not used.
   *
   * @throws IllegalArgumentException if {@code quarter} is not 3 months long
   * @throws io.revops.core.money.CurrencyMismatchException if a spend is not in the currency of {@code netNewArr}
   */
  public static MetricResult<SignedRatio> of(MonthRange quarter, MonetaryAmount netNewArr, Iterable<Spend> spend) {
    requireNonNull(quarter, "quarter");
    requireNonNull(netNewArr, "netNewArr");
    requireNonNull(spend, "spend");
    checkArgument(quarter.lengthInMonths() == 3, "quarter must span 3 months: %s (%s months)", quarter,
        quarter.lengthInMonths());
    MonthRange previous = quarter.previous();
    BigDecimal total = BigDecimal.ZERO;
    for (Spend s : spend) {
      Amounts.requireCurrency("spend", netNewArr.getCurrency(), s.amount());
      if (previous.contains(s.month())) {
        total = total.add(Amounts.toBigDecimal(s.amount()));
      }
    }
    MonetaryAmount previousSpend = Amounts.of(total, netNewArr.getCurrency());
    return compute(netNewArr, previousSpend, Amounts.format(netNewArr) + " net new ARR in " + quarter + " / "
        + Amounts.format(previousSpend) + " sales and marketing spend in " + previous);
  }

  private static MetricResult<SignedRatio> compute(MonetaryAmount netNewArr, MonetaryAmount spend, String explanation) {
    if (spend.isZero()) {
      return MetricResult.notComputable(METRIC, NO_SPEND, explanation, List.of());
    }
    return MetricResult.of(METRIC, SignedRatio.of(Amounts.toBigDecimal(netNewArr), Amounts.toBigDecimal(spend)),
        explanation, List.of());
  }
}
