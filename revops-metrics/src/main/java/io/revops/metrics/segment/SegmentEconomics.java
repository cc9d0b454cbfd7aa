package io.revops.metrics.segment;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.Cac;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.metrics.value.LtvCacRatio;
import javax.money.MonetaryAmount;

/**
 * What a segment's CAC and LTV need beyond its funnel: the marketing and sales spend attributed to it, its
 * customers' average monthly revenue, the gross margin and the monthly churn. CAC is {@link Cac} over the
 * segment's new customers; LTV is {@link Ltv#fromChurn}; LTV:CAC is {@link LtvCac} — the library's metrics, not
 * new formulas.
 *
 * @param spend the spend attributed to the segment in the period
 * @param timing which period's spend it is
 * @param monthlyRevenuePerCustomer the average monthly revenue of the segment's customers (ARPA)
 * @param margin the gross margin
 * @param monthlyChurn the segment's monthly churn rate
 */
public record SegmentEconomics(MonetaryAmount spend, SpendTiming timing, MonetaryAmount monthlyRevenuePerCustomer,
    Rate margin, Rate monthlyChurn) {

  /** Validates the parts. */
  public SegmentEconomics {
    Amounts.requireNonNegative("spend", spend);
    requireNonNull(timing, "timing");
    Amounts.requireNonNegative("monthlyRevenuePerCustomer", monthlyRevenuePerCustomer);
    requireNonNull(margin, "margin");
    requireNonNull(monthlyChurn, "monthlyChurn");
  }

  /** The segment's CAC for {@code newCustomers}. */
  public MetricResult<MonetaryAmount> cac(long newCustomers) {
    return Cac.of(spend, newCustomers, timing);
  }

  /** The segment's churn-based LTV. */
  public MetricResult<MonetaryAmount> ltv() {
    return Ltv.fromChurn(monthlyRevenuePerCustomer, margin, monthlyChurn);
  }

  /** LTV:CAC for {@code newCustomers}. */
  public MetricResult<LtvCacRatio> ltvCac(long newCustomers) {
    return LtvCac.of(ltv(), cac(newCustomers));
  }
}
