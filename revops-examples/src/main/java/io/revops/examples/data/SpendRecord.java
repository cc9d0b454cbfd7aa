package io.revops.examples.data;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import java.time.YearMonth;
import javax.money.MonetaryAmount;

/**
 * Money spent in one month on one channel by one department.
 *
 * @param month the month
 * @param channel the channel (a lead source code such as {@code paid_search})
 * @param department {@code marketing} or {@code sales}
 * @param paid true for paid channels, false for organic ones
 * @param amount the amount spent (not negative)
 */
public record SpendRecord(YearMonth month, String channel, String department, boolean paid, MonetaryAmount amount) {
  /** Validates the record. */
  public SpendRecord {
    requireNonNull(month, "month");
    requireNonNull(channel, "channel");
    requireNonNull(department, "department");
    Amounts.requireNonNegative("amount", amount);
  }
}
