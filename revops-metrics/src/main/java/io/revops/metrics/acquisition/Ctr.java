package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;

import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.util.List;

/**
 * Click-through rate: clicks / impressions, a {@link Rate} in [0, 1].
 *
 * <pre>{@code
 * Ctr.of(25, 1000)   // CTR = 2.5% (25 clicks / 1000 impressions)
 * }</pre>
 *
 * <p>Exact when the fraction terminates, else to 34 significant digits. No impressions gives a result
 * that is not computable, reason {@code "no impressions"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ctr {
  /** The metric's name in results. */
  public static final String METRIC = "CTR";

  private Ctr() {}

  /**
   * CTR of {@code clicks} on {@code impressions}.
   *
   * @throws IllegalArgumentException if a count is negative or {@code clicks} exceeds {@code impressions}
   */
  public static MetricResult<Rate> of(long clicks, long impressions) {
    checkArgument(clicks >= 0, "clicks must not be negative: %s", clicks);
    checkArgument(impressions >= 0, "impressions must not be negative: %s", impressions);
    checkArgument(clicks <= impressions, "clicks must not exceed impressions: clicks=%s, impressions=%s",
        clicks, impressions);
    String explanation = Cac.count(clicks, "click", "clicks") + " / " + Cac.count(impressions, "impression", "impressions");
    if (impressions == 0) {
      return MetricResult.notComputable(METRIC, "no impressions", explanation, List.of());
    }
    return MetricResult.of(METRIC, Rate.ofFraction(clicks, impressions), explanation, List.of());
  }
}
