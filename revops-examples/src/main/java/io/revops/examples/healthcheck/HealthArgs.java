package io.revops.examples.healthcheck;

import io.revops.core.batch.Quote;
import io.revops.core.money.Rate;
import io.revops.metrics.MonthRange;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command line of the health check: every option with its argument and its help text in one table
 * ({@link Option}), so {@code --help} and the parser cannot disagree.
 *
 * <p>Instances are mutable while parsing and read-only afterwards; not thread-safe.
 */
final class HealthArgs {
  /** Every option of the command line, in the order {@code --help} lists them. */
  enum Option {
    DATA("--data", "DIR", "a JSON Lines data folder: leads.jsonl, events.jsonl, spend.jsonl, mrr.jsonl (each may"
        + " be .gz); without --data, --csv or --crm the bundled sample is read"),
    CSV("--csv", "LEADS ACTIVITIES", "a CRM's CSV export: the leads file and the activities file"),
    COLUMNS("--columns", "FILE", "with --csv: a mapping of fields to your headers, one 'field = header' a line"),
    CRM("--crm", "NAME|PROFILE.json FILE...", "a CRM's own export through a revops-io profile (amocrm, bitrix24,"
        + " hubspot, salesforce, or a profile document); add spend.csv and mrr.csv for CAC, LTV and NRR"),
    ZONE("--zone", "ZONE", "with --crm: the time zone of the export's local times, e.g. Europe/Moscow"),
    DRY_RUN("--dry-run", "", "with --crm: print what was understood of the files and stop (writes nothing)"),
    OUT("--out", "DIR", "the output folder for report.json and report.html (default ./revops-report); checked"
        + " before any work"),
    AS_OF("--as-of", "INSTANT", "evaluate as of this ISO-8601 instant, e.g. 2026-12-31T21:00:00Z (default: the"
        + " end of the data)"),
    MARGIN("--margin", "RATE", "the gross margin of LTV, e.g. 40% (default 40%)"),
    BASELINE("--baseline", "MONTHS", "add a 'since the baseline' section: MONTHS (2025-03 or 2025-01..2025-03)"
        + " against as many months ending with the report's last; also written to since-baseline.txt"),
    LOCALE("--locale", "en|ru", "the language and number formats of report.html (default en)"),
    DEBUG("--debug", "", "on a failure, print the stack trace after the one-line reason"),
    HELP("--help", "", "print this help and exit");

    private final String name;
    private final String argument;
    private final String help;

    Option(String name, String argument, String help) {
      this.name = name;
      this.argument = argument;
      this.help = help;
    }

    /** The option as typed, e.g. {@code --out}. */
    String optionName() {
      return name;
    }

    static Optional<Option> named(String arg) {
      if (arg.equals("-h")) {
        return Optional.of(HELP);
      }
      return Arrays.stream(values()).filter(o -> o.name.equals(arg)).findFirst();
    }
  }

  /** The exit status of a run that succeeded (also {@code --help}). */
  static final int OK = 0;
  /** The exit status when an input cannot be read or the report cannot be written. */
  static final int FAILED = 1;
  /** The exit status of a bad command line. */
  static final int BAD_ARGUMENTS = 2;
  /** The exit status when the job ran out of memory. */
  static final int OUT_OF_MEMORY = 3;

  Path data;
  Path csvLeads;
  Path csvActivities;
  Path columns;
  HealthOptions.Crm crm;
  String zone;
  boolean dryRun;
  boolean debug;
  boolean help;
  Path outDir = HealthCheck.DEFAULT_OUT;
  HealthOptions options = HealthOptions.defaults();
  MonthRange baseline;
  io.revops.examples.report.ReportLocale locale = io.revops.examples.report.ReportLocale.EN;

