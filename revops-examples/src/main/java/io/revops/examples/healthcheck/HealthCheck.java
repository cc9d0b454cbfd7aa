package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import io.revops.io.generic.CsvColumns;
import io.revops.io.generic.CsvImport;
import io.revops.examples.io.JsonlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
 * options:    --out DIR        the output folder (default ./revops-report)
 *             --as-of INSTANT  evaluate as of this instant (default: the end of the data)
 *             --margin RATE    gross margin for LTV (default 40%)
 *             --baseline MONTHS  add a "since the baseline" section: MONTHS ({@code 2025-03} or
 *                              {@code 2025-01..2025-03}) against as many months ending with the report's last
 *                              (written to since-baseline.txt too; bootstrap seed 42)
 * }</pre>
 *
 * <p>A JSON Lines folder is streamed ({@link StreamingHealthCheck}): memory does not grow with the number of
 * leads or events, and progress (phase, rows read, rate) goes to stderr every {@value #PROGRESS_EVERY} rows.
 *
 * <p>Exit status: 0 on success (bad rows are reported, not fatal), 2 for bad arguments, 1 when an input cannot
 * be read at all or the report cannot be written; the reason is one line on stderr.
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

  /** The parsed command line. */
  private static final class Args {
    Path data;
    Path csvLeads;
    Path csvActivities;
    Path columns;
    HealthOptions.Crm crm;
    String zone;
    boolean dryRun;
    Path outDir = DEFAULT_OUT;
    HealthOptions options = HealthOptions.defaults();
    io.revops.metrics.MonthRange baseline;
  }

  /** Runs the health check; returns the exit status (0 ok, 1 an input or output failed, 2 bad arguments). */
  public int run(String... args) {
    Args a;
    try {
      a = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("health-check: " + e.getMessage() + " (usage: [--data DIR | --csv LEADS ACTIVITIES "
          + "[--columns FILE] | --crm NAME|PROFILE.json FILE... [--zone ZONE] [--dry-run]] [--out DIR] "
          + "[--as-of INSTANT] [--margin RATE] [--baseline MONTHS])");
      return 2;
    }
    HealthInput input = null; // an input read into memory: a CSV or CRM export, or any input with --baseline
    Progress progress = Progress.to(err, nanoTime, PROGRESS_EVERY);
    try {
      if (a.crm != null && a.crm.dryRun()) {
        out.print(CrmInput.dryRun(CrmInput.read(a.crm)));
        return 0;
      }
      if (a.crm != null || a.csvLeads != null || a.baseline != null) {
        input = read(a, progress);
      }
    } catch (NoSuchFileException e) {
      err.println("health-check: cannot read input " + e.getFile()
          + (e.getReason() == null ? ": no such file" : ": " + e.getReason()));
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("health-check: cannot read input: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      // a profile document that breaks a rule, or an unknown built-in profile
      err.println("health-check: cannot read the CRM profile: " + e.getMessage());
      return 2;
    }
    if (input != null && input.eventCount() == 0) {
      noEvents(input.source(), input.rowsRejected());
      return 1;
    }
    HealthReport report;
    try {
      if (input != null) {
        report = HealthReport.evaluate(input, a.options);
      } else {
        Optional<HealthReport> evaluated = stream(a, progress);
        if (evaluated.isEmpty()) {
          return 1;
        }
        report = evaluated.get();
      }
    } catch (NoSuchFileException e) {
      err.println("health-check: cannot read input " + e.getFile()
          + (e.getReason() == null ? ": no such file" : ": " + e.getReason()));
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("health-check: cannot read input: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("health-check: cannot evaluate: " + e.getMessage());
      return 1;
    }
    out.print(report.summary());
    String sinceBaseline = null;
    if (a.baseline != null) {
      try {
        sinceBaseline = BaselineReview.of(input, report, a.options, a.baseline, BASELINE_SEED).toString();
      } catch (IllegalArgumentException e) {
        err.println("health-check: " + e.getMessage());
        return 2;
      }
      out.println();
      out.println(sinceBaseline);
    }
    try {
      Path dir = a.outDir.toAbsolutePath().normalize();
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("report.json"), HealthJson.write(report), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("report.html"), HealthHtml.render(report), StandardCharsets.UTF_8);
      if (sinceBaseline != null) {
        Files.writeString(dir.resolve("since-baseline.txt"), sinceBaseline + "\n", StandardCharsets.UTF_8);
      }
      if (input != null) {
        rejectedRows = RejectedRows.write(dir, input.errors());
      }
      out.println();
      out.println("wrote " + dir.resolve("report.json") + " and " + dir.resolve("report.html"));
      out.println("wrote every rejected row (" + rejectedRows + ") to " + dir.resolve(RejectedRows.FILE)
          + (rejectedRows > RowErrors.KEPT ? "; the report lists the first " + RowErrors.KEPT : ""));
    } catch (IOException e) {
      err.println("health-check: cannot write the report into " + a.outDir + ": " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private static Args parse(String[] args) {
    Args a = new Args();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> a.data = Path.of(value(args, ++i));
        case "--csv" -> {
          a.csvLeads = Path.of(value(args, ++i));
          a.csvActivities = Path.of(value(args, ++i));
        }
        case "--columns" -> a.columns = Path.of(value(args, ++i));
        case "--crm" -> i = HealthOptions.Crm.parse(args, i, crm -> a.crm = crm);
        case "--zone" -> a.zone = value(args, ++i);
        case "--dry-run" -> a.dryRun = true;
        case "--out" -> a.outDir = Path.of(value(args, ++i));
        case "--as-of" -> {
          String v = value(args, ++i);
          try {
            a.options = a.options.withAsOf(Instant.parse(v));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be an ISO-8601 instant such as 2026-12-31T21:00:00Z: " + v);
          }
        }
        case "--margin" -> a.options = a.options.withGrossMargin(Rate.parse(value(args, ++i)));
        case "--baseline" -> a.baseline = io.revops.metrics.MonthRange.parse(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (a.data != null && a.csvLeads != null) {
      throw new IllegalArgumentException("give --data or --csv, not both");
    }
    if (a.columns != null && a.csvLeads == null) {
      throw new IllegalArgumentException("--columns needs --csv");
    }
    if (a.crm != null && (a.data != null || a.csvLeads != null)) {
      throw new IllegalArgumentException("give one of --data, --csv and --crm");
    }
    if ((a.zone != null || a.dryRun) && a.crm == null) {
      throw new IllegalArgumentException((a.zone != null ? "--zone" : "--dry-run") + " needs --crm");
    }
    if (a.crm != null && a.zone != null) {
      a.crm = a.crm.withZone(a.zone);
    }
    if (a.crm != null && a.dryRun) {
      a.crm = a.crm.asDryRun();
    }
    return a;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  /**
   * Reads an input into memory: a CRM export, a CSV export ({@link CsvImport} holds it whole), or a JSON Lines
   * folder when {@code --baseline} needs every lead again.
   */
  private HealthInput read(Args a, Progress progress) throws IOException {
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
  private Optional<HealthReport> stream(Args a, Progress progress) throws IOException {
    HealthSource source = a.data == null ? HealthSource.bundledSample() : HealthSource.of(a.data);
    RejectedRows rejected = RejectedRows.of(source, a.outDir.toAbsolutePath().normalize());
    Optional<HealthReport> report = StreamingHealthCheck.of(progress).run(rejected, a.options,
        n -> noEvents(source.description(), n));
    rejectedRows = rejected.finish();
    return report;
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
