package io.revops.spark;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One month's spend on one channel as a Spark row ({@code month STRING "2025-01", channel STRING,
 * department STRING "marketing"|"sales", paid BOOLEAN, amount STRING (exact decimal text), currency STRING}),
 * the row schema of {@code spend.jsonl}. A JavaBean, as Spark's bean encoder requires; treat one as a value
 * once built.
 */
public final class SpendRow extends AmountColumns {
  private static final long serialVersionUID = 1L;

  private String month;
  private String channel;
  private String department;
  private boolean paid;

  /** An empty row (for Spark's encoder). */
  public SpendRow() {}

  /** The row of one month's spend on one channel. */
  public static SpendRow of(String month, String channel, String department, boolean paid, String amount,
      String currency) {
    SpendRow r = new SpendRow();
    r.setMonth(month);
    r.setChannel(channel);
    r.setDepartment(department);
    r.setPaid(paid);
    r.setAmount(amount);
    r.setCurrency(currency);
    return r;
  }

  /**
   * The row of {@code spend}: its channel's source code and kind (or no channel), its department in lower case,
   * its amount as plain decimal text.
   */
  public static SpendRow of(io.revops.metrics.acquisition.Spend spend) {
    java.util.Optional<io.revops.metrics.acquisition.Channel> channel = spend.channel();
    return of(spend.month().toString(), channel.map(c -> c.source().code()).orElse(null),
        spend.department() == io.revops.core.funnel.Department.SALES ? "sales" : "marketing",
        channel.map(io.revops.metrics.acquisition.Channel::isPaid).orElse(false),
        amountText(spend.amount()), spend.amount().getCurrency().getCurrencyCode());
  }

  /** The month, e.g. {@code 2025-01}. */
  public String getMonth() {
    return month;
  }

  /** Sets the month. */
  public void setMonth(String month) {
    this.month = month;
  }

  /** The channel (a lead source code, or a channel that is none, such as {@code sales_team}). */
  public String getChannel() {
    return channel;
  }

  /** Sets the channel. */
  public void setChannel(String channel) {
    this.channel = channel;
  }

  /** {@code marketing} or {@code sales}. */
  public String getDepartment() {
    return department;
  }

  /** Sets the department. */
  public void setDepartment(String department) {
    this.department = department;
  }

  /** Whether the channel is paid. */
  public boolean isPaid() {
    return paid;
  }

  /** Sets whether the channel is paid. */
  public void setPaid(boolean paid) {
    this.paid = paid;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SpendRow r && paid == r.paid && Objects.equals(month, r.month)
        && Objects.equals(channel, r.channel) && Objects.equals(department, r.department)
        && sameAmount(r);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, channel, department, getAmount());
  }

  @Override
  public String toString() {
    return "SpendRow[" + month + " " + channel + " " + department + (paid ? " paid " : " ") + getAmount() + " "
        + getCurrency() + "]";
  }
}
