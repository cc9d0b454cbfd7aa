package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

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
  // True if Money.of keeps a PROBE_DIGITS-digit number at scale PROBE_SCALE as it is: ExchangeRates.convert
  // makes a Money of the product and of the rounded amount, so the fast path is exact only where those two
  // steps change no value. Asked once through the public API, not read from Moneta's configuration.
  private final boolean moneyKeepsProducts;

  private Valuation(CurrencyUnit currency, ReportingCurrency reporting) {
    this.currency = currency;
    this.reporting = reporting;
    this.minorDigits = Math.max(0, currency.getDefaultFractionDigits());
    this.moneyKeepsProducts = Amounts.toBigDecimal(Amounts.of(PROBE, currency)).compareTo(PROBE) == 0;
  }

  /** The most digits, and the largest scale, of a product the fast path converts: 9.99…9 with 64 nines. */
  private static final int PROBE_DIGITS = 64;
  private static final int PROBE_SCALE = PROBE_DIGITS - 1;
  private static final BigDecimal PROBE = new BigDecimal(BigInteger.TEN.pow(PROBE_DIGITS).subtract(BigInteger.ONE),
      PROBE_SCALE);

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
   * Reads a row's month as a long at {@link #scale}, exactly the value the reference gives for it. Mutable (the
   * rate of the last currency converted), one per walk.
   */
  final class AtRates implements LedgerWalks.MonthReader {
    /** The scale of every value read: the ledger's and the converted amounts' (the currency's minor unit). */
    final int scale;

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

    @Override
    public int scale() {
      return scale;
    }

    @Override
    public void read(RevenueLedger.Row row, int offset, Scaled.Amount into) {
      into.set(read(row, offset), scale);
    }

    /** The month at {@code offset} from the row's first month times {@code 10^scale} (zero if nothing is recorded). */
    long read(RevenueLedger.Row row, int offset) {
      if (offset < 0 || offset >= row.positive().length) {
        return 0;
      }
      CurrencyUnit unit = row.singleCurrency()[offset];
      if (unit != null && row.scaled() != null) {
        long x = row.scaled()[offset];
        if (unit == currency || unit != rateUnit && unit.equals(currency)) { // currencies are usually shared
          return Math.multiplyExact(x, nativeFactor);
        }
        return convert(unit, x);
      }
      Map<CurrencyUnit, BigDecimal> amounts = row.months().get(offset);
      if (amounts == null) {
        return 0;
      }
      // several currencies (or amounts too long for the row's longs): added up from zero, as the reference does
      long total = 0;
      for (Map.Entry<CurrencyUnit, BigDecimal> e : amounts.entrySet()) {
        total = Math.addExact(total, e.getKey().equals(currency)
            ? Scaled.of(e.getValue(), scale)
            : convert(e.getKey(), Scaled.of(e.getValue(), ledgerScale)));
      }
      return total;
    }

    /**
     * {@code x / 10^ledgerScale} in {@code unit} converted as {@code ExchangeRates.convert} does (the product with
     * the rate, rounded to the minor unit), times {@code 10^scale}.
     */
    private long convert(CurrencyUnit unit, long x) {
      if (!moneyKeepsProducts) {
        throw new Unfit();
      }
      if (unit != rateUnit && !unit.equals(rateUnit)) { // one rate per currency and walk
        lookUp(unit);
      }
      int m = minorDigits;
      long q;
      long high = rateScale >= 0 ? Math.multiplyHigh(x, rateUnscaled) : 0;
      long low = x * rateUnscaled;
      if (rateScale >= 0 && high == (low >> 63)) { // the product fits a long
        // at most 18 + 18 digits at a scale of at most 36: within what Money was seen to keep
        int ps = ledgerScale + rateScale;
        q = ps <= m ? Math.multiplyExact(low, Scaled.pow10(m - ps))
            : Scaled.divide(low, Scaled.pow10(ps - m), reporting.rounding());
      } else {
        // a rate with no long form, or a product beyond a long (1 / 65,536 has 12 digits): the exact product
        BigDecimal p = BigDecimal.valueOf(x, ledgerScale).multiply(rate);
        if (p.precision() > PROBE_DIGITS || p.scale() > PROBE_SCALE) {
          throw new Unfit();
        }
        q = p.setScale(m, reporting.rounding()).unscaledValue().longValueExact();
      }
      return Math.multiplyExact(q, Scaled.pow10(scale - m));
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
