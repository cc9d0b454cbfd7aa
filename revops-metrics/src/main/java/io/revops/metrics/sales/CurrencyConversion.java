package io.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import io.revops.metrics.Policy;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The policy of a result that converted amounts in other currencies with caller-supplied
 * {@link io.revops.core.money.ExchangeRates}: into which currency, as of which date, rounded how.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CurrencyConversion implements Policy {
  private final CurrencyUnit currency;
  private final LocalDate asOf;
  private final RoundingMode rounding;

  private CurrencyConversion(CurrencyUnit currency, LocalDate asOf, RoundingMode rounding) {
    this.currency = requireNonNull(currency, "currency");
    this.asOf = requireNonNull(asOf, "asOf");
    this.rounding = requireNonNull(rounding, "rounding");
  }

  /** Conversion into {@code currency} at the rates in force on {@code asOf}, each amount rounded with {@code rounding}. */
  public static CurrencyConversion of(CurrencyUnit currency, LocalDate asOf, RoundingMode rounding) {
    return new CurrencyConversion(currency, asOf, rounding);
  }

  /** The target currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The date whose rates were used. */
  public LocalDate asOf() {
    return asOf;
  }

  /** How each converted amount was rounded to the minor unit. */
  public RoundingMode rounding() {
    return rounding;
  }

  /** {@code "converted to RUB at rates of 2026-03-31"}. */
  @Override
  public String label() {
    return "converted to " + currency.getCurrencyCode() + " at rates of " + asOf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CurrencyConversion c && currency.equals(c.currency) && asOf.equals(c.asOf)
        && rounding == c.rounding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, asOf, rounding);
  }

  /** The label. */
  @Override
  public String toString() {
    return label();
  }
}
