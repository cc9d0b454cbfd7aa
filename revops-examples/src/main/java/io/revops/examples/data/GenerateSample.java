package io.revops.examples.data;

import io.revops.examples.io.JsonlWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Command line: writes a generated sample as a JSON Lines data folder.
 *
 * <pre>{@code
 * GenerateSample [--leads-per-month N | --events N] [--seed S] [--plain] --out DIR
 * }</pre>
 *
 * <p>{@code --events N} sizes the sample for about N lead events over 24 months; {@code --plain} writes
 * uncompressed {@code *.jsonl} instead of {@code *.jsonl.gz}. Memory does not grow with the size.
 */
public final class GenerateSample {
  private GenerateSample() {}

  /** Kept here so the level set in {@link #main} holds (loggers are only weakly referenced). */
  private static final java.util.logging.Logger MONETA_LOG = java.util.logging.Logger.getLogger("org.javamoney.moneta");

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    // Moneta logs its MathContext at INFO on first use: noise on a command line
    MONETA_LOG.setLevel(java.util.logging.Level.WARNING);
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command; returns the exit status (0 ok, 2 bad arguments, 1 the output cannot be written). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    SampleConfig config = SampleConfig.bundled();
    Path dir = null;
    boolean gzip = true;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--leads-per-month" -> config = withSeed(SampleConfig.standard(Integer.parseInt(value(args, ++i))), config);
          case "--events" -> config = withSeed(SampleConfig.forEvents(Long.parseLong(value(args, ++i))), config);
          case "--seed" -> config = config.withSeed(Long.parseLong(value(args, ++i)));
          case "--plain" -> gzip = false;
          case "--out" -> dir = Path.of(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (dir == null) {
        throw new IllegalArgumentException("--out DIR is required");
      }
    } catch (IllegalArgumentException e) {
      err.println("generate-sample: " + e.getMessage()
          + " (usage: [--leads-per-month N | --events N] [--seed S] [--plain] --out DIR)");
      return 2;
    }
    try (JsonlWriter writer = JsonlWriter.create(dir, gzip)) {
      SampleDataGenerator.of(config).generate(writer);
      out.printf("wrote %d leads and %d events (%s) to %s%n", writer.leadsWritten(), writer.eventsWritten(), config,
          dir.toAbsolutePath());
      return 0;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("generate-sample: cannot write " + dir + ": " + e.getMessage());
      return 1;
    }
  }

  private static SampleConfig withSeed(SampleConfig sized, SampleConfig previous) {
    return sized.withSeed(previous.seed());
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
