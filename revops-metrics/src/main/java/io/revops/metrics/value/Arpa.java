package io.revops.metrics.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Average revenue per account: revenue in a period / accounts that paid in it.
 *
 * <pre>{@code
 * Arpa.of(Amounts.of(10_000_000, "RUB"), 50)   // ARPA = 200 000,00 RUB (10 000 000,00 RUB revenue / 50 accounts)
 * }</pre>
 *
 * <p>Rounded to the minor unit, {@link RoundingMode#HALF_EVEN} unless a {@link RoundingMode} is given.
 * No accounts gives a result that is not computable, reason {@code "no accounts"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Arpa {
  /** The metric's name in results. */
  public static final String METRIC = "ARPA";

  private Arpa() {}

  /**
   * ARPA rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws IllegalArgumentException if {@code revenue} or {@code accounts} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount revenue, long accounts) {
    return of(revenue, accounts, Ltv.DEFAULT_ROUNDING);
  }

  /**
   * ARPA rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if {@code revenue} or {@code accounts} is negative
   */
  public static MetricResult<MonetaryAmount> of(MonetaryAmount revenue, long accounts, RoundingMode rounding) {
    Amounts.requireNonNegative("revenue", revenue);
    checkArgument(accounts >= 0, "accounts must not be negative: %s", accounts);
    requireNonNull(rounding, "rounding");
    String explanation = Amounts.format(revenue) + " revenue / " + accounts + (accounts == 1 ? " account" : " accounts");
    return MetricResult.amountPer(METRIC, revenue, accounts, "no accounts", explanation, List.of(), rounding);
  }
}
