package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Cost per lead: marketing spend in a period / leads created in the period.
 *
 * <pre>{@code
 * Cpl.of(Amounts.of(1_000_000, "RUB"), 400)   // CPL = 2 500,00 RUB (1 000 000,00 RUB marketing spend / 400 leads)
 * }</pre>
 *
 * <p>Only marketing spend counts: sales spend works leads, it does not create them. Rounded to the
 * minor unit, {@link RoundingMode#HALF_EVEN} unless a {@link RoundingMode} is given. No leads gives a
 * result that is not computable, reason {@code "no leads"}. CPL by channel is in
 * {@link AcquisitionReport}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cpl {
  /** The metric's name in results. */
  public static final String METRIC = "CPL";

  private Cpl() {}

  /**
   * CPL rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if {@code marketingSpend} or {@code leads} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount marketingSpend, long leads) {
    return of(marketingSpend, leads, Cac.DEFAULT_ROUNDING);
  }

  /**
   * CPL rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if {@code marketingSpend} or {@code leads} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount marketingSpend, long leads, RoundingMode rounding) {
    Amounts.requireNonNegative("marketingSpend", marketingSpend);
    checkArgument(leads >= 0, "leads must not be negative: %s", leads);
    requireNonNull(rounding, "rounding");
    return compute(METRIC, marketingSpend, leads,
        Amounts.format(marketingSpend) + " marketing spend / " + Cac.count(leads, "lead", "leads"), rounding);
  }

  static MetricResult<MonetaryAmount> compute(String metric, MonetaryAmount spend, long leads, String explanation,
      RoundingMode rounding) {
    return MetricResult.amountPer(metric, spend, leads, "no leads", explanation, List.of(), rounding);
  }
}
