package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.PlausibleRange;
import io.revops.core.lead.Lead;
import java.util.Optional;

/**
 * Where one pass of the streaming health check puts each lead: its history, cut to the plausible range the
 * pass was started with ({@link LeadEventHistory#within}: an implausible timestamp becomes an
 * {@code IMPLAUSIBLE_TIMESTAMP} anomaly of that lead and is left out), into the {@link HealthAccumulator}; and
 * the timestamps of the events read into the plausible range of this pass, which the health check compares with
 * the one it started with (equal unless the scan saw rows that the reader rejected).
 *
 * <p>Cost: one hash lookup per event, and the accumulator's work per lead. Mutable, not thread-safe.
 */
final class PassSink {
  private final HealthAccumulator acc;
  private final PlausibleRange range;
  private final PlausibleRange.Builder seen = PlausibleRange.builder();

  PassSink(HealthAccumulator acc, PlausibleRange range) {
    this.acc = requireNonNull(acc, "acc");
    this.range = requireNonNull(range, "range");
  }

  /** Adds the history of one lead and its data, if the leads file has it. */
  void add(LeadEventHistory history, Optional<Lead> lead) {
    prepare(history, lead).ifPresent(acc::add);
  }

  /**
   * The work of {@link #add(LeadEventHistory, Optional)} up to the accumulator's running state (the range of
   * the events seen, the cut to the plausible range, the "as of" cut and the SLA evaluation): one thread may
   * prepare while another {@linkplain #add(HealthAccumulator.Prepared) adds}; {@link #seen()} is read after the
   * preparing thread is done.
   */
  Optional<HealthAccumulator.Prepared> prepare(LeadEventHistory history, Optional<Lead> lead) {
    for (LeadEvent e : history.events()) {
      seen.add(e.at());
    }
    return acc.prepare(history.within(range), lead);
  }

  /** Adds a lead {@link #prepare prepared} by this sink. */
  void add(HealthAccumulator.Prepared prepared) {
    acc.add(prepared);
  }

  HealthAccumulator acc() {
    return acc;
  }

  /** The plausible range of the events added so far. */
  PlausibleRange seen() {
    return seen.build();
  }

  @Override
  public String toString() {
    return "PassSink[" + range + "]";
  }
}
