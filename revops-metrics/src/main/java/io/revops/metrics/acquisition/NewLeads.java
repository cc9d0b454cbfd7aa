package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The number of leads created in one month, from one channel or unattributed (source unknown).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NewLeads implements AcquisitionRecord {
  private final YearMonth month;
  private final Channel channel;
  private final long count;

  private NewLeads(YearMonth month, Channel channel, long count) {
    this.month = requireNonNull(month, "month");
    this.channel = channel;
    checkArgument(count >= 0, "newLeads must not be negative: %s", count);
    this.count = count;
  }

  /**
   * {@code count} leads created in {@code month} from {@code channel}.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static NewLeads of(YearMonth month, Channel channel, long count) {
    return new NewLeads(month, requireNonNull(channel, "channel"), count);
  }

  /**
   * {@code count} leads created in {@code month} with no known channel: they count in the blended figures only.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static NewLeads of(YearMonth month, long count) {
    return new NewLeads(month, null, count);
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
    return o instanceof NewLeads n && month.equals(n.month) && Objects.equals(channel, n.channel) && count == n.count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, channel, count);
  }

  /** {@code 2026-03 paid_search (paid) 100 leads}. */
  @Override
  public String toString() {
    return month + (channel == null ? "" : " " + channel) + " " + Cac.count(count, "lead", "leads");
  }
}
