package io.revops.metrics.acquisition;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Optional;

/** What every {@link AcquisitionRecord} holds: its month and, if attributed, its channel. */
abstract sealed class MonthlyRecord implements AcquisitionRecord permits Spend, MonthlyCount {
  private final YearMonth month;
  private final Channel channel;

  MonthlyRecord(YearMonth month, Channel channel) {
    this.month = requireNonNull(month, "month");
    this.channel = channel;
  }

  @Override
  public YearMonth month() {
    return month;
  }

  @Override
  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  /** The channel, or null if unattributed: for equals, hashCode and toString. */
  Channel channelOrNull() {
    return channel;
  }
}
