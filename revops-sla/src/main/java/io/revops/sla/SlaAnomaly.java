package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.history.EventId;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.lead.LeadId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A data problem found in the input of an SLA evaluation: listed in the report, never fatal, never dropped.
 * Problems found while building a history ({@link HistoryAnomaly}) are carried with {@link Kind#HISTORY}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param leadId the lead
 * @param kind what is wrong
 * @param historyKind for {@link Kind#HISTORY}, the history's own kind
 * @param events the ids of the events involved
 * @param message the explanation with the evidence
 */
public record SlaAnomaly(LeadId leadId, Kind kind, Optional<HistoryAnomaly.Kind> historyKind, List<EventId> events,
    String message) implements Comparable<SlaAnomaly> {
  private static final Comparator<SlaAnomaly> ORDER = Comparator.comparing(SlaAnomaly::leadId)
      .thenComparing(SlaAnomaly::kind)
      .thenComparing(a -> a.historyKind().map(Enum::ordinal).orElse(-1))
      .thenComparing(a -> a.events().toString())
      .thenComparing(SlaAnomaly::message);

  /** The kinds of anomaly the SLA evaluation finds (besides those of the history). */
  public enum Kind {
    /** An anomaly found while building the history. */
    HISTORY,
    /** Sales events (attempts, calls, decisions) but the lead never became an MQL: no obligation applies. */
    SALES_ACTIVITY_WITHOUT_MQL,
    /** Sales events before the lead became an MQL: they do not count towards the SLA. */
    SALES_ACTIVITY_BEFORE_MQL,
    /** The lead was both accepted as an SQL and rejected. */
    ACCEPTED_AND_REJECTED,
    /** The lead was accepted or rejected more than once; the first decision counts. */
    MULTIPLE_DECISIONS,
    /** The lead's history has no source; it is reported under "(unknown)". */
    MISSING_SOURCE,
    /** The lead's data names another source than its history; the history's counts. */
    SOURCE_MISMATCH,
    /** The same lead appeared more than once in one evaluation; it was counted once. */
    DUPLICATE_LEAD,
    /** The calendar could not answer for the dates needed; the verdict is NOT_APPLICABLE. */
    CALENDAR_ERROR
  }

  /** Validates and copies. */
  public SlaAnomaly {
    requireNonNull(leadId, "leadId");
    requireNonNull(kind, "kind");
    requireNonNull(historyKind, "historyKind");
    events = Args.copyOfNoNulls("events", events); // a history anomaly's list is kept, not checked again
    requireNonNull(message, "message");
  }

  /** An anomaly of {@code kind}. */
  public static SlaAnomaly of(LeadId leadId, Kind kind, List<EventId> events, String message) {
    return new SlaAnomaly(leadId, kind, Optional.empty(), events, message);
  }

  /** The history anomaly {@code a} of lead {@code leadId}. */
  public static SlaAnomaly of(LeadId leadId, HistoryAnomaly a) {
    return new SlaAnomaly(leadId, Kind.HISTORY, Optional.of(a.kind()), a.events(), a.message());
  }

  @Override
  public int compareTo(SlaAnomaly o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return leadId + " " + historyKind.map(Enum::name).orElse(kind.name()) + " " + events + ": " + message;
  }
}
