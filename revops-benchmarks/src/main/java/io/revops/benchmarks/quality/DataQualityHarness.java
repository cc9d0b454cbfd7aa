package io.revops.benchmarks.quality;

import io.revops.core.batch.Findings;
import io.revops.core.quality.DataQuality;
import io.revops.core.quality.DataQualityReport;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@link DataQuality#check} on a {@link DuplicateSet} and scores it: {@code java
 * DataQualityHarness [people] [rounds]} (defaults 680,000 people, about 10^6 records, and 5
 * rounds after one warm-up). Single-threaded; run it pinned to one core ({@code taskset -c 0}). It
 * prints the wall time and the CPU time of the checking thread: on a shared, loaded machine the CPU
 * time is what the check costs one core.
 */
public final class DataQualityHarness {
  private DataQualityHarness() {}

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  /**
   * Runs the harness.
   *
   * @param args people, rounds
   */
  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 680_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
    DuplicateSet set = DuplicateSet.generate(people, 42, asOf);
    DataQuality quality = DataQuality.defaultRegion("RU");
    System.out.printf(Locale.ROOT, "%d records, %d people, %d undetectable duplicates; %d processors%n",
        set.records().size(), set.people(), set.undetectable(), Runtime.getRuntime().availableProcessors());
    DataQualityReport report = null;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] seconds = new double[rounds];
    double[] cpu = new double[rounds];
    for (int r = -1; r < rounds; r++) {
      Findings findings = Findings.create();
      long g0 = gcMillis();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      report = quality.check(set.records(), asOf, "generated", findings);
      double s = (System.nanoTime() - t0) / 1e9;
      double c = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      double gc = (gcMillis() - g0) / 1e3;
      if (r >= 0) {
        seconds[r] = s;
        cpu[r] = c;
      }
      System.out.printf(Locale.ROOT, "%s %.2f s wall, %.2f s CPU of this thread, %.2f s in GC, %d findings%n",
          r < 0 ? "warm-up" : "round " + r, s, c, gc, findings.size());
    }
    Arrays.sort(seconds);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "wall: median %.2f s, best %.2f s, worst %.2f s; "
        + "CPU: median %.2f s, best %.2f s%n",
        seconds[rounds / 2], seconds[0], seconds[rounds - 1], cpu[rounds / 2], cpu[0]);
    System.out.println(set.score(report));
    System.out.println(report.leadsCountedTwice() + " leads counted twice; "
        + report.duplicatePeople().size() + " person clusters, " + report.duplicateCompanies().size()
        + " company clusters");
  }
}
