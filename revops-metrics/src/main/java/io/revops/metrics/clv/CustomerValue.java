package io.revops.metrics.clv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * Customer lifetime value in a non-contractual setting: BG/NBD for how many purchases, Gamma-Gamma for how much
 * each, over a finite horizon with a discount rate:
 * {@code CLV = margin × E[spend] × Σᵢ₌₁..ₙ (E[Y(i·L)] − E[Y((i−1)·L)]) / (1 + d)ⁱ}, where {@code E[Y(t)]} is the
 * customer's conditional expected number of purchases in {@code t} after her calibration period, {@code L} the
 * period length in the models' time unit and each period's purchases are discounted at its end (the
 * convention of lifetimes' {@code customer_lifetime_value}).
 *
 * <p>The sum is computed in {@code double} (an estimate) and rounded once, to the currency's minor unit.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class CustomerValue {
  /** The most periods a value sums over (a century of months); each costs a hypergeometric series. */
  public static final int MAX_PERIODS = 1_200;
  /**
   * The longest horizon, in the models' time unit (a century of days): beyond it the conditional expectation's
   * series no longer converges.
   */
  public static final double MAX_HORIZON = 36_500;

  private CustomerValue() {}

  /**
   * The CLV of {@code customer} over {@code periods} periods of {@code periodLength} time units.
   *
   * @param purchases the fitted BG/NBD model
   * @param spend the fitted Gamma-Gamma model
   * @param customer the customer, with her average spend if she made repeat purchases
   * @param periods how many periods, at least 1
   * @param periodLength the length of a period in the models' time unit, e.g. {@code 52.0 / 12} weeks for a month
   * @param discountRate the discount rate per period
   * @param margin the share of spend that is profit ({@link Rate#ONE} for revenue)
   * @param rounding the rounding of the result to the currency's minor unit
   * @throws IllegalArgumentException if {@code periods} is not in [1, {@value #MAX_PERIODS}], {@code periodLength}
   *     is not positive or the horizon exceeds {@value #MAX_HORIZON} time units, or as
   *     {@link GammaGammaModel#expectedAverageSpend}
   */
  public static MetricResult<MonetaryAmount> of(BgNbdModel purchases, GammaGammaModel spend, CustomerSummary customer,
      int periods, double periodLength, Rate discountRate, Rate margin, RoundingMode rounding) {
    requireNonNull(purchases, "purchases");
    requireNonNull(spend, "spend");
    requireNonNull(customer, "customer");
    requireNonNull(discountRate, "discountRate");
    requireNonNull(margin, "margin");
    requireNonNull(rounding, "rounding");
    checkArgument(periods >= 1 && periods <= MAX_PERIODS, "periods must be in [1, %s]: %s", MAX_PERIODS, periods);
    checkArgument(Double.isFinite(periodLength) && periodLength > 0 && periodLength <= MAX_HORIZON / periods,
        "periodLength must be positive and the horizon (periods × periodLength) at most %s time units: %s",
        MAX_HORIZON, periodLength);
    double d = discountRate.toBigDecimal().doubleValue();
    double perPurchase = spend.expectedAverageSpend(customer) * margin.toBigDecimal().doubleValue();
    double previous = 0;
    double discounted = 0;
    for (int i = 1; i <= periods; i++) {
      double cumulative = purchases.expectedPurchases(i * periodLength, customer);
      discounted += (cumulative - previous) / Math.pow(1 + d, i);
      previous = cumulative;
    }
    String explanation = String.format(Locale.ROOT,
        "customer %s, %.4f discounted expected purchases over %d periods of %.4f, %.4f expected spend each, margin %s, "
            + "discount %s a period, BG/NBD + Gamma-Gamma",
        customer.id(), discounted, periods, periodLength, spend.expectedAverageSpend(customer), margin, discountRate);
    return MetricResult.of("CLV", spend.money(perPurchase * discounted, rounding), explanation, List.of());
  }
}
