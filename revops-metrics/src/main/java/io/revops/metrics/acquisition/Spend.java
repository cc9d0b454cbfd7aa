package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.Department;
import io.revops.core.money.Amounts;
import java.time.YearMonth;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Money spent by marketing or sales in one month, on one channel or unattributed (salaries, tools). The
 * department is a {@link Department} of the funnel: {@code MARKETING} or {@code SALES}; service and internal
 * costs are not acquisition spend and are rejected.
 *
 * <pre>{@code
 * Spend.of(YearMonth.of(2026, 3), Channel.paid("paid_search"), Department.MARKETING, Amounts.of(1_000_000, "RUB"));
 * Spend.of(YearMonth.of(2026, 3), Department.SALES, Amounts.of(10_000_000, "RUB"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Spend extends MonthlyRecord {
  private final Department department;
  private final MonetaryAmount amount;

  private Spend(YearMonth month, Channel channel, Department department, MonetaryAmount amount) {
    super(month, channel);
    requireNonNull(department, "department");
    checkArgument(department == Department.MARKETING || department == Department.SALES,
        "department of acquisition spend must be MARKETING or SALES: %s", department);
    this.department = department;
    this.amount = Amounts.requireNonNegative("spend", amount);
  }

  /**
   * Spend on {@code channel}.
   *
   * @throws IllegalArgumentException if {@code amount} is negative or {@code department} is not marketing or sales
   */
  public static Spend of(YearMonth month, Channel channel, Department department, MonetaryAmount amount) {
    return new Spend(month, requireNonNull(channel, "channel"), department, amount);
  }

  /**
   * Spend not attributed to a channel: it counts in blended CAC, not in CAC by channel.
   *
   * @throws IllegalArgumentException if {@code amount} is negative or {@code department} is not marketing or sales
   */
  public static Spend of(YearMonth month, Department department, MonetaryAmount amount) {
    return new Spend(month, null, department, amount);
  }

  /** {@link Department#MARKETING} or {@link Department#SALES}: both count towards CAC, only marketing towards CPL. */
  public Department department() {
    return department;
  }

  /** The amount, zero or positive. */
  public MonetaryAmount amount() {
    return amount;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Spend s && month().equals(s.month()) && Objects.equals(channelOrNull(), s.channelOrNull())
        && department == s.department && Amounts.isEqual(amount, s.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month(), channelOrNull(), department, amount.getCurrency(), Amounts.toBigDecimal(amount).stripTrailingZeros());
  }

  /** {@code 2026-03 MARKETING paid_search (paid) 1 000 000,00 RUB}. */
  @Override
  public String toString() {
    return month() + " " + department + (channelOrNull() == null ? "" : " " + channelOrNull()) + " " + Amounts.format(amount);
  }
}
