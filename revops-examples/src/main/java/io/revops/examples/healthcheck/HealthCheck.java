package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.io.generic.CsvColumns;
import io.revops.io.generic.CsvImport;
import io.revops.examples.io.JsonlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongSupplier;

/**
 * The RevOps health check: reads leads, events, spend and MRR, evaluates them through revops and prints a
 * summary, then writes {@code report.json} and a self-contained {@code report.html} into an output folder.
 *
 * <pre>{@code
 * HealthCheck                                   the bundled sample
 * HealthCheck --data DIR                        a JSON Lines data folder (see JsonlSchema)
 * HealthCheck --csv LEADS ACTIVITIES [--columns mapping.properties]
 *                                               a CRM's CSV export (see CsvImport, CsvColumns)
 * HealthCheck --crm NAME|PROFILE.json FILE… [--zone ZONE] [--dry-run]
 *                                               a CRM's own export through a revops-io profile
 *                                               (amocrm, bitrix24, hubspot, salesforce); --dry-run
 *                                               prints what was understood of it and stops
 * options:    --out DIR        the output folder (default ./revops-report), checked before any work
 *             --as-of INSTANT  evaluate as of this instant (default: the end of the data)
 *             --margin RATE    gross margin for LTV (default 40%)
 *             --locale en|ru   the language and number formats of report.html (default en)
 *             --baseline MONTHS  add a "since the baseline" section: MONTHS ({@code 2025-03} or
 *                              {@code 2025-01..2025-03}) against as many months ending with the report's last
 *                              (written to since-baseline.txt too; bootstrap seed 42)
 *             --debug          print the stack trace of a failure after its one-line reason
 *             --help, -h       print every option ({@link HealthArgs#usage()}) and exit 0
 * }</pre>
 *
 * <p>A JSON Lines folder is streamed ({@link StreamingHealthCheck}): memory does not grow with the number of
 * leads or events, and progress (phase, rows read, rate) goes to stderr every {@value #PROGRESS_EVERY} rows.
 *
 * <p>Exit status: 0 on success (bad rows are reported, not fatal), 2 for bad arguments (one line, then "see
 * --help"), 1 when an input cannot be read at all (missing, not readable, a truncated gzip file) or the output
 * folder cannot be used (checked before any work), 3 when the heap runs out; the reason is one line on stderr
 * that says what to do ({@link JobFailure}), with the stack trace only under {@code --debug}.
 */
public final class HealthCheck {
  /** The seed of the bootstrap intervals of the "since the baseline" section. */
  static final long BASELINE_SEED = 42;

  /** Progress lines on stderr every this many rows. */
  static final long PROGRESS_EVERY = 1_000_000;

  /** The default output folder. */
  public static final Path DEFAULT_OUT = Path.of("revops-report");

  private final PrintStream out;
  private final PrintStream err;
  private final LongSupplier nanoTime;
  /** The rejected rows written to {@link RejectedRows#FILE} by the last run. */
  private long rejectedRows;
  /** The rejected rows of a streamed run, until they are written beside the report. */
  private RejectedRows pendingRejected;

