package io.revops.examples.data;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import java.time.YearMonth;
import javax.money.MonetaryAmount;

/**
 * The monthly recurring revenue one customer paid in one month.
 *
 * @param customerId the customer (the id of the lead that became the customer)
 * @param month the month
 * @param mrr the monthly recurring revenue (not negative), in the customer's billing currency
 */
public record MrrRecord(String customerId, YearMonth month, MonetaryAmount mrr) {
  /** Validates the record. */
  public MrrRecord {
    requireNonNull(customerId, "customerId");
    requireNonNull(month, "month");
    Amounts.requireNonNegative("mrr", mrr);
  }
}
