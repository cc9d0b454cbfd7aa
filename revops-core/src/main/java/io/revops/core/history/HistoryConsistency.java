package io.revops.core.history;

import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The consistency rules of a lead's history, kept apart from {@link LeadEventHistory} (the value and its
 * queries): a creation, no event before it, at most one outcome. What breaks a rule is reported as a {@link
 * HistoryAnomaly}, never thrown.
 *
 * <p>Cost: two passes over the events, O(n).
 */
final class HistoryConsistency {
  private HistoryConsistency() {}

  /** The anomalies of {@code events} (in {@link LeadEvent#ORDER order}, duplicates removed) of lead {@code leadId}. */
  static List<HistoryAnomaly> check(LeadId leadId, List<LeadEvent> events) {
    List<HistoryAnomaly> found = new ArrayList<>();
    // one pass over the events (in order) for the three kinds the rules look at; most leads have one Created
    List<LeadEvent> created = new ArrayList<>(1);
    List<LeadEvent> won = new ArrayList<>(1);
    List<LeadEvent> lost = new ArrayList<>(1);
    for (LeadEvent e : events) {
      if (e instanceof LeadEvent.Created) {
        created.add(e);
      } else if (e instanceof LeadEvent.Won) {
        won.add(e);
      } else if (e instanceof LeadEvent.Lost) {
        lost.add(e);
      }
    }
    if (created.isEmpty()) {
      if (!events.isEmpty()) {
        found.add(new HistoryAnomaly(HistoryAnomaly.Kind.MISSING_CREATION, List.of(),
            "lead " + leadId + " has " + events.size() + " events but no Created event"));
      }
    } else {
      if (created.size() > 1) {
        found.add(new HistoryAnomaly(HistoryAnomaly.Kind.MULTIPLE_CREATION, ids(created),
            "lead " + leadId + " was created " + created.size() + " times; the first, at " + created.get(0).at()
                + ", counts"));
      }
      Instant createdAt = created.get(0).at();
      List<LeadEvent> early = new ArrayList<>(0);
      for (LeadEvent e : events) {
        if (e.at().isBefore(createdAt)) {
          early.add(e);
        }
      }
      if (!early.isEmpty()) {
        found.add(new HistoryAnomaly(HistoryAnomaly.Kind.EVENT_BEFORE_CREATION, ids(early),
            early.size() + " event(s) before the lead was created at " + createdAt + ": "
                + early.stream().map(HistoryConsistency::describe).collect(Collectors.joining(", "))));
      }
    }
    if (!won.isEmpty() && !lost.isEmpty()) {
      List<LeadEvent> both = new ArrayList<>(won);
      both.addAll(lost);
      both.sort(LeadEvent.ORDER);
      found.add(new HistoryAnomaly(HistoryAnomaly.Kind.WON_AND_LOST, ids(both),
          "lead " + leadId + " was both won and lost: "
              + both.stream().map(HistoryConsistency::describe).collect(Collectors.joining(", "))));
    }
    if (won.size() > 1 || lost.size() > 1) {
      List<LeadEvent> repeated = new ArrayList<>();
      if (won.size() > 1) repeated.addAll(won);
      if (lost.size() > 1) repeated.addAll(lost);
      found.add(new HistoryAnomaly(HistoryAnomaly.Kind.MULTIPLE_OUTCOMES, ids(repeated),
          "lead " + leadId + " has " + won.size() + " Won and " + lost.size() + " Lost events"));
    }
    return found;
  }

  private static List<EventId> ids(List<LeadEvent> events) {
    return events.stream().map(LeadEvent::id).toList();
  }

  static String describe(LeadEvent e) {
    return e.kind() + " " + e.id() + " at " + e.at();
  }
}
