package io.revops.benchmarks;

import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.sla.SlaEvaluator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs one workload in a loop for a while, for a profiler to watch (JFR, async-profiler):
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=w2.jfr,settings=profile -cp ... io.revops.benchmarks.Profile \
 *     --workload=w2 --events=100000 --seconds=30
 * jfr print --events jdk.ExecutionSample w2.jfr
 * </pre>
 *
 * <p>Several workloads separated by commas run alternately. Workloads: {@code floor}, {@code floorw2}, {@code w1}, {@code w1lean}, {@code w1direct}, {@code w2}, {@code w2lean},
 * {@code w3}, {@code w4}, {@code w4explained} (W4 with every lead's reason and failed and unknown reasons
 * read), {@code w4tree} (W4 with every lead's whole explanation tree read).
 */
public final class Profile {
  private Profile() {}

  /** Runs the loop; prints each call's time. */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = SideBySide.options(args);
    String workload = o.getOrDefault("workload", "w2");
    long events = Long.parseLong(o.getOrDefault("events", "100000"));
    double seconds = Double.parseDouble(o.getOrDefault("seconds", "30"));
    BenchData data = BenchData.generate(events);
    SlaEvaluator w1 = Workloads.w1Evaluator();
    SlaEvaluator w2 = Workloads.w2Evaluator();
    RevenueAnalysis w3 = Workloads.w3Analysis(data);
    Criterion mql = HandbookCriteria.mql();
    java.util.List<String> names = java.util.List.of(workload.split(","));
    java.util.List<Callable<?>> works = new java.util.ArrayList<>();
    for (String name : names) {
      works.add(switch (name) {
      case "floor" -> () -> Workloads.floor(data.histories());
      case "floorw2" -> () -> Workloads.floorW2(data.inputs());
      case "w1" -> () -> Workloads.w1(w1, data.inputsWithoutLeadData(), data.asOf());
      case "w1direct" -> () -> Workloads.w1Direct(data.histories(), data.asOf());
      case "w2" -> () -> Workloads.w2(w2, data.inputs(), data.asOf());
      case "w2lean" -> () -> Workloads.w2(w2.withoutTraces(), data.inputs(), data.asOf());
      case "w1lean" -> () -> Workloads.w1(w1.withoutTraces(), data.inputsWithoutLeadData(), data.asOf());
      case "w3" -> () -> Workloads.w3(w3);
      case "w4" -> () -> Workloads.w4(mql, data.leads(), data.histories());
      case "w4explained" -> () -> Workloads.w4Explained(mql, data.leads(), data.histories());
      case "w4tree" -> () -> Workloads.w4Tree(mql, data.leads(), data.histories());
      default -> throw new IllegalArgumentException("unknown workload: " + name);
      });
    }
    long end = System.nanoTime() + (long) (seconds * 1e9);
    int calls = 0;
    while (System.nanoTime() < end) {
      calls++;
      for (int i = 0; i < works.size(); i++) {
        double ms = Timer.nanos(works.get(i)) / 1e6;
        System.out.printf(Locale.ROOT, "%s #%d: %.1f ms (%,.0f events/s)%n", names.get(i), calls, ms,
            data.events() / (ms / 1000));
      }
    }
  }
}
