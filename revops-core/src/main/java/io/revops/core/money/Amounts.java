package io.revops.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.check.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Exact operations on {@link MonetaryAmount} that revops needs and JSR 354 leaves open.
 *
 * <p>Every lossy operation takes a {@link RoundingMode}; results are rounded to the currency's
 * default fraction digits (kopecks, cents). Amounts in different currencies are never combined:
 * a {@link CurrencyMismatchException} names both. Formatting does not depend on the default locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amounts {
  private static final java.util.regex.Pattern ISO_CODE = java.util.regex.Pattern.compile("[A-Z]{3}");

  private Amounts() {}

  /**
   * Money of {@code amount} in the currency with the ISO code {@code currencyCode}, e.g. {@code of("500000", "RUB")}.
   *
   * @throws IllegalArgumentException naming the text if it is not a decimal, or the code if it is unknown
   */
  public static MonetaryAmount of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    return Money.of(Rate.decimal("amount", amount), currency(currencyCode));
  }

  /** Money of {@code amount} in {@code currency}. */
  public static MonetaryAmount of(BigDecimal amount, CurrencyUnit currency) {
    Args.decimal("amount", amount);
    requireNonNull(currency, "currency");
    return Money.of(amount, currency);
  }

  /** Money of {@code amount} in {@code currency}. */
  public static MonetaryAmount of(long amount, CurrencyUnit currency) {
    return of(BigDecimal.valueOf(amount), currency);
  }

  /** Money of {@code amount} in the currency with the ISO code {@code currencyCode}. */
  public static MonetaryAmount of(long amount, String currencyCode) {
    return of(BigDecimal.valueOf(amount), currency(currencyCode));
  }

  /** Zero in {@code currency}. */
  public static MonetaryAmount zero(CurrencyUnit currency) {
    return Money.zero(requireNonNull(currency, "currency"));
  }

  /** The currency with the ISO 4217 code {@code code}; fails naming the code if unknown. */
  public static CurrencyUnit currency(String code) {
    requireNonNull(code, "currencyCode");
    // checked before Moneta looks it up: its look-up of a long code costs seconds, and reads it as a regex
    if (!ISO_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("currencyCode must be an ISO 4217 code: " + Quote.bounded(code));
    }
    try {
      return Monetary.getCurrency(code);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("currencyCode must be an ISO 4217 code: " + code, e);
    }
  }

  /** The exact decimal value of {@code amount}. */
  public static BigDecimal toBigDecimal(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /**
   * Fails with a {@link CurrencyMismatchException} naming {@code parameter} unless {@code actual} is in
   * the currency of {@code expected}.
   *
   * @return {@code actual}
   */
  public static MonetaryAmount requireSameCurrency(String parameter, MonetaryAmount expected, MonetaryAmount actual) {
    requireNonNull(expected, "expected");
    requireNonNull(actual, parameter);
    if (!expected.getCurrency().equals(actual.getCurrency())) {
      throw new CurrencyMismatchException(parameter, expected, actual);
    }
    return actual;
  }

  /**
   * Fails with a {@link CurrencyMismatchException} naming {@code parameter} unless {@code actual} is in
   * {@code currency}.
   *
   * @return {@code actual}
   */
  public static MonetaryAmount requireCurrency(String parameter, CurrencyUnit currency, MonetaryAmount actual) {
    requireNonNull(currency, "currency");
    requireNonNull(actual, parameter);
    if (!currency.equals(actual.getCurrency())) {
      throw new CurrencyMismatchException(parameter, currency, actual);
    }
    return actual;
  }

  /** Fails naming {@code parameter} and the value unless {@code amount} is zero or positive. */
  public static MonetaryAmount requireNonNegative(String parameter, MonetaryAmount amount) {
    requireNonNull(amount, parameter);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(parameter + " must not be negative: " + Quote.bounded(format(amount)));
    }
    return amount;
  }

  /** Fails naming {@code parameter} and the value unless {@code amount} is strictly positive. */
  public static MonetaryAmount requirePositive(String parameter, MonetaryAmount amount) {
    requireNonNull(amount, parameter);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(parameter + " must be positive: " + Quote.bounded(format(amount)));
    }
    return amount;
  }

  /**
   * The exact sum of {@code amounts}, all of which must be in {@code currency}.
   *
   * @throws CurrencyMismatchException naming the first amount in another currency
   */
  public static MonetaryAmount sum(CurrencyUnit currency, Iterable<? extends MonetaryAmount> amounts) {
    requireNonNull(currency, "currency");
    requireNonNull(amounts, "amounts");
    BigDecimal total = BigDecimal.ZERO;
    for (MonetaryAmount a : amounts) {
      requireCurrency("amounts", currency, a);
      total = total.add(toBigDecimal(a));
    }
    return Money.of(total, currency);
  }

  /**
   * The sum of {@code amounts} converted into {@code currency} with {@code rates} as of {@code asOf};
   * each converted amount is rounded to the minor unit with {@code rounding} before adding (amounts
   * already in {@code currency} are added as they are).
   */
  public static MonetaryAmount sum(CurrencyUnit currency, Iterable<? extends MonetaryAmount> amounts,
      ExchangeRates rates, java.time.LocalDate asOf, RoundingMode rounding) {
    requireNonNull(currency, "currency");
    requireNonNull(amounts, "amounts");
    requireNonNull(rates, "rates");
    // checked here, not only inside convert, so that an empty or single-currency batch fails the same way
    requireNonNull(asOf, "asOf");
    requireNonNull(rounding, "rounding");
    BigDecimal total = BigDecimal.ZERO;
    for (MonetaryAmount a : amounts) {
      total = total.add(toBigDecimal(rates.convert(a, currency, asOf, rounding)));
    }
    return Money.of(total, currency);
  }

  /** {@code a + b}; both must be in the same currency. */
  public static MonetaryAmount add(MonetaryAmount a, MonetaryAmount b) {
    requireNonNull(a, "a");
    requireSameCurrency("b", a, b);
    return Money.of(toBigDecimal(a).add(toBigDecimal(b)), a.getCurrency());
  }

  /** {@code a - b}; both must be in the same currency. */
  public static MonetaryAmount subtract(MonetaryAmount a, MonetaryAmount b) {
    requireNonNull(a, "a");
    requireSameCurrency("b", a, b);
    return Money.of(toBigDecimal(a).subtract(toBigDecimal(b)), a.getCurrency());
  }

  /** Compares two amounts in the same currency. */
  public static int compare(MonetaryAmount a, MonetaryAmount b) {
    requireNonNull(a, "a");
    requireSameCurrency("b", a, b);
    return toBigDecimal(a).compareTo(toBigDecimal(b));
  }

  /** {@code amount × factor}, exact (no rounding). */
  public static MonetaryAmount multiply(MonetaryAmount amount, BigDecimal factor) {
    requireNonNull(amount, "amount");
    Args.decimal("factor", factor);
    return Money.of(toBigDecimal(amount).multiply(factor), amount.getCurrency());
  }

  /** {@code amount × factor}, exact (no rounding). */
  public static MonetaryAmount multiply(MonetaryAmount amount, long factor) {
    return multiply(amount, BigDecimal.valueOf(factor));
  }

  /** {@code amount × factor} rounded to the currency's minor unit with {@code rounding}. */
  public static MonetaryAmount multiply(MonetaryAmount amount, BigDecimal factor, RoundingMode rounding) {
    return round(multiply(amount, factor), rounding);
  }

  /**
   * {@code amount / divisor} rounded to the currency's minor unit with {@code rounding}.
   *
   * @throws IllegalArgumentException if {@code divisor} is not positive
   */
  public static MonetaryAmount divide(MonetaryAmount amount, long divisor, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    checkArgument(divisor > 0, "divisor must be positive: %s", divisor);
    BigDecimal v = toBigDecimal(amount).divide(BigDecimal.valueOf(divisor), minorDigits(amount.getCurrency()), rounding);
    return Money.of(v, amount.getCurrency());
  }

  /**
   * {@code amount / divisor} rounded to the currency's minor unit with {@code rounding}.
   *
   * @throws IllegalArgumentException if {@code divisor} is not positive
   */
  public static MonetaryAmount divide(MonetaryAmount amount, BigDecimal divisor, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    Args.decimal("divisor", divisor);
    requireNonNull(rounding, "rounding");
    if (divisor.signum() <= 0) {
      throw new IllegalArgumentException("divisor must be positive: " + Rate.plain(divisor));
    }
    BigDecimal v = toBigDecimal(amount).divide(divisor, minorDigits(amount.getCurrency()), rounding);
    return Money.of(v, amount.getCurrency());
  }

  /**
   * The ratio {@code numerator / denominator} of two amounts in the same currency, to {@code context}.
   *
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static BigDecimal ratio(MonetaryAmount numerator, MonetaryAmount denominator, MathContext context) {
    requireNonNull(numerator, "numerator");
    requireSameCurrency("denominator", numerator, denominator);
    requireNonNull(context, "context");
    BigDecimal d = toBigDecimal(denominator);
    if (d.signum() == 0) {
      throw new IllegalArgumentException("denominator must not be zero: " + format(denominator));
    }
    return toBigDecimal(numerator).divide(d, context);
  }

  /** {@code amount} rounded to its currency's minor unit (kopecks, cents) with {@code rounding}. */
  public static MonetaryAmount round(MonetaryAmount amount, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    return Money.of(toBigDecimal(amount).setScale(minorDigits(amount.getCurrency()), rounding), amount.getCurrency());
  }

  /** True if both amounts are in the same currency and numerically equal, whatever their scale. */
  public static boolean isEqual(MonetaryAmount a, MonetaryAmount b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return a.getCurrency().equals(b.getCurrency()) && toBigDecimal(a).compareTo(toBigDecimal(b)) == 0;
  }

  /**
   * Formats {@code amount} with spaces between thousands, a comma before the minor unit and the ISO code,
   * e.g. {@code 500 000,00 RUB}. Independent of the default locale; never rounds (an amount finer than
   * the minor unit shows all its digits).
   */
  public static String format(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    BigDecimal v = toBigDecimal(amount);
    int digits = minorDigits(amount.getCurrency());
    if (v.scale() < digits) {
      v = v.setScale(digits);
    } else if (v.scale() > digits) {
      BigDecimal stripped = v.stripTrailingZeros();
      v = stripped.scale() <= digits ? stripped.setScale(digits) : stripped;
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    if (v.signum() < 0) {
      sb.append('-');
    }
    int first = intPart.length() % 3 == 0 ? 3 : intPart.length() % 3;
    sb.append(intPart, 0, first);
    for (int i = first; i < intPart.length(); i += 3) {
      sb.append(' ').append(intPart, i, i + 3);
    }
    if (!frac.isEmpty()) {
      sb.append(',').append(frac);
    }
    return sb.append(' ').append(amount.getCurrency().getCurrencyCode()).toString();
  }

  private static int minorDigits(CurrencyUnit currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }
}
