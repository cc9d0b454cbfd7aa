package io.revops.benchmarks;

import io.revops.core.batch.Findings;
import io.revops.io.crm.CrmImport;
import io.revops.io.crm.CrmRecord;
import io.revops.io.crm.ExportFile;
import io.revops.io.profile.Profiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The heap of the amoCRM import as the file grows: the export of {@link CrmImportBenchmark} is imported and,
 * every {@code every} records, a full collection is asked for and the heap used after it (the live set) is
 * printed, with the import thread's CPU time. The slope of the live set against the records read is the
 * import's memory per lead.
 *
 * <pre>
 * java -Xmx512m -cp ... io.revops.benchmarks.CrmImportHeap --rows=1000000 --every=250000 [--order=shuffled]
 * </pre>
 */
public final class CrmImportHeap {
  private CrmImportHeap() {}

  /** Writes the export, imports it and prints the live heap at each step. */
  public static void main(String[] args) throws IOException {
    var o = SideBySide.options(args);
    int rows = Integer.parseInt(o.getOrDefault("rows", "1000000"));
    int every = Integer.parseInt(o.getOrDefault("every", "250000"));
    String order = o.getOrDefault("order", "sorted");
    Path dir = Files.createTempDirectory("revops-crm-heap");
    Path file = dir.resolve("amocrm_export_leads.csv");
    try {
      CrmImportBenchmark.write(file, rows, order);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      System.out.printf(Locale.ROOT, "before the import: live heap %.1f MB%n", live() / 1e6);
      Findings findings = Findings.create();
      CrmImport.Run run = CrmImport.of(Profiles.builtIn("amocrm")).open(List.of(ExportFile.of(file)), findings);
      long n = 0;
      long gcCpu = 0;
      try (Stream<CrmRecord> records = run.records()) {
        for (Iterator<CrmRecord> it = records.iterator(); it.hasNext(); ) {
          it.next();
          if (++n % every == 0) {
            long t = threads.getCurrentThreadCpuTime();
            double mb = live() / 1e6;
            gcCpu += threads.getCurrentThreadCpuTime() - t;
            System.out.printf(Locale.ROOT, "%,9d records: live heap %.1f MB%n", n, mb);
          }
        }
      }
      System.out.printf(Locale.ROOT, "%,d records, %d findings; import thread CPU %.2f s (without the probes' GCs)%n",
          n, findings.size(), (threads.getCurrentThreadCpuTime() - cpu0 - gcCpu) / 1e9);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static long live() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
