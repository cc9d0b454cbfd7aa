package io.revops.sla;

import io.revops.core.history.EventId;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.RejectionCode;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One lead's facts as of an instant, found in one pass over its history: what the reports group by (MQL
 * instant, source, rep, first contact, acceptance, rejection), what the judges read, and the data anomalies.
 *
 * <p>Cost: one pass over the history's events, plus one over its sales events; the anomaly list is made only
 * for a lead that has one.
 *
 * <p>Instances are per lead and per evaluation, not shared: {@link #anomaly} adds to the list.
 */
final class LeadFacts {
  final LeadId id;
  final LeadEventHistory history;
  final Lead lead;
  final LeadEvent.BecameMql mqlEvent;
  final Instant mqlAt;
  final Attribution source;
  final Attribution rep;
  /** The first contact at or after the MQL instant, or null. */
  final LeadEvent firstContact;
  final Instant acceptedAt;
  final LeadEvent.Rejected rejection;
  final boolean rejectionWithoutAllowedReason;
  private List<SlaAnomaly> anomalies;

  private LeadFacts(SlaInput input, Instant asOf, Set<RejectionCode> allowedReasons) {
    LeadEventHistory h = input.history().asOf(asOf);
    this.history = h;
    this.id = h.leadId();
    this.lead = input.lead().orElse(null);
    // most leads have no anomaly: the list is made for the first
    List<HistoryAnomaly> historyAnomalies = h.anomalies();
    int n = historyAnomalies.size();
    anomalies = List.of();
    // this runs for every lead: the lists are walked by index (they are random-access), with no iterator
    for (int i = 0; i < n; i++) {
      anomalies = add(anomalies, SlaAnomaly.of(id, historyAnomalies.get(i)));
    }
    // one pass over the events for everything the reports group by
    LeadEvent.BecameMql mql = null;
    LeadEvent.Created created = null;
    LeadEvent.Assigned assigned = null;
    List<LeadEvent> sales = List.of();
    List<LeadEvent> events = h.events();
    for (int i = 0, size = events.size(); i < size; i++) {
      LeadEvent e = events.get(i);
      if (e instanceof LeadEvent.BecameMql m) {
        if (mql == null) {
          mql = m;
        }
      } else if (e instanceof LeadEvent.Created c) {
        if (created == null) {
          created = c;
        }
      } else if (e instanceof LeadEvent.Assigned as) {
        assigned = as; // the last assignment counts
      } else if (isSales(e)) {
        sales = add(sales, e);
      }
    }
    this.mqlEvent = mql;
    this.mqlAt = mql == null ? null : mql.at();
    this.source = source(created);
    this.rep = assigned == null ? Attribution.UNASSIGNED : Attribution.of(assigned.rep());
    salesAnomalies(sales);

    List<LeadEvent.AcceptedAsSql> accepted = List.of();
    List<LeadEvent.Rejected> rejected = List.of();
    for (int i = 0, size = sales.size(); i < size; i++) {
      LeadEvent e = sales.get(i);
      if (e instanceof LeadEvent.AcceptedAsSql a) {
        accepted = add(accepted, a);
      } else if (e instanceof LeadEvent.Rejected r) {
        rejected = add(rejected, r);
      }
    }
    decisionAnomalies(accepted, rejected);
    this.acceptedAt = accepted.isEmpty() ? null : accepted.get(0).at();

    LeadEvent contact = null;
    if (mqlAt != null) {
      for (int i = 0, size = sales.size(); i < size; i++) {
        LeadEvent e = sales.get(i);
        if (isContact(e) && !e.at().isBefore(mqlAt)) {
          contact = e;
          break;
        }
      }
    }
    this.firstContact = contact;
    // the review lists a lead by its first rejection lacking an allowed reason, else by its first rejection
    LeadEvent.Rejected listed = rejected.isEmpty() ? null : rejected.get(0);
    boolean withoutReason = false;
    for (int i = 0, size = rejected.size(); i < size; i++) {
      LeadEvent.Rejected r = rejected.get(i);
      if (RejectionReasonJudge.lacksAllowedReason(r, allowedReasons)) {
        listed = r;
        withoutReason = true;
        break;
      }
    }
    this.rejection = listed;
    this.rejectionWithoutAllowedReason = withoutReason;
  }

  /**
   * The facts of {@code input} as of {@code asOf}; {@code allowedReasons} are the agreement's allowed
   * rejection codes, or null if it has no rejection-reason obligation (then any given reason is allowed).
   */
  static LeadFacts of(SlaInput input, Instant asOf, Set<RejectionCode> allowedReasons) {
    return new LeadFacts(input, asOf, allowedReasons);
  }

  private Attribution source(LeadEvent.Created created) {
    if (created != null) {
      LeadSource historySource = created.source();
      String code = historySource.code();
      if (lead != null && lead.source().isPresent() && !lead.source().get().equals(historySource)) {
        anomaly(SlaAnomaly.of(id, SlaAnomaly.Kind.SOURCE_MISMATCH, List.of(created.id()),
            "history source " + code + ", lead data source " + lead.source().get() + "; the history's counts"));
      }
      return Attribution.of(historySource);
    }
    if (!history.events().isEmpty()) {
      anomaly(SlaAnomaly.of(id, SlaAnomaly.Kind.MISSING_SOURCE, List.of(),
          "no Created event with a source; reported under " + Attribution.UNKNOWN_SOURCE.key()));
    }
    return Attribution.UNKNOWN_SOURCE;
  }

  private void salesAnomalies(List<LeadEvent> sales) {
    if (mqlAt == null && !sales.isEmpty()) {
      anomaly(SlaAnomaly.of(id, SlaAnomaly.Kind.SALES_ACTIVITY_WITHOUT_MQL, ids(sales),
          sales.size() + " sales event(s) but the lead never became an MQL: " + describe(sales)));
    } else if (mqlAt != null) {
      List<LeadEvent> early = List.of();
      for (int i = 0, size = sales.size(); i < size; i++) {
        LeadEvent e = sales.get(i);
        if (e.at().isBefore(mqlAt)) {
          early = add(early, e);
        }
      }
      if (!early.isEmpty()) {
        anomaly(SlaAnomaly.of(id, SlaAnomaly.Kind.SALES_ACTIVITY_BEFORE_MQL, ids(early),
            early.size() + " sales event(s) before the MQL instant " + mqlAt + ", not counted: " + describe(early)));
      }
    }
  }

  private void decisionAnomalies(List<LeadEvent.AcceptedAsSql> accepted, List<LeadEvent.Rejected> rejected) {
    if (!accepted.isEmpty() && !rejected.isEmpty()) {
      List<LeadEvent> both = decisions(accepted, rejected);
      anomaly(SlaAnomaly.of(id, SlaAnomaly.Kind.ACCEPTED_AND_REJECTED, ids(both),
          "both accepted and rejected: " + describe(both)));
    }
    if (accepted.size() > 1 || rejected.size() > 1) {
      List<LeadEvent> decisions = decisions(accepted, rejected);
      anomaly(SlaAnomaly.of(id, SlaAnomaly.Kind.MULTIPLE_DECISIONS, ids(decisions),
          decisions.size() + " decisions; the first counts: " + describe(decisions)));
    }
  }

  private static List<LeadEvent> decisions(List<LeadEvent.AcceptedAsSql> accepted,
      List<LeadEvent.Rejected> rejected) {
    List<LeadEvent> both = new ArrayList<>(accepted);
    both.addAll(rejected);
    both.sort(LeadEvent.ORDER);
    return both;
  }

  /** Adds a data anomaly found for this lead. */
  void anomaly(SlaAnomaly anomaly) {
    anomalies = add(anomalies, anomaly);
  }

  /** The verdicts: these facts with the verdicts of the per-lead obligations, the anomalies sorted. */
  LeadVerdicts verdicts(Instant asOf, boolean countsTowardsQuota, Map<String, ObligationVerdict> verdicts) {
    if (anomalies.size() > 1) {
      anomalies.sort(null);
    }
    return LeadVerdicts.builder(id, asOf).source(source).rep(rep).mqlAt(mqlAt)
        .firstResponseAt(firstContact == null ? null : firstContact.at()).acceptedAt(acceptedAt)
        .rejection(rejection).rejectionWithoutAllowedReason(rejectionWithoutAllowedReason).hasLeadData(lead != null)
        .countsTowardsQuota(countsTowardsQuota).verdicts(verdicts).anomalies(anomalies).build();
  }

  // the kinds below are told by the event's type, not by kind(): the events are a sealed family of final records,
  // so each test is a type comparison, where kind() is an interface call with a dozen implementations (this runs
  // for every event of every lead)

  /**
   * True for sales activity: a contact or a decision. A sales event before the MQL instant is an anomaly and does
   * not count.
   */
  static boolean isSales(LeadEvent e) {
    return isContact(e) || isDecision(e);
  }

  /** True for an attempt on any channel, a connection or a discovery call. */
  static boolean isContact(LeadEvent e) {
    return e instanceof LeadEvent.ContactAttempt || e instanceof LeadEvent.Connected
        || e instanceof LeadEvent.DiscoveryCall;
  }

  /** True for an acceptance or a rejection. */
  static boolean isDecision(LeadEvent e) {
    return e instanceof LeadEvent.AcceptedAsSql || e instanceof LeadEvent.Rejected;
  }

  /** False for a sales event before {@code mqlAt} (an anomaly, not counted); true for every other event. */
  static boolean counts(LeadEvent e, Instant mqlAt) {
    return !isSales(e) || !e.at().isBefore(mqlAt);
  }

  /**
   * {@code list} with {@code item} added: a list of one made by {@link List#of} if it was empty (most lists here
   * stay that short, and the verdicts keep such a list without copying it), a growable copy for the second item,
   * else {@code list} itself.
   */
  private static <T> List<T> add(List<T> list, T item) {
    if (list instanceof ArrayList<T> growable) {
      growable.add(item);
      return growable;
    }
    if (list.isEmpty()) {
      return List.of(item);
    }
    List<T> out = new ArrayList<>(list.size() + 2);
    out.addAll(list);
    out.add(item);
    return out;
  }

  private static List<EventId> ids(List<? extends LeadEvent> events) {
    return events.stream().map(LeadEvent::id).toList();
  }

  /** The events in words: kind, id and instant of each. */
  static String describe(List<? extends LeadEvent> events) {
    return events.stream().map(e -> e.kind() + " " + e.id() + " at " + e.at()).collect(Collectors.joining(", "));
  }
}
