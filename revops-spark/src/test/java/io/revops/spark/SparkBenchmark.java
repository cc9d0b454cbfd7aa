package io.revops.spark;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark benchmark of BENCHMARKS.md (not a test; run by hand, once): the example job on a JSON Lines folder,
 * timed end to end, with the executors' summed task time so a per-core throughput can be read off.
 *
 * <pre>{@code
 * java --add-opens ... -cp <revops-spark test classpath> io.revops.spark.SparkBenchmark DIR local[2] EVENTS
 * }</pre>
 */
final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) {
    String dir = args[0];
    String master = args[1];
    long events = Long.parseLong(args[2]);
    SparkSession spark = SparkSession.builder().master(master).appName("revops-spark benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .config("spark.sql.shuffle.partitions", "16")
        .getOrCreate();
    AtomicLong taskNanos = new AtomicLong();
    AtomicLong taskCpuNanos = new AtomicLong();
    AtomicLong tasks = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
          taskNanos.addAndGet(end.taskMetrics().executorRunTime() * 1_000_000L);
          taskCpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
          tasks.incrementAndGet();
        }
      }
    });
    long t0 = System.nanoTime();
    RevOpsSparkJob.Result result = RevOpsSparkJob.run(spark, dir, Optional.empty());
    double seconds = (System.nanoTime() - t0) / 1e9;
    spark.stop();
    double taskSeconds = taskNanos.get() / 1e9;
    double taskCpuSeconds = taskCpuNanos.get() / 1e9;
    System.out.println(result);
    System.out.printf("%s: %d events in %.1f s wall (%.0f events/s); %d tasks, %.1f task-seconds "
        + "(%.0f events per task-second), %.1f task CPU seconds (%.0f events per CPU second)%n", master, events,
        seconds, events / seconds, tasks.get(), taskSeconds, events / taskSeconds, taskCpuSeconds,
        events / taskCpuSeconds);
  }
}
