package io.revops.metrics.service;

import static java.util.Objects.requireNonNull;

import io.revops.metrics.MetricResult;

/**
 * Net Promoter Score from 0–10 survey scores, in one call; see {@link NpsAccumulator} for computing it
 * in parts.
 *
 * <pre>{@code
 * Nps.of(10, 9, 9, 10, 9, 9, 8, 7, 3, 6)
 * // NPS = +40 (6 promoters (9-10) - 2 detractors (0-6), 2 passives (7-8), of 10 responses)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Nps {
  private Nps() {}

  /**
   * The NPS of {@code scores}; not computable, reason {@code "no responses"}, if there are none.
   *
   * @throws IllegalArgumentException naming the score if one is outside [0, 10]
   */
  public static MetricResult<NetPromoterScore> of(Iterable<Integer> scores) {
    requireNonNull(scores, "scores");
    return NpsAccumulator.create().addAll(scores).result();
  }

  /**
   * The NPS of {@code scores}; not computable, reason {@code "no responses"}, if there are none.
   *
   * @throws IllegalArgumentException naming the score if one is outside [0, 10]
   */
  public static MetricResult<NetPromoterScore> of(int... scores) {
    requireNonNull(scores, "scores");
    NpsAccumulator acc = NpsAccumulator.create();
    for (int s : scores) {
      acc.add(s);
    }
    return acc.result();
  }
}
