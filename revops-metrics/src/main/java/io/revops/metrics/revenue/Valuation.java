package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;

/**
 * Values a customer's per-currency MRR in one currency: exactly, or converted with a {@link ReportingCurrency}.
 *
 * <p>{@link #value} is the reference: it converts through {@link io.revops.core.money.ExchangeRates#convert}
 * and Moneta. {@link #atRates} is the fast path of the ledger walks: the same values as scaled longs, with the
 * rate looked up once per currency and each conversion done in long arithmetic.
 */
final class Valuation {
  private final CurrencyUnit currency;
  private final ReportingCurrency reporting;
  private final int minorDigits;
  // Moneta's normalisation of a new Money (the precision and largest scale of its default context): a
  // conversion is rounded through it twice, so the fast path is exact only where it changes nothing
  private final int moneyPrecision;
  private final int moneyMaxScale;

  private Valuation(CurrencyUnit currency, ReportingCurrency reporting) {
    this.currency = currency;
    this.reporting = reporting;
    this.minorDigits = Math.max(0, currency.getDefaultFractionDigits());
    MonetaryContext context = Amounts.of(BigDecimal.ONE, currency).getContext();
    MathContext math = context.get(MathContext.class);
    this.moneyPrecision = math != null ? math.getPrecision() : context.getPrecision();
    this.moneyMaxScale = context.getMaxScale();
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

  /**
   * A reader of ledger months valued at the rates of {@code rateMonth}, as longs at one scale for the whole
   * walk; one per walk. Fails with {@link Unfit} if the ledger's amounts have no long form.
   */
  AtRates atRates(int ledgerScale, YearMonth rateMonth) {
    return new AtRates(ledgerScale, rateMonth);
  }

  /** The fast path cannot value this ledger exactly: walk it with {@code BigDecimal}s instead. */
  static final class Unfit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unfit() {
      super("the fast path does not apply", null, false, false);
    }
  }

  /**
   * Reads a row's month as {@link #value} (the long at {@link #scale}) and {@link #valueScale} (the scale of the
   * {@code BigDecimal} {@link Valuation#value} gives for it), exactly as the reference would value it.
   * Mutable, one per walk.
   */
  final class AtRates {
    /** The scale of every value read: the ledger's and the converted amounts' (the currency's minor unit). */
    final int scale;
    /** The last value read, times {@code 10^scale}. */
    long value;
    /**
     * The scale of the last value read, as a {@code BigDecimal}, or 0 if that is below 0 (a sum starting at
     * {@link BigDecimal#ZERO} never shows it).
     */
    int valueScale;

    private final int ledgerScale;
    private final long nativeFactor;
    private final LocalDate rateDate;
    private CurrencyUnit rateUnit;
    private BigDecimal rate;
    private long rateUnscaled;
    private int rateScale = -1; // -1: the rate has no long form

    private AtRates(int ledgerScale, YearMonth rateMonth) {
      if (ledgerScale < 0) {
        throw new Unfit();
      }
      this.ledgerScale = ledgerScale;
      this.scale = reporting == null ? ledgerScale : Math.max(ledgerScale, minorDigits);
      this.nativeFactor = Scaled.pow10(scale - ledgerScale);
      this.rateDate = rateDate(rateMonth);
    }

    /** Reads the month at {@code offset} from the row's first month (zero if nothing is recorded then). */
    void read(RevenueLedger.Row row, int offset) {
      if (offset < 0 || offset >= row.positive().length) {
        value = 0;
        valueScale = 0;
        return;
      }
      CurrencyUnit unit = row.singleCurrency()[offset];
      if (unit != null && row.scaled() != null) {
        long x = row.scaled()[offset];
        if (unit == currency || unit != rateUnit && unit.equals(currency)) { // currencies are usually shared
          value = Math.multiplyExact(x, nativeFactor);
          valueScale = row.scales()[offset];
        } else {
          convert(unit, x);
        }
        return;
      }
      Map<CurrencyUnit, BigDecimal> amounts = row.months().get(offset);
      if (amounts == null) {
        value = 0;
        valueScale = 0;
        return;
      }
      // several currencies (or amounts too long for the row's longs): added up from zero, as the reference does
      long total = 0;
      int totalScale = 0;
      for (Map.Entry<CurrencyUnit, BigDecimal> e : amounts.entrySet()) {
        if (e.getKey().equals(currency)) {
          total = Math.addExact(total, Scaled.of(e.getValue(), scale));
          totalScale = Math.max(totalScale, e.getValue().scale());
        } else {
          convert(e.getKey(), Scaled.of(e.getValue(), ledgerScale));
          total = Math.addExact(total, value);
          totalScale = Math.max(totalScale, valueScale);
        }
      }
      value = total;
      valueScale = totalScale;
    }

    /**
     * Converts {@code x / 10^ledgerScale} in {@code unit} as {@code ExchangeRates.convert} and Moneta do: the
     * product with the rate, rounded to the minor unit, then stripped of trailing zeros by {@code Money}.
     */
    private void convert(CurrencyUnit unit, long x) {
      if (unit != rateUnit && !unit.equals(rateUnit)) { // one rate per currency and walk
        lookUp(unit);
      }
      int m = minorDigits;
      long q;
      if (rateScale >= 0) {
        // Money.of leaves a product of at most 19 digits and the rounded amount as they are, unless its
        // context has fewer digits or a smaller largest scale (configurable in javamoney.properties)
        if (moneyPrecision > 0 && moneyPrecision < 19
            || moneyMaxScale > 0 && Math.max(ledgerScale + rateScale, m) > moneyMaxScale) {
          throw new Unfit();
        }
        long p = Math.multiplyExact(x, rateUnscaled);
        int ps = ledgerScale + rateScale;
        q = ps <= m ? Math.multiplyExact(p, Scaled.pow10(m - ps))
            : Scaled.divide(p, Scaled.pow10(ps - m), reporting.rounding());
      } else {
        BigDecimal p = BigDecimal.valueOf(x, ledgerScale).multiply(rate);
        BigDecimal rounded = p.setScale(m, reporting.rounding());
        if (moneyPrecision > 0 && Math.max(p.precision(), rounded.precision()) > moneyPrecision
            || moneyMaxScale > 0 && Math.max(p.scale(), m) > moneyMaxScale) {
          throw new Unfit();
        }
        q = rounded.unscaledValue().longValueExact();
      }
      value = Math.multiplyExact(q, Scaled.pow10(scale - m));
      valueScale = Scaled.strippedScale(q, m);
    }

    private void lookUp(CurrencyUnit unit) {
      // a missing rate: the reference walk fails with the message naming the amount
      BigDecimal r = reporting.rates().rate(unit, currency, rateDate).orElseThrow(Unfit::new);
      rateUnit = unit;
      rate = r;
      if (r.scale() >= 0 && r.scale() <= Scaled.MAX_SCALE && r.precision() <= Scaled.MAX_SCALE) {
        rateUnscaled = r.unscaledValue().longValue();
        rateScale = r.scale();
      } else {
        rateScale = -1;
      }
    }
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
