package io.revops.spark;

import io.revops.metrics.revenue.RevenueRecord;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One customer-month of recurring revenue as a Spark row ({@code customer STRING, month STRING "2025-05",
 * amount STRING (exact decimal text), currency STRING}), the row schema of {@code mrr.jsonl}. A JavaBean, as
 * Spark's bean encoder requires; treat one as a value once built.
 */
public final class MrrRow extends AmountColumns {
  private static final long serialVersionUID = 1L;

  private String customer;
  private String month;

  /** An empty row (for Spark's encoder). */
  public MrrRow() {}

  /** The row of one customer-month. */
  public static MrrRow of(String customer, String month, String amount, String currency) {
    MrrRow r = new MrrRow();
    r.setCustomer(customer);
    r.setMonth(month);
    r.setAmount(amount);
    r.setCurrency(currency);
    return r;
  }

  /** The row of {@code record}. */
  public static MrrRow of(RevenueRecord record) {
    return of(record.customerId().value(), record.month().toString(),
        amountText(record.mrr()), record.mrr().getCurrency().getCurrencyCode());
  }

  /**
   * The revenue record of this row.
   *
   * @throws IllegalArgumentException if a field breaks {@link RevenueRecord}'s rules
   */
  public RevenueRecord toRecord() {
    return RevenueRecord.of(customer, month, getAmount(), getCurrency());
  }

  /** The customer id. */
  public String getCustomer() {
    return customer;
  }

  /** Sets the customer id. */
  public void setCustomer(String customer) {
    this.customer = customer;
  }

  /** The month, e.g. {@code 2025-05}. */
  public String getMonth() {
    return month;
  }

  /** Sets the month. */
  public void setMonth(String month) {
    this.month = month;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MrrRow r && Objects.equals(customer, r.customer) && Objects.equals(month, r.month)
        && sameAmount(r);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customer, month, getAmount(), getCurrency());
  }

  @Override
  public String toString() {
    return "MrrRow[" + customer + " " + month + " " + getAmount() + " " + getCurrency() + "]";
  }
}
