package io.revops.core.funnel;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Ratio;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ratio of the volume at one bowtie stage to the volume at an earlier one, or why it cannot be
 * computed (nothing at the earlier stage).
 *
 * <p>Unlike a {@link StageConversion} the ratio is a {@link Ratio} that may exceed 1: on the right wing
 * retained, expanded and advocating customers can outnumber — and out-earn — the deals that started them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BowtieTransition {
  private final BowtieStage from;
  private final BowtieStage to;
  private final long fromVolume;
  private final long toVolume;

  private BowtieTransition(BowtieStage from, BowtieStage to, long fromVolume, long toVolume) {
    this.from = requireNonNull(from, "from");
    this.to = requireNonNull(to, "to");
    checkArgument(from.isBefore(to), "from must be a stage before to: %s -> %s", from, to);
    checkArgument(fromVolume >= 0, "volume of %s must not be negative: %s", from, fromVolume);
    checkArgument(toVolume >= 0, "volume of %s must not be negative: %s", to, toVolume);
    this.fromVolume = fromVolume;
    this.toVolume = toVolume;
  }

  /**
   * The transition from {@code from} ({@code fromVolume}) to the later stage {@code to} ({@code toVolume}).
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to} or a volume is negative
   */
  public static BowtieTransition of(BowtieStage from, BowtieStage to, long fromVolume, long toVolume) {
    return new BowtieTransition(from, to, fromVolume, toVolume);
  }

  /** The earlier stage. */
  public BowtieStage from() {
    return from;
  }

  /** The later stage. */
  public BowtieStage to() {
    return to;
  }

  /** The volume at the earlier stage. */
  public long fromVolume() {
    return fromVolume;
  }

  /** The volume at the later stage. */
  public long toVolume() {
    return toVolume;
  }

  /** True if the earlier stage has a volume to divide by. */
  public boolean isDefined() {
    return fromVolume > 0;
  }

  /** {@code toVolume / fromVolume}, possibly above 1; empty when the earlier stage is zero. */
  public Optional<Ratio> ratio() {
    return isDefined()
        ? Optional.of(Ratio.of(java.math.BigDecimal.valueOf(toVolume), java.math.BigDecimal.valueOf(fromVolume)))
        : Optional.empty();
  }

  /** True if the later stage is larger than the earlier one — normal on the right wing. */
  public boolean grows() {
    return toVolume > fromVolume;
  }

  /** Why the ratio is undefined, or the computation ("27 of 30"). */
  public String explanation() {
    return isDefined() ? toVolume + " of " + fromVolume : "no volume at " + from + " (0)";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BowtieTransition t && from == t.from && to == t.to && fromVolume == t.fromVolume
        && toVolume == t.toVolume;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, fromVolume, toVolume);
  }

  /** "DEAL→RETENTION 0.9 (27 of 30)" or "DEAL→RETENTION undefined: no volume at DEAL (0)". */
  @Override
  public String toString() {
    String label = from + "→" + to;
    return isDefined()
        ? label + " " + ratio().orElseThrow().toString(4, java.math.RoundingMode.HALF_EVEN) + " (" + explanation() + ")"
        : label + " undefined: " + explanation();
  }
}
