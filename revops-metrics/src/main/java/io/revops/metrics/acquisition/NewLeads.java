package io.revops.metrics.acquisition;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * The number of leads created in one month, from one channel or unattributed (source unknown).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NewLeads extends MonthlyCount {
  private NewLeads(YearMonth month, Channel channel, long count) {
    super(month, channel, count, "newLeads");
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
  String singular() {
    return "lead";
  }

  @Override
  String plural() {
    return "leads";
  }
}
