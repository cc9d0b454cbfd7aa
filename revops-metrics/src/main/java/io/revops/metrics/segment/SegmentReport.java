package io.revops.metrics.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-segment figures from a {@link SegmentAccumulator}: one {@link SegmentMetrics} per segment, in priority
 * order, then the leads in no segment ({@link #UNSEGMENTED}), and how many of those were UNKNOWN for some segment
 * for lack of data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SegmentReport {
  /** The name under which the leads in no segment are reported. */
  public static final String UNSEGMENTED = "(no segment)";

  private final List<Segment> segments;
  private final List<SegmentMetrics> metrics;
  private final long unknown;
  private final String window;

  SegmentReport(List<Segment> segments, List<SegmentMetrics> metrics, long unknown, String window) {
    this.segments = List.copyOf(segments);
    this.metrics = List.copyOf(metrics);
    this.unknown = unknown;
    this.window = window;
  }

  /** Every segment's figures, then the unsegmented leads'. */
  public List<SegmentMetrics> segments() {
    return metrics;
  }

  /** The figures of the segment called {@code name} (or {@link #UNSEGMENTED}). */
  public Optional<SegmentMetrics> segment(String name) {
    requireNonNull(name, "name");
    return metrics.stream().filter(m -> m.segment().equals(name)).findFirst();
  }

  /** How many leads were in no segment with some segment UNKNOWN for lack of data. */
  public long unknownLeads() {
    return unknown;
  }

  /**
   * This report with CAC, LTV and LTV:CAC for the segment {@code name}.
   *
   * @throws IllegalArgumentException if there is no such segment
   */
  public SegmentReport withEconomics(String name, SegmentEconomics economics) {
    requireNonNull(economics, "economics");
    checkArgument(segment(name).isPresent(), "name must be a segment of the report: %s", Quote.bounded(name));
    List<SegmentMetrics> out = new ArrayList<>();
    for (SegmentMetrics m : metrics) {
      out.add(m.segment().equals(name) ? new SegmentMetrics(name, m.funnel(), m.winRateReport(), economics) : m);
    }
    return new SegmentReport(segments, out, unknown, window);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Segments (").append(window).append("): ").append(segments.size())
        .append(" segments, ").append(unknown).append(" unsegmented leads with data missing");
    for (SegmentMetrics m : metrics) {
      sb.append("\n").append(m.toString().replace("\n", "\n  "));
    }
    return sb.toString();
  }
}
