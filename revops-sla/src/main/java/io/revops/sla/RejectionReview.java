package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.history.RejectionCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The review of rejected leads for a period (rejections dated in it, in the agreement's zone): how many of
 * each reason by source, and the rejections with no reason or one outside the agreement's allowed set.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RejectionReview {
  private final String period;
  private final Map<String, Map<RejectionCode, Long>> bySource;
  private final List<RejectedLead> withoutAllowedReason;

  private RejectionReview(String period, Map<String, Map<RejectionCode, Long>> bySource,
      List<RejectedLead> withoutAllowedReason) {
    this.period = requireNonNull(period, "period");
    TreeMap<String, Map<RejectionCode, Long>> copy = new TreeMap<>();
    requireNonNull(bySource, "bySource").forEach((s, m) -> copy.put(s, Collections.unmodifiableMap(
        m.isEmpty() ? new EnumMap<>(RejectionCode.class) : new EnumMap<>(m))));
    this.bySource = Collections.unmodifiableMap(copy);
    this.withoutAllowedReason = withoutAllowedReason.stream().sorted().toList();
  }

  /** A review. */
  public static RejectionReview of(String period, Map<String, Map<RejectionCode, Long>> bySource,
      List<RejectedLead> withoutAllowedReason) {
    Args.text("period", period);
    Args.noNulls("bySource", bySource).values().forEach(m -> Args.noNulls("bySource", m));
    return new RejectionReview(period, bySource, Args.noNulls("withoutAllowedReason", withoutAllowedReason));
  }

  /** This review under another period label. */
  public RejectionReview withPeriod(String period) {
    Args.text("period", period);
    Args.noNulls("bySource", bySource).values().forEach(m -> Args.noNulls("bySource", m));
    return new RejectionReview(period, bySource, Args.noNulls("withoutAllowedReason", withoutAllowedReason));
  }

  /** The period label. */
  public String period() {
    return period;
  }

  /** Rejections by source and reason code. */
  public Map<String, Map<RejectionCode, Long>> bySource() {
    return bySource;
  }

  /** Rejections by reason code, all sources. */
  public Map<RejectionCode, Long> byReason() {
    EnumMap<RejectionCode, Long> sum = new EnumMap<>(RejectionCode.class);
    bySource.values().forEach(m -> m.forEach((c, n) -> sum.merge(c, n, Long::sum)));
    return Collections.unmodifiableMap(sum);
  }

  /** All rejections in the period. */
  public long total() {
    return bySource.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
  }

  /** The rejections with no reason or one outside the allowed set, by time. */
  public List<RejectedLead> withoutAllowedReason() {
    return withoutAllowedReason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RejectionReview r && period.equals(r.period) && bySource.equals(r.bySource)
        && withoutAllowedReason.equals(r.withoutAllowedReason);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(period, bySource, withoutAllowedReason);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Rejected leads, ").append(period).append(": ").append(total())
        .append(" rejection(s), ").append(withoutAllowedReason.size()).append(" without an allowed reason");
    bySource.forEach((s, m) -> {
      sb.append(String.format(Locale.ROOT, "%n  %-20s", s));
      m.forEach((c, n) -> sb.append(' ').append(c).append('=').append(n));
    });
    withoutAllowedReason.forEach(r -> sb.append("\n  ! ").append(r));
    return sb.toString();
  }
}
