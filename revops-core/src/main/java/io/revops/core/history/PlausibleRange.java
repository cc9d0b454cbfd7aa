package io.revops.core.history;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The span of time a data set's own events make plausible, computed robustly so that a few absurd timestamps
 * (an event at {@code +100000-01-01}, a zero date of 1970) neither widen it nor move a default "as of".
 *
 * <p>The range is centred on the median event day {@code m}, with a margin of {@value #MAD_FACTOR} median
 * absolute deviations of the event days from {@code m}, and at least {@value #MIN_MARGIN_YEARS} years:
 * {@code [m - margin, m + margin]}. The median and the median absolute deviation resist up to half the events
 * being wrong, where a minimum and maximum resist none. Events outside the range are
 * {@link HistoryAnomaly.Kind#IMPLAUSIBLE_TIMESTAMP implausible}: {@link LeadEventHistory#within(PlausibleRange)}
 * leaves them out of a history and reports them.
 *
 * <p>A default "as of" is {@link #latest()}: the latest event inside the range, never an implausible one:
 *
 * <pre>{@code
 * PlausibleRange range = PlausibleRange.of(histories);
 * Instant asOf = given.orElseGet(() -> range.latest().orElseThrow());
 * histories = histories.stream().map(h -> h.within(range)).toList();
 * }</pre>
 *
 * <p>Cost: O(d log d) for {@code d} distinct event days, O(d) memory (one count per day), whatever the number of
 * events. This class is immutable and thread-safe.
 */
public final class PlausibleRange {
  /** How many median absolute deviations of the event days the margin is. */
  public static final int MAD_FACTOR = 20;
  /** The smallest margin on each side of the median, in years (the data of a short pilot spans weeks). */
  public static final int MIN_MARGIN_YEARS = 25;

  private final Instant from;
  private final Instant to;
  private final Instant latest;
  private final long events;
  private final long implausible;

  private PlausibleRange(Instant from, Instant to, Instant latest, long events, long implausible) {
    this.from = from;
    this.to = to;
    this.latest = latest;
    this.events = events;
    this.implausible = implausible;
  }

  /** The range the events of {@code histories} make plausible. */
  public static PlausibleRange of(Iterable<LeadEventHistory> histories) {
    requireNonNull(histories, "histories");
    Builder b = new Builder();
    for (LeadEventHistory h : histories) {
      requireNonNull(h, "history");
      for (LeadEvent e : h.events()) {
        b.add(e.at());
      }
    }
    return b.build();
  }

  /** The range the instants {@code instants} make plausible. */
  public static PlausibleRange ofInstants(Iterable<Instant> instants) {
    requireNonNull(instants, "instants");
    Builder b = new Builder();
    instants.forEach(b::add);
    return b.build();
  }

  /** A builder fed one instant at a time (a stream of events); merges with another, in any order. */
  public static Builder builder() {
    return new Builder();
  }

  /** The first plausible instant (inclusive); {@link Instant#MIN} when there were no events. */
  public Instant from() {
    return from;
  }

  /** The last plausible instant (inclusive); {@link Instant#MAX} when there were no events. */
  public Instant to() {
    return to;
  }

  /** True if {@code at} is within the range. */
  public boolean contains(Instant at) {
    requireNonNull(at, "at");
    return !at.isBefore(from) && !at.isAfter(to);
  }

  /** The latest event inside the range: the default "as of" of the data; empty when there were no events. */
  public Optional<Instant> latest() {
    return Optional.ofNullable(latest);
  }

  /** How many events the range was computed from. */
  public long events() {
    return events;
  }

  /** How many of them fall outside it. */
  public long implausible() {
    return implausible;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlausibleRange r && from.equals(r.from) && to.equals(r.to)
        && java.util.Objects.equals(latest, r.latest) && events == r.events && implausible == r.implausible;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(from, to, latest, events, implausible);
  }

  @Override
  public String toString() {
    if (events == 0) {
      return "PlausibleRange[no events]";
    }
    return "PlausibleRange[" + from + " .. " + to + ", latest " + latest + "; " + implausible + " of " + events
        + " events outside]";
  }

  /**
   * Collects event instants by day. Mutable and not thread-safe: one per partition, then {@link #merge}.
   * Serializable, so that an engine (Spark) can ship one partition's builder to where they are merged; a
   * deserialized builder is checked (its counts must add up) and rejected otherwise.
   */
  public static final class Builder implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    // the number of events of each epoch day, and the latest instant of each day
    private final TreeMap<Long, Long> days = new TreeMap<>();
    private final TreeMap<Long, Instant> latestOfDay = new TreeMap<>();
    private long events;

    private Builder() {}

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
      in.defaultReadObject();
      long sum = 0;
      for (Map.Entry<Long, Long> e : days.entrySet()) {
        if (e.getKey() == null || e.getValue() == null || e.getValue() <= 0
            || !(latestOfDay.get(e.getKey()) instanceof Instant)) {
          throw new java.io.InvalidObjectException("a PlausibleRange.Builder's day counts must be positive, "
              + "each day with its latest instant");
        }
        sum = Math.addExact(sum, e.getValue());
      }
      if (sum != events || latestOfDay.size() != days.size()) {
        throw new java.io.InvalidObjectException("a PlausibleRange.Builder's day counts must add up to its "
            + "events (" + sum + " != " + events + ")");
      }
    }

    /** Adds one event's instant. */
    public Builder add(Instant at) {
      requireNonNull(at, "at");
      long day = Math.floorDiv(at.getEpochSecond(), 86_400L);
      days.merge(day, 1L, Long::sum);
      latestOfDay.merge(day, at, (a, b) -> a.isAfter(b) ? a : b);
      events++;
      return this;
    }

    /** Adds everything {@code other} has seen. */
    public Builder merge(Builder other) {
      requireNonNull(other, "other");
      other.days.forEach((d, n) -> days.merge(d, n, Long::sum));
      other.latestOfDay.forEach((d, at) -> latestOfDay.merge(d, at, (a, b) -> a.isAfter(b) ? a : b));
      events += other.events;
      return this;
    }

    /** The range of the instants added. */
    public PlausibleRange build() {
      if (events == 0) {
        return new PlausibleRange(Instant.MIN, Instant.MAX, null, 0, 0);
      }
      long median = quantileDay(days, events);
      TreeMap<Long, Long> deviations = new TreeMap<>();
      days.forEach((d, n) -> deviations.merge(Math.abs(d - median), n, Long::sum));
      long mad = quantileDay(deviations, events);
      long minMargin = MIN_MARGIN_YEARS * 366L;
      long margin = Math.max(minMargin, Math.multiplyExact(mad, (long) MAD_FACTOR));
      Instant from = dayStart(Math.max(median - margin, LocalDate.MIN.toEpochDay()));
      Instant to = dayStart(Math.min(median + margin, LocalDate.MAX.toEpochDay()))
          .plus(Duration.ofDays(1)).minusNanos(1);
      long outside = 0;
      for (Map.Entry<Long, Long> e : days.entrySet()) {
        if (!within(e.getKey(), median, margin)) {
          outside += e.getValue();
        }
      }
      Instant latest = null;
      for (Map.Entry<Long, Instant> e : latestOfDay.descendingMap().entrySet()) {
        if (within(e.getKey(), median, margin)) {
          latest = e.getValue();
          break;
        }
      }
      return new PlausibleRange(from, to, latest, events, outside);
    }

    private static boolean within(long day, long median, long margin) {
      return Math.abs(day - median) <= margin;
    }

    /** The lower median of the days counted in {@code counts} (which hold {@code total} events). */
    private static long quantileDay(TreeMap<Long, Long> counts, long total) {
      long rank = (total + 1) / 2;
      long seen = 0;
      for (Map.Entry<Long, Long> e : counts.entrySet()) {
        seen += e.getValue();
        if (seen >= rank) {
          return e.getKey();
        }
      }
      throw new IllegalStateException("unreachable: " + total + " events counted");
    }

    private static Instant dayStart(long epochDay) {
      return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }
}
