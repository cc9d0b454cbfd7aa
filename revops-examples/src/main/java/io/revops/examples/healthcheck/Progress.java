package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress lines of a long health check on stderr: the phase, the rows read so far and the rate, every
 * {@code every} rows. The time source is injected ({@code System::nanoTime} in the job, a fake in tests); no
 * figure of the report depends on it.
 *
 * <p>Instances are mutable and not thread-safe: only the thread that evaluates reports progress.
 */
final class Progress {
  private final PrintStream err;
  private final LongSupplier nanoTime;
  private final long every;
  private String phase = "";
  private long start;

  private Progress(PrintStream err, LongSupplier nanoTime, long every) {
    this.err = requireNonNull(err, "err");
    this.nanoTime = requireNonNull(nanoTime, "nanoTime");
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1: " + every);
    }
    this.every = every;
  }

  /** Progress printed to {@code err} every {@code every} rows. */
  static Progress to(PrintStream err, LongSupplier nanoTime, long every) {
    return new Progress(err, nanoTime, every);
  }

  /** Starts a phase (its rate is measured from here). */
  void phase(String name) {
    phase = requireNonNull(name, "name");
    start = nanoTime.getAsLong();
  }

  /** {@code rows} rows of the phase read: prints a line every {@code every} rows. */
  void rows(long rows) {
    if (rows > 0 && rows % every == 0) {
      print(rows);
    }
  }

  /** The phase ended after {@code rows} rows: prints a line if it was long (at least {@code every} rows). */
  void done(long rows) {
    if (rows >= every) {
      print(rows);
    }
  }

  /** A line of its own, printed whatever the size (e.g. why the job spills). */
  void note(String line) {
    err.println("health-check: " + line);
  }

  private void print(long rows) {
    double seconds = Math.max(1e-9, (nanoTime.getAsLong() - start) / 1e9);
    err.printf(Locale.ROOT, "%s: %,d rows read (%,.0f rows/s)%n", phase, rows, rows / seconds);
  }

  @Override
  public String toString() {
    return "Progress[" + phase + ", every " + every + " rows]";
  }
}
