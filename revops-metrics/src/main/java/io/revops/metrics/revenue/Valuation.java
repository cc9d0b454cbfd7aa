package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Values a customer's per-currency MRR in one currency: exactly, or converted with a {@link ReportingCurrency}. */
final class Valuation {
  private final CurrencyUnit currency;
  private final ReportingCurrency reporting;

  private Valuation(CurrencyUnit currency, ReportingCurrency reporting) {
    this.currency = currency;
    this.reporting = reporting;
  }

  static Valuation single(CurrencyUnit currency) {
    return new Valuation(requireNonNull(currency, "currency"), null);
  }

  static Valuation converted(ReportingCurrency reporting) {
    return new Valuation(reporting.currency(), reporting);
  }

  /** The date whose rates value {@code month}: the reporting currency's, else (one currency) the month's last day. */
  java.time.LocalDate rateDate(YearMonth month) {
    return reporting != null ? reporting.rateDate(month) : month.atEndOfMonth();
  }

  CurrencyUnit currency() {
    return currency;
  }

  boolean converts() {
    return reporting != null;
  }

  /** {@code amount} in {@code unit}, in the reporting currency at the rates of {@code rateMonth}'s last day. */
  BigDecimal value(CurrencyUnit unit, BigDecimal amount, YearMonth rateMonth) {
    if (unit.equals(currency)) {
      return amount;
    }
    // unreachable in single-currency mode: RevenueAnalysis.of checked every record's currency
    return Amounts.toBigDecimal(reporting.rates().convert(Amounts.of(amount, unit), currency, rateDate(rateMonth),
        reporting.rounding()));
  }

  /** The sum of {@code amounts} in the reporting currency, at the rates of {@code rateMonth}'s last day. */
  BigDecimal value(Map<CurrencyUnit, BigDecimal> amounts, YearMonth rateMonth) {
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<CurrencyUnit, BigDecimal> e : amounts.entrySet()) {
      if (e.getKey().equals(currency)) {
        total = total.add(e.getValue());
      } else {
        // unreachable in single-currency mode: RevenueAnalysis.of checked every record's currency
        MonetaryAmount converted = reporting.rates().convert(Amounts.of(e.getValue(), e.getKey()), currency,
            rateDate(rateMonth), reporting.rounding());
        total = total.add(Amounts.toBigDecimal(converted));
      }
    }
    return total;
  }

  MonetaryAmount money(BigDecimal v) {
    return Amounts.of(v, currency);
  }

  String format(BigDecimal v) {
    return Amounts.format(money(v));
  }

  /** A note for explanations: empty for a single currency, else which rates were used. */
  String note(YearMonth rateMonth) {
    return reporting == null ? ""
        : ", constant currency: " + currency.getCurrencyCode() + " at rates of " + rateDate(rateMonth)
            + " (" + reporting.rounding() + ")";
  }
}