  private HealthArgs() {}

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException with a one-line reason naming the option, if an option is unknown, lacks
   *     its value, has a bad one, or does not go with another
   */
  static HealthArgs parse(String... args) {
    HealthArgs a = new HealthArgs();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      Option option = Option.named(arg).orElseThrow(() -> new IllegalArgumentException(
          (arg.startsWith("-") ? "unknown option " : "unexpected argument ") + Quote.bounded(arg)));
      switch (option) {
        case DATA -> a.data = path(args, ++i);
        case CSV -> {
          a.csvLeads = path(args, ++i);
          a.csvActivities = path(args, ++i);
        }
        case COLUMNS -> a.columns = path(args, ++i);
        case CRM -> i = HealthOptions.Crm.parse(args, i, crm -> a.crm = crm);
        case ZONE -> a.zone = value(args, ++i);
        case DRY_RUN -> a.dryRun = true;
        case OUT -> a.outDir = path(args, ++i);
        case AS_OF -> {
          String v = value(args, ++i);
          try {
            a.options = a.options.withAsOf(Instant.parse(v));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be an ISO-8601 instant such as 2026-12-31T21:00:00Z: "
                + Quote.bounded(v));
          }
        }
        case MARGIN -> a.options = a.options.withGrossMargin(Rate.parse(value(args, ++i)));
        case BASELINE -> a.baseline = MonthRange.parse(value(args, ++i));
        case LOCALE -> a.locale = io.revops.examples.report.ReportLocale.parse(value(args, ++i));
        case DEBUG -> a.debug = true;
        case HELP -> a.help = true;
        default -> throw new AssertionError(option);
      }
    }
    if (a.help) {
      return a;
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

  /** Whether {@code args} ask for the stack trace of a failure, however the rest of them parse. */
  static boolean debug(String... args) {
    return Arrays.asList(args).contains(Option.DEBUG.name);
  }

  /** Whether the run writes a report (a dry run writes nothing). */
  boolean writesReport() {
    return !(crm != null && crm.dryRun());
  }

  private static Path path(String[] args, int i) {
    String v = value(args, i);
    try {
      return Path.of(v);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException(args[i - 1] + " must be a path: " + Quote.bounded(v) + " (" + e.getReason()
          + ")");
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length || Option.named(args[i]).isPresent()) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  /** The text of {@code --help}: what the job does, every option, the exit statuses. */
  static String usage() {
    String nl = System.lineSeparator();
    int width = Arrays.stream(Option.values()).mapToInt(o -> label(o).length()).max().orElse(0);
    String options = Arrays.stream(Option.values())
        .map(o -> "  " + pad(label(o), width) + "  " + wrap(o.help, WIDTH - width - 4, " ".repeat(width + 4), nl))
        .collect(Collectors.joining(nl));
    return wrap("usage: health-check [--data DIR | --csv LEADS ACTIVITIES [--columns FILE] | --crm NAME|PROFILE.json"
        + " FILE... [--zone ZONE] [--dry-run]] [--out DIR] [--as-of INSTANT] [--margin RATE] [--baseline MONTHS]"
        + " [--locale en|ru] [--debug]", WIDTH - 9, "         ", nl) + nl
        + nl
        + wrap("Evaluates leads, events, spend and MRR through revops, prints a summary and writes report.json and"
        + " report.html into the output folder.", WIDTH, "", nl) + nl
        + nl
        + "options:" + nl
        + options + nl
        + nl
        + wrap("exit status: " + OK + " done (bad rows are reported, not fatal); " + FAILED + " an input cannot be"
        + " read or the output folder cannot be written; " + BAD_ARGUMENTS + " a bad command line; " + OUT_OF_MEMORY
        + " out of memory. A failure is one line on stderr saying what to do.", WIDTH, "", nl) + nl;
  }

  private static String label(Option o) {
    return o.name + (o == Option.HELP ? ", -h" : "") + (o.argument.isEmpty() ? "" : " " + o.argument);
  }

  /** The width {@code --help} wraps its lines at. */
  static final int WIDTH = 100;

  /** {@code text} broken at spaces into lines of at most {@code width} characters, later lines indented. */
  private static String wrap(String text, int width, String indent, String nl) {
    StringBuilder sb = new StringBuilder();
    int lineStart = 0;
    for (String word : text.split(" ")) {
      int lineLength = sb.length() - lineStart;
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        sb.append(nl).append(indent);
        lineStart = sb.length();
      } else if (lineLength > 0) {
        sb.append(' ');
      }
      sb.append(word);
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
