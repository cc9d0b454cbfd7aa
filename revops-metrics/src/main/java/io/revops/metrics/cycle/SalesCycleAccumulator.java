package io.revops.metrics.cycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.metrics.Accumulator;
import io.revops.metrics.ExcludedLead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects deals for the sales-cycle metrics, from lead event histories or plain observations.
 *
 * <p>Each history is taken as it stood at {@code asOf}. Its cycle starts at the event the {@link CycleStart}
 * policy names (first contact attempt or connection, or creation). A won history gives a
 * {@link CycleObservation.Outcome#WON won} observation from start to the first win; a lost one a
 * {@link CycleObservation.Outcome#LOST lost} observation to the first loss; any other an
 * {@link CycleObservation.Outcome#OPEN open} observation to {@code asOf}. The {@link OpenDeals} and
 * {@link LostDeals} policies then decide, in the report, how open and lost deals count.
 *
 * <p>Left out and listed in the report with the reason: histories with anomalies; deals won or lost with no
 * start event, or before it. Open leads with no start event have not entered the cycle: they are only counted.
 *
 * <p>Mutable and not thread-safe: use one per partition and {@link #merge merge} them; the report does not
 * depend on the split. Add each deal once.
 */
public final class SalesCycleAccumulator
    implements Accumulator<LeadEventHistory, SalesCycleAccumulator, SalesCycleReport> {
  private final Instant asOf;
  private final CycleStart start;
  private final OpenDeals openDeals;
  private final LostDeals lostDeals;
  private final List<CycleObservation> observations = new ArrayList<>();
  private final List<ExcludedLead> excluded = new ArrayList<>();
  private long notStarted;

  private SalesCycleAccumulator(Instant asOf, CycleStart start, OpenDeals openDeals, LostDeals lostDeals) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.start = requireNonNull(start, "start");
    this.openDeals = requireNonNull(openDeals, "openDeals");
    this.lostDeals = requireNonNull(lostDeals, "lostDeals");
  }

  /** An empty accumulator as of {@code asOf}, with the default policies: first contact, open and lost excluded. */
  public static SalesCycleAccumulator of(Instant asOf) {
    return new SalesCycleAccumulator(asOf, CycleStart.FIRST_CONTACT, OpenDeals.EXCLUDED, LostDeals.EXCLUDED);
  }

  /** An empty accumulator as of {@code asOf} with the given policies. */
  public static SalesCycleAccumulator of(Instant asOf, CycleStart start, OpenDeals openDeals, LostDeals lostDeals) {
    return new SalesCycleAccumulator(asOf, start, openDeals, lostDeals);
  }

  @Override
  public SalesCycleAccumulator add(LeadEventHistory history) {
    requireNonNull(history, "history");
    LeadEventHistory h = history.asOf(asOf);
    if (!h.isSound()) {
      excluded.add(ExcludedLead.anomalous(h));
      return this;
    }
    Optional<Instant> begin = startOf(h);
    Optional<? extends LeadEvent> close = h.won().isPresent() ? h.won() : h.lost();
    String id = h.leadId().value();
    if (close.isEmpty()) {
      if (begin.isEmpty()) {
        notStarted++;
      } else {
        observations.add(CycleObservation.open(id, begin.get(), asOf));
      }
      return this;
    }
    String what = close.get().kind() == EventKind.WON ? "won" : "lost";
    if (begin.isEmpty()) {
      excluded.add(new ExcludedLead(h.leadId(), what + " at " + close.get().at() + " with no " + startName()));
    } else if (close.get().at().isBefore(begin.get())) {
      excluded.add(new ExcludedLead(h.leadId(), what + " at " + close.get().at() + " before its " + startName()
          + " at " + begin.get()));
    } else if (close.get().kind() == EventKind.WON) {
      observations.add(CycleObservation.won(id, begin.get(), close.get().at()));
    } else {
      observations.add(CycleObservation.lost(id, begin.get(), close.get().at()));
    }
    return this;
  }

  private String startName() {
    return start == CycleStart.CREATION ? "creation" : "first contact";
  }

  private Optional<Instant> startOf(LeadEventHistory h) {
    if (start == CycleStart.CREATION) {
      return h.created().map(LeadEvent::at);
    }
    return h.events().stream()
        .filter(e -> e.kind() == EventKind.CONTACT_ATTEMPT || e.kind() == EventKind.CONNECTED)
        .map(LeadEvent::at).findFirst();
  }

  /** Adds a plain observation (a deal whose start and end are known without a history). */
  public SalesCycleAccumulator addObservation(CycleObservation observation) {
    observations.add(requireNonNull(observation, "observation"));
    return this;
  }

  @Override
  public SalesCycleAccumulator merge(SalesCycleAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "other must not be this accumulator (it would count every deal twice)");
    checkArgument(asOf.equals(other.asOf) && start == other.start && openDeals == other.openDeals
        && lostDeals == other.lostDeals, "other must have the same asOf and policies: %s %s %s %s, other: %s %s %s %s",
        asOf, start, openDeals, lostDeals, other.asOf, other.start, other.openDeals, other.lostDeals);
    observations.addAll(other.observations);
    excluded.addAll(other.excluded);
    notStarted += other.notStarted;
    return this;
  }

  @Override
  public SalesCycleReport result() {
    return new SalesCycleReport(asOf, start, openDeals, lostDeals, observations, excluded, notStarted);
  }
}
