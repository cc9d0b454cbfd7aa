package io.revops.examples.report;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.money.MonetaryAmount;

/**
 * The report's number, money, percent and time formats in one {@link ReportLocale}, with explicit symbols
 * (never the default locale or zone).
 *
 * <ul>
 *   <li>English: {@code 1,200,000.00 RUB}, {@code 28.4%}, {@code 1,234}.</li>
 *   <li>Russian: {@code 1 200 000,00 ₽}, {@code 28,4 %}, {@code 1 234} — the separator between thousands and
 *       before the percent sign is a no-break space (U+00A0), so a figure never breaks across lines.</li>
 * </ul>
 *
 * <p>Money is shown rounded half-even to the currency's minor unit (the exact amounts are in
 * {@code report.json}). Times are shown in the zone they are asked in (the SLA agreement's calendar zone).
 *
 * <p>This class is immutable and thread-safe (a formatter is made per call).
 */
public final class Formats {
  /** The no-break space between thousands and before the percent sign in Russian. */
  public static final char NBSP = '\u00a0';

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReportLocale locale;

  private Formats(ReportLocale locale) {
    this.locale = requireNonNull(locale, "locale");
  }

  /** The formats of {@code locale}. */
  public static Formats of(ReportLocale locale) {
    return new Formats(locale);
  }

  /** The report locale. */
  public ReportLocale locale() {
    return locale;
  }

  private DecimalFormat decimalFormat(int decimals) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale.locale());
    if (locale == ReportLocale.RU) {
      symbols.setGroupingSeparator(NBSP);
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    symbols.setMinusSign('−');
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    f.setParseBigDecimal(true);
    return f;
  }

  /** A count: {@code 1,234} / {@code 1 234}. */
  public String count(long n) {
    return decimalFormat(0).format(n);
  }

  /** A decimal number rounded half-even to {@code decimals} places. */
  public String decimal(BigDecimal v, int decimals) {
    requireNonNull(v, "v");
    return decimalFormat(decimals).format(v.setScale(decimals, RoundingMode.HALF_EVEN));
  }

  /** A rate as a percentage rounded half-even to {@code decimals} places: {@code 28.4%} / {@code 28,4 %}. */
  public String percent(Rate r, int decimals) {
    requireNonNull(r, "r");
    return percentOf(r.toPercent(), decimals);
  }

  /** A percentage (already times 100) rounded half-even to {@code decimals} places. */
  public String percentOf(BigDecimal percent, int decimals) {
    return decimal(percent, decimals) + (locale == ReportLocale.RU ? NBSP + "%" : "%");
  }

  /** The currency as shown: {@code ₽} for roubles in Russian, the ISO code otherwise. */
  public String currency(javax.money.CurrencyUnit currency) {
    return locale == ReportLocale.RU && currency.getCurrencyCode().equals("RUB") ? "₽" : currency.getCurrencyCode();
  }

  /** An amount rounded half-even to its currency's minor unit: {@code 1,200,000.00 RUB} / {@code 1 200 000,00 ₽}. */
  public String money(MonetaryAmount m) {
    requireNonNull(m, "m");
    int digits = Math.max(0, m.getCurrency().getDefaultFractionDigits());
    return decimal(Amounts.toBigDecimal(m), digits) + NBSP + currency(m.getCurrency());
  }

  /** An amount with an explicit sign: {@code +5.00 RUB}, {@code −5.00 RUB}, zero without a sign. */
  public String signedMoney(MonetaryAmount m) {
    return m.isZero() || m.isNegative() ? money(m) : "+" + money(m);
  }

  /** An outflow (a positive amount that is taken away) with its minus sign; zero without one. */
  public String outflow(MonetaryAmount m) {
    return m.isZero() ? money(m) : "−" + money(m.abs());
  }

  /** An instant in {@code zone}: {@code 2026-11-30 14:05}. */
  public String time(Instant at, ZoneId zone) {
    requireNonNull(at, "at");
    requireNonNull(zone, "zone");
    return TIME.withLocale(locale.locale()).format(at.atZone(zone));
  }

  /**
   * Reads back a number this class printed (a count, a decimal, a percentage or an amount, its sign, grouping
   * and unit ignored): for tests and for checking a page against the library's values.
   *
   * @throws IllegalArgumentException if {@code text} holds no number
   */
  public BigDecimal parse(String text) {
    requireNonNull(text, "text");
    String t = text.replace("%", "").replace("₽", "").replaceAll("[A-Z]{3}", "").replace("+", "")
        .replace(String.valueOf(NBSP), "").replace(" ", "").trim();
    boolean negative = t.startsWith("−") || t.startsWith("-");
    t = t.replaceFirst("^[−-]", "");
    t = locale == ReportLocale.RU ? t.replace(',', '.') : t.replace(",", "");
    try {
      BigDecimal v = new BigDecimal(t);
      return negative ? v.negate() : v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("text must be a number printed by the report: "
          + io.revops.core.batch.Quote.bounded(text));
    }
  }
}
