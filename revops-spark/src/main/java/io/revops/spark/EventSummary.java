package io.revops.spark;

import io.revops.core.history.PlausibleRange;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one pass over the events tells the driver before the leads are evaluated: the plausible range of the
 * events' instants (and with it the default "as of"), the lead sources seen, and how many rows were good and
 * how many were rejected. Made by {@link JsonLinesReader.Read#summarize} with {@link #summary()}.
 *
 * <p>Cost: one entry per distinct event day and one per distinct source. Mutable while it is being folded (one
 * per partition), then read on the driver.
 */
public final class EventSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PlausibleRange.Builder range = PlausibleRange.builder();
  private final TreeSet<String> sources = new TreeSet<>();
  private long rows;
  private long rejected;

  private EventSummary() {}

  /** The fold that makes an event summary. */
  public static JsonLinesReader.Summary<EventRow, EventSummary> summary() {
    return new Fold();
  }

  private static final class Fold implements JsonLinesReader.Summary<EventRow, EventSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public EventSummary zero() {
      return new EventSummary();
    }

    @Override
    public EventSummary row(EventSummary s, EventRow row) {
      s.range.add(Instant.parse(row.getAt()));
      if (row.getSource() != null) {
        s.sources.add(row.getSource());
      }
      s.rows++;
      return s;
    }

    @Override
    public EventSummary rejected(EventSummary s, FindingRow finding) {
      s.rejected++;
      return s;
    }

    @Override
    public EventSummary merge(EventSummary a, EventSummary b) {
      a.range.merge(b.range);
      a.sources.addAll(b.sources);
      a.rows += b.rows;
      a.rejected += b.rejected;
      return a;
    }
  }

  /** The span the events make plausible; its {@link PlausibleRange#latest()} is the latest plausible event. */
  public PlausibleRange range() {
    return range.build();
  }

  /**
   * The default "as of": one second after the latest plausible event (as the single-JVM health check takes
   * it), or empty when there are no good events.
   */
  public Optional<Instant> endOfData() {
    return range().latest().map(at -> at.plusSeconds(1));
  }

  /** The lead sources of the good events, sorted. */
  public NavigableSet<String> sources() {
    return Collections.unmodifiableNavigableSet(sources);
  }

  /** The number of good event rows. */
  public long rows() {
    return rows;
  }

  /** The number of rejected event rows. */
  public long rejected() {
    return rejected;
  }

  @Override
  public String toString() {
    return "EventSummary[" + rows + " rows, " + rejected + " rejected, " + sources.size() + " sources, "
        + range() + "]";
  }
}
