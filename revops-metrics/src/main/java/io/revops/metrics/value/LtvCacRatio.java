package io.revops.metrics.value;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * An LTV:CAC ratio with its health band, e.g. {@code 3.84, healthy}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LtvCacRatio implements Comparable<LtvCacRatio> {
  private final Ratio ratio;
  private final LtvCacHealth health;

  private LtvCacRatio(Ratio ratio, LtvCacHealth health) {
    this.ratio = requireNonNull(ratio, "ratio");
    this.health = requireNonNull(health, "health");
  }

  /** {@code ratio} classified by {@code bands}. */
  public static LtvCacRatio of(Ratio ratio, LtvCacBands bands) {
    requireNonNull(bands, "bands");
    return new LtvCacRatio(ratio, bands.classify(requireNonNull(ratio, "ratio")));
  }

  /** The exact ratio LTV / CAC. */
  public Ratio ratio() {
    return ratio;
  }

  /** The band the ratio falls in. */
  public LtvCacHealth health() {
    return health;
  }

  /** Orders by ratio. */
  @Override
  public int compareTo(LtvCacRatio o) {
    return ratio.compareTo(o.ratio);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LtvCacRatio r && ratio.equals(r.ratio) && health == r.health;
  }

  @Override
  public int hashCode() {
    return 31 * ratio.hashCode() + health.hashCode();
  }

  /** {@code 3.84, healthy}. */
  @Override
  public String toString() {
    return ratio + ", " + health;
  }
}
