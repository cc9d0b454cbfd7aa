package io.revops.core.history;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The immutable, ordered event history of one lead.
 *
 * <p>Built from events in any order, with duplicates: {@link #of(LeadId, Collection)} orders them by
 * {@link LeadEvent#ORDER}, keeps one copy of events repeated with the same id, and lists every anomaly it
 * found ({@link HistoryAnomaly}) instead of throwing. Two histories built from any shuffle of the same
 * events are equal.
 *
 * <pre>{@code
 * LeadEventHistory h = LeadEventHistory.builder("L-1")
 *     .created(Instant.parse("2026-03-06T14:30:00Z"), "webinar")
 *     .becameMql(Instant.parse("2026-03-06T14:30:00Z"))
 *     .contactAttempt(Instant.parse("2026-03-10T06:20:00Z"), "rep-1", ContactChannel.PHONE, AttemptOutcome.REACHED)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LeadEventHistory {
  private final LeadId leadId;
  private final List<LeadEvent> events;
  private final List<HistoryAnomaly> anomalies;

  private LeadEventHistory(LeadId leadId, List<LeadEvent> events, List<HistoryAnomaly> anomalies) {
    this.leadId = leadId;
    this.events = events;
    this.anomalies = anomalies;
  }

  /** Events by id, for finding the copies of an id. */
  private static final java.util.Comparator<LeadEvent> BY_ID = java.util.Comparator.comparing(LeadEvent::id);

  /**
   * The history of {@code leadId} built from {@code events}, in any order, possibly with duplicates and
   * events of other leads (which are left out and reported).
   */
  public static LeadEventHistory of(LeadId leadId, Collection<? extends LeadEvent> events) {
    requireNonNull(leadId, "leadId");
    requireNonNull(events, "events");
    List<HistoryAnomaly> anomalies = new ArrayList<>();
    List<LeadEvent> own = new ArrayList<>(events.size());
    for (LeadEvent e : events) {
      requireNonNull(e, "event");
      if (!e.leadId().equals(leadId)) {
        anomalies.add(new HistoryAnomaly(HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT, List.of(e.id()),
            "event " + e.id() + " belongs to lead " + e.leadId() + ", not " + leadId + "; left out"));
        continue;
      }
      own.add(e);
    }
    // the copies of an id become neighbours, in the order they came (the sort is stable)
    own.sort(BY_ID);
    List<LeadEvent> kept = new ArrayList<>(own.size());
    for (int i = 0, j; i < own.size(); i = j) {
      EventId id = own.get(i).id();
      j = i + 1;
      while (j < own.size() && own.get(j).id().compareTo(id) == 0) {
        j++;
      }
      if (j == i + 1) {
        // the common case: no duplicate, nothing to compare (the tie-break below renders events as text)
        kept.add(own.get(i));
        continue;
      }
      List<LeadEvent> copies = own.subList(i, j);
      Set<LeadEvent> distinct = new TreeSet<>(LeadEvent.ORDER.thenComparing(Object::toString));
      // equal copies collapse by hash first: 50,000 copies of one event cost one comparison, not 50,000
      distinct.addAll(new java.util.LinkedHashSet<>(copies));
      LeadEvent first = distinct.iterator().next();
      kept.add(first);
      if (distinct.size() > 1) {
        anomalies.add(new HistoryAnomaly(HistoryAnomaly.Kind.CONFLICTING_DUPLICATE_ID, List.of(id),
            distinct.size() + " different events share id " + id + "; kept " + HistoryConsistency.describe(first)));
      } else {
        anomalies.add(new HistoryAnomaly(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED, List.of(id),
            "event " + id + " appeared " + copies.size() + " times; kept one"));
      }
    }
    kept.sort(LeadEvent.ORDER);
    anomalies.addAll(HistoryConsistency.check(leadId, kept));
    anomalies.sort(null);
    return new LeadEventHistory(leadId, List.copyOf(kept), List.copyOf(anomalies));
  }

  /** The history of {@code leadId} built from {@code events}. */
  public static LeadEventHistory of(LeadId leadId, LeadEvent... events) {
    return of(leadId, Args.noNulls("events", Arrays.asList(requireNonNull(events, "events"))));
  }

  /**
   * Groups {@code events} of many leads into one history per lead, ordered by lead id.
   */
  public static List<LeadEventHistory> groupByLead(Iterable<? extends LeadEvent> events) {
    requireNonNull(events, "events");
    Map<LeadId, List<LeadEvent>> byLead = new TreeMap<>();
    for (LeadEvent e : events) {
      requireNonNull(e, "event");
      byLead.computeIfAbsent(e.leadId(), k -> new ArrayList<>()).add(e);
    }
    List<LeadEventHistory> out = new ArrayList<>(byLead.size());
    byLead.forEach((id, list) -> out.add(of(id, list)));
    return List.copyOf(out);
  }

  /** The lead this history belongs to. */
  public LeadId leadId() {
    return leadId;
  }

  /** The events, ordered by {@link LeadEvent#ORDER}, without duplicates or foreign events. */
  public List<LeadEvent> events() {
    return events;
  }

  /** Every anomaly found while building, ordered by kind. */
  public List<HistoryAnomaly> anomalies() {
    return anomalies;
  }

  /** True if building found any anomaly. */
  public boolean hasAnomalies() {
    return !anomalies.isEmpty();
  }

  /**
   * True unless an anomaly {@linkplain HistoryAnomaly.Kind#compromisesHistory() compromises} the history: a
   * history whose only anomalies were repaired while building it (an exact duplicate dropped, another lead's
   * event left out) is sound.
   */
  public boolean isSound() {
    for (HistoryAnomaly a : anomalies) {
      if (a.kind().compromisesHistory()) {
        return false;
      }
    }
    return true;
  }

  /** The number of events. */
  public int size() {
    return events.size();
  }

  /** The events of one kind, e.g. {@code events(LeadEvent.ContactAttempt.class)}, in order. */
  public <T extends LeadEvent> List<T> events(Class<T> kind) {
    requireNonNull(kind, "kind");
    List<T> out = null;
    for (LeadEvent e : events) {
      if (kind.isInstance(e)) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(kind.cast(e));
      }
    }
    return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
  }

  /** The first event of one kind, if any. */
  public <T extends LeadEvent> Optional<T> first(Class<T> kind) {
    requireNonNull(kind, "kind");
    for (LeadEvent e : events) {
      if (kind.isInstance(e)) {
        return Optional.of(kind.cast(e));
      }
    }
    return Optional.empty();
  }

  /** The last event of one kind, if any. */
  public <T extends LeadEvent> Optional<T> last(Class<T> kind) {
    requireNonNull(kind, "kind");
    for (int i = events.size() - 1; i >= 0; i--) {
      if (kind.isInstance(events.get(i))) {
        return Optional.of(kind.cast(events.get(i)));
      }
    }
    return Optional.empty();
  }

  /** The (first) creation event, if any. */
  public Optional<LeadEvent.Created> created() {
    return first(LeadEvent.Created.class);
  }

  /** The lead's source from its creation event, if any. */
  public Optional<LeadSource> source() {
    return created().map(LeadEvent.Created::source);
  }

  /** When the lead first became an MQL, if it did. */
  public Optional<Instant> becameMqlAt() {
    return first(LeadEvent.BecameMql.class).map(LeadEvent::at);
  }

  /** The rep the lead was last assigned to, if any. */
  public Optional<Actor> assignedRep() {
    return last(LeadEvent.Assigned.class).map(LeadEvent.Assigned::rep);
  }

  /** The first win, if any. */
  public Optional<LeadEvent.Won> won() {
    return first(LeadEvent.Won.class);
  }

  /** The first loss, if any. */
  public Optional<LeadEvent.Lost> lost() {
    return first(LeadEvent.Lost.class);
  }

  /** The amount of the first win, if any. */
  public Optional<MonetaryAmount> wonAmount() {
    return won().map(LeadEvent.Won::amount);
  }

  /** The first win or loss, whichever came first, if any: the event that closed the deal. */
  public Optional<LeadEvent> closing() {
    for (LeadEvent e : events) {
      if (e.kind() == EventKind.WON || e.kind() == EventKind.LOST) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** True if the lead was won or lost. */
  public boolean isClosed() {
    return won().isPresent() || lost().isPresent();
  }

  /**
   * The lifecycle stages this lead reached, as recorded by its events: LEAD when created, MQL, SQL,
   * OPPORTUNITY and CUSTOMER (won). A stage is reached even if an earlier one was skipped.
   */
  public Set<LifecycleStage> stagesReached() {
    EnumSet<LifecycleStage> s = EnumSet.noneOf(LifecycleStage.class);
    for (LeadEvent e : events) {
      switch (e.kind()) {
        case CREATED -> s.add(LifecycleStage.LEAD);
        case BECAME_MQL -> s.add(LifecycleStage.MQL);
        case ACCEPTED_AS_SQL -> s.add(LifecycleStage.SQL);
        case OPPORTUNITY_CREATED -> s.add(LifecycleStage.OPPORTUNITY);
        case WON -> s.add(LifecycleStage.CUSTOMER);
        default -> { }
      }
    }
    return java.util.Collections.unmodifiableSet(s);
  }

  /** The furthest lifecycle stage reached, if the history records any. */
  public Optional<LifecycleStage> furthestStage() {
    return stagesReached().stream().max(Comparator.naturalOrder());
  }

  /** When the lead first reached {@code stage}, if it did. */
  public Optional<Instant> reachedAt(LifecycleStage stage) {
    requireNonNull(stage, "stage");
    EventKind kind = switch (stage) {
      case VISITOR -> null;
      case LEAD -> EventKind.CREATED;
      case MQL -> EventKind.BECAME_MQL;
      case SQL -> EventKind.ACCEPTED_AS_SQL;
      case OPPORTUNITY -> EventKind.OPPORTUNITY_CREATED;
      case CUSTOMER -> EventKind.WON;
    };
    // a loop, not a stream: every funnel, conversion and cohort figure asks this of every lead
    for (LeadEvent e : events) {
      if (e.kind() == kind) {
        return Optional.of(e.at());
      }
    }
    return Optional.empty();
  }

  /**
   * The history as it stood at {@code asOf}: only the events at or before it. The anomalies are those of
   * the shortened history, plus this one's duplicate reports that concern kept events, plus all its
   * foreign-event reports (whatever {@code asOf}, so that they do not depend on where the cut falls).
   */
  public LeadEventHistory asOf(Instant asOf) {
    requireNonNull(asOf, "asOf");
    // events are ordered by instant first: if the last is not after asOf, nothing is cut off
    if (events.isEmpty() || !events.get(events.size() - 1).at().isAfter(asOf)) {
      return this;
    }
    List<LeadEvent> before = events.stream().filter(e -> !e.at().isAfter(asOf)).toList();
    if (before.size() == events.size()) {
      return this;
    }
    return keeping(before, List.of());
  }

  /**
   * The history of only the events {@code kept}: its own anomalies, plus this one's duplicate reports that
   * concern kept events, plus all its foreign-event reports, plus {@code more}.
   */
  private LeadEventHistory keeping(List<LeadEvent> kept, List<HistoryAnomaly> more) {
    LeadEventHistory cut = of(leadId, kept);
    Set<EventId> keptIds = kept.stream().map(LeadEvent::id).collect(Collectors.toSet());
    List<HistoryAnomaly> all = new ArrayList<>(cut.anomalies);
    all.addAll(more);
    for (HistoryAnomaly a : anomalies) {
      boolean duplicate = a.kind() == HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED
          || a.kind() == HistoryAnomaly.Kind.CONFLICTING_DUPLICATE_ID;
      // a foreign event was never kept, so its instant is unknown here: it stays reported, as it is when
      // nothing is cut off (asOf then returns this history)
      boolean foreign = a.kind() == HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT
          || a.kind() == HistoryAnomaly.Kind.IMPLAUSIBLE_TIMESTAMP;
      if (foreign || (duplicate && keptIds.containsAll(a.events()))) {
        all.add(a);
      }
    }
    all.sort(null);
    return new LeadEventHistory(leadId, cut.events, List.copyOf(all));
  }

  /**
   * This history without the events outside {@code range}, each reported as an
   * {@link HistoryAnomaly.Kind#IMPLAUSIBLE_TIMESTAMP}; this history itself when every event is inside. The other
   * anomalies are carried as by {@link #asOf(Instant)}.
   */
  public LeadEventHistory within(PlausibleRange range) {
    requireNonNull(range, "range");
    List<LeadEvent> inside = new ArrayList<>(events.size());
    List<HistoryAnomaly> implausible = new ArrayList<>();
    for (LeadEvent e : events) {
      if (range.contains(e.at())) {
        inside.add(e);
      } else {
        implausible.add(new HistoryAnomaly(HistoryAnomaly.Kind.IMPLAUSIBLE_TIMESTAMP, List.of(e.id()), "event "
            + e.id() + " at " + e.at() + " is outside the data's plausible range " + range.from() + " .. "
            + range.to() + "; left out"));
      }
    }
    return implausible.isEmpty() ? this : keeping(inside, implausible);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LeadEventHistory h && leadId.equals(h.leadId) && events.equals(h.events)
        && anomalies.equals(h.anomalies);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(leadId, events, anomalies);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LeadEventHistory ").append(leadId).append(" (").append(events.size())
        .append(" events");
    if (!anomalies.isEmpty()) {
      sb.append(", ").append(anomalies.size()).append(" anomalies");
    }
    sb.append(')');
    for (LeadEvent e : events) {
      sb.append("\n  ").append(e.at()).append(' ').append(e.kind());
      e.actor().ifPresent(a -> sb.append(" by ").append(a));
    }
    for (HistoryAnomaly a : anomalies) {
      sb.append("\n  ! ").append(a);
    }
    return sb.toString();
  }

  /** A builder for the history of {@code leadId} whose events get the ids {@code leadId/1}, {@code leadId/2}, … */
  public static Builder builder(String leadId) {
    return new Builder(LeadId.of(leadId));
  }

  /** A builder for the history of {@code leadId} whose events get the ids {@code leadId/1}, {@code leadId/2}, … */
  public static Builder builder(LeadId leadId) {
    return new Builder(leadId);
  }

  /**
   * Records a lead's events one call at a time — convenient in tests, examples and notebooks. Event ids are
   * generated as {@code leadId/n} in call order; {@link #add(LeadEvent)} takes events with their own ids.
   */
  public static final class Builder {
    private final LeadId leadId;
    private final List<LeadEvent> events = new ArrayList<>();

    private Builder(LeadId leadId) {
      this.leadId = requireNonNull(leadId, "leadId");
    }

    private EventId nextId() {
      return EventId.of(leadId.value() + "/" + (events.size() + 1));
    }

    private static Optional<Actor> actor(String actor) {
      return actor == null ? Optional.empty() : Optional.of(Actor.of(actor));
    }

    /** Adds an event with its own id. */
    public Builder add(LeadEvent event) {
      events.add(requireNonNull(event, "event"));
      return this;
    }

    /** The lead was created from {@code source}. */
    public Builder created(Instant at, String source) {
      return add(new LeadEvent.Created(nextId(), leadId, at, Optional.empty(), LeadSource.of(source)));
    }

    /** Some fields changed (a field named twice counts once). */
    public Builder dataChanged(Instant at, LeadField... fields) {
      // Set.copyOf, unlike Set.of, accepts a field named twice
      return add(new LeadEvent.DataChanged(nextId(), leadId, at, Optional.empty(), Set.copyOf(Args.noNulls("fields", Arrays.asList(requireNonNull(fields, "fields"))))));
    }

    /** The lead became an MQL. */
    public Builder becameMql(Instant at) {
      return add(new LeadEvent.BecameMql(nextId(), leadId, at, Optional.empty()));
    }

    /** The lead was assigned to {@code rep}. */
    public Builder assigned(Instant at, String rep) {
      return add(new LeadEvent.Assigned(nextId(), leadId, at, Optional.empty(), Actor.of(rep)));
    }

    /** {@code rep} tried to reach the lead. */
    public Builder contactAttempt(Instant at, String rep, ContactChannel channel, AttemptOutcome outcome) {
      return add(new LeadEvent.ContactAttempt(nextId(), leadId, at, actor(rep), channel, outcome));
    }

    /** {@code rep} talked to the lead. */
    public Builder connected(Instant at, String rep, ContactChannel channel) {
      return add(new LeadEvent.Connected(nextId(), leadId, at, actor(rep), channel));
    }

    /** {@code rep} held a discovery call. */
    public Builder discoveryCall(Instant at, String rep) {
      return add(new LeadEvent.DiscoveryCall(nextId(), leadId, at, actor(rep)));
    }

    /** {@code rep} accepted the lead as an SQL. */
    public Builder acceptedAsSql(Instant at, String rep) {
      return add(new LeadEvent.AcceptedAsSql(nextId(), leadId, at, actor(rep)));
    }

    /** {@code rep} rejected the MQL for {@code reason}. */
    public Builder rejected(Instant at, String rep, RejectionReason reason) {
      return add(new LeadEvent.Rejected(nextId(), leadId, at, actor(rep), reason));
    }

    /** {@code rep} opened an opportunity. */
    public Builder opportunityCreated(Instant at, String rep) {
      return add(new LeadEvent.OpportunityCreated(nextId(), leadId, at, actor(rep)));
    }

    /** {@code rep} won the deal for {@code amount}. */
    public Builder won(Instant at, String rep, MonetaryAmount amount) {
      return add(new LeadEvent.Won(nextId(), leadId, at, actor(rep), amount));
    }

    /** {@code rep} lost the deal for {@code reason} (not blank). */
    public Builder lost(Instant at, String rep, String reason) {
      return add(new LeadEvent.Lost(nextId(), leadId, at, actor(rep), Optional.of(requireNonNull(reason, "reason"))));
    }

    /** The events recorded so far, in call order. */
    public List<LeadEvent> events() {
      return List.copyOf(events);
    }

    /** The history. */
    public LeadEventHistory build() {
      return LeadEventHistory.of(leadId, events);
    }
  }
}
