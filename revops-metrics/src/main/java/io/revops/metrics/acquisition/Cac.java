package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import java.math.RoundingMode;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Customer acquisition cost: (all marketing spend + all sales spend in a period) / new customers in
 * the period.
 *
 * <pre>{@code
 * Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30)
 * // CAC = 500 000,00 RUB (15 000 000,00 RUB spend / 30 new customers, same-period spend)
 * }</pre>
 *
 * <p>CAC is rounded to the currency's minor unit; methods without a {@link RoundingMode} use
 * {@link RoundingMode#HALF_EVEN}. No new customers gives a result that is not computable, with the
 * reason {@code "no new customers"}. For CAC by channel and paid vs organic, and for inputs given as
 * {@link Spend} and {@link NewCustomers} records, see {@link #report(CurrencyUnit, MonthRange, SpendTiming, Iterable)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cac {
  /** The metric's name in results. */
  public static final String METRIC = "CAC";
  /** The rounding used when none is given. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

  private Cac() {}

  /**
   * CAC from a period's marketing and sales spend and its new customers, same-period spend, rounded
   * {@link RoundingMode#HALF_EVEN}: the handbook's definition.
   *
   * @throws IllegalArgumentException if a spend is negative, the currencies differ or {@code newCustomers} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount marketingSpend, MonetaryAmount salesSpend, long newCustomers) {
    return of(marketingSpend, salesSpend, newCustomers, SpendTiming.SAME_PERIOD, DEFAULT_ROUNDING);
  }

  /**
   * CAC from marketing and sales spend chosen under {@code timing}, rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if a spend is negative, the currencies differ or {@code newCustomers} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount marketingSpend, MonetaryAmount salesSpend,
      long newCustomers, SpendTiming timing, RoundingMode rounding) {
    Amounts.requireNonNegative("marketingSpend", marketingSpend);
    Amounts.requireNonNegative("salesSpend", salesSpend);
    Amounts.requireSameCurrency("salesSpend", marketingSpend, salesSpend);
    return of(Amounts.add(marketingSpend, salesSpend), newCustomers, timing, rounding);
  }

  /**
   * CAC from total spend, rounded {@link RoundingMode#HALF_EVEN}; {@code timing} records which period's
   * spend {@code totalSpend} is.
   *
   * @throws IllegalArgumentException if {@code totalSpend} or {@code newCustomers} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount totalSpend, long newCustomers, SpendTiming timing) {
    return of(totalSpend, newCustomers, timing, DEFAULT_ROUNDING);
  }

  /**
   * CAC from total spend, rounded with {@code rounding}; {@code timing} records which period's spend
   * {@code totalSpend} is.
   *
   * @throws IllegalArgumentException if {@code totalSpend} or {@code newCustomers} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount totalSpend, long newCustomers, SpendTiming timing,
      RoundingMode rounding) {
    Amounts.requireNonNegative("spend", totalSpend);
    checkArgument(newCustomers >= 0, "newCustomers must not be negative: %s", newCustomers);
    requireNonNull(timing, "timing");
    requireNonNull(rounding, "rounding");
    String explanation = Amounts.format(totalSpend) + " spend / " + count(newCustomers, "new customer", "new customers");
    return compute(METRIC, totalSpend, newCustomers, explanation, timing, rounding);
  }

  /**
   * Blended CAC, by channel and paid vs organic for {@code period}, from spend and new-customer records
   * (records outside the period are counted, not used); also CPL. Rounds {@link RoundingMode#HALF_EVEN}.
   *
   * @throws io.revops.core.money.CurrencyMismatchException if a spend is not in {@code currency}
   */
  public static AcquisitionReport report(CurrencyUnit currency, MonthRange period, SpendTiming timing,
      Iterable<? extends AcquisitionRecord> records) {
    requireNonNull(records, "records");
    return AcquisitionAccumulator.of(currency, period, timing).addAll(records).result();
  }

  /**
   * Blended CAC for {@code period} from spend and new-customer records: the {@link AcquisitionReport#cac() cac}
   * of {@link #report(CurrencyUnit, MonthRange, SpendTiming, Iterable) report}.
   *
   * @throws io.revops.core.money.CurrencyMismatchException if a spend is not in {@code currency}
   */
  public static MetricResult<MonetaryAmount> blended(CurrencyUnit currency, MonthRange period, SpendTiming timing,
      Iterable<? extends AcquisitionRecord> records) {
    return report(currency, period, timing, records).cac();
  }

  static MetricResult<MonetaryAmount> compute(String metric, MonetaryAmount spend, long newCustomers,
      String explanation, SpendTiming timing, RoundingMode rounding) {
    return MetricResult.amountPer(metric, spend, newCustomers, "no new customers", explanation, List.of(timing),
        rounding);
  }

  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
