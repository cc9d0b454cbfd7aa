package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SpendRecord;
import io.revops.examples.io.JsonlReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's command line: {@code --help}, bad options, the output folder checked first, failures in one line. */
class HealthCheckCommandLineTest {
  record Run(int status, String out, String err) {
    /** The error output is one line (no stack trace). */
    String oneLineError() {
      assertThat(err.strip()).as(err).doesNotContain("\n").doesNotContain("\tat ").startsWith("health-check: ");
      return err.strip();
    }
  }

  /** A JSON Lines source whose every read fails with {@code failure}; counts the reads tried. */
  static final class FailingSource implements HealthSource {
    final Supplier<Throwable> failure;
    final AtomicInteger reads = new AtomicInteger();

    FailingSource(Supplier<Throwable> failure) {
      this.failure = failure;
    }

    private long fail() throws IOException {
      reads.incrementAndGet();
      Throwable t = failure.get();
      if (t instanceof IOException e) {
        throw e;
      }
      if (t instanceof Error e) {
        throw e;
      }
      throw (RuntimeException) t;
    }

    @Override
    public String description() {
      return "a failing source";
    }

    @Override
    public long leads(Consumer<? super Lead> values, Consumer<? super Finding> errors) throws IOException {
      return fail();
    }

    @Override
    public long events(Consumer<? super LeadEvent> values, Consumer<? super Finding> errors) throws IOException {
      return fail();
    }

    @Override
    public long spend(Consumer<? super SpendRecord> values, Consumer<? super Finding> errors) throws IOException {
      return fail();
    }

    @Override
    public long mrr(Consumer<? super MrrRecord> values, Consumer<? super Finding> errors) throws IOException {
      return fail();
    }
  }

  static Run run(HealthSource source, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    HealthCheck check = HealthCheck.of(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L);
    if (source != null) {
      check.withSources(dir -> source);
    }
    int status = check.run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(null, args);
  }

