package io.revops.core.funnel;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The volume at each bowtie stage in one period — prospects attracted, converted, deals, customers
 * retained, expanded and advocating — and the ratios between consecutive stages.
 *
 * <p>Every stage must be given. The right wing may be larger than the left (more expansions or referrals
 * than deals): that is allowed and shows as a {@link BowtieTransition} ratio above 1, never as an error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BowtieSnapshot {
  private final Map<BowtieStage, Long> volumes;

  private BowtieSnapshot(Map<BowtieStage, Long> volumes) {
    EnumMap<BowtieStage, Long> copy = new EnumMap<>(BowtieStage.class);
    for (Map.Entry<BowtieStage, Long> e : volumes.entrySet()) {
      requireNonNull(e.getKey(), "stage");
      requireNonNull(e.getValue(), () -> "volume of " + e.getKey());
      checkArgument(e.getValue() >= 0, "volume of %s must not be negative: %s", e.getKey(), e.getValue());
      copy.put(e.getKey(), e.getValue());
    }
    for (BowtieStage s : BowtieStage.values()) {
      checkArgument(copy.containsKey(s), "volume of %s is missing: %s", s, volumes);
    }
    this.volumes = Collections.unmodifiableMap(copy);
  }

  /** The snapshot of the six volumes, in stage order. */
  public static BowtieSnapshot of(long attraction, long conversion, long deal, long retention, long expansion,
      long advocacy) {
    Map<BowtieStage, Long> m = new EnumMap<>(BowtieStage.class);
    m.put(BowtieStage.ATTRACTION, attraction);
    m.put(BowtieStage.CONVERSION, conversion);
    m.put(BowtieStage.DEAL, deal);
    m.put(BowtieStage.RETENTION, retention);
    m.put(BowtieStage.EXPANSION, expansion);
    m.put(BowtieStage.ADVOCACY, advocacy);
    return new BowtieSnapshot(m);
  }

  /**
   * The snapshot of {@code volumes}.
   *
   * @throws IllegalArgumentException if a stage is missing or a volume is negative
   */
  public static BowtieSnapshot of(Map<BowtieStage, Long> volumes) {
    requireNonNull(volumes, "volumes");
    return new BowtieSnapshot(volumes);
  }

  /** The volume at {@code stage}. */
  public long volume(BowtieStage stage) {
    return volumes.get(requireNonNull(stage, "stage"));
  }

  /** The volumes per stage, in stage order. */
  public Map<BowtieStage, Long> volumes() {
    return volumes;
  }

  /** The sum of the volumes of one wing. */
  public long wingVolume(BowtieStage.Wing wing) {
    requireNonNull(wing, "wing");
    return wing.stages().stream().mapToLong(volumes::get).sum();
  }

  /** True if the right wing holds more than the left. */
  public boolean rightWingExceedsLeft() {
    return wingVolume(BowtieStage.Wing.RIGHT) > wingVolume(BowtieStage.Wing.LEFT);
  }

  /**
   * The transition from {@code from} to the later stage {@code to}.
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public BowtieTransition transition(BowtieStage from, BowtieStage to) {
    return BowtieTransition.of(from, to, volume(from), volume(to));
  }

  /** The transitions between consecutive stages, attraction→conversion to expansion→advocacy. */
  public List<BowtieTransition> transitions() {
    BowtieStage[] s = BowtieStage.values();
    List<BowtieTransition> out = new ArrayList<>(s.length - 1);
    for (int i = 0; i + 1 < s.length; i++) {
      out.add(transition(s[i], s[i + 1]));
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BowtieSnapshot b && volumes.equals(b.volumes);
  }

  @Override
  public int hashCode() {
    return volumes.hashCode();
  }

  /** A table of the volumes by wing and the ratios between consecutive stages. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BowtieSnapshot");
    List<BowtieTransition> t = transitions();
    BowtieStage[] s = BowtieStage.values();
    for (int i = 0; i < s.length; i++) {
      sb.append(String.format(Locale.ROOT, "\n  %-6s %-10s %d", s[i].wing(), s[i], volumes.get(s[i])));
      if (i < t.size()) {
        BowtieTransition tr = t.get(i);
        sb.append(String.format(Locale.ROOT, "\n         ↓ %s", tr.isDefined()
            ? "×" + tr.ratio().orElseThrow().toString(4, java.math.RoundingMode.HALF_EVEN)
            : "undefined: " + tr.explanation()));
      }
    }
    return sb.toString();
  }
}
