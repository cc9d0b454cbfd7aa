package io.revops.core.history;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.util.Comparator;
import java.util.List;

/**
 * A problem found while building a {@link LeadEventHistory}: reported as data, never thrown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what is wrong
 * @param events the ids of the events involved (may be empty, e.g. for a missing creation)
 * @param message a human-readable explanation with the evidence
 */
public record HistoryAnomaly(Kind kind, List<EventId> events, String message) implements Comparable<HistoryAnomaly> {
  private static final Comparator<HistoryAnomaly> ORDER = Comparator.comparing(HistoryAnomaly::kind)
      .thenComparing(a -> a.events().toString())
      .thenComparing(HistoryAnomaly::message);

  /** The kinds of anomaly. */
  public enum Kind {
    /** An event with the same id and the same content appeared more than once; one copy was kept. */
    EXACT_DUPLICATE_DROPPED(false),
    /** Events with the same id but different content; the first in event order was kept. */
    CONFLICTING_DUPLICATE_ID(true),
    /** An event of another lead was passed in; it was left out of this history. */
    FOREIGN_LEAD_EVENT(false),
    /** The history has no {@link LeadEvent.Created} event. */
    MISSING_CREATION(true),
    /** The history has more than one {@link LeadEvent.Created} event; the first counts. */
    MULTIPLE_CREATION(true),
    /** An event happened before the lead was created. */
    EVENT_BEFORE_CREATION(true),
    /** The lead was both won and lost. */
    WON_AND_LOST(true),
    /** The lead was won (or lost) more than once. */
    MULTIPLE_OUTCOMES(true),
    /**
     * An event far outside the time the data's own events span (a {@link PlausibleRange}); it was left out, so it
     * moves no default "as of" and no period.
     */
    IMPLAUSIBLE_TIMESTAMP(true);

    private final boolean compromisesHistory;

    Kind(boolean compromisesHistory) {
      this.compromisesHistory = compromisesHistory;
    }

    /**
     * True if the history itself may be wrong because of this anomaly (a conflicting event kept, a missing or
     * repeated creation, contradictory outcomes); false if building the history fully repaired the input (an
     * exact duplicate dropped, another lead's event left out). Metrics leave out histories with a compromising
     * anomaly and count the others, reporting both.
     */
    public boolean compromisesHistory() {
      return compromisesHistory;
    }
  }

  /** Validates and copies. */
  public HistoryAnomaly {
    requireNonNull(kind, "kind");
    events = List.copyOf(Args.noNulls("events", events));
    requireNonNull(message, "message");
  }

  @Override
  public int compareTo(HistoryAnomaly o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return kind + " " + events + ": " + message;
  }
}
