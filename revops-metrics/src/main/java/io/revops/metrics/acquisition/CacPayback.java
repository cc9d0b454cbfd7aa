package io.revops.metrics.acquisition;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * CAC payback period in months: CAC / (monthly revenue per customer × gross margin), the months of
 * gross profit it takes to earn back what a customer cost to acquire.
 *
 * <pre>{@code
 * CacPayback.months(Amounts.of(500_000, "RUB"), Amounts.of(200_000, "RUB"), Rate.ofPercent(40))
 * // CAC payback months = 6.25 (500 000,00 RUB CAC / (200 000,00 RUB monthly revenue per customer × 40% margin))
 * }</pre>
 *
 * <p>Months are rounded to {@value #SCALE} decimals, {@link RoundingMode#HALF_EVEN} unless a
 * {@link RoundingMode} is given. No gross profit per month (zero revenue or zero margin) gives a result
 * that is not computable, reason {@code "no monthly gross profit per customer"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CacPayback {
  /** The metric's name in results. */
  public static final String METRIC = "CAC payback months";
  /** Decimal places of the months. */
  public static final int SCALE = 2;

  private CacPayback() {}

  /**
   * Payback months, rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static MetricResult<BigDecimal> months(MonetaryAmount cac, MonetaryAmount monthlyRevenuePerCustomer, Rate margin) {
    return months(cac, monthlyRevenuePerCustomer, margin, Cac.DEFAULT_ROUNDING);
  }

  /**
   * Payback months, rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static MetricResult<BigDecimal> months(MonetaryAmount cac, MonetaryAmount monthlyRevenuePerCustomer,
      Rate margin, RoundingMode rounding) {
    Amounts.requireNonNegative("cac", cac);
    Amounts.requireNonNegative("monthlyRevenuePerCustomer", monthlyRevenuePerCustomer);
    Amounts.requireSameCurrency("monthlyRevenuePerCustomer", cac, monthlyRevenuePerCustomer);
    requireNonNull(margin, "margin");
    requireNonNull(rounding, "rounding");
    String explanation = Amounts.format(cac) + " CAC / (" + Amounts.format(monthlyRevenuePerCustomer)
        + " monthly revenue per customer × " + margin + " margin)";
    BigDecimal grossProfit = Amounts.toBigDecimal(monthlyRevenuePerCustomer).multiply(margin.toBigDecimal());
    if (grossProfit.signum() == 0) {
      return MetricResult.notComputable(METRIC, "no monthly gross profit per customer", explanation, List.of());
    }
    BigDecimal months = Amounts.toBigDecimal(cac).divide(grossProfit, SCALE, rounding);
    return MetricResult.of(METRIC, months, explanation, List.of());
  }
}
