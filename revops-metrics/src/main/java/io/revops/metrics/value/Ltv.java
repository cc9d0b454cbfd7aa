package io.revops.metrics.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Customer lifetime value: the gross profit a customer brings over their life.
 *
 * <ul>
 *   <li>{@linkplain LtvFormula#LIFETIME Lifetime formula} (the handbook's): average monthly revenue per
 *       customer × average lifetime in months × margin;
 *       {@code 200 000 × 24 × 0.40 = 1 920 000 RUB}.</li>
 *   <li>{@linkplain LtvFormula#CHURN_BASED Churn-based}: ARPA × margin / monthly churn rate, with a
 *       {@link ZeroChurnPolicy} for zero (and runaway low) churn.</li>
 * </ul>
 *
 * <pre>{@code
 * Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40))
 * // LTV = 1 920 000,00 RUB (200 000,00 RUB monthly revenue × 24 months × 40% margin, lifetime formula)
 * }</pre>
 *
 * <p>LTV is rounded to the currency's minor unit, {@link RoundingMode#HALF_EVEN} unless a
 * {@link RoundingMode} is given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ltv {
  /** The metric's name in results. */
  public static final String METRIC = "LTV";
  /** The rounding used when none is given. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

  private Ltv() {}

  /**
   * LTV by the lifetime formula, rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if the revenue or lifetime is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount monthlyRevenuePerCustomer, long lifetimeMonths, Rate margin) {
    return of(monthlyRevenuePerCustomer, BigDecimal.valueOf(lifetimeMonths), margin, DEFAULT_ROUNDING);
  }

  /**
   * LTV by the lifetime formula with the margin as a fraction, rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if the revenue or lifetime is negative or {@code margin} is outside [0, 1]
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount monthlyRevenuePerCustomer, BigDecimal lifetimeMonths,
      BigDecimal margin) {
    return of(monthlyRevenuePerCustomer, lifetimeMonths, Fractions.fraction("margin", margin), DEFAULT_ROUNDING);
  }

  /**
   * LTV by the lifetime formula, rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if the revenue or lifetime is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount monthlyRevenuePerCustomer, BigDecimal lifetimeMonths,
      Rate margin, RoundingMode rounding) {
    Amounts.requireNonNegative("monthlyRevenuePerCustomer", monthlyRevenuePerCustomer);
    Args.decimal("lifetimeMonths", lifetimeMonths);
    checkArgument(lifetimeMonths.signum() >= 0, "lifetimeMonths must not be negative: %s", Args.plain(lifetimeMonths));
    requireNonNull(margin, "margin");
    requireNonNull(rounding, "rounding");
    MonetaryAmount ltv = Amounts.multiply(monthlyRevenuePerCustomer,
        lifetimeMonths.multiply(margin.toBigDecimal()), rounding);
    String explanation = Amounts.format(monthlyRevenuePerCustomer) + " monthly revenue × "
        + months(lifetimeMonths) + " × " + margin + " margin";
    return MetricResult.of(METRIC, ltv, explanation, List.of(LtvFormula.LIFETIME));
  }

  /**
   * Churn-based LTV with {@link ZeroChurnPolicy#undefined()}, rounded {@link RoundingMode#HALF_EVEN}:
   * zero churn gives a result that is not computable, reason {@code "zero churn"}.
   *
   * @throws IllegalArgumentException if {@code arpa} is negative
   */
  public static MetricResult<MonetaryAmount> fromChurn(MonetaryAmount arpa, Rate margin, Rate monthlyChurn) {
    return fromChurn(arpa, margin, monthlyChurn, ZeroChurnPolicy.undefined(), DEFAULT_ROUNDING);
  }

  /**
   * Churn-based LTV under {@code zeroChurn}, rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if {@code arpa} is negative
   */
  public static MetricResult<MonetaryAmount> fromChurn(MonetaryAmount arpa, Rate margin, Rate monthlyChurn,
      ZeroChurnPolicy zeroChurn) {
    return fromChurn(arpa, margin, monthlyChurn, zeroChurn, DEFAULT_ROUNDING);
  }

  /**
   * Churn-based LTV, ARPA × margin / monthly churn, under {@code zeroChurn}, rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if {@code arpa} is negative
   */
  public static MetricResult<MonetaryAmount> fromChurn(MonetaryAmount arpa, Rate margin, Rate monthlyChurn,
      ZeroChurnPolicy zeroChurn, RoundingMode rounding) {
    Amounts.requireNonNegative("arpa", arpa);
    return churnBased(arpa, margin, monthlyChurn, zeroChurn, rounding, "ARPA", "monthly churn");
  }

  /**
   * Churn-based LTV over years: annual revenue per customer × margin / annual churn rate (the lifetime in
   * years is {@code 1 / annual churn}), with {@link ZeroChurnPolicy#undefined()}: zero churn gives a result
   * that is not computable, reason {@code "zero churn"}. The planning model's LTV.
   *
   * <pre>{@code
   * Ltv.fromAnnualChurn(Amounts.of(2_000_000, "RUB"), Rate.ofPercent(40), Rate.ofPercent(10), RoundingMode.HALF_UP)
   * // LTV = 8 000 000,00 RUB (2 000 000,00 RUB annual revenue × 40% margin / 10% annual churn, churn-based formula, ...)
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code annualRevenuePerCustomer} is negative
   */
  public static MetricResult<MonetaryAmount> fromAnnualChurn(MonetaryAmount annualRevenuePerCustomer, Rate margin,
      Rate annualChurn, RoundingMode rounding) {
    Amounts.requireNonNegative("annualRevenuePerCustomer", annualRevenuePerCustomer);
    return churnBased(annualRevenuePerCustomer, margin, annualChurn, ZeroChurnPolicy.undefined(), rounding,
        "annual revenue", "annual churn");
  }

  private static MetricResult<MonetaryAmount> churnBased(MonetaryAmount arpa, Rate margin, Rate monthlyChurn,
      ZeroChurnPolicy zeroChurn, RoundingMode rounding, String revenueLabel, String churnLabel) {
    requireNonNull(margin, "margin");
    requireNonNull(monthlyChurn, "monthlyChurn");
    requireNonNull(zeroChurn, "zeroChurn");
    requireNonNull(rounding, "rounding");
    String perMonth = Amounts.format(arpa) + " " + revenueLabel + " × " + margin + " margin";
    BigDecimal monthlyProfit = Amounts.toBigDecimal(arpa).multiply(margin.toBigDecimal());
    switch (zeroChurn.kind()) {
      case CHURN_FLOOR: {
        Rate floor = zeroChurn.churnFloor().orElseThrow();
        if (monthlyChurn.isLessThan(floor)) {
          return perChurn(arpa, monthlyProfit, floor,
              perMonth + " / " + floor + " " + churnLabel + " (floor; actual " + monthlyChurn + ")", zeroChurn, rounding);
        }
        break;
      }
      case LIFETIME_CAP: {
        BigDecimal cap = zeroChurn.lifetimeCapMonths().orElseThrow();
        // 1 / churn > cap  ⇔  churn × cap < 1: compare without dividing
        if (monthlyChurn.toBigDecimal().multiply(cap).compareTo(BigDecimal.ONE) < 0) {
          MonetaryAmount ltv = Amounts.round(Amounts.of(monthlyProfit.multiply(cap), arpa.getCurrency()), rounding);
          return MetricResult.of(METRIC, ltv, perMonth + " × " + months(cap) + " (cap; actual churn "
              + monthlyChurn + ")", List.of(LtvFormula.CHURN_BASED, zeroChurn));
        }
        break;
      }
      default:
        if (monthlyChurn.isZero()) {
          return MetricResult.notComputable(METRIC, "zero churn", perMonth + " / 0% " + churnLabel,
              List.of(LtvFormula.CHURN_BASED, zeroChurn));
        }
    }
    return perChurn(arpa, monthlyProfit, monthlyChurn, perMonth + " / " + monthlyChurn + " " + churnLabel, zeroChurn,
        rounding);
  }

  private static MetricResult<MonetaryAmount> perChurn(MonetaryAmount arpa, BigDecimal monthlyProfit, Rate churn,
      String explanation, ZeroChurnPolicy zeroChurn, RoundingMode rounding) {
    MonetaryAmount ltv = Amounts.divide(Amounts.of(monthlyProfit, arpa.getCurrency()), churn.toBigDecimal(), rounding);
    return MetricResult.of(METRIC, ltv, explanation, List.of(LtvFormula.CHURN_BASED, zeroChurn));
  }

  private static String months(BigDecimal months) {
    BigDecimal m = months.stripTrailingZeros();
    return (m.scale() < 0 ? m.setScale(0) : m).toPlainString() + " months";
  }
}
