package io.revops.benchmarks;

import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.sla.SlaEvaluator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The single-thread workloads of {@link SideBySide} timed by the <b>CPU time of the measuring thread</b>
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}: the garbage collector's and the JIT's threads are not
 * counted), for comparing two builds on a shared machine, where wall time is too noisy. No DuckDB.
 *
 * <p>It builds the same data as {@link SideBySide} ({@link BenchData#generate}), then runs the groups of
 * {@link SideBySide} with their single-thread revops contenders — W1 (the floor, the SLA evaluator with traces
 * and without), W3, W2 (its data floor, the handbook SLA on one thread), W4 — each group {@code warmup} rounds,
 * then {@code rounds} measured rounds with its contenders alternating, {@link System#gc()} before every call;
 * it prints one markdown table row: the label, the median thread CPU milliseconds of each workload in the
 * order of {@link #WORKLOADS}, then the median ratio to the floor of the {@link #RATIOS}.
 *
 * <pre>
 * java -cp ... io.revops.benchmarks.CpuSideBySide --header
 * java -Xms6g -Xmx6g -Xmn3g -XX:+UseParallelGC -cp ... io.revops.benchmarks.CpuSideBySide --label=after --events=1000000 \
 *     --rounds=7 --warmup=2
 * </pre>
 *
 * <p>{@code run-cpu-side-by-side.sh} compiles this one file against each build tree's classes (so it also runs
 * against builds that predate it: it calls only {@link Workloads} and {@link BenchData}, whose API is unchanged
 * since the internals work of issue 14 began) and runs the trees alternately, each in a fresh JVM.
 */
public final class CpuSideBySide {
  /** The workloads, in the order of the row's columns. */
  static final List<String> WORKLOADS = List.of("floor", "W1 traces", "W1 lean", "W2 data floor", "W2 1 thread",
      "W3", "W4");
  /**
   * The columns after the workloads: the median over rounds of a workload's time divided by the floor's in the same
   * round of its group, steadier than the times when the load changes between runs (the floor's code is the same
   * in every build).
   */
  static final List<String> RATIOS = List.of("W1 traces", "W1 lean", "W2 1 thread");

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuSideBySide() {}

  /** Prints the table's header, or measures and prints one row; see the class comment for the options. */
  public static void main(String[] args) {
    Map<String, String> o = SideBySide.options(args);
    if (o.containsKey("header")) {
      System.out.println(header());
      return;
    }
    long collections = collections();
    BenchData data = BenchData.generate(Long.parseLong(o.getOrDefault("events", "1000000")));
    collections = collections() - collections;
    if (collections > 0) {
      System.err.println("CpuSideBySide: " + collections + " collection(s) while generating the data: its layout in "
          + "memory, and so every time, may differ from a run without (give a larger young generation)");
    }
    System.out.println(row(o.getOrDefault("label", "run"), measure(data,
        Integer.parseInt(o.getOrDefault("warmup", "2")), Integer.parseInt(o.getOrDefault("rounds", "7")))));
  }

  /** The number of collections so far, of every collector. */
  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  /** The table's header: two markdown lines, the label column then one column per workload. */
  static String header() {
    StringBuilder h = new StringBuilder("| build (thread CPU ms, median) |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String w : WORKLOADS) {
      h.append(' ').append(w).append(" |");
      rule.append("---:|");
    }
    for (String w : RATIOS) {
      h.append(' ').append(w).append(" ÷ floor |");
      rule.append("---:|");
    }
    return h + "\n" + rule;
  }

  /** One markdown row: {@code label}, then each workload's median in milliseconds. */
  static String row(String label, Map<String, Double> medians) {
    StringBuilder r = new StringBuilder("| ").append(label).append(" |");
    for (String w : WORKLOADS) {
      r.append(String.format(Locale.ROOT, " %.1f |", medians.get(w)));
    }
    for (String w : RATIOS) {
      r.append(String.format(Locale.ROOT, " %.2f |", medians.get(w + RATIO)));
    }
    return r.toString();
  }

  /** The key suffix of a workload's median ratio to the floor of its group. */
  static final String RATIO = " ÷ floor";

  /**
   * Each workload's median thread CPU milliseconds over {@code rounds} measured rounds after {@code warmup},
   * keyed as in {@link #WORKLOADS}, and each workload's median ratio to the floor of its group, keyed by its name
   * and {@link #RATIO}.
   *
   * @throws IllegalArgumentException if {@code rounds} is below 1 or {@code warmup} negative
   * @throws UnsupportedOperationException if this JVM cannot measure thread CPU time
   */
  static Map<String, Double> measure(BenchData data, int warmup, int rounds) {
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("rounds must be at least 1 and warmup not negative: " + rounds + ", "
          + warmup);
    }
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new UnsupportedOperationException("this JVM does not measure the current thread's CPU time");
    }
    THREADS.setThreadCpuTimeEnabled(true);
    SlaEvaluator w1 = Workloads.w1Evaluator();
    SlaEvaluator w1Lean = w1.withoutTraces();
    SlaEvaluator w2 = Workloads.w2Evaluator();
    RevenueAnalysis analysis = Workloads.w3Analysis(data);
    Criterion mql = HandbookCriteria.mql();
    Callable<?> floor = () -> Workloads.floor(data.histories());

    // the groups of SideBySide, their single-thread revops contenders; the floor's figure is the W1 group's
    Map<String, Double> medians = new LinkedHashMap<>();
    Map<String, Callable<?>> g1 = new LinkedHashMap<>();
    g1.put("floor", floor);
    g1.put("W1 traces", () -> Workloads.w1(w1, data.inputsWithoutLeadData(), data.asOf()));
    g1.put("W1 lean", () -> Workloads.w1(w1Lean, data.inputsWithoutLeadData(), data.asOf()));
    medians.putAll(group(g1, warmup, rounds));
    Map<String, Callable<?>> g3 = new LinkedHashMap<>();
    g3.put("floor (W3 group)", floor);
    g3.put("W3", () -> Workloads.w3(analysis));
    medians.putAll(group(g3, warmup, rounds));
    Map<String, Callable<?>> g2 = new LinkedHashMap<>();
    g2.put("floor (W2 group)", floor);
    g2.put("W2 data floor", () -> Workloads.floorW2(data.inputs()));
    g2.put("W2 1 thread", () -> Workloads.w2(w2, data.inputs(), data.asOf()));
    medians.putAll(group(g2, warmup, rounds));
    Map<String, Callable<?>> g4 = new LinkedHashMap<>();
    g4.put("floor (W4 group)", floor);
    g4.put("W4", () -> Workloads.w4(mql, data.leads(), data.histories()));
    medians.putAll(group(g4, warmup, rounds));
    return medians;
  }

  /**
   * The median thread CPU milliseconds of each contender, alternating in every round, and the median ratio of each
   * to the first contender (the floor) in the same round.
   */
  private static Map<String, Double> group(Map<String, Callable<?>> contenders, int warmup, int rounds) {
    List<String> names = new ArrayList<>(contenders.keySet());
    List<Callable<?>> work = new ArrayList<>(contenders.values());
    for (int w = 0; w < warmup; w++) {
      work.forEach(CpuSideBySide::cpuNanos);
    }
    double[][] ms = new double[work.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int c = 0; c < work.size(); c++) {
        ms[c][r] = cpuNanos(work.get(c)) / 1e6;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < names.size(); c++) {
      out.put(names.get(c), Timer.median(ms[c]));
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = ms[c][r] / ms[0][r];
      }
      out.put(names.get(c) + RATIO, Timer.median(ratio));
    }
    return out;
  }

  /** The CPU time of this thread in one call of {@code work}, after a collection; its result is kept alive. */
  private static long cpuNanos(Callable<?> work) {
    System.gc();
    long t0 = THREADS.getCurrentThreadCpuTime();
    Object result;
    try {
      result = work.call();
    } catch (Exception e) {
      throw new IllegalStateException("a workload failed", e);
    }
    long t = THREADS.getCurrentThreadCpuTime() - t0;
    Timer.sink += System.identityHashCode(result);
    return t;
  }
}
