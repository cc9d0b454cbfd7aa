package io.revops.benchmarks;

import io.revops.examples.io.JsonlReader;
import io.revops.json.JsonLines;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading only: the leads and the events of a JSON Lines data folder (gzipped as the generator writes them)
 * read with {@link JsonLines} and the revops decoders into domain values, timed in this thread's CPU time
 * (inflating included), best of several rounds after a warm-up round. The reading part of the main job,
 * without the work after it.
 *
 * <pre>
 * java -cp ... io.revops.benchmarks.ReadFolder revops-benchmarks/target/data-1000000 [rounds]
 * </pre>
 */
public final class ReadFolder {
  private ReadFolder() {}

  /** Runs it; see the class comment. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    JsonlReader reader = JsonlReader.fromDirectory(dir);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<String> findings = new ArrayList<>();
    for (String file : new String[] {"leads", "events"}) {
      long best = Long.MAX_VALUE;
      long n = 0;
      for (int r = 0; r <= rounds; r++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        long[] count = {0};
        if (file.equals("leads")) {
          reader.leads(v -> count[0]++, f -> findings.add(f.toString()));
        } else {
          reader.events(v -> count[0]++, f -> findings.add(f.toString()));
        }
        long t = cpu.getCurrentThreadCpuTime() - t0;
        n = count[0];
        if (r > 0) {
          best = Math.min(best, t);
        }
      }
      System.out.printf("%-7s %,10d values  %6.3f CPU s  %,12.0f values per CPU second (best of %d)%n", file, n,
          best / 1e9, n * 1e9 / best, rounds);
    }
    System.out.println("findings: " + findings.size() + (findings.isEmpty() ? "" : ", first: " + findings.get(0)));
  }
}
