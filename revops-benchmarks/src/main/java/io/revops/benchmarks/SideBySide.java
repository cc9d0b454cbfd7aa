package io.revops.benchmarks;

import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The side-by-side harness: in one JVM, loads the same generated data into revops' in-memory form and into an
 * in-memory DuckDB (loading is not timed), checks that both compute the same results, then times the
 * contenders of each workload alternately — warm-up rounds, then measured rounds — and prints the median
 * time of each, the median of the per-round ratios to DuckDB, and each time as a multiple of the floor.
 *
 * <pre>
 * java -cp ... io.revops.benchmarks.SideBySide --events=1000000 --rounds=5 --warmup=2 --scaling=100000,1000000 \
 *     --scaling-rounds=3 --scaling-warmup=1 --out=results.md
 * </pre>
 */
public final class SideBySide {
  private static final String FLOOR = "floor: read every event's timestamp";

  private final int rounds;
  private final int warmup;
  private final StringBuilder out = new StringBuilder();
  private int scalingRounds = 3;
  private int scalingWarmup = 1;

  private SideBySide(int rounds, int warmup) {
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("rounds must be at least 1 and warmup not negative: " + rounds + ", "
          + warmup);
    }
    this.rounds = rounds;
    this.warmup = warmup;
  }

  /** Runs the harness; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    long events = Long.parseLong(o.getOrDefault("events", "1000000"));
    SideBySide h = new SideBySide(Integer.parseInt(o.getOrDefault("rounds", "5")),
        Integer.parseInt(o.getOrDefault("warmup", "2")));
    List<Long> scaling = new ArrayList<>();
    for (String s : o.getOrDefault("scaling", "").split(",")) {
      if (!s.isBlank()) {
        scaling.add(Long.parseLong(s.trim()));
      }
    }
    h.scalingRounds = Integer.parseInt(o.getOrDefault("scaling-rounds", "3"));
    h.scalingWarmup = Integer.parseInt(o.getOrDefault("scaling-warmup", "1"));
    h.run(events, scaling);
    if (o.containsKey("out")) {
      Files.writeString(Path.of(o.get("out")), h.out);
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("options are --name=value or --flag: " + a);
      }
      int eq = a.indexOf('=');
      o.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
    }
    return o;
  }

  private void println(String line) {
    System.out.println(line);
    System.out.flush();
    out.append(line).append('\n');
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The timings of one group of contenders: times[contender][round] in milliseconds. */
  private record Timings(List<String> names, double[][] ms) {
    double median(int contender) {
      return Timer.median(ms[contender]);
    }

    double medianRatio(int contender, int reference) {
      double[] r = new double[ms[contender].length];
      for (int i = 0; i < r.length; i++) {
        r[i] = ms[contender][i] / ms[reference][i];
      }
      return Timer.median(r);
    }
  }

  private Timings time(Map<String, Callable<?>> contenders) {
    return time(contenders, warmup, rounds);
  }

  private static Timings time(Map<String, Callable<?>> contenders, int warmup, int rounds) {
    List<String> names = new ArrayList<>(contenders.keySet());
    List<Callable<?>> work = new ArrayList<>(contenders.values());
    System.gc(); // start each group from the same clean heap
    for (int w = 0; w < warmup; w++) {
      work.forEach(Timer::nanos);
    }
    double[][] ms = new double[work.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int c = 0; c < work.size(); c++) {
        ms[c][r] = Timer.nanos(work.get(c)) / 1e6;
      }
    }
    return new Timings(names, ms);
  }

  private static String f(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private void run(long events, List<Long> scaling) throws Exception {
    Runtime rt = Runtime.getRuntime();
    println("## Side-by-side run");
    println("");
    println("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
        + rt.maxMemory() / (1024 * 1024) + " MB, " + rt.availableProcessors() + " cores");
    println("- load average before: " + loadAverage());
    println("- rounds: " + warmup + " warm-up, " + rounds + " measured, contenders alternating in each round");
    long t0 = System.nanoTime();
    BenchData data = BenchData.generate(events);
    long t1 = System.nanoTime();
    DuckDb db = DuckDb.load(data);
    long t2 = System.nanoTime();
    println("- data: " + data + "; revops load " + f((t1 - t0) / 1e9) + " s, DuckDB load " + f((t2 - t1) / 1e9)
        + " s (" + db.count("events") + " event rows; not timed)");
    println("- DuckDB default threads: " + db.defaultThreads());
    println("- checks: W1 " + Check.w1(data, db) + " (source, week, status) groups equal; W3 " + Check.w3(data, db)
        + " months equal");

    SlaEvaluator w1 = Workloads.w1Evaluator();
    SlaEvaluator w2 = Workloads.w2Evaluator();
    SlaReport single = Workloads.w2(w2, data.inputs(), data.asOf());
    SlaReport parallel = Workloads.w2Parallel(w2, data.inputs(), data.asOf());
    if (!single.equals(parallel)) {
      throw new IllegalStateException("W2 single-thread and parallel reports differ");
    }
    if (!single.equals(Workloads.w2(w2.withoutTraces(), data.inputs(), data.asOf()))) {
      throw new IllegalStateException("W2 reports with and without traces differ");
    }
    println("- W2 check: single-thread, parallel and without-traces reports equal (" + single.mqls() + " MQLs)");
    RevenueAnalysis analysis = Workloads.w3Analysis(data);
    Criterion mql = HandbookCriteria.mql();
    int threads = db.defaultThreads();
    println("");

    // the floor runs in every group, so each time is divided by the floor of the same round
    Callable<?> floor = () -> Workloads.floor(data.histories());
    Map<String, Callable<?>> w1Group = new LinkedHashMap<>();
    w1Group.put(FLOOR, floor);
    w1Group.put("W1 revops SlaEvaluator (verdicts with traces)", () -> Workloads.w1(w1, data.inputsWithoutLeadData(),
        data.asOf()));
    w1Group.put("W1 revops SlaEvaluator, parallel stream", () -> Workloads.w1Parallel(w1,
        data.inputsWithoutLeadData(), data.asOf()));
    SlaEvaluator w1Lean = w1.withoutTraces();
    w1Group.put("W1 revops SlaEvaluator without traces", () -> Workloads.w1(w1Lean, data.inputsWithoutLeadData(),
        data.asOf()));
    w1Group.put("W1 revops LeadEventHistory pass (no verdict objects)",
        () -> Workloads.w1Direct(data.histories(), data.asOf()));
    w1Group.put("W1 DuckDB SQL, " + threads + " threads", () -> {
      db.threads(threads);
      return db.w1(data.asOf());
    });
    w1Group.put("W1 DuckDB SQL, 1 thread", () -> {
      db.threads(1);
      try {
        return db.w1(data.asOf());
      } finally {
        db.threads(threads);
      }
    });
    Timings w1t = time(w1Group);

    Map<String, Callable<?>> w3Group = new LinkedHashMap<>();
    w3Group.put(FLOOR, floor);
    w3Group.put("W3 revops RevenueAnalysis", () -> Workloads.w3(analysis));
    w3Group.put("W3 DuckDB SQL, " + threads + " threads", () -> {
      db.threads(threads);
      return db.w3();
    });
    w3Group.put("W3 DuckDB SQL, 1 thread", () -> {
      db.threads(1);
      try {
        return db.w3();
      } finally {
        db.threads(threads);
      }
    });
    Timings w3t = time(w3Group);

    Map<String, Callable<?>> w2Group = new LinkedHashMap<>();
    w2Group.put(FLOOR, floor);
    w2Group.put("W2's data floor: read every field W2 reads, compute nothing", () -> Workloads.floorW2(
        data.inputs()));
    w2Group.put("W2 revops handbook SLA, 1 thread", () -> Workloads.w2(w2, data.inputs(), data.asOf()));
    w2Group.put("W2 revops handbook SLA, parallel stream", () -> Workloads.w2Parallel(w2, data.inputs(),
        data.asOf()));
    w2Group.put("W2 revops handbook SLA, 1 thread, every verdict's reason and trace read", () ->
        Workloads.w2Explained(w2, data.inputs(), data.asOf(), new long[1]));
    SlaEvaluator w2Lean = w2.withoutTraces();
    w2Group.put("W2 revops handbook SLA without traces, 1 thread", () -> Workloads.w2(w2Lean, data.inputs(),
        data.asOf()));
    w2Group.put("W2 revops handbook SLA without traces, parallel stream", () -> Workloads.w2Parallel(w2Lean,
        data.inputs(), data.asOf()));
    Timings w2t = time(w2Group);

    Map<String, Callable<?>> w4Group = new LinkedHashMap<>();
    w4Group.put(FLOOR, floor);
    w4Group.put("W4 revops handbook MQL qualification", () -> Workloads.w4(mql, data.leads(), data.histories()));
    w4Group.put("W4 revops, each lead's reason and failed/unknown reasons read", () -> Workloads.w4Explained(mql,
        data.leads(), data.histories()));
    w4Group.put("W4 revops, each lead's whole explanation tree read", () -> Workloads.w4Tree(mql, data.leads(),
        data.histories()));
    Timings w4t = time(w4Group);

    println("### " + String.format(Locale.ROOT, "%,d", data.events()) + " events, "
        + String.format(Locale.ROOT, "%,d", data.leadCount()) + " leads, "
        + String.format(Locale.ROOT, "%,d", data.mrr().size()) + " MRR records");
    println("");
    println("| workload / contender | median ms | × floor | median ratio to DuckDB (" + threads
        + " threads) | throughput |");
    println("|---|---:|---:|---:|---:|");
    row(w1t, 0, -1, data.events() + " events");
    for (int c = 1; c < w1t.names().size(); c++) {
      row(w1t, c, 5, data.events() + " events");
    }
    for (int c = 1; c < w3t.names().size(); c++) {
      row(w3t, c, 2, data.mrr().size() + " MRR records");
    }
    for (int c = 1; c < w2t.names().size(); c++) {
      row(w2t, c, -1, data.events() + " events");
    }
    for (int c = 1; c < w4t.names().size(); c++) {
      row(w4t, c, -1, data.leadCount() + " leads");
    }
    println("");
    println("× floor: the median over rounds of the time divided by the floor's time in the same round (the floor "
        + "runs in every group; its own median above is from the W1 group).");
    println("");
    println("- load average after: " + loadAverage());
    db.close();

    if (!scaling.isEmpty()) {
      scaling(scaling, events, data);
    }
  }

  private void row(Timings t, int c, int reference, String units) {
    double ms = t.median(c);
    String[] u = units.split(" ", 2);
    double perSecond = Double.parseDouble(u[0]) / (ms / 1000);
    String ratio = reference < 0 ? "" : f(t.medianRatio(c, reference));
    println("| " + t.names().get(c) + " | " + f(ms) + " | " + f(t.medianRatio(c, 0)) + " | " + ratio + " | "
        + String.format(Locale.ROOT, "%,.0f", perSecond) + " " + u[1] + "/s |");
  }

  private void scaling(List<Long> sizes, long mainEvents, BenchData main) throws Exception {
    println("");
    println("### Scaling");
    println("");
    println("Medians of " + scalingRounds + " rounds after " + scalingWarmup + " warm-up; × prev is the time ratio "
        + "to the size before (about 10× fewer events).");
    println("");
    println("| events | floor ms | W1 revops ms | × prev | W1 DuckDB ms | × prev | W2 revops 1 thread ms | × prev |");
    println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    double[] prev = null;
    SlaEvaluator w1 = Workloads.w1Evaluator();
    SlaEvaluator w2 = Workloads.w2Evaluator();
    for (long size : sizes) {
      BenchData data = size == mainEvents ? main : BenchData.generate(size);
      double[] now;
      try (DuckDb db = DuckDb.load(data)) {
        Check.w1(data, db);
        // W1 and W2 in separate groups, so W2's garbage does not land in W1's rounds
        Map<String, Callable<?>> g = new LinkedHashMap<>();
        g.put("floor", () -> Workloads.floor(data.histories()));
        g.put("w1", () -> Workloads.w1(w1, data.inputsWithoutLeadData(), data.asOf()));
        g.put("w1duck", () -> db.w1(data.asOf()));
        Timings t = time(g, scalingWarmup, scalingRounds);
        Map<String, Callable<?>> g2 = new LinkedHashMap<>();
        g2.put("w2", () -> Workloads.w2(w2, data.inputs(), data.asOf()));
        Timings t2 = time(g2, scalingWarmup, scalingRounds);
        now = new double[] {t.median(0), t.median(1), t.median(2), t2.median(0)};
      }
      println("| " + String.format(Locale.ROOT, "%,d", data.events()) + " | " + f(now[0]) + " | " + f(now[1]) + " | "
          + (prev == null ? "" : f(now[1] / prev[1])) + " | " + f(now[2]) + " | "
          + (prev == null ? "" : f(now[2] / prev[2])) + " | " + f(now[3]) + " | "
          + (prev == null ? "" : f(now[3] / prev[3])) + " |");
      prev = now;
    }
    println("");
    println("- load average after scaling: " + loadAverage());
  }
}
