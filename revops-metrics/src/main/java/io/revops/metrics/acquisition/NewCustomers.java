package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The number of customers won in one month, from one channel or unattributed (source unknown).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NewCustomers implements AcquisitionRecord {
  private final YearMonth month;
  private final Channel channel;
  private final long count;

  private NewCustomers(YearMonth month, Channel channel, long count) {
    this.month = requireNonNull(month, "month");
    this.channel = channel;
    checkArgument(count >= 0, "newCustomers must not be negative: %s", count);
    this.count = count;
  }

  /**
   * {@code count} customers won in {@code month} from {@code channel}.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static NewCustomers of(YearMonth month, Channel channel, long count) {
    return new NewCustomers(month, requireNonNull(channel, "channel"), count);
  }

  /**
   * {@code count} customers won in {@code month} with no known channel: they count in the blended figures only.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static NewCustomers of(YearMonth month, long count) {
    return new NewCustomers(month, null, count);
  }

  @Override
  public YearMonth month() {
    return month;
  }

  @Override
  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  /** The count, zero or more. */
  public long count() {
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewCustomers n && month.equals(n.month) && Objects.equals(channel, n.channel) && count == n.count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, channel, count);
  }

  /** {@code 2026-03 paid_search (paid) 30 new customers}. */
  @Override
  public String toString() {
    return month + (channel == null ? "" : " " + channel) + " " + Cac.count(count, "new customer", "new customers");
  }
}
