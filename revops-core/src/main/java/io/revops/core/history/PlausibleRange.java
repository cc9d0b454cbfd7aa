package io.revops.core.history;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
  public boolean equals(@Nullable Object o) {
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
   *
   * <p>Cost: one hash lookup per instant added (a count and the latest instant of each day).
   *
   * <p>Serializable, so that an engine (Spark) can ship one partition's builder to where they are merged; a
   * deserialized builder is checked (its counts must add up, each day's latest instant must fall on that day)
   * and rejected otherwise.
   */
  public static final class Builder implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The events of one epoch day and the latest of them. */
    private static final class Day implements java.io.Serializable {
      private static final long serialVersionUID = 1L;
      long events;
      Instant latest;
    }

    private final HashMap<Long, Day> byDay = new HashMap<>();
    private long events;

    private Builder() {}

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
      in.defaultReadObject();
      long sum = 0;
      for (Map.Entry<Long, Day> e : byDay.entrySet()) {
        Day d = e.getValue();
        if (e.getKey() == null || d == null || d.events <= 0 || d.latest == null
            || Math.floorDiv(d.latest.getEpochSecond(), 86_400L) != e.getKey()) {
          throw new java.io.InvalidObjectException("a PlausibleRange.Builder's days must each hold a positive "
              + "count and a latest instant on that day");
        }
        sum = Math.addExact(sum, d.events);
      }
      if (sum != events) {
        throw new java.io.InvalidObjectException("a PlausibleRange.Builder's day counts must add up to its "
            + "events (" + sum + " != " + events + ")");
      }
    }

    /** Adds one event's instant. */
    public Builder add(Instant at) {
      requireNonNull(at, "at");
      count(at, 1);
      return this;
    }

    /**
     * Adds {@code events} events of the UTC day of {@code latest}, none of them later than {@code latest}: what a
     * reader that tallies days itself (a text scan) hands over once per day.
     *
     * @throws IllegalArgumentException if {@code events} is less than 1
     */
    public Builder addDay(Instant latest, long events) {
      requireNonNull(latest, "latest");
      if (events < 1) {
        throw new IllegalArgumentException("events must be at least 1 (the latest event is one of them): " + events);
      }
      count(latest, events);
      return this;
    }

    private void count(Instant at, long n) {
      Day d = byDay.computeIfAbsent(Math.floorDiv(at.getEpochSecond(), 86_400L), k -> new Day());
      d.events = Math.addExact(d.events, n);
      if (d.latest == null || at.isAfter(d.latest)) {
        d.latest = at;
      }
      events = Math.addExact(events, n);
    }

    /** Adds everything {@code other} has seen. */
    public Builder merge(Builder other) {
      requireNonNull(other, "other");
      other.byDay.values().forEach(d -> count(d.latest, d.events));
      return this;
    }

    /** The range of the instants added. */
    public PlausibleRange build() {
      if (events == 0) {
        return new PlausibleRange(Instant.MIN, Instant.MAX, null, 0, 0);
      }
      TreeMap<Long, Long> days = new TreeMap<>();
      byDay.forEach((d, tally) -> days.put(d, tally.events));
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
      for (Long day : days.descendingKeySet()) {
        if (within(day, median, margin)) {
          latest = byDay.get(day).latest;
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
