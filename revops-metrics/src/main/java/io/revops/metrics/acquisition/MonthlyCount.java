package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A count of something (customers won, leads created) in one month, from one channel or unattributed:
 * what {@link NewCustomers} and {@link NewLeads} share.
 */
abstract sealed class MonthlyCount extends MonthlyRecord permits NewCustomers, NewLeads {
  private final long count;

  MonthlyCount(YearMonth month, Channel channel, long count, String name) {
    super(month, channel);
    checkArgument(count >= 0, "%s must not be negative: %s", name, count);
    this.count = count;
  }

  /** The count, zero or more. */
  public long count() {
    return count;
  }

  /** What one unit is called in text: {@code "new customer"}, {@code "lead"}. */
  abstract String singular();

  /** What several units are called in text: {@code "new customers"}, {@code "leads"}. */
  abstract String plural();

  @Override
  public boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && month().equals(((MonthlyCount) o).month())
        && Objects.equals(channelOrNull(), ((MonthlyCount) o).channelOrNull()) && count == ((MonthlyCount) o).count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass().getSimpleName(), month(), channelOrNull(), count);
  }

  /** E.g. {@code 2026-03 paid_search (paid) 30 new customers}. */
  @Override
  public String toString() {
    return month() + (channelOrNull() == null ? "" : " " + channelOrNull()) + " " + Cac.count(count, singular(), plural());
  }
}
