package io.revops.benchmarks;

import io.revops.metrics.clv.BgNbdModel;
import io.revops.metrics.clv.CustomerSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hipparchus.random.RandomDataGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fitting BG/NBD by maximum likelihood to {@code customers} summaries (average time of one whole fit, on one
 * core: the JVM is told it has one processor). The customers are drawn from the BG/NBD process itself at CDNOW's
 * published parameters (r 0.243, α 4.414, a 0.793, b 2.426), first purchases spread over 12 weeks, observed to
 * week 39, times to the day; the draw (seeded) is not timed. Run with
 * {@code java -cp ... org.openjdk.jmh.Main ClvBenchmarks -p customers=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx2g"})
public class ClvBenchmarks {
  /** How many customers are summarised. */
  @Param("100000")
  public int customers;

  List<CustomerSummary> summaries;

  /** Draws the customers. */
  @Setup(Level.Trial)
  public void setUp() {
    summaries = draw(customers, 42);
  }

  /** One BG/NBD fit, the standard errors included. */
  @Benchmark
  public BgNbdModel fitBgNbd() {
    return BgNbdModel.fit(summaries);
  }

  /**
   * Times {@code rounds} fits (default 5) of {@code customers} (default 10^5) by the thread's CPU time as well as
   * the wall clock: on a shared machine the CPU time is what one core costs, the wall clock what the queue adds.
   * {@code java -cp ... io.revops.benchmarks.ClvBenchmarks [customers] [rounds]}.
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<CustomerSummary> data = draw(n, 42);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      BgNbdModel m = BgNbdModel.fit(data);
      System.out.printf(java.util.Locale.ROOT, "fit %d: cpu %.0f ms, wall %.0f ms, %d evaluations, LL %.4f%n", i + 1,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6, m.fit().evaluations(),
          m.fit().logLikelihood());
    }
  }

  /** {@code n} customers of the BG/NBD process at CDNOW's parameters, times in weeks rounded up to the day. */
  static List<CustomerSummary> draw(int n, long seed) {
    RandomDataGenerator random = new RandomDataGenerator(seed);
    List<CustomerSummary> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double lambda = random.nextGamma(0.243, 1 / 4.414);
      double p = random.nextBeta(0.793, 2.426);
      int ageDays = 39 * 7 - random.nextInt(0, 12 * 7);
      double age = ageDays / 7.0;
      int x = 0;
      double t = 0;
      double last = 0;
      while (true) {
        t += random.nextExponential(1 / lambda);
        if (t > age) {
          break;
        }
        x++;
        last = t;
        if (random.nextDouble() < p) {
          break;
        }
      }
      int lastDays = x == 0 ? 0 : Math.min(ageDays, Math.max(1, (int) Math.ceil(last * 7)));
      out.add(CustomerSummary.of("C" + i, x, lastDays / 7.0, age));
    }
    return out;
  }
}
