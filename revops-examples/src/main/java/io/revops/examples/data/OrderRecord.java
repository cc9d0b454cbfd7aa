package io.revops.examples.data;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One one-off order of a customer outside the subscription (onboarding, training, services, add-on licences):
 * the repeat purchases that BG/NBD and Gamma-Gamma describe.
 *
 * @param customerId the customer (the id of the lead that became the customer)
 * @param date the day of the order
 * @param amount the order's value (positive), in the customer's billing currency
 */
public record OrderRecord(String customerId, LocalDate date, MonetaryAmount amount) {
  /** Validates the record. */
  public OrderRecord {
    requireNonNull(customerId, "customerId");
    requireNonNull(date, "date");
    Amounts.requirePositive("amount", amount);
  }
}