  @Test
  void helpListsEveryOptionAndExitsZero() {
    for (String help : new String[] {"--help", "-h"}) {
      Run r = run(help);
      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("usage: health-check").contains("exit status");
      for (String option : new String[] {"--data", "--out", "--crm", "--zone", "--dry-run", "--baseline", "--csv",
          "--columns", "--as-of", "--margin", "--debug", "--help", "-h"}) {
        assertThat(r.out()).as(option).containsPattern("(?m)^  (--help, )?" + java.util.regex.Pattern.quote(option)
            + "\\b");
      }
      assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(HealthArgs.WIDTH));
    }
    // --help wins over everything else on the line, and no work is done
    FailingSource source = new FailingSource(() -> new AssertionError("read"));
    assertThat(run(source, "--data", "x", "--help").status()).isZero();
    assertThat(source.reads).hasValue(0);
  }

  @Test
  void everyOptionTheHelpListsIsOneTheParserKnows() {
    for (HealthArgs.Option o : HealthArgs.Option.values()) {
      assertThat(HealthArgs.usage()).contains(o.optionName());
      assertThat(HealthArgs.Option.named(o.optionName())).contains(o);
    }
  }

  @Test
  void anUnknownOptionIsOneLineThatPointsToHelp() {
    Run r = run("--bogus", "--out", "x");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.oneLineError()).contains("unknown option", "--bogus", "(see --help)");
    assertThat(r.out()).isEmpty();
    assertThat(run("--data").oneLineError()).contains("--data needs a value", "see --help");
    assertThat(run("--data", "--out", "x").oneLineError()).contains("--data needs a value");
    assertThat(run("stray").oneLineError()).contains("unexpected argument", "stray");
  }

  @Test
  void anOutputFolderThatIsAFileIsRefusedBeforeAnyWork(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("report"), "not a folder");
    FailingSource source = new FailingSource(() -> new AssertionError("the input must not be read"));
    Run r = run(source, "--data", tmp.toString(), "--out", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.oneLineError()).contains(file.toString(), "is a file, not a folder", "give --out a folder");
    assertThat(source.reads).hasValue(0);
    assertThat(r.out()).isEmpty();

    Run under = run(source, "--data", tmp.toString(), "--out", file.resolve("sub").toString());
    assertThat(under.status()).isEqualTo(1);
    assertThat(under.oneLineError()).contains(file.toString() + " is a file", "give --out another path");
    assertThat(source.reads).hasValue(0);
  }

  @Test
  void aMissingOutputFolderIsCreatedOnlyWhenTheReportIsWritten(@TempDir Path tmp) {
    Path out = tmp.resolve("a/b/report");
    FailingSource source = new FailingSource(() -> new AccessDeniedException("/data/events.jsonl"));
    Run r = run(source, "--data", tmp.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.oneLineError()).contains("cannot read input /data/events.jsonl: permission denied", "chmod");
    assertThat(tmp.resolve("a")).doesNotExist();
    assertThat(tmp).isEmptyDirectory(); // the write probe left nothing behind
  }

  @Test
  void outOfMemoryIsOneLineSayingWhatToDoAndExitsThree(@TempDir Path tmp) {
    FailingSource source = new FailingSource(() -> new OutOfMemoryError("Java heap space"));
    Run r = run(source, "--data", tmp.toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.oneLineError()).contains("out of memory reading", "-Xmx", "split the data folder");
    assertThat(source.reads).hasPositiveValue();

    Run debug = run(source, "--data", tmp.toString(), "--out", tmp.resolve("out").toString(), "--debug");
    assertThat(debug.status()).isEqualTo(3);
    assertThat(debug.err()).contains("out of memory reading", "java.lang.OutOfMemoryError: Java heap space",
        "\tat ");
  }

  @Test
  void anUnexpectedFailureIsOneLineWithTheDebugHint(@TempDir Path tmp) {
    FailingSource source = new FailingSource(() -> new IllegalStateException("boom"));
    Run r = run(source, "--data", tmp.toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.oneLineError()).contains("IllegalStateException: boom", "--debug");
  }

  @Test
  void aMissingInputIsOneLine(@TempDir Path tmp) {
    Run r = run("--data", tmp.resolve("nope").toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.oneLineError()).contains("nope", "check the path");
    Run crm = run("--crm", "amocrm", tmp.resolve("missing.csv").toString(), "--out", tmp.resolve("out").toString());
    assertThat(crm.status()).isEqualTo(1);
    assertThat(crm.oneLineError()).contains("missing.csv");
  }

  /** The bundled sample copied into {@code dir}, with {@code truncated} cut to half its bytes. */
  static Path sampleWithTruncated(Path dir, String truncated) throws IOException {
    for (String f : new String[] {"leads", "events", "spend", "mrr"}) {
      String name = f + ".jsonl.gz";
      try (InputStream in = JsonlReader.class.getResourceAsStream(JsonlReader.SAMPLE_RESOURCE + name)) {
        byte[] bytes = in.readAllBytes();
        Files.write(dir.resolve(name), name.equals(truncated) ? Arrays.copyOf(bytes, bytes.length / 2) : bytes);
      }
    }
    return dir;
  }

  @Test
  void aTruncatedEventsFileEndsTheJobWithOneLine(@TempDir Path tmp) throws IOException {
    Path data = sampleWithTruncated(Files.createDirectory(tmp.resolve("data")), "events.jsonl.gz");
    Run r = run("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.oneLineError()).contains(data.toString(), "gzip file ends early or is corrupt", "gzip -t");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aTruncatedLeadsFileEndsTheJobWithOneLineNamingTheFile(@TempDir Path tmp) throws IOException {
    Path data = sampleWithTruncated(Files.createDirectory(tmp.resolve("data")), "leads.jsonl.gz");
    Run r = run("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.oneLineError()).contains("leads.jsonl ends early or is corrupt after line", "copy or download it");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
