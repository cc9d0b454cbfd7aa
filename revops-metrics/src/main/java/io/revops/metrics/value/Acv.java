package io.revops.metrics.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Annual contract value: total first-year value of the contracts signed / number of contracts.
 *
 * <pre>{@code
 * Acv.of(Amounts.of(6_000_000, "RUB"), 3)   // ACV = 2 000 000,00 RUB (6 000 000,00 RUB first-year value / 3 contracts)
 * }</pre>
 *
 * <p>Rounded to the minor unit, {@link RoundingMode#HALF_EVEN} unless a {@link RoundingMode} is given.
 * No contracts gives a result that is not computable, reason {@code "no contracts"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Acv {
  /** The metric's name in results. */
  public static final String METRIC = "ACV";

  private Acv() {}

  /**
   * ACV from a total first-year value, rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if {@code totalFirstYearValue} or {@code contracts} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount totalFirstYearValue, long contracts) {
    return of(totalFirstYearValue, contracts, Ltv.DEFAULT_ROUNDING);
  }

  /**
   * ACV from a total first-year value, rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if {@code totalFirstYearValue} or {@code contracts} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount totalFirstYearValue, long contracts,
      RoundingMode rounding) {
    Amounts.requireNonNegative("totalFirstYearValue", totalFirstYearValue);
    checkArgument(contracts >= 0, "contracts must not be negative: %s", contracts);
    requireNonNull(rounding, "rounding");
    String explanation = Amounts.format(totalFirstYearValue) + " first-year value / " + contracts
        + (contracts == 1 ? " contract" : " contracts");
    if (contracts == 0) {
      return MetricResult.notComputable(METRIC, "no contracts", explanation, List.of());
    }
    return MetricResult.of(METRIC, Amounts.divide(totalFirstYearValue, contracts, rounding), explanation, List.of());
  }

  /**
   * ACV of the first-year values of individual contracts, all in {@code currency}, rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if a value is negative
   * @throws io.revops.core.money.CurrencyMismatchException if a value is not in {@code currency}
   */
  public static MetricResult<MonetaryAmount> of(CurrencyUnit currency, Iterable<? extends MonetaryAmount> firstYearValues,
      RoundingMode rounding) {
    requireNonNull(currency, "currency");
    requireNonNull(firstYearValues, "firstYearValues");
    BigDecimal total = BigDecimal.ZERO;
    long n = 0;
    for (MonetaryAmount v : firstYearValues) {
      Amounts.requireCurrency("firstYearValues", currency, Amounts.requireNonNegative("firstYearValue", v));
      total = total.add(Amounts.toBigDecimal(v));
      n++;
    }
    return of(Amounts.of(total, currency), n, rounding);
  }

  /**
   * ACV of the first-year values of individual contracts, all in {@code currency}, rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if a value is negative
   * @throws io.revops.core.money.CurrencyMismatchException if a value is not in {@code currency}
   */
  public static MetricResult<MonetaryAmount> of(CurrencyUnit currency, Iterable<? extends MonetaryAmount> firstYearValues) {
    return of(currency, firstYearValues, Ltv.DEFAULT_ROUNDING);
  }
}
