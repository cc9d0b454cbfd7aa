package io.revops.metrics.clv;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * One purchase of a customer, on a day, of an amount: the transaction log that
 * {@link CustomerSummaries#fromPurchases} summarises.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Purchase {
  private final String customerId;
  private final LocalDate date;
  private final MonetaryAmount amount;

  private Purchase(String customerId, LocalDate date, MonetaryAmount amount) {
    this.customerId = customerId;
    this.date = date;
    this.amount = amount;
  }

  /**
   * A purchase of {@code amount} by {@code customerId} on {@code date}.
   *
   * @throws IllegalArgumentException if {@code amount} is negative (a refund is not a purchase)
   */
  public static Purchase of(String customerId, LocalDate date, MonetaryAmount amount) {
    Args.text("customerId", customerId);
    requireNonNull(date, "date");
    Amounts.requireNonNegative("amount", requireNonNull(amount, "amount"));
    return new Purchase(customerId, date, amount);
  }

  /** The customer. */
  public String customerId() {
    return customerId;
  }

  /** The day of the purchase. */
  public LocalDate date() {
    return date;
  }

  /** Its value. */
  public MonetaryAmount amount() {
    return amount;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Purchase p && customerId.equals(p.customerId) && date.equals(p.date)
        && Amounts.isEqual(amount, p.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, date);
  }

  @Override
  public String toString() {
    return customerId + " " + date + " " + Amounts.format(amount);
  }
}
