package io.revops.examples.data;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import java.time.YearMonth;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Money spent in one month by one department, on one channel or on none (e.g. a CRM export's spend row
 * without a channel: it counts in the blended CAC, not in any channel's).
 *
 * @param month the month
 * @param channel the channel (a lead source code such as {@code paid_search}), if the spend has one
 * @param department {@code marketing} or {@code sales}
 * @param paid true for paid channels, false for organic ones and for spend without a channel
 * @param amount the amount spent (not negative)
 */
public record SpendRecord(YearMonth month, Optional<String> channel, String department, boolean paid,
    MonetaryAmount amount) {
  /**
   * Validates the record.
   *
   * @throws IllegalArgumentException if the channel is blank, or the spend is paid but has no channel
   */
  public SpendRecord {
    requireNonNull(month, "month");
    requireNonNull(channel, "channel").ifPresent(c -> Args.text("channel", c));
    requireNonNull(department, "department");
    Amounts.requireNonNegative("amount", amount);
    if (paid && channel.isEmpty()) {
      throw new IllegalArgumentException("paid spend names its channel: " + month + " " + department);
    }
  }

  /** Spend on {@code channel}, which must not be blank. */
  public SpendRecord(YearMonth month, String channel, String department, boolean paid, MonetaryAmount amount) {
    this(month, Optional.of(Args.text("channel", channel)), department, paid, amount);
  }
}
