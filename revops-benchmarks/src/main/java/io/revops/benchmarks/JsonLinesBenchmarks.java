package io.revops.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.data.SampleSink;
import io.revops.examples.data.SpendRecord;
import io.revops.json.Decoders;
import io.revops.json.JsonLines;
import io.revops.json.RevOpsJson;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading lead events from JSON Lines on one thread: the streaming reader ({@link JsonLines} with
 * {@link Decoders#LEAD_EVENT}: Jackson's streaming parser straight into {@code LeadEvent}s) over plain and gzipped
 * bytes in memory, next to the tree-per-line way the main job used before (a {@code String} per line, a
 * {@code JsonNode}, then the mapper). The score is events per second ({@link #EVENTS} events per invocation).
 * Run: {@code java -cp ... org.openjdk.jmh.Main JsonLinesBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.util.logging.config.file=/dev/null"})
public class JsonLinesBenchmarks {
  /** The number of events in the data set (the sample generator's mix of every event type). */
  public static final int EVENTS = 200_000;

  private static final Consumer<Finding> FAIL = f -> {
    throw new IllegalStateException("the generated data has a bad line: " + f);
  };

  byte[] plain;
  byte[] gzip;
  ObjectReader treeReader;
  ObjectMapper mapper;

  /** Generates the events and writes them as JSON Lines, plain and gzipped (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    plain = generate(EVENTS);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz, 1 << 16)) {
      out.write(plain);
    }
    gzip = gz.toByteArray();
    mapper = RevOpsJson.mapper();
    treeReader = mapper.readerFor(LeadEvent.class);
    long n = streaming(plain);
    if (n < EVENTS) {
      throw new IllegalStateException("expected at least " + EVENTS + " events, read " + n);
    }
  }

  /** The first {@code atLeast} events (whole leads) of the sample generator, as JSON Lines. */
  static byte[] generate(int atLeast) {
    ObjectMapper m = RevOpsJson.mapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] written = {0};
    SampleDataGenerator.of(SampleConfig.forEvents(atLeast + atLeast / 5)).generate(new SampleSink() {
      @Override
      public void lead(Lead lead, List<LeadEvent> events) {
        for (LeadEvent e : events) {
          if (written[0] < atLeast) {
            try {
              out.write(m.writeValueAsBytes(e));
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
            out.write('\n');
            written[0]++;
          }
        }
      }

      @Override
      public void spend(SpendRecord spend) {}

      @Override
      public void mrr(MrrRecord mrr) {}
    });
    return out.toByteArray();
  }

  static long streaming(byte[] bytes) throws IOException {
    long n = 0;
    try (JsonLines<LeadEvent> lines = JsonLines.read(new ByteArrayInputStream(bytes), "events.jsonl",
        Decoders.LEAD_EVENT, FAIL)) {
      while (lines.hasNext()) {
        lines.next();
        n++;
      }
    }
    return n;
  }

  /**
   * Events per second of this thread's CPU time (not wall time, which a loaded machine inflates), for the
   * streaming reader over plain and gzipped bytes and the tree-per-line way: {@code java -cp ...
   * io.revops.benchmarks.JsonLinesBenchmarks [rounds]}.
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    JsonLinesBenchmarks b = new JsonLinesBenchmarks();
    b.setUp();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    String[] names = {"streamingPlain", "streamingGzip", "treePerLine"};
    for (int w = 0; w < 2; w++) {
      for (int k = 0; k < names.length; k++) {
        long bestNanos = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
          long t0 = cpu.getCurrentThreadCpuTime();
          long n = k == 0 ? b.streamingPlain() : k == 1 ? b.streamingGzip() : b.treePerLine();
          long t = cpu.getCurrentThreadCpuTime() - t0;
          if (n != EVENTS) {
            throw new IllegalStateException(names[k] + " read " + n + " events, not " + EVENTS);
          }
          bestNanos = Math.min(bestNanos, t);
        }
        if (w == 1) { // the first pass is warm-up
          System.out.printf("%-15s %,12.0f events per CPU second (best of %d rounds of %,d events)%n", names[k],
              EVENTS * 1e9 / bestNanos, rounds, EVENTS);
        }
      }
    }
  }

  /** The streaming reader over plain JSON Lines. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long streamingPlain() throws IOException {
    return streaming(plain);
  }

  /** The streaming reader over gzipped JSON Lines (inflating included). */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long streamingGzip() throws IOException {
    return streaming(gzip);
  }

  /** The old way: a String per line, a tree per line, then the mapper (the streaming decoder behind it). */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long treePerLine() throws IOException {
    long n = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(plain),
        StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        treeReader.readValue(mapper.readTree(line));
        n++;
      }
    }
    return n;
  }
}
