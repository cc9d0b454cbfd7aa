package io.revops.metrics;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A ratio that may be negative, held as an exact decimal: ROMI ({@code -0.25} when a campaign loses a
 * quarter of its spend), the magic number when net new ARR shrinks. Where a ratio cannot be negative,
 * use {@link Ratio}.
 *
 * <p>{@code toString()} prints the plain decimal ({@code "1.5"}, {@code "-0.25"}), which
 * {@link #parse(CharSequence)} reads back; {@link #toPercentString(int, RoundingMode)} prints a percentage.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SignedRatio implements Comparable<SignedRatio>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** 0. */
  public static final SignedRatio ZERO = new SignedRatio(BigDecimal.ZERO);

  private final BigDecimal value;

  private SignedRatio(BigDecimal value) {
    this.value = normalise(value);
  }

  private static BigDecimal normalise(BigDecimal v) {
    BigDecimal magnitude = Ratio.of(v.abs()).toBigDecimal(); // without trailing zeros, as a Ratio
    return v.signum() < 0 ? magnitude.negate() : magnitude;
  }

  /** The ratio {@code value}. */
  public static SignedRatio of(BigDecimal value) {
    return new SignedRatio(requireNonNull(value, "ratio"));
  }

  /**
   * {@code numerator / denominator}: exact if it terminates, else to 34 significant digits
   * ({@link MathContext#DECIMAL128}).
   *
   * @throws IllegalArgumentException if {@code denominator} is not positive
   */
  public static SignedRatio of(BigDecimal numerator, BigDecimal denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    // the magnitude is a Ratio's: the same exact-or-34-digits division and the same validation
    BigDecimal magnitude = Ratio.of(numerator.abs(), denominator).toBigDecimal();
    return new SignedRatio(numerator.signum() < 0 ? magnitude.negate() : magnitude);
  }

  /**
   * Reads {@code "-0.25"} or {@code "-25%"}.
   *
   * @throws IllegalArgumentException naming the text if it is not a decimal number
   */
  public static SignedRatio parse(CharSequence text) {
    String s = Args.maxLength("text", requireNonNull(text, "text").toString(), Args.MAX_TEXT_LENGTH).trim();
    boolean percent = s.endsWith("%");
    String digits = percent ? s.substring(0, s.length() - 1).trim() : s;
    try {
      new BigDecimal(digits); // the format first, for its own message
      BigDecimal v = Args.decimal("ratio", digits);
      return new SignedRatio(percent ? v.movePointLeft(2) : v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ratio must be a decimal number or a percentage: \"" + s + "\"", e);
    }
  }

  /** The exact value without trailing zeros. */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /** -1, 0 or 1 as the value is negative, zero or positive. */
  public int signum() {
    return value.signum();
  }

  /** True if the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** The value × 100, exact. */
  public BigDecimal toPercent() {
    return normalise(value.multiply(HUNDRED));
  }

  /** The percentage rounded to {@code decimals} places, e.g. {@code "-25.0%"}. */
  public String toPercentString(int decimals, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    return toPercent().setScale(decimals, rounding).toPlainString() + "%";
  }

  /** This ratio rounded to {@code scale} decimals. */
  public SignedRatio round(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    return new SignedRatio(value.setScale(scale, rounding));
  }

  /** This ratio as a {@link Ratio}, if it is not negative. */
  public Optional<Ratio> toRatio() {
    return isNegative() ? Optional.empty() : Optional.of(Ratio.of(value));
  }

  @Override
  public int compareTo(SignedRatio o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SignedRatio r && value.equals(r.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The exact decimal, e.g. {@code "-0.25"}; {@link #parse(CharSequence)} reads it back. */
  @Override
  public String toString() {
    return value.toPlainString();
  }

  /**
   * Deserialization goes through the factory {@link #of(BigDecimal)}: a crafted stream without a value fails with
   * its exception, and a value with trailing zeros is normalised as the factory does (so {@code equals} holds).
   */
  @java.io.Serial
  private Object readResolve() {
    return of(value);
  }
}