  private HealthCheck(PrintStream out, PrintStream err, LongSupplier nanoTime) {
    this.out = requireNonNull(out, "out");
    this.err = requireNonNull(err, "err");
    this.nanoTime = requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * A health check printing to {@code out} and {@code err}; {@code nanoTime} times the progress messages only
   * (no figure depends on it).
   */
  public static HealthCheck of(PrintStream out, PrintStream err, LongSupplier nanoTime) {
    return new HealthCheck(out, err, nanoTime);
  }

  /** Kept here so the level set in {@link #main} holds (loggers are only weakly referenced). */
  private static final java.util.logging.Logger MONETA_LOG = java.util.logging.Logger.getLogger("org.javamoney.moneta");

  /** Runs the health check and exits with a non-zero status on failure. */
  public static void main(String[] args) {
    // Moneta logs its MathContext at INFO on first use: noise in a command-line summary
    MONETA_LOG.setLevel(java.util.logging.Level.WARNING);
    int status = of(System.out, System.err, System::nanoTime).run(args);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Opens the JSON Lines source of {@code --data} (empty for the bundled sample); tests inject a failing one. */
  interface SourceOpener {
    HealthSource open(Optional<Path> dir) throws IOException;
  }

  private SourceOpener sources = dir -> dir.isPresent() ? HealthSource.of(dir.get()) : HealthSource.bundledSample();

  /** This health check reading JSON Lines sources through {@code opener} (for tests). */
  HealthCheck withSources(SourceOpener opener) {
    this.sources = requireNonNull(opener, "opener");
    return this;
  }

  /**
   * Runs the health check; returns the exit status ({@link HealthArgs#OK} 0, {@link HealthArgs#FAILED} 1 an
   * input or output failed, {@link HealthArgs#BAD_ARGUMENTS} 2, {@link HealthArgs#OUT_OF_MEMORY} 3). Every
   * failure is one line on stderr that says what to do; {@code --debug} adds the stack trace.
   */
  public int run(String... args) {
    HealthArgs a;
    try {
      a = HealthArgs.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("health-check: " + e.getMessage() + " (see --help)");
      return HealthArgs.BAD_ARGUMENTS;
    }
    if (a.help) {
      out.print(HealthArgs.usage());
      return HealthArgs.OK;
    }
    OutputFolder folder = null;
    if (a.writesReport()) {
      try {
        folder = OutputFolder.check(a.outDir);
      } catch (IllegalStateException e) {
        err.println("health-check: " + e.getMessage());
        return HealthArgs.FAILED;
      }
    }
    try {
      return work(a, folder);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return fail(JobFailure.reading(e, describe(a)), e, a.debug);
    }
  }

  private int fail(JobFailure failure, Throwable cause, boolean debug) {
    err.println("health-check: " + failure.line());
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
    return failure.status();
  }

  /** The input named for messages, before it is opened. */
  private static String describe(HealthArgs a) {
    if (a.crm != null) {
      return a.crm.profile() + " export " + a.crm.files();
    }
    if (a.csvLeads != null) {
      return a.csvLeads + " + " + a.csvActivities;
    }
    return a.data == null ? "the bundled sample" : a.data.toString();
  }

  private int work(HealthArgs a, OutputFolder folder) throws IOException {
    try {
      return evaluateAndWrite(a, folder);
    } finally {
      if (pendingRejected != null) {
        pendingRejected.discard();
        pendingRejected = null;
      }
    }
  }

  private int evaluateAndWrite(HealthArgs a, OutputFolder folder) throws IOException {
    HealthInput input = null; // an input read into memory: a CSV or CRM export, or any input with --baseline
    Progress progress = Progress.to(err, nanoTime, PROGRESS_EVERY);
    try {
      if (a.crm != null && a.crm.dryRun()) {
        out.print(CrmInput.dryRun(CrmInput.read(a.crm)));
        return HealthArgs.OK;
      }
      if (a.crm != null || a.csvLeads != null || a.baseline != null) {
        input = read(a, progress);
      }
    } catch (IllegalArgumentException e) {
      // a profile document that breaks a rule, or an unknown built-in profile
      err.println("health-check: cannot read the CRM profile: " + e.getMessage() + " (see --help)");
      return HealthArgs.BAD_ARGUMENTS;
    }
    if (input != null && input.eventCount() == 0) {
      noEvents(input.source(), input.rowsRejected());
      return HealthArgs.FAILED;
    }
    HealthReport report;
    try {
      if (input != null) {
        report = HealthReport.evaluate(input, a.options);
      } else {
        Optional<HealthReport> evaluated = stream(a, progress);
        if (evaluated.isEmpty()) {
          return HealthArgs.FAILED;
        }
        report = evaluated.get();
      }
    } catch (IllegalArgumentException e) {
      err.println("health-check: cannot evaluate: " + e.getMessage());
      return HealthArgs.FAILED;
    }
    Optional<JobFailure> truncated = JobFailure.truncation(report.rejectionsByRule(), report.errors(),
        report.source());
    if (truncated.isPresent()) {
      return fail(truncated.get(), null, false);
    }
    out.print(report.summary());
    String sinceBaseline = null;
    if (a.baseline != null) {
      try {
        sinceBaseline = BaselineReview.of(input, report, a.options, a.baseline, BASELINE_SEED).toString();
      } catch (IllegalArgumentException e) {
        err.println("health-check: " + e.getMessage() + " (see --help)");
        return HealthArgs.BAD_ARGUMENTS;
      }
      out.println();
      out.println(sinceBaseline);
    }
    try {
      Path json = folder.write("report.json", HealthJson.write(report));
      Path html = folder.write("report.html", HealthHtml.render(report, a.locale));
      if (sinceBaseline != null) {
        folder.write("since-baseline.txt", sinceBaseline + "\n");
      }
      if (input != null) {
        rejectedRows = RejectedRows.write(folder.path(), input.errors());
      } else if (pendingRejected != null) {
        rejectedRows = pendingRejected.finish(folder.path());
      }
      out.println();
      out.println("wrote " + json + " and " + html);
      out.println("wrote every rejected row (" + rejectedRows + ") to " + folder.path().resolve(RejectedRows.FILE)
          + (rejectedRows > RowErrors.KEPT ? "; the report lists the first " + RowErrors.KEPT : ""));
    } catch (IOException e) {
      return fail(JobFailure.writing(folder.path(), e), e, a.debug);
    }
    return HealthArgs.OK;
  }

  /**
   * Reads an input into memory: a CRM export, a CSV export ({@link CsvImport} holds it whole), or a JSON Lines
   * folder when {@code --baseline} needs every lead again.
   */
  private HealthInput read(HealthArgs a, Progress progress) throws IOException {
    HealthInput input;
    if (a.crm != null) {
      progress.phase("reading the CRM export");
      input = CrmInput.read(a.crm).input();
    } else if (a.csvLeads != null) {
      for (Path p : new Path[] {a.csvLeads, a.csvActivities}) {
        if (!Files.isRegularFile(p)) {
          throw new NoSuchFileException(p.toString());
        }
      }
      progress.phase("reading the CSV export");
      CsvImport csv = CsvImport.of(a.columns == null ? CsvColumns.defaults() : columns(a.columns));
      input = HealthInput.fromCsv(csv.read(a.csvLeads, a.csvActivities), a.csvLeads + " + " + a.csvActivities);
    } else {
      progress.phase("reading the JSON Lines folder into memory (--baseline)");
      JsonlReader reader = a.data == null ? JsonlReader.bundledSample() : JsonlReader.fromDirectory(a.data);
      input = HealthInput.read(reader, progress::rows);
    }
    progress.done(input.rowsRead());
    return input;
  }

  /**
   * Streams a JSON Lines folder (or the bundled sample) through {@link StreamingHealthCheck}. Empty, with the
   * reason on stderr, if no lead event could be read.
   */
  private Optional<HealthReport> stream(HealthArgs a, Progress progress) throws IOException {
    HealthSource source = sources.open(Optional.ofNullable(a.data));
    RejectedRows rejected = RejectedRows.of(source);
    pendingRejected = rejected; // joined into the output folder with the report, discarded by work() otherwise
    return StreamingHealthCheck.of(progress).run(rejected, a.options, n -> noEvents(source.description(), n));
  }

  private void noEvents(String source, long rowsRejected) {
    err.println("health-check: no lead events could be read from " + source + " (" + rowsRejected
        + " rows rejected)");
  }

  /**
   * Reads a column mapping: each line {@code field = header}, e.g. {@code lead_id = Lead ID}, with the field
   * names of {@link CsvColumns.Field} in any case.
   */
  static CsvColumns columns(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file);
         var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    CsvColumns columns = CsvColumns.defaults();
    for (String key : p.stringPropertyNames()) {
      CsvColumns.Field field;
      try {
        field = CsvColumns.Field.valueOf(key.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": unknown field " + key + " (one of "
            + java.util.Arrays.toString(CsvColumns.Field.values()).toLowerCase(Locale.ROOT) + ")");
      }
      columns = columns.with(field, p.getProperty(key));
    }
    return columns;
  }
}
