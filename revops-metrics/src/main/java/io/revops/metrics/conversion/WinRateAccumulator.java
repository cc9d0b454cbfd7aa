package io.revops.metrics.conversion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadSource;
import io.revops.metrics.Accumulator;
import io.revops.metrics.ExcludedLead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The win (closing) rate {@code won / (won + lost)} of the deals closed within a window, by lead source.
 *
 * <p>Definition: each history is taken as it stood at {@code windowEnd}. A deal closed in the window — a
 * trial — if its first {@code Won} or {@code Lost} event is in {@code [windowStart, windowEnd)}; it is a
 * success if that event is a win. Deals not closed by {@code windowEnd} that reached SQL or an opportunity are
 * open: left out of the rate and counted in the explanation. Deals closed before the window are ignored.
 * Closed deals whose history has anomalies (for example both won and lost) are left out and listed.
 *
 * <p>Mutable and not thread-safe: use one per partition and {@link #merge merge} them; the result does not
 * depend on the split. Add each lead once.
 */
public final class WinRateAccumulator implements Accumulator<LeadEventHistory, WinRateAccumulator, ConversionReport> {
  private final Instant windowStart;
  private final Instant windowEnd;
  private final Map<LeadSource, long[]> counts = new TreeMap<>();
  private final List<ExcludedLead> excluded = new ArrayList<>();
  private long open;

  private WinRateAccumulator(Instant windowStart, Instant windowEnd) {
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  /**
   * An empty accumulator of the win rate of deals closed in {@code [windowStart, windowEnd)}.
   *
   * @throws IllegalArgumentException if the window is empty
   */
  public static WinRateAccumulator of(Instant windowStart, Instant windowEnd) {
    requireNonNull(windowStart, "windowStart");
    requireNonNull(windowEnd, "windowEnd");
    checkArgument(windowEnd.isAfter(windowStart), "windowEnd must be after windowStart: windowEnd %s, windowStart %s",
        windowEnd, windowStart);
    return new WinRateAccumulator(windowStart, windowEnd);
  }

  @Override
  public WinRateAccumulator add(LeadEventHistory history) {
    requireNonNull(history, "history");
    LeadEventHistory h = history.asOf(windowEnd.minusNanos(1));
    Optional<LeadEvent> close = h.closing();
    if (close.isEmpty()) {
      Set<LifecycleStage> stages = h.stagesReached();
      if (stages.contains(LifecycleStage.SQL) || stages.contains(LifecycleStage.OPPORTUNITY)) {
        open++;
      }
      return this;
    }
    if (close.get().at().isBefore(windowStart)) {
      return this;
    }
    if (!h.isSound()) {
      excluded.add(ExcludedLead.anomalous(h));
      return this;
    }
    LeadSource source = h.source().orElseThrow(); // a history without creation has an anomaly
    long[] c = counts.computeIfAbsent(source, k -> new long[2]);
    c[1]++;
    if (close.get() instanceof LeadEvent.Won) {
      c[0]++;
    }
    return this;
  }

  @Override
  public WinRateAccumulator merge(WinRateAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "other must not be this accumulator (it would count every lead twice)");
    checkArgument(windowStart.equals(other.windowStart) && windowEnd.equals(other.windowEnd),
        "other must have the same window: [%s, %s), other: [%s, %s)", windowStart, windowEnd, other.windowStart,
        other.windowEnd);
    other.counts.forEach((source, c) -> {
      long[] mine = counts.computeIfAbsent(source, k -> new long[2]);
      mine[0] += c[0];
      mine[1] += c[1];
    });
    excluded.addAll(other.excluded);
    open += other.open;
    return this;
  }

  @Override
  public ConversionReport result() {
    return new ConversionReport("Win rate", "won", "deals won or lost in [" + windowStart + ", " + windowEnd + ")",
        counts, excluded, "; " + open + " open deal" + (open == 1 ? "" : "s") + " left out");
  }
}
