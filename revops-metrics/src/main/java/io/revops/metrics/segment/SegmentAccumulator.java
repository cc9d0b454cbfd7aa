package io.revops.metrics.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.qualification.EvaluationContext;
import io.revops.core.qualification.Outcome;
import io.revops.metrics.Accumulator;
import io.revops.metrics.conversion.FunnelCounts;
import io.revops.metrics.conversion.WinRateAccumulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes each lead to the first of an ordered list of segments it is in (its {@link Segment#test} PASSED as of
 * {@code asOf}) and counts, per segment, the funnel ({@link FunnelCounts}) and the win rate
 * ({@link WinRateAccumulator}) of a window — the library's own accumulators, one per segment. A lead in no
 * segment goes to {@link SegmentReport#UNSEGMENTED}, and the leads that were UNKNOWN for some segment (data
 * missing) are counted, so nothing is dropped silently. Visitors are not segmented: each segment's funnel starts
 * at the lead.
 *
 * <p>Mutable and not thread-safe: use one per partition and {@link #merge merge} them; the result does not depend
 * on the split. Add each lead once.
 */
public final class SegmentAccumulator implements Accumulator<LeadRecord, SegmentAccumulator, SegmentReport> {
  private final List<Segment> segments;
  private final Instant windowStart;
  private final Instant windowEnd;
  private final Instant asOf;
  private final EvaluationContext context;
  private final Map<String, FunnelCounts> funnels = new LinkedHashMap<>();
  private final Map<String, WinRateAccumulator> winRates = new LinkedHashMap<>();
  private long unknown;

  private SegmentAccumulator(List<Segment> segments, Instant windowStart, Instant windowEnd, Instant asOf,
      EvaluationContext context) {
    this.segments = segments;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.asOf = asOf;
    this.context = context;
    for (Segment s : segments) {
      funnels.put(s.name(), FunnelCounts.of(0, windowStart, windowEnd, asOf));
      winRates.put(s.name(), WinRateAccumulator.of(windowStart, windowEnd));
    }
    funnels.put(SegmentReport.UNSEGMENTED, FunnelCounts.of(0, windowStart, windowEnd, asOf));
    winRates.put(SegmentReport.UNSEGMENTED, WinRateAccumulator.of(windowStart, windowEnd));
  }

  /**
   * An empty accumulator over {@code segments} (in priority order) for the leads created and deals closed in
   * {@code [windowStart, windowEnd)}, segments evaluated as of {@code asOf} with {@code context}.
   *
   * @throws IllegalArgumentException if there is no segment, two share a name, or the window is as
   *     {@link FunnelCounts#of} rejects
   */
  public static SegmentAccumulator of(List<Segment> segments, Instant windowStart, Instant windowEnd, Instant asOf,
      EvaluationContext context) {
    requireNonNull(segments, "segments");
    checkArgument(!segments.isEmpty(), "segments must not be empty");
    Set<String> names = new HashSet<>();
    for (Segment s : segments) {
      requireNonNull(s, "segments must not contain null");
      checkArgument(names.add(s.name()) && !s.name().equals(SegmentReport.UNSEGMENTED),
          "segments must have distinct names, other than %s: %s", SegmentReport.UNSEGMENTED, Quote.bounded(s.name()));
    }
    requireNonNull(context, "context");
    return new SegmentAccumulator(List.copyOf(segments), windowStart, windowEnd, asOf, context);
  }

  @Override
  public SegmentAccumulator add(LeadRecord input) {
    requireNonNull(input, "input");
    String into = null; // the first segment the lead is in, if any
    boolean sawUnknown = false;
    for (Segment s : segments) {
      Outcome o = s.test(input.lead(), asOf, context);
      if (o == Outcome.PASSED) {
        into = s.name();
        break;
      }
      sawUnknown |= o == Outcome.UNKNOWN;
    }
    if (into == null) {
      into = SegmentReport.UNSEGMENTED;
      if (sawUnknown) unknown++;
    }
    funnels.get(into).add(input.history());
    winRates.get(into).add(input.history());
    return this;
  }

  @Override
  public SegmentAccumulator merge(SegmentAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "other must not be this accumulator (it would count every lead twice)");
    checkArgument(segments.equals(other.segments) && context.equals(other.context),
        "other must have the same segments and context");
    funnels.forEach((name, f) -> f.merge(other.funnels.get(name)));
    winRates.forEach((name, w) -> w.merge(other.winRates.get(name)));
    unknown += other.unknown;
    return this;
  }

  @Override
  public SegmentReport result() {
    List<SegmentMetrics> out = new ArrayList<>();
    funnels.forEach((name, f) -> out.add(new SegmentMetrics(name, f.result(), winRates.get(name).result(), null)));
    return new SegmentReport(segments, out, unknown, "leads created and deals closed in [" + windowStart + ", "
        + windowEnd + "), segments as of " + asOf);
  }
}
