package io.revops.metrics.review;

import static com.google.common.base.Preconditions.checkArgument;
import org.jspecify.annotations.Nullable;

/**
 * How a bootstrap interval is drawn: the number of resamples and the seed of the random numbers. The seed is
 * always the caller's, so the same data and the same bootstrap give the same interval.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bootstrap {
  private final int resamples;
  private final long seed;

  private Bootstrap(int resamples, long seed) {
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * {@code resamples} resamples drawn with {@code seed}.
   *
   * @throws IllegalArgumentException if {@code resamples} is below 100
   */
  public static Bootstrap of(int resamples, long seed) {
    checkArgument(resamples >= 100, "resamples must be at least 100: %s", resamples);
    return new Bootstrap(resamples, seed);
  }

  /** 2 000 resamples drawn with {@code seed}. */
  public static Bootstrap withSeed(long seed) {
    return new Bootstrap(2_000, seed);
  }

  /** The number of resamples. */
  public int resamples() {
    return resamples;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Bootstrap b && resamples == b.resamples && seed == b.seed;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seed) * 31 + resamples;
  }

  @Override
  public String toString() {
    return "percentile bootstrap, " + resamples + " resamples, seed " + seed;
  }
}
