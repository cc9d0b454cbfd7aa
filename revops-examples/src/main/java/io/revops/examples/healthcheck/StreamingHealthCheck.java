package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.PlausibleRange;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.examples.data.SpendRecord;
import io.revops.metrics.revenue.RevenueLedger;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health check as a stream: spend and MRR are read first (they are small), then the events are grouped by
 * lead as they arrive, each group is joined with its lead's data, evaluated into a {@link HealthAccumulator}
 * and dropped. Memory is bounded by one lead's events, a window of leads read ahead, the 16 to 32 bytes per
 * lead id that check the grouping ({@link LeadIdSet}), the MRR ledger and the report's aggregates.
 *
 * <ul>
 *   <li><b>Grouped input</b> (each lead's events on consecutive rows, the leads in the order of their events;
 *       what an export sorted by lead and the sample generator write): one pass. The leads and the events are
 *       each read and decoded on a thread of their own ({@link Prefetch}), a bounded queue ahead of the thread
 *       that groups and evaluates, so inflating and parsing both files and evaluating overlap on two cores. A
 *       lead read before its events are met waits in a window of at most {@value #WINDOW} leads.</li>
 *   <li><b>Any other order</b> (or a window that overflows): one spill. Leads and events are written,
 *       partitioned by a hash of the lead id, into a temporary folder ({@link Spill}), then each partition is
 *       read back, grouped and evaluated, and the folder is deleted.</li>
 *   <li><b>The default "as of"</b> (the end of the data) is the latest event of the data's
 *       {@link PlausibleRange}, taken from a quick text scan of the events ({@link HealthSource#scanEvents()})
 *       made on its own thread while the spend and MRR are read. A timestamp far outside the data's own span
 *       does not move it: the pass leaves such an event out of its lead's history and reports it as an
 *       {@code IMPLAUSIBLE_TIMESTAMP} anomaly. The range is checked against the events the pass read: if a
 *       rejected row changed it, the pass runs again with the range of the events read.</li>
 * </ul>
 *
 * <p>The report equals {@link HealthReport#evaluate(HealthInput, HealthOptions)} of the same data held in
 * memory (a test holds it so); only its source description differs if the caller names it differently.
 *
 * <p>Instances are not thread-safe; one run at a time.
 */
final class StreamingHealthCheck {
  /** How many leads may be read ahead of their events before the input counts as not grouped. */
  static final int WINDOW = 10_000;

  private final Progress progress;
  private final int window;

  private StreamingHealthCheck(Progress progress, int window) {
    this.progress = requireNonNull(progress, "progress");
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1 lead: " + window);
    }
    this.window = window;
  }

  /** The health check reporting to {@code progress}, with a window of {@value #WINDOW} leads. */
  static StreamingHealthCheck of(Progress progress) {
    return new StreamingHealthCheck(progress, WINDOW);
  }

  /** The same with a window of {@code window} leads read ahead (tests make it small). */
  static StreamingHealthCheck of(Progress progress, int window) {
    return new StreamingHealthCheck(progress, window);
  }

  /** The input was not in the order the one-pass join needs. */
  private static final class NotGrouped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotGrouped(String why) {
      super(why, null, false, false);
    }
  }

  /** What one pass over the leads and events found. */
  private record Pass(HealthAccumulator acc, long events, long rows, RowErrors errors, PlausibleRange range) {}

  /**
   * Evaluates the health check of {@code source}; empty if no event could be read (then {@code onNoEvents}
   * receives the number of rows rejected).
   *
   * @throws IOException if a file exists but cannot be read
   */
  Optional<HealthReport> run(HealthSource source, HealthOptions options, java.util.function.LongConsumer onNoEvents)
      throws IOException {
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    java.util.concurrent.FutureTask<EventScan> scanning = new java.util.concurrent.FutureTask<>(source::scanEvents);
    Thread scanner = new Thread(scanning, "health-scan");
    scanner.setDaemon(true);
    scanner.start();
    RowErrors spendErrors = new RowErrors();
    RowErrors mrrErrors = new RowErrors();
    List<SpendRecord> spend = new ArrayList<>();
    RevenueLedger.Builder ledger = RevenueLedger.builder();
    long rows = source.spend(spend::add, spendErrors);
    rows += source.mrr(m -> ledger.add(m.customerId(), m.month(), m.mrr()), mrrErrors);

    progress.phase("scanning events");
    EventScan scan = join(scanning);
    progress.done(scan.rows());
    Pass pass = pass(source, options, scan.range(), spend, scan.grouped(), scan.rows());
    if (!sameCut(pass.range(), scan.range())) {
      progress.note("the events read make " + pass.range() + " plausible, the scan saw " + scan.range()
          + ": evaluating again with the range of the events read");
      pass = pass(source, options, pass.range(), spend, false, scan.rows());
    }
    RowErrors errors = pass.errors().merge(spendErrors).merge(mrrErrors);
    if (pass.events() == 0) {
      onNoEvents.accept(errors.rows());
      return Optional.empty();
    }
    spend.forEach(pass.acc()::addSpend);
    HealthAssembly.Reading reading = new HealthAssembly.Reading(source.description(), pass.events(), rows + pass.rows(),
        errors.rows(), errors.byRule(), errors.first());
    return Optional.of(HealthAssembly.of(reading, pass.acc(), !spend.isEmpty(), ledger.result(), options));
  }

  /** Whether the two ranges cut the data the same way: the same bounds and the same latest event. */
  private static boolean sameCut(PlausibleRange a, PlausibleRange b) {
    return a.from().equals(b.from()) && a.to().equals(b.to()) && a.latest().equals(b.latest());
  }

  private static EventScan join(java.util.concurrent.FutureTask<EventScan> scanning) throws IOException {
    try {
      return scanning.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while scanning the events");
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable t = e.getCause();
      if (t instanceof IOException io) {
        throw io;
      } else if (t instanceof RuntimeException r) {
        throw r;
      } else if (t instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(t);
    }
  }

  private Pass pass(HealthSource source, HealthOptions options, PlausibleRange range, List<SpendRecord> spend,
      boolean grouped, long eventRows) throws IOException {
    Instant asOf = options.asOf().orElseGet(() -> range.latest().map(i -> i.plusSeconds(1)).orElse(Instant.EPOCH));
    if (grouped) {
      try {
        return grouped(source, new PassSink(HealthAccumulator.of(options, asOf,
            HealthAccumulator.paidChannels(spend)), range));
      } catch (NotGrouped e) {
        progress.note("the input is not grouped by lead (" + e.getMessage() + "): spilling it to a temporary folder");
      }
    }
    return Spill.pass(source, new PassSink(HealthAccumulator.of(options, asOf, HealthAccumulator.paidChannels(spend)),
        range), eventRows, progress, (sink, events, rows, errors) -> new Pass(sink.acc(), events, rows, errors,
        sink.seen()));
  }

  /** How {@link Spill} hands back its pass. */
  interface PassResult<P> {
    P of(PassSink sink, long events, long rows, RowErrors errors);
  }

  private Pass grouped(HealthSource source, PassSink sink) throws IOException {
    Prefetch<Lead> leads = Prefetch.start(source::leads, "leads");
    Prefetch<Group> groups;
    try {
      groups = Prefetch.start(new Grouping(source, sink, leads, window), "events");
    } catch (RuntimeException | Error e) {
      leads.cancel();
      throw e;
    }
    long count = 0;
    try {
      progress.phase("reading, grouping and evaluating events");
      for (Group g = groups.take(); g != null; g = groups.take()) {
        g.prepared().ifPresent(sink::add);
        for (int i = 0; i < g.rows(); i++) {
          progress.rows(++count);
        }
      }
      progress.done(count);
    } catch (RuntimeException | Error e) {
      groups.cancel();
      leads.cancel();
      if (e instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
    RowErrors eventErrors = finish(groups);
    // the events thread took the leads it needed and has ended (its end was taken above): the rest are read here
    RowErrors errors = finish(leads);
    return new Pass(sink.acc(), count, groups.rows() + leads.rows(), errors.merge(eventErrors), sink.seen());
  }

  /** One lead prepared for the accumulator (empty if it has no event by the "as of") and its event rows. */
  private record Group(Optional<HealthAccumulator.Prepared> prepared, int rows) {}

  /**
   * The events read and grouped by lead on the reading thread: each run of consecutive rows of one lead becomes
   * its {@link LeadEventHistory}, joined with the lead's data and {@linkplain PassSink#prepare prepared} (cut,
   * SLA evaluated) there, so that work overlaps with the accumulating on the main thread.
   *
   * @throws NotGrouped (out of the read) if a lead's rows are not consecutive or the window overflows
   */
  private static final class Grouping implements Prefetch.Read<Group> {
    private final HealthSource source;
    private final PassSink sink;
    private final Prefetch<Lead> leads;
    private final int window;

    Grouping(HealthSource source, PassSink sink, Prefetch<Lead> leads, int window) {
      this.source = source;
      this.sink = sink;
      this.leads = leads;
      this.window = window;
    }

    @Override
    public long read(java.util.function.Consumer<Group> values,
        java.util.function.Consumer<? super io.revops.core.batch.Finding> errors) throws IOException {
      LeadIdSet finished = new LeadIdSet();
      Map<LeadId, Lead> waiting = new HashMap<>();
      List<LeadEvent> group = new ArrayList<>();
      LeadId[] current = {null};
      long rows = source.events(e -> {
        if (!e.leadId().equals(current[0])) {
          if (current[0] != null) {
            finished.add(current[0].value());
            values.accept(group(current[0], group, waiting));
            group.clear();
          }
          if (finished.contains(e.leadId().value())) {
            throw new NotGrouped("the events of lead " + e.leadId() + " are not on consecutive rows");
          }
          current[0] = e.leadId();
        }
        group.add(e);
      }, errors);
      if (current[0] != null) {
        values.accept(group(current[0], group, waiting));
      }
      return rows;
    }

    private Group group(LeadId id, List<LeadEvent> events, Map<LeadId, Lead> waiting) {
      return new Group(sink.prepare(LeadEventHistory.of(id, events), find(id, waiting)), events.size());
    }

    /**
     * The data of lead {@code id}: from the window of leads read ahead, or read on until found (the leads
     * passed on the way wait in the window; the first row of an id wins). Empty if the leads file has no such
     * lead.
     *
     * @throws NotGrouped if the window overflows
     */
    private Optional<Lead> find(LeadId id, Map<LeadId, Lead> waiting) {
      Lead ahead = waiting.remove(id);
      if (ahead != null) {
        return Optional.of(ahead);
      }
      for (Lead l = leads.take(); l != null; l = leads.take()) {
        if (l.id().equals(id)) {
          return Optional.of(l);
        }
        waiting.putIfAbsent(l.id(), l);
        if (waiting.size() > window) {
          throw new NotGrouped("more than " + window + " leads read before their events, e.g. " + l.id());
        }
      }
      return Optional.empty();
    }
  }

  private static RowErrors finish(Prefetch<?> reading) throws IOException {
    try {
      return reading.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public String toString() {
    return "StreamingHealthCheck[" + progress + "]";
  }
}
