package io.revops.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.check.Args;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A share in [0, 1] — a conversion rate, a churn rate, a margin — held as an exact decimal.
 *
 * <p>{@code toString()} prints the exact percentage ({@code "40%"}, {@code "33.3333333333333333333333333333333%"})
 * and {@link #parse(CharSequence)} reads it back, as it reads a plain fraction ({@code "0.4"}).
 * Nothing is rounded unless a method taking a {@link RoundingMode} or {@link MathContext} says so;
 * {@link #ofFraction(long, long)} is exact when the fraction terminates and otherwise keeps 34
 * significant digits ({@link MathContext#DECIMAL128}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** 0%. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);
  /** 100%. */
  public static final Rate ONE = new Rate(BigDecimal.ONE);

  private final BigDecimal value;

  private Rate(BigDecimal value) {
    this.value = normalise(value);
  }

  /** {@code v} without trailing zeros and with a scale of at least 0: the one form in which equal values are equal. */
  static BigDecimal normalise(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** {@code numerator / denominator}: exact if the quotient terminates, else to 34 significant digits. */
  static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator) {
    try {
      return numerator.divide(denominator);
    } catch (ArithmeticException nonTerminating) {
      return numerator.divide(denominator, MathContext.DECIMAL128);
    }
  }

  /** {@code fraction × 100}, exact and normalised: the percentage of a rate or a ratio. */
  static BigDecimal percent(BigDecimal fraction) {
    return normalise(fraction.multiply(HUNDRED));
  }

  /** The percentage of {@code fraction} rounded to {@code decimals} places, e.g. {@code "33.33%"}. */
  static String percentText(BigDecimal fraction, int decimals, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    return percent(fraction).setScale(decimals, rounding).toPlainString() + "%";
  }

  /**
   * The rate with the fraction {@code fraction}, e.g. {@code of(new BigDecimal("0.4"))} for 40%.
   *
   * @throws IllegalArgumentException if {@code fraction} is outside [0, 1]
   */
  public static Rate of(BigDecimal fraction) {
    Args.decimal("rate", fraction);
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("rate must be in [0, 1]: " + plain(fraction));
    }
    return new Rate(fraction);
  }

  /** The rate with the fraction {@code fraction} given as a decimal string, e.g. {@code of("0.4")}. */
  public static Rate of(String fraction) {
    requireNonNull(fraction, "rate");
    return of(decimal("rate", fraction));
  }

  /**
   * The rate of {@code percent} per cent, e.g. {@code ofPercent(40)} for 40%.
   *
   * @throws IllegalArgumentException if {@code percent} is outside [0, 100]
   */
  public static Rate ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /** The rate of {@code percent} per cent, e.g. {@code ofPercent(new BigDecimal("12.5"))}. */
  public static Rate ofPercent(BigDecimal percent) {
    Args.decimal("percent", percent);
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("percent must be in [0, 100]: " + plain(percent));
    }
    return new Rate(percent.movePointLeft(2));
  }

  /**
   * {@code part / whole}: exact if the fraction terminates, else to 34 significant digits.
   *
   * @throws IllegalArgumentException if {@code whole} is not positive or {@code part} is outside [0, whole]
   */
  public static Rate ofFraction(long part, long whole) {
    checkFraction(part, whole);
    return new Rate(quotient(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)));
  }

  /** {@code part / whole} rounded to {@code context}. */
  public static Rate ofFraction(long part, long whole, MathContext context) {
    checkFraction(part, whole);
    requireNonNull(context, "context");
    return new Rate(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), context));
  }

  private static void checkFraction(long part, long whole) {
    checkArgument(whole > 0, "whole must be positive: %s", whole);
    checkArgument(part >= 0 && part <= whole, "part must be in [0, whole=%s]: %s", whole, part);
  }

  /**
   * Reads {@code "40%"}, {@code "12.5 %"} or a plain fraction {@code "0.4"}.
   *
   * @throws IllegalArgumentException naming the text if it is not a rate in [0, 1]
   */
  public static Rate parse(CharSequence text) {
    String s = Args.maxLength("text", requireNonNull(text, "text").toString(), Args.MAX_NUMBER_LENGTH).trim();
    if (s.endsWith("%")) {
      return ofPercent(decimal("percent", s.substring(0, s.length() - 1).trim()));
    }
    return of(decimal("rate", s));
  }

  static BigDecimal decimal(String parameter, String s) {
    return Args.decimal(parameter, s);
  }

  /** A checked decimal's plain text, bounded for a message (called only when a check has failed). */
  static String plain(BigDecimal checked) {
    return Quote.bounded(checked.toPlainString());
  }

  /** The fraction in [0, 1], without trailing zeros. */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /** The percentage in [0, 100], exact. */
  public BigDecimal toPercent() {
    return percent(value);
  }

  /** True for 0%. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** {@code 1 - this}: the complement (retention from churn, loss from win). */
  public Rate complement() {
    return new Rate(BigDecimal.ONE.subtract(value));
  }

  /** {@code this × other}, exact. */
  public Rate multiply(Rate other) {
    requireNonNull(other, "other");
    return new Rate(value.multiply(other.value));
  }

  /**
   * This rate rounded to {@code scale} fraction digits (of the fraction, not the percentage).
   *
   * @throws IllegalArgumentException if {@code scale} is negative (rounding to tens could leave [0, 1])
   */
  public Rate round(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    checkArgument(scale >= 0, "scale must not be negative: %s", scale);
    checkArgument(scale <= Args.MAX_EXPONENT, "scale must be at most %s: %s", Args.MAX_EXPONENT, scale);
    return new Rate(value.setScale(scale, rounding));
  }

  /** This rate rounded to {@code context}. */
  public Rate round(MathContext context) {
    requireNonNull(context, "context");
    return new Rate(value.round(context));
  }

  /** The percentage rounded to {@code decimals} places, e.g. {@code "33.33%"}. */
  public String toPercentString(int decimals, RoundingMode rounding) {
    return percentText(value, decimals, rounding);
  }

  @Override
  public int compareTo(Rate o) {
    return value.compareTo(o.value);
  }

  /** True if this rate is greater than {@code other}. */
  public boolean isGreaterThan(Rate other) {
    return compareTo(other) > 0;
  }

  /** True if this rate is less than {@code other}. */
  public boolean isLessThan(Rate other) {
    return compareTo(other) < 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rate r && value.equals(r.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The exact percentage, e.g. {@code "40%"}; {@link #parse(CharSequence)} reads it back. */
  @Override
  public String toString() {
    return percent(value).toPlainString() + "%";
  }

  /**
   * Deserialization goes through the validating factory {@link #of(BigDecimal)}: a crafted stream cannot make
   * a rate outside [0, 1]; it fails with the factory's exception.
   */
  @java.io.Serial
  private Object readResolve() {
    return of(value);
  }
}
