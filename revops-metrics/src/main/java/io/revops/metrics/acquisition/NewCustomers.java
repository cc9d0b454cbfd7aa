package io.revops.metrics.acquisition;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * The number of customers won in one month, from one channel or unattributed (source unknown).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NewCustomers extends MonthlyCount {
  private NewCustomers(YearMonth month, Channel channel, long count) {
    super(month, channel, count, "newCustomers");
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
  String singular() {
    return "new customer";
  }

  @Override
  String plural() {
    return "new customers";
  }
}
