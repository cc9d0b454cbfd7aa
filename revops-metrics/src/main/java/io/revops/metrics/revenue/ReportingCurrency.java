package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import java.math.RoundingMode;
import java.time.YearMonth;
import javax.money.CurrencyUnit;

/**
 * How revenue in several currencies is valued: the reporting currency, the caller's exchange rates and
 * the rounding of each converted amount to the reporting currency's minor unit.
 *
 * <p>The MRR of a month is converted at the rate in force on the last day of a month
 * ({@link ExchangeRates#convert}): which month depends on the metric and is documented there. Each
 * customer's amount in each currency is converted and rounded separately, then the results are added.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingCurrency {
  private final CurrencyUnit currency;
  private final ExchangeRates rates;
  private final RoundingMode rounding;

  private ReportingCurrency(CurrencyUnit currency, ExchangeRates rates, RoundingMode rounding) {
    this.currency = requireNonNull(currency, "currency");
    this.rates = requireNonNull(rates, "rates");
    this.rounding = requireNonNull(rounding, "rounding");
  }

  /** Reporting in {@code currency}, converting with {@code rates} and rounding each conversion with {@code rounding}. */
  public static ReportingCurrency of(CurrencyUnit currency, ExchangeRates rates, RoundingMode rounding) {
    return new ReportingCurrency(currency, rates, rounding);
  }

  /** Reporting in the currency with ISO code {@code currencyCode}. */
  public static ReportingCurrency of(String currencyCode, ExchangeRates rates, RoundingMode rounding) {
    return of(Amounts.currency(currencyCode), rates, rounding);
  }

  /** The reporting currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The exchange rates. */
  public ExchangeRates rates() {
    return rates;
  }

  /** The rounding of each converted amount. */
  public RoundingMode rounding() {
    return rounding;
  }

  /** The date whose rates value the MRR of {@code month}: its last day. */
  static java.time.LocalDate rateDate(YearMonth month) {
    return month.atEndOfMonth();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingCurrency r && currency.equals(r.currency) && rates.equals(r.rates)
        && rounding == r.rounding;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(currency, rates, rounding);
  }

  @Override
  public String toString() {
    return "reported in " + currency.getCurrencyCode() + " (rates of each month's last day, " + rounding + ")";
  }
}
