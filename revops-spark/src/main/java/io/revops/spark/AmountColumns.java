package io.revops.spark;

import io.revops.core.money.Amounts;
import java.io.Serializable;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The two columns of an amount of money in a Spark row, as {@link MrrRow} and {@link SpendRow} hold them:
 * {@code amount}, exact decimal text, and {@code currency}, an ISO 4217 code; with the one rule that writes a
 * {@link MonetaryAmount} into them ({@link #amountText}), which {@link EventRows} applies to a won deal too.
 *
 * <p>Package-private: the columns are the subclasses' own bean properties (javac gives a public subclass public
 * copies of these accessors, which is what Spark's bean encoder and {@code java.beans.Introspector} read).
 * Mutable, as a JavaBean; treat a row as a value once built.
 */
abstract class AmountColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  private String amount;
  private String currency;

  /** The amount, as exact decimal text. */
  public String getAmount() {
    return amount;
  }

  /** Sets the amount. */
  public void setAmount(String amount) {
    this.amount = amount;
  }

  /** The amount's currency code. */
  public String getCurrency() {
    return currency;
  }

  /** Sets the currency code. */
  public void setCurrency(String currency) {
    this.currency = currency;
  }

  /** The exact value of {@code money} as plain decimal text, e.g. {@code 1500.5}: the {@code amount} column's form. */
  static String amountText(MonetaryAmount money) {
    return Amounts.toBigDecimal(money).toPlainString();
  }

  /** Whether both columns are equal to {@code other}'s (null equal to null). */
  final boolean sameAmount(AmountColumns other) {
    return Objects.equals(amount, other.amount) && Objects.equals(currency, other.currency);
  }
}
