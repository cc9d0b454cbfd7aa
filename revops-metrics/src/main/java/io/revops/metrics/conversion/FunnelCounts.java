package io.revops.metrics.conversion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEventHistory;
import io.revops.metrics.Accumulator;
import io.revops.metrics.ExcludedLead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts, from lead event histories, how many leads created in a window reached each lifecycle stage by
 * an evaluation instant: the {@link FunnelSnapshot} of a period, measured rather than typed in.
 *
 * <p>Definition: each history is taken as it stood at {@code asOf} ({@link LeadEventHistory#asOf(Instant)}).
 * A lead is counted if it was created ({@link LifecycleStage#LEAD reached LEAD}) in
 * {@code [windowStart, windowEnd)}. It counts at every stage up to the furthest it reached: a stage skipped
 * in the record (accepted as SQL without an MQL event) counts as passed, so every count is at most the one
 * before it. {@link LifecycleStage#OPPORTUNITY} is in the snapshot only if some counted lead recorded an
 * opportunity. Histories start at the lead, so the visitors of the period are supplied by the caller.
 *
 * <p>Histories with anomalies are left out and listed with the reason ({@link ExcludedLead}), as in the
 * other conversion reports, if they were created in the window — or if they have no creation event, so
 * that no lead is dropped silently for want of a date. Histories created outside the window are not counted.
 *
 * <pre>{@code
 * FunnelCountsReport r = FunnelCounts.of(10_000, Instant.parse("2026-01-01T00:00:00Z"),
 *     Instant.parse("2026-02-01T00:00:00Z"), asOf).addAll(histories).result();
 * r.funnel();                     // Visitor 10000 → Lead 200 → MQL 60 → SQL 24 → Customer 6, with conversions
 * r.bowtie(5, 1, 2);              // with the right wing (retention, expansion, advocacy) from elsewhere
 * }</pre>
 *
 * <p>Mutable and not thread-safe: use one per partition and {@link #merge merge} them (with the same
 * visitors, window and {@code asOf}); the result does not depend on the split. Add each lead once.
 */
public final class FunnelCounts implements Accumulator<LeadEventHistory, FunnelCounts, FunnelCountsReport> {
  private static final LifecycleStage[] RECORDED = {
      LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SQL, LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER};

  private final long visitors;
  private final Instant windowStart;
  private final Instant windowEnd;
  private final Instant asOf;
  private final Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
  private boolean opportunitiesRecorded;
  private final List<ExcludedLead> excluded = new ArrayList<>();

  private FunnelCounts(long visitors, Instant windowStart, Instant windowEnd, Instant asOf) {
    this.visitors = visitors;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.asOf = asOf;
    for (LifecycleStage s : RECORDED) {
      counts.put(s, 0L);
    }
  }

  /**
   * An empty count of the leads created in {@code [windowStart, windowEnd)} as of {@code asOf}, after
   * {@code visitors} visitors in the same window.
   *
   * @throws IllegalArgumentException if {@code visitors} is negative, the window is empty, or {@code asOf}
   *     is before its end
   */
  public static FunnelCounts of(long visitors, Instant windowStart, Instant windowEnd, Instant asOf) {
    checkArgument(visitors >= 0, "visitors must not be negative: %s", visitors);
    requireNonNull(windowStart, "windowStart");
    requireNonNull(windowEnd, "windowEnd");
    requireNonNull(asOf, "asOf");
    checkArgument(windowEnd.isAfter(windowStart), "windowEnd must be after windowStart: windowEnd %s, windowStart %s",
        windowEnd, windowStart);
    checkArgument(!asOf.isBefore(windowEnd), "asOf must not be before windowEnd: asOf %s, windowEnd %s", asOf,
        windowEnd);
    return new FunnelCounts(visitors, windowStart, windowEnd, asOf);
  }

  @Override
  public FunnelCounts add(LeadEventHistory history) {
    requireNonNull(history, "history");
    // the window is checked on the whole history: asOf is not before the window's end, so a lead created
    // in the window keeps its creation when cut at asOf
    Optional<Instant> created = history.reachedAt(LifecycleStage.LEAD);
    if (created.isPresent() && (created.get().isBefore(windowStart) || !created.get().isBefore(windowEnd))) {
      return this;
    }
    LeadEventHistory h = history.asOf(asOf);
    if (!h.isSound() || created.isEmpty()) {
      excluded.add(!h.isSound() ? ExcludedLead.anomalous(h)
          : new ExcludedLead(h.leadId(), "history has no creation event"));
      return this;
    }
    LifecycleStage furthest = h.furthestStage().orElse(LifecycleStage.LEAD);
    for (LifecycleStage s : RECORDED) {
      if (s.compareTo(furthest) <= 0) {
        counts.merge(s, 1L, Long::sum);
      }
    }
    opportunitiesRecorded |= h.stagesReached().contains(LifecycleStage.OPPORTUNITY);
    return this;
  }

  @Override
  public FunnelCounts merge(FunnelCounts other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "other must not be this accumulator (it would count every lead twice)");
    checkArgument(visitors == other.visitors && windowStart.equals(other.windowStart)
            && windowEnd.equals(other.windowEnd) && asOf.equals(other.asOf),
        "other must count the same funnel: %s, other: %s", describe(), other.describe());
    other.counts.forEach((s, n) -> counts.merge(s, n, Long::sum));
    opportunitiesRecorded |= other.opportunitiesRecorded;
    excluded.addAll(other.excluded);
    return this;
  }

  private String describe() {
    return visitors + " visitors, leads created in [" + windowStart + ", " + windowEnd + "), as of " + asOf;
  }

  @Override
  public FunnelCountsReport result() {
    Map<LifecycleStage, Long> c = new EnumMap<>(counts);
    c.put(LifecycleStage.VISITOR, visitors);
    if (!opportunitiesRecorded) {
      c.remove(LifecycleStage.OPPORTUNITY);
    }
    return new FunnelCountsReport(FunnelSnapshot.of(c), describe(), excluded);
  }
}
