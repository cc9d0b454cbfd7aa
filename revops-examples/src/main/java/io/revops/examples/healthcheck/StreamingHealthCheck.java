package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The health check as a stream: spend and MRR are read first (they are small), then the events are grouped by
 * lead as they arrive, each group is joined with its lead's data, evaluated into a {@link HealthAccumulator}
 * and dropped. Memory is bounded by one lead's events, a window of leads read ahead, the 16 to 32 bytes per
 * lead id that check the grouping ({@link LeadIdSet}), the MRR ledger and the report's aggregates.
 *
 * <ul>
 *   <li><b>Grouped input</b> (each lead's events on consecutive rows, the leads in the order of their events;
 *       what an export sorted by lead and the sample generator write): one pass. The leads are read on a
 *       second thread, a bounded queue ahead of the events, so parsing leads and events overlap on two
 *       cores. A lead read before its events are met waits in a window of at most {@value #WINDOW} leads.</li>
 *   <li><b>Any other order</b> (or a window that overflows): one spill. Leads and events are written,
 *       partitioned by a hash of the lead id, into a temporary folder ({@link Spill}), then each partition is
 *       read back, grouped and evaluated, and the folder is deleted.</li>
 *   <li><b>The default "as of"</b> (the end of the data) is taken from a quick text scan of the events
 *       ({@link HealthSource#scanEvents()}) before the pass, and checked against the events the pass read:
 *       if a rejected row carried the latest timestamp, the pass runs again as of the true end of the data.</li>
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
  /** The leads handed from the reading thread in batches of this size. */
  private static final int BATCH = 256;

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
  private record Pass(HealthAccumulator acc, long events, long rows, RowErrors errors, Optional<Instant> latest) {}

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
    RowErrors spendErrors = new RowErrors();
    RowErrors mrrErrors = new RowErrors();
    List<SpendRecord> spend = new ArrayList<>();
    RevenueLedger.Builder ledger = RevenueLedger.builder();
    long rows = source.spend(spend::add, spendErrors);
    rows += source.mrr(m -> ledger.add(m.customerId(), m.month(), m.mrr()), mrrErrors);

    progress.phase("scanning events");
    EventScan scan = source.scanEvents();
    progress.done(scan.rows());
    Instant asOf = options.asOf().orElseGet(() -> scan.latest().map(i -> i.plusSeconds(1)).orElse(Instant.EPOCH));
    boolean grouped = scan.grouped();
    Pass pass = pass(source, options, asOf, spend, grouped, scan.rows());
    if (options.asOf().isEmpty() && pass.latest().isPresent() && !pass.latest().get().plusSeconds(1).equals(asOf)) {
      progress.note("the latest event read is at " + pass.latest().get() + ", the scan saw " + scan.latest()
          .map(Instant::toString).orElse("none") + ": evaluating again as of the end of the data");
      pass = pass(source, options, pass.latest().get().plusSeconds(1), spend, false, scan.rows());
    }
    RowErrors errors = pass.errors().merge(spendErrors).merge(mrrErrors);
    if (pass.events() == 0) {
      onNoEvents.accept(errors.rows());
      return Optional.empty();
    }
    spend.forEach(pass.acc()::addSpend);
    HealthReport.Reading reading = new HealthReport.Reading(source.description(), pass.events(), rows + pass.rows(),
        errors.rows(), errors.byRule(), errors.first());
    return Optional.of(HealthReport.of(reading, pass.acc(), !spend.isEmpty(), ledger.result(), options));
  }

  private Pass pass(HealthSource source, HealthOptions options, Instant asOf, List<SpendRecord> spend,
      boolean grouped, long eventRows) throws IOException {
    if (grouped) {
      try {
        return grouped(source, HealthAccumulator.of(options, asOf, HealthAccumulator.paidChannels(spend)));
      } catch (NotGrouped e) {
        progress.note("the input is not grouped by lead (" + e.getMessage() + "): spilling it to a temporary folder");
      }
    }
    return Spill.pass(source, HealthAccumulator.of(options, asOf, HealthAccumulator.paidChannels(spend)), eventRows,
        progress, (acc, events, rows, errors, latest) -> new Pass(acc, events, rows, errors, latest));
  }

  /** How {@link Spill} hands back its pass. */
  interface PassResult<P> {
    P of(HealthAccumulator acc, long events, long rows, RowErrors errors, Optional<Instant> latest);
  }

  private Pass grouped(HealthSource source, HealthAccumulator acc) throws IOException {
    LeadReader leads = new LeadReader(source, window);
    leads.start();
    RowErrors eventErrors = new RowErrors();
    LeadIdSet finished = new LeadIdSet();
    Map<LeadId, Lead> window = new HashMap<>();
    long[] events = {0};
    Instant[] latest = {null};
    List<LeadEvent> group = new ArrayList<>();
    LeadId[] current = {null};
    Runnable flush = () -> {
      LeadId id = current[0];
      finished.add(id.value());
      LeadEventHistory h = LeadEventHistory.of(id, group);
      for (LeadEvent e : h.events()) {
        if (latest[0] == null || e.at().isAfter(latest[0])) {
          latest[0] = e.at();
        }
      }
      acc.add(h, leads.find(id, window));
      group.clear();
    };
    long rows;
    try {
      progress.phase("reading, grouping and evaluating events");
      rows = source.events(e -> {
        if (!e.leadId().equals(current[0])) {
          if (current[0] != null) {
            flush.run();
          }
          if (finished.contains(e.leadId().value())) {
            throw new NotGrouped("the events of lead " + e.leadId() + " are not on consecutive rows");
          }
          current[0] = e.leadId();
        }
        group.add(e);
        progress.rows(++events[0]);
      }, eventErrors);
      if (current[0] != null) {
        flush.run();
      }
      progress.done(events[0]);
    } catch (RuntimeException | IOException e) {
      leads.cancel();
      throw e;
    }
    RowErrors errors = leads.finish();
    return new Pass(acc, events[0], rows + leads.rows, errors.merge(eventErrors), Optional.ofNullable(latest[0]));
  }

  /** The leads, read on their own thread a bounded queue ahead of the events. */
  private static final class LeadReader {
    private static final List<Lead> END = List.of();
    private final HealthSource source;
    private final BlockingQueue<List<Lead>> queue = new ArrayBlockingQueue<>(32);
    private final RowErrors errors = new RowErrors();
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private volatile long rows;
    private List<Lead> batch = new ArrayList<>(BATCH);
    private List<Lead> taken = END;
    private int next;
    private boolean exhausted;

    private final int window;

    LeadReader(HealthSource source, int window) {
      this.source = source;
      this.window = window;
      this.thread = new Thread(this::read, "revops-health-check-leads");
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    private void read() {
      try {
        rows = source.leads(l -> {
          batch.add(l);
          if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
          }
        }, errors);
        if (!batch.isEmpty()) {
          put(batch);
        }
      } catch (Throwable t) {
        failure = t;
      } finally {
        try {
          put(END);
        } catch (RuntimeException ignored) {
          // cancelled: nobody waits for the end
        }
      }
    }

    private void put(List<Lead> leads) {
      if (cancelled) {
        throw new IllegalStateException("cancelled");
      }
      try {
        while (!queue.offer(leads, 100, TimeUnit.MILLISECONDS)) {
          if (cancelled) {
            throw new IllegalStateException("cancelled");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    /** The next lead in file order, or null at the end. */
    private Lead take() {
      while (next == taken.size()) {
        if (exhausted) {
          return null;
        }
        try {
          taken = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new UncheckedIOException(new InterruptedIOException("interrupted while reading leads"));
        }
        next = 0;
        if (taken == END) {
          exhausted = true;
          rethrow();
          return null;
        }
      }
      return taken.get(next++);
    }

    /**
     * The data of lead {@code id}: from the window of leads read ahead, or read on until found (the leads
     * passed on the way wait in the window; the first row of an id wins). Empty if the leads file has no such
     * lead.
     *
     * @throws NotGrouped if the window overflows
     */
    Optional<Lead> find(LeadId id, Map<LeadId, Lead> window) {
      Lead waiting = window.remove(id);
      if (waiting != null) {
        return Optional.of(waiting);
      }
      for (Lead l = take(); l != null; l = take()) {
        if (l.id().equals(id)) {
          return Optional.of(l);
        }
        window.putIfAbsent(l.id(), l);
        if (window.size() > this.window) {
          throw new NotGrouped("more than " + this.window + " leads read before their events, e.g. " + l.id());
        }
      }
      return Optional.empty();
    }

    /** Reads the leads no event needed, waits for the thread and returns the errors of the leads file. */
    RowErrors finish() throws IOException {
      while (take() != null) {
        // leads without events are not evaluated; their rows still count as read
      }
      join();
      rethrow();
      return errors;
    }

    void cancel() {
      cancelled = true;
      queue.clear();
      join();
    }

    private void join() {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void rethrow() {
      Throwable t = failure;
      if (t instanceof IOException io) {
        throw new UncheckedIOException(io);
      } else if (t instanceof RuntimeException r) {
        throw r;
      } else if (t instanceof Error err) {
        throw err;
      }
    }
  }

  @Override
  public String toString() {
    return "StreamingHealthCheck[" + progress + "]";
  }
}
