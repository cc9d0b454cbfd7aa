package io.revops.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative, unbounded ratio held as an exact decimal: LTV:CAC ({@code 3.84}), NRR
 * ({@code 1.2}), a quick ratio, a growth multiple.
 *
 * <p>{@code toString()} prints the plain decimal ({@code "3.84"}), which {@link #parse(CharSequence)}
 * reads back; {@link #toPercentString(int, RoundingMode)} prints it as a percentage. Unlike
 * {@link Rate} it may exceed 1.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio>, Serializable {
  private static final long serialVersionUID = 1L;

  /** 0. */
  public static final Ratio ZERO = new Ratio(BigDecimal.ZERO);
  /** 1. */
  public static final Ratio ONE = new Ratio(BigDecimal.ONE);

  private final BigDecimal value;

  private Ratio(BigDecimal value) {
    this.value = Rate.normalise(value);
  }

  /**
   * The ratio {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static Ratio of(BigDecimal value) {
    Args.decimal("ratio", value);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("ratio must not be negative: " + Rate.plain(value));
    }
    return new Ratio(value);
  }

  /** The ratio given as a decimal string, e.g. {@code of("3.84")}. */
  public static Ratio of(String value) {
    requireNonNull(value, "ratio");
    return of(Rate.decimal("ratio", value));
  }

  /** The ratio of {@code percent} per cent, e.g. {@code ofPercent(120)} for 1.2. */
  public static Ratio ofPercent(BigDecimal percent) {
    Args.decimal("percent", percent);
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("percent must not be negative: " + Rate.plain(percent));
    }
    return new Ratio(percent.movePointLeft(2));
  }

  /** The ratio of {@code percent} per cent. */
  public static Ratio ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * {@code numerator / denominator}: exact if it terminates, else to 34 significant digits.
   *
   * @throws IllegalArgumentException if {@code denominator} is not positive or {@code numerator} negative
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    Args.decimal("numerator", numerator);
    Args.decimal("denominator", denominator);
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + Rate.plain(denominator));
    }
    if (numerator.signum() < 0) {
      throw new IllegalArgumentException("numerator must not be negative: " + Rate.plain(numerator));
    }
    return new Ratio(Rate.quotient(numerator, denominator));
  }

  /**
   * {@code numerator / denominator} of two counts, named like {@link Rate#ofFraction(long, long)}: exact if
   * it terminates, else to 34 significant digits.
   *
   * @throws IllegalArgumentException if {@code denominator} is not positive or {@code numerator} negative
   */
  public static Ratio ofFraction(long numerator, long denominator) {
    checkArgument(denominator > 0, "denominator must be positive: %s", denominator);
    checkArgument(numerator >= 0, "numerator must not be negative: %s", numerator);
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * {@code numerator / denominator} of two amounts in the same currency: exact if it terminates,
   * else to 34 significant digits.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public static Ratio of(MonetaryAmount numerator, MonetaryAmount denominator) {
    requireNonNull(numerator, "numerator");
    Amounts.requireSameCurrency("denominator", numerator, denominator);
    return of(Amounts.toBigDecimal(numerator), Amounts.toBigDecimal(denominator));
  }

  /** Reads {@code "3.84"} or {@code "120%"}. */
  public static Ratio parse(CharSequence text) {
    String s = Args.maxLength("text", requireNonNull(text, "text").toString(), Args.MAX_NUMBER_LENGTH).trim();
    if (s.endsWith("%")) {
      return ofPercent(Rate.decimal("percent", s.substring(0, s.length() - 1)));
    }
    return of(Rate.decimal("ratio", s));
  }

  /** The exact value without trailing zeros. */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /** The value × 100, exact. */
  public BigDecimal toPercent() {
    return Rate.percent(value);
  }

  /** This ratio as a {@link Rate}, if it is at most 1. */
  public java.util.Optional<Rate> toRate() {
    return value.compareTo(BigDecimal.ONE) <= 0 ? java.util.Optional.of(Rate.of(value)) : java.util.Optional.empty();
  }

  /** This ratio rounded to {@code scale} decimals. */
  public Ratio round(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    checkArgument(Math.abs(scale) <= Args.MAX_EXPONENT, "scale must be within ±%s: %s", Args.MAX_EXPONENT, scale);
    return new Ratio(value.setScale(scale, rounding));
  }

  /** The value rounded to {@code decimals} places, e.g. {@code "3.84"}. */
  public String toString(int decimals, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    return value.setScale(decimals, rounding).toPlainString();
  }

  /** The percentage rounded to {@code decimals} places, e.g. {@code "120.0%"}. */
  public String toPercentString(int decimals, RoundingMode rounding) {
    return Rate.percentText(value, decimals, rounding);
  }

  @Override
  public int compareTo(Ratio o) {
    return value.compareTo(o.value);
  }

  /** True if this ratio is greater than {@code other}. */
  public boolean isGreaterThan(Ratio other) {
    return compareTo(requireNonNull(other, "other")) > 0;
  }

  /** True if this ratio is less than {@code other}. */
  public boolean isLessThan(Ratio other) {
    return compareTo(requireNonNull(other, "other")) < 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ratio r && value.equals(r.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The exact decimal, e.g. {@code "3.84"}; {@link #parse(CharSequence)} reads it back. */
  @Override
  public String toString() {
    return value.toPlainString();
  }

  /**
   * Deserialization goes through the validating factory {@link #of(BigDecimal)}: a crafted stream cannot make
   * a negative ratio; it fails with the factory's exception.
   */
  @java.io.Serial
  private Object readResolve() {
    return of(value);
  }
}
