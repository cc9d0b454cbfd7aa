package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Optional;

/**
 * Why a health check ended early, as one line for stderr that says what to do, and its exit status: an
 * input that cannot be read (missing, not readable, a truncated or corrupt gzip file), the output folder, or
 * the heap running out. The stack trace is the caller's to print, only with {@code --debug}.
 *
 * @param line the one-line reason and what to do, without a line break
 * @param status the exit status ({@link HealthArgs#FAILED} or {@link HealthArgs#OUT_OF_MEMORY})
 */
record JobFailure(String line, int status) {
  /**
   * How {@link io.revops.json.JsonLines} words a gzip stream that ends early or is corrupt: a finding, so the
   * rows before it stand; the job stops on it, since every figure would silently miss the rest of the file.
   */
  static final String TRUNCATED_RULE = "the input ends early or is corrupt";

  /** Validates. */
  JobFailure {
    requireNonNull(line, "line");
    if (line.contains("\n")) {
      throw new IllegalArgumentException("line must be one line: " + line);
    }
  }

  /** The failure {@code t} met while reading or evaluating {@code source}. */
  static JobFailure reading(Throwable t, String source) {
    requireNonNull(t, "t");
    requireNonNull(source, "source");
    if (t instanceof OutOfMemoryError) {
      long mib = Runtime.getRuntime().maxMemory() >> 20;
      return new JobFailure("out of memory reading " + source + " (the heap is at most " + mib + " MiB): rerun"
          + " with a larger heap, e.g. java -Xmx" + suggestedGib(mib) + "g ... (MAVEN_OPTS=-Xmx" + suggestedGib(mib)
          + "g for exec:java), or split the data folder and check each part", HealthArgs.OUT_OF_MEMORY);
    }
    Throwable io = t instanceof UncheckedIOException u ? u.getCause() : t;
    if (io instanceof NoSuchFileException e) {
      return failed("cannot read input " + e.getFile() + ": " + (e.getReason() == null ? "no such file"
          : e.getReason()) + "; check the path (see --help)");
    }
    if (io instanceof AccessDeniedException e) {
      return failed("cannot read input " + e.getFile() + ": permission denied; make it readable (chmod a+r) or"
          + " run as a user who may read it");
    }
    if (io instanceof FileSystemException e) {
      return failed("cannot read input " + e.getFile() + ": " + oneLine(e.getReason() == null
          ? e.getClass().getSimpleName() : e.getReason()) + "; check the file and the path");
    }
    if (io instanceof java.util.zip.ZipException || io instanceof java.io.EOFException) {
      return failed("cannot read input " + source + ": a gzip file ends early or is corrupt ("
          + oneLine(String.valueOf(io.getMessage())) + "); copy or download it again (gzip -t FILE.gz finds which)");
    }
    if (io instanceof IOException) {
      return failed("cannot read input " + source + ": " + oneLine(String.valueOf(io.getMessage()))
          + "; check that the files are readable and complete");
    }
    return failed("cannot evaluate " + source + ": " + t.getClass().getSimpleName() + ": "
        + oneLine(String.valueOf(t.getMessage())) + " (rerun with --debug for the stack trace)");
  }

  /**
   * The failure of an input whose gzip stream ended early or was corrupt, found among the rejections of a
   * finished read (see {@link #TRUNCATED_RULE}); empty if there is none.
   */
  static Optional<JobFailure> truncation(Map<String, Long> rejectionsByRule, java.util.List<Finding> errors,
      String source) {
    Optional<String> rule = rejectionsByRule.keySet().stream().filter(r -> r.startsWith(TRUNCATED_RULE)).findFirst();
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    String file = errors.stream().filter(e -> e.rule().equals(rule.get())).findFirst()
        .map(e -> e.source() + " ends early or is corrupt after line " + (e.line() - 1))
        .orElse("a file ends early or is corrupt");
    String why = rule.get().substring(TRUNCATED_RULE.length()).replaceFirst(";.*$", "").strip();
    return Optional.of(failed("cannot read input " + source + ": " + file + (why.isEmpty() ? "" : " " + oneLine(why))
        + "; every figure would miss the rest of it: copy or download it again (gzip -t FILE.gz checks it)"));
  }

  /** The output folder cannot be written. */
  static JobFailure writing(java.nio.file.Path dir, IOException e) {
    return failed("cannot write the report into " + dir + ": " + oneLine(String.valueOf(e.getMessage()))
        + "; give --out a folder you can write to");
  }

  private static JobFailure failed(String line) {
    return new JobFailure(line, HealthArgs.FAILED);
  }

  /** Twice the current heap, in whole GiB, at least 2. */
  private static long suggestedGib(long maxMib) {
    return Math.max(2, (2 * maxMib + 1023) / 1024);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
