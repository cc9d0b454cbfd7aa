package io.revops.metrics.clv;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.money.Amounts;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * One customer's purchase history in a calibration period, summarised as the models of Fader, Hardie and Lee
 * read it: {@code frequency} (x) repeat purchases, the last one {@code recency} (tₓ) after the first purchase,
 * observed for {@code age} (T) since the first purchase, all in one time unit (weeks in the papers); and,
 * for Gamma-Gamma, the average value of the repeat purchases.
 *
 * <p>The time values are {@code double}s: they are model inputs, not money. The average spend is money.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerSummary {
  private final String id;
  private final int frequency;
  private final double recency;
  private final double age;
  private final MonetaryAmount averageSpend;

  private CustomerSummary(String id, int frequency, double recency, double age, MonetaryAmount averageSpend) {
    this.id = id;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.averageSpend = averageSpend;
  }

  /**
   * A customer's frequency, recency and age.
   *
   * @throws IllegalArgumentException if {@code frequency} is negative, a time is not finite, {@code age} is not
   *     positive, {@code recency} is negative or after {@code age}, positive without repeat purchases, or zero
   *     with some (each message names the customer, the field, the value and the rule)
   */
  public static CustomerSummary of(String id, int frequency, double recency, double age) {
    Args.text("id", id);
    String who = " (customer " + Quote.bounded(id) + ")";
    check(frequency >= 0, "frequency must not be negative: " + frequency + who);
    check(Double.isFinite(age) && age > 0, "age (T) must be positive and finite: " + age + who);
    check(Double.isFinite(recency) && recency >= 0, "recency must be non-negative and finite: " + recency + who);
    check(recency <= age, "recency must not exceed age (T): recency " + recency + ", T " + age + who);
    check(frequency == 0 || recency > 0, "recency must be positive when frequency is positive: frequency "
        + frequency + ", recency " + recency + who);
    check(frequency > 0 || recency == 0, "recency must be 0 without repeat purchases: frequency 0, recency "
        + recency + who);
    return new CustomerSummary(id, frequency, recency, age, null);
  }

  /**
   * A customer's frequency, recency, age and the average value of the repeat purchases.
   *
   * @throws IllegalArgumentException as {@link #of(String, int, double, double)}, or if {@code averageSpend} is
   *     negative, or non-zero without repeat purchases
   */
  public static CustomerSummary of(String id, int frequency, double recency, double age,
      MonetaryAmount averageSpend) {
    CustomerSummary s = of(id, frequency, recency, age);
    Amounts.requireNonNegative("averageSpend", requireNonNull(averageSpend, "averageSpend"));
    check(frequency > 0 || averageSpend.isZero(), "averageSpend must be zero without repeat purchases: "
        + Amounts.format(averageSpend) + " (customer " + Quote.bounded(id) + ")");
    return new CustomerSummary(id, frequency, recency, age, averageSpend);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The customer's id. */
  public String id() {
    return id;
  }

  /** Repeat purchases (x): purchases after the first. */
  public int frequency() {
    return frequency;
  }

  /** Time from the first purchase to the last (tₓ); 0 without repeat purchases. */
  public double recency() {
    return recency;
  }

  /** Time from the first purchase to the end of the calibration period (T). */
  public double age() {
    return age;
  }

  /** The average value of the repeat purchases, if given. */
  public Optional<MonetaryAmount> averageSpend() {
    return Optional.ofNullable(averageSpend);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CustomerSummary c && id.equals(c.id) && frequency == c.frequency
        && Double.compare(recency, c.recency) == 0 && Double.compare(age, c.age) == 0
        && (averageSpend == null ? c.averageSpend == null
            : c.averageSpend != null && Amounts.isEqual(averageSpend, c.averageSpend));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, frequency, recency, age);
  }

  @Override
  public String toString() {
    return id + ": x=" + frequency + ", t_x=" + recency + ", T=" + age
        + (averageSpend == null ? "" : ", average spend " + Amounts.format(averageSpend));
  }
}
