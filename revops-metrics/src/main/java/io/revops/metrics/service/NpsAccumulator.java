package io.revops.metrics.service;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.metrics.Accumulator;
import io.revops.metrics.MetricResult;
import java.util.List;

/**
 * Counts 0–10 survey scores into a {@link NetPromoterScore}: 9–10 promoters, 7–8 passives, 0–6
 * detractors. Merging the accumulators of any split of the scores gives the same result as one
 * accumulator over all of them. No responses gives a result that is not computable, reason
 * {@code "no responses"}.
 *
 * <p>Mutable and not thread-safe, like every {@link Accumulator}: use one per partition.
 */
public final class NpsAccumulator implements Accumulator<Integer, NpsAccumulator, MetricResult<NetPromoterScore>> {
  /** The metric's name in results. */
  public static final String METRIC = "NPS";

  private long promoters;
  private long passives;
  private long detractors;

  private NpsAccumulator() {}

  /** An accumulator with no responses. */
  public static NpsAccumulator create() {
    return new NpsAccumulator();
  }

  /**
   * Adds one score.
   *
   * @throws IllegalArgumentException naming the score if it is outside [0, 10]
   */
  @Override
  public NpsAccumulator add(Integer score) {
    requireNonNull(score, "score");
    checkArgument(score >= 0 && score <= 10, "score must be in [0, 10]: %s", score);
    if (score >= 9) {
      promoters++;
    } else if (score >= 7) {
      passives++;
    } else {
      detractors++;
    }
    return this;
  }

  @Override
  public NpsAccumulator merge(NpsAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "an accumulator cannot be merged into itself");
    promoters = Math.addExact(promoters, other.promoters);
    passives = Math.addExact(passives, other.passives);
    detractors = Math.addExact(detractors, other.detractors);
    return this;
  }

  @Override
  public MetricResult<NetPromoterScore> result() {
    long n = promoters + passives + detractors;
    if (n == 0) {
      return MetricResult.notComputable(METRIC, "no responses", "0 responses", List.of());
    }
    String explanation = promoters + " promoters (9-10) - " + detractors + " detractors (0-6), " + passives
        + " passives (7-8), of " + n + (n == 1 ? " response" : " responses");
    return MetricResult.of(METRIC, NetPromoterScore.of(promoters, passives, detractors), explanation, List.of());
  }
}
