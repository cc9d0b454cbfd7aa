package io.revops.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.json.RevOpsJson;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.data.SampleSink;
import io.revops.examples.data.SpendRecord;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.SlaReport;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The memory workload: W2 (the handbook SLA on the Russian calendar) streamed over lead events read from a
 * JSON Lines file, one {@link LeadEvent} per line, the events of each lead on consecutive lines (as an export
 * sorted by lead writes them). Each lead's history is built, evaluated, handed to a sink and dropped, so
 * memory is bounded by one lead plus the report's aggregates.
 *
 * <pre>
 * java -cp ... io.revops.benchmarks.StreamingMemory --events=10000000 --file=target/events.jsonl --write
 * java -Xmx256m -cp ... io.revops.benchmarks.StreamingMemory --events=10000000 --file=target/events.jsonl --stream
 * </pre>
 *
 * <p>The file carries events only, not lead data, so the marketing obligations that need the lead's data are
 * NOT_APPLICABLE ("no lead data") in this run; the sales obligations, the calendar and the report are all at
 * work. Reports the peak heap (the sum of the heap pools' peaks, an upper bound) and the largest heap left
 * after a garbage collection (the live set).
 */
public final class StreamingMemory {
  private StreamingMemory() {}

  /** Writes or streams; see the class comment. */
  public static void main(String[] args) throws IOException {
    Map<String, String> o = SideBySide.options(args);
    long events = Long.parseLong(o.getOrDefault("events", "10000000"));
    Path file = Path.of(o.getOrDefault("file", "target/events-" + events + ".jsonl"));
    if (o.containsKey("write")) {
      long t0 = System.nanoTime();
      long n = write(events, file);
      System.out.printf(Locale.ROOT, "wrote %,d events to %s (%,d MB) in %.1f s%n", n, file,
          Files.size(file) / (1024 * 1024), (System.nanoTime() - t0) / 1e9);
    }
    if (o.containsKey("stream")) {
      Result r = stream(file, SampleDataGenerator.of(SampleConfig.forEvents(events)).end());
      System.out.println(r);
    }
  }

  /** Writes the events of the data set sized for {@code events} to {@code file}; returns how many. */
  public static long write(long events, Path file) throws IOException {
    ObjectWriter writer = RevOpsJson.mapper().writerFor(LeadEvent.class);
    AtomicLong n = new AtomicLong();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      SampleDataGenerator.of(SampleConfig.forEvents(events)).generate(new SampleSink() {
        @Override
        public void lead(Lead lead, List<LeadEvent> leadEvents) {
          try {
            for (LeadEvent e : leadEvents) {
              out.write(writer.writeValueAsString(e));
              out.write('\n');
              n.incrementAndGet();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void spend(SpendRecord spend) {
          // events only
        }

        @Override
        public void mrr(MrrRecord mrr) {
          // events only
        }
      });
    }
    return n.get();
  }

  /**
   * What one streaming run measured.
   *
   * @param events events read
   * @param leads leads evaluated
   * @param mqls MQLs in the report
   * @param seconds wall-clock seconds
   * @param peakHeapBytes the sum of the heap pools' peak usage (an upper bound of the peak heap)
   * @param maxLiveBytes the largest heap in use right after a garbage collection
   * @param maxHeapBytes the heap limit (-Xmx)
   */
  public record Result(long events, long leads, long mqls, double seconds, long peakHeapBytes, long maxLiveBytes,
      long maxHeapBytes) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "streamed %,d events (%,d leads, %,d MQLs) in %.1f s = %,.0f events/s; "
          + "peak heap %,d MB (sum of pool peaks), max live after GC %,d MB, -Xmx %,d MB", events, leads, mqls,
          seconds, events / seconds, peakHeapBytes >> 20, maxLiveBytes >> 20, maxHeapBytes >> 20);
    }
  }

  /** Streams W2 over {@code file} as of {@code asOf}. */
  public static Result stream(Path file, Instant asOf) throws IOException {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    Set<String> heapNames = heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    AtomicLong maxLive = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapNames.contains(e.getKey())) {
              used += e.getValue().getUsed();
            }
          }
          maxLive.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    SlaEvaluator evaluator = Workloads.w2Evaluator();
    long t0 = System.nanoTime();
    SlaReport report;
    LeadReader reader;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader = new LeadReader(in, RevOpsJson.mapper());
      report = evaluator.evaluate(reader, asOf, v -> { });
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Result(reader.events, report.leads(), report.mqls(), seconds, peak, maxLive.get(),
        Runtime.getRuntime().maxMemory());
  }

  /** Reads consecutive lines of one lead into its history, one lead at a time. */
  static final class LeadReader implements Iterator<SlaInput> {
    private final BufferedReader in;
    private final ObjectMapper mapper;
    private LeadEvent pending;
    private long events;

    LeadReader(BufferedReader in, ObjectMapper mapper) {
      this.in = in;
      this.mapper = mapper;
      this.pending = read();
    }

    private LeadEvent read() {
      try {
        String line;
        do {
          line = in.readLine();
        } while (line != null && line.isBlank());
        if (line == null) {
          return null;
        }
        events++;
        return mapper.readValue(line, LeadEvent.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean hasNext() {
      return pending != null;
    }

    @Override
    public SlaInput next() {
      if (pending == null) {
        throw new NoSuchElementException();
      }
      LeadId lead = pending.leadId();
      List<LeadEvent> events = new ArrayList<>(8);
      while (pending != null && pending.leadId().equals(lead)) {
        events.add(pending);
        pending = read();
      }
      return SlaInput.of(LeadEventHistory.of(lead, events));
    }
  }
}
