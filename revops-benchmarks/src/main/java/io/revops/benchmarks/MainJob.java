package io.revops.benchmarks;

import io.revops.examples.healthcheck.HealthCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main job from files, side by side with DuckDB in one run: the health check on a JSON Lines data folder
 * (its full work: reading, every report figure, writing report.json and report.html), against DuckDB reading
 * the same files with its JSON reader and answering W1 (first-response compliance by source, week and status)
 * and W3 (month-over-month MRR movements with NRR and GRR).
 *
 * <p>The main job runs as its own process, as a user runs it: through its launcher
 * ({@code revops-examples/health-check --data DIR}, with {@code HEAP} in its environment and the JVM it finds
 * on {@code JAVA_HOME} or the path; its JVM options are the job's documented choice, see the script), or with {@code --launcher=java} as a bare
 * {@code java -XmxHEAP ... HealthCheck --data DIR} on this JVM and class path; timed from launch to exit, its peak resident memory read from {@code /usr/bin/time -v}; DuckDB runs in this
 * JVM, timed from opening the database to the last result (its own start-up is a few milliseconds). Rounds
 * alternate the two; medians are reported.
 *
 * <pre>
 * java -cp ... io.revops.benchmarks.MainJob --data=/tmp/data --rounds=3 --heap=512m [--data=/tmp/data-10x ...]
 *     [--launcher=revops-examples/health-check|java]
 * </pre>
 */
public final class MainJob {
  private MainJob() {}

  /** One timed run of the main job: wall time, CPU time (user + system) and peak RSS. */
  record Run(double seconds, double cpuSeconds, long peakRssKb, String stderr) {}

  /** Runs the harness; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    List<Path> folders = new ArrayList<>();
    int rounds = 3;
    String heap = "512m";
    Path out = null;
    String launcher = LAUNCHER;
    for (String a : args) {
      if (a.startsWith("--data=")) {
        folders.add(Path.of(a.substring(7)));
      } else if (a.startsWith("--rounds=")) {
        rounds = Integer.parseInt(a.substring(9));
      } else if (a.startsWith("--heap=")) {
        heap = a.substring(7);
      } else if (a.startsWith("--launcher=")) {
        launcher = a.substring(11);
      } else if (a.startsWith("--out=")) {
        out = Path.of(a.substring(6));
      } else {
        throw new IllegalArgumentException("options are --data=DIR (repeatable), --rounds=N, --heap=SIZE, --out=FILE, "
            + "--launcher=SCRIPT|java: " + a);
      }
    }
    StringBuilder md = new StringBuilder();
    line(md, "## Main job from files, side by side with DuckDB");
    line(md, "");
    line(md, "- load average before: " + Files.readString(Path.of("/proc/loadavg")).trim());
    line(md, "- main job: " + (launcher.equals("java") ? "`java -Xmx" + heap + " HealthCheck --data DIR`"
        : "`HEAP=" + heap + " " + launcher + " --data DIR`") + " as a process (JVM start included), DuckDB in this "
        + "JVM; " + rounds + " rounds, alternating");
    line(md, "");
    line(md, "CPU s: user + system time of all threads (the main job's from `/usr/bin/time`, DuckDB's from this "
        + "process's CPU time), steadier than wall time on a shared machine.");
    line(md, "");
    line(md, "| folder | events | main job s | CPU s | peak RSS MB | DuckDB W1+W3 from files s | CPU s | ratio (wall) "
        + "| ratio (CPU) | × prev (main job wall) |");
    line(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    double prev = Double.NaN;
    for (Path dir : folders) {
      double[] job = new double[rounds];
      double[] jobCpu = new double[rounds];
      double[] duck = new double[rounds];
      double[] duckCpu = new double[rounds];
      long rss = 0;
      long events = 0;
      for (int r = 0; r < rounds; r++) {
        Run run = mainJob(dir, heap, launcher);
        job[r] = run.seconds();
        jobCpu[r] = run.cpuSeconds();
        rss = Math.max(rss, run.peakRssKb());
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        try (DuckDb db = DuckDb.fromJsonLines(dir)) {
          Instant asOf = db.endOfEvents();
          db.w1(asOf);
          db.w3();
          duck[r] = (System.nanoTime() - t0) / 1e9;
          duckCpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
          events = db.count("events");
        }
      }
      double j = Timer.median(job);
      double jc = Timer.median(jobCpu);
      double d = Timer.median(duck);
      double dc = Timer.median(duckCpu);
      line(md, String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %,d | %.2f | %.2f | %.2f | %.2f | %s |",
          dir.getFileName(), events, j, jc, rss / 1024, d, dc, j / d, jc / dc,
          Double.isNaN(prev) ? "" : String.format(Locale.ROOT, "%.2f", j / prev)));
      prev = j;
    }
    line(md, "");
    line(md, "- load average after: " + Files.readString(Path.of("/proc/loadavg")).trim());
    if (out != null) {
      Files.writeString(out, md);
    }
  }

  private static void line(StringBuilder md, String s) {
    System.out.println(s);
    System.out.flush();
    md.append(s).append('\n');
  }

  private static double time(String timeOutput, String label) {
    Matcher m = Pattern.compile(label + " \\(seconds\\): ([0-9.]+)").matcher(timeOutput);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  /** The main job's launcher, as the README runs it (from the repository root). */
  static final String LAUNCHER = "revops-examples/health-check";

  /**
   * The health check on {@code dir} as a child process under {@code /usr/bin/time -v}: through {@code launcher}
   * (a script that execs the JVM, so the time is the JVM's), or {@code "java"} for a bare JVM with default options.
   */
  static Run mainJob(Path dir, String heap, String launcher) throws IOException, InterruptedException {
    Path report = Files.createTempDirectory("main-job-report-");
    Path stderr = Files.createTempFile("main-job-", ".err");
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    if (launcher.equals("java")) {
      cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
          "-Djava.util.logging.config.file=/dev/null", "-cp", System.getProperty("java.class.path"),
          HealthCheck.class.getName()));
    } else {
      cmd.add(launcher);
    }
    cmd.addAll(List.of("--data", dir.toString(), "--out", report.toString()));
    long t0 = System.nanoTime();
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile());
    pb.environment().put("HEAP", heap);
    Process p = pb.start();
    int status = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    Files.delete(stderr);
    try (var files = Files.walk(report)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    if (status != 0) {
      throw new IllegalStateException("the main job failed with status " + status + ": " + err);
    }
    Matcher m = RSS.matcher(err);
    return new Run(seconds, time(err, "User time") + time(err, "System time"), m.find() ? Long.parseLong(m.group(1))
        : -1, err);
  }
}
