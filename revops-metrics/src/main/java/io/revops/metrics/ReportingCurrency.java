package io.revops.metrics;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * How amounts in several currencies are valued in one: the reporting currency, the caller's
 * {@link ExchangeRates}, the {@link RoundingMode} of each converted amount (to the reporting currency's
 * minor unit) and, optionally, one fixed date whose rates value everything.
 *
 * <p>Without a fixed date each metric picks the date from its period and documents it (revenue metrics
 * value a month's MRR at the rates of the month's last day, {@link #rateDate(YearMonth)}); with
 * {@link #atRatesOf(LocalDate)} every amount is converted at that date's rates (constant currency; the
 * pipeline needs one date). Each amount is converted and rounded separately, then the results are added.
 * A result computed with conversions lists this as one of its {@linkplain Policy policies}.
 *
 * <pre>{@code
 * ReportingCurrency.of("RUB", rates, RoundingMode.HALF_EVEN)                       // revenue: month-end rates
 * ReportingCurrency.of("RUB", rates, RoundingMode.HALF_EVEN).atRatesOf(quarterEnd) // pipeline: one date
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingCurrency implements Policy {
  private final CurrencyUnit currency;
  private final ExchangeRates rates;
  private final RoundingMode rounding;
  private final LocalDate fixedDate;

  private ReportingCurrency(CurrencyUnit currency, ExchangeRates rates, RoundingMode rounding, LocalDate fixedDate) {
    this.currency = requireNonNull(currency, "currency");
    this.rates = requireNonNull(rates, "rates");
    this.rounding = requireNonNull(rounding, "rounding");
    this.fixedDate = fixedDate;
  }

  /** Reporting in {@code currency}, converting with {@code rates} and rounding each conversion with {@code rounding}. */
  public static ReportingCurrency of(CurrencyUnit currency, ExchangeRates rates, RoundingMode rounding) {
    return new ReportingCurrency(currency, rates, rounding, null);
  }

  /** Reporting in the currency with ISO code {@code currencyCode}. */
  public static ReportingCurrency of(String currencyCode, ExchangeRates rates, RoundingMode rounding) {
    return of(Amounts.currency(currencyCode), rates, rounding);
  }

  /** A copy that converts every amount at the rates in force on {@code date}, whatever period it belongs to. */
  public ReportingCurrency atRatesOf(LocalDate date) {
    return new ReportingCurrency(currency, rates, rounding, requireNonNull(date, "date"));
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

  /** The one date whose rates value every amount, if fixed with {@link #atRatesOf(LocalDate)}. */
  public Optional<LocalDate> fixedDate() {
    return Optional.ofNullable(fixedDate);
  }

  /** The date whose rates value amounts of {@code month}: the fixed date if any, else the month's last day. */
  public LocalDate rateDate(YearMonth month) {
    return fixedDate != null ? fixedDate : requireNonNull(month, "month").atEndOfMonth();
  }

  /**
   * {@code amount} in the reporting currency at the rates in force on {@code asOf}, rounded with
   * {@link #rounding()}; an amount already in the reporting currency is returned as it is.
   *
   * @throws IllegalArgumentException if the rates have no rate for the amount's currency on {@code asOf}
   */
  public MonetaryAmount convert(MonetaryAmount amount, LocalDate asOf) {
    return rates.convert(requireNonNull(amount, "amount"), currency, requireNonNull(asOf, "asOf"), rounding);
  }

  /** {@code "converted to RUB at rates of 2026-03-31"}, or {@code "reported in RUB (rates of each month's last day, HALF_EVEN)"}. */
  @Override
  public String label() {
    return fixedDate != null
        ? "converted to " + currency.getCurrencyCode() + " at rates of " + fixedDate
        : "reported in " + currency.getCurrencyCode() + " (rates of each month's last day, " + rounding + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingCurrency r && currency.equals(r.currency) && rates.equals(r.rates)
        && rounding == r.rounding && Objects.equals(fixedDate, r.fixedDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, rates, rounding, fixedDate);
  }

  /** The label. */
  @Override
  public String toString() {
    return label();
  }
}
