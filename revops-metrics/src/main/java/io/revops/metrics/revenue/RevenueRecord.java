package io.revops.metrics.revenue;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import java.time.YearMonth;
import javax.money.MonetaryAmount;

/**
 * The monthly recurring revenue of one customer in one month (or one subscription line of it: several
 * records for the same customer and month add up).
 *
 * <p>A zero MRR records explicitly that the customer paid nothing that month; a missing record means the
 * same. Negative MRR is rejected: credits and refunds are not recurring revenue.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param customerId the customer
 * @param month the month
 * @param mrr the recurring revenue of that month, zero or positive
 */
public record RevenueRecord(CustomerId customerId, YearMonth month, MonetaryAmount mrr) {
  /** Validates the record. */
  public RevenueRecord {
    requireNonNull(customerId, "customerId");
    requireNonNull(month, "month");
    requireNonNull(mrr, "mrr");
    checkArgument(!mrr.isNegative(), "mrr must not be negative: %s (customer %s, month %s)",
        Amounts.format(mrr), customerId, month);
  }

  /** The record of {@code mrr} for customer {@code customerId} in {@code month}. */
  public static RevenueRecord of(String customerId, YearMonth month, MonetaryAmount mrr) {
    return new RevenueRecord(CustomerId.of(customerId), month, mrr);
  }

  /** The record of {@code mrr} for customer {@code customerId} in {@code month}, e.g. {@code of("C-1", "2026-01", "100000", "RUB")}. */
  public static RevenueRecord of(String customerId, String month, String mrr, String currencyCode) {
    requireNonNull(month, "month");
    requireNonNull(mrr, "mrr");
    YearMonth m;
    try {
      m = YearMonth.parse(month.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("month must read like 2026-01: \"" + io.revops.core.batch.Quote.bounded(month)
          + "\"", e);
    }
    MonetaryAmount amount;
    try {
      amount = Amounts.of(mrr, currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mrr: " + e.getMessage(), e);
    }
    return of(customerId, m, amount);
  }

  @Override
  public String toString() {
    return customerId + " " + month + " " + Amounts.format(mrr);
  }
}
