package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SpendRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Every rejected row of a health check, written to {@value #FILE} in the output folder as it is found (the
 * report keeps only the first {@value RowErrors#KEPT}): one CSV line per finding, {@code file,line,field,value,rule}
 * (RFC 4180 quoting, UTF-8), values bounded as in every {@link Finding}. Memory does not grow with the number of
 * bad rows.
 *
 * <p>As a {@link HealthSource} it wraps the source the streaming check reads: the findings of each of the four
 * reads go to a part file of their own, started afresh when that read runs again (a second pass, or the spill
 * after a grouped pass gave up), so each bad row is listed once; {@link #finish(Path)} joins the parts in the order
 * leads, events, spend, MRR (the report's order). The leads and the events may be read on different threads:
 * each part has one writer at a time.
 *
 * <p>Instances are mutable; not for use by two runs.
 */
final class RejectedRows implements HealthSource {
  /** The file's name in the output folder. */
  static final String FILE = "rejected-rows.csv";
  private static final String HEADER = "file,line,field,value,rule\n";
  private static final String[] PARTS = {"leads", "events", "spend", "mrr"};

  private final HealthSource source;
  // the parts are written to a temporary folder while the input is read, so that the output folder is created
  // only once the reading has succeeded (a failed run leaves no output folder behind)
  private final Path dir;
  private final Writer[] parts = new Writer[PARTS.length];
  private final long[] counts = new long[PARTS.length];

  private RejectedRows(HealthSource source, Path dir) {
    this.source = requireNonNull(source, "source");
    this.dir = requireNonNull(dir, "dir");
  }

  /** {@code source}, its findings collected for {@link #finish(Path)} (in a temporary folder meanwhile). */
  static RejectedRows of(HealthSource source) throws IOException {
    return new RejectedRows(source, Files.createTempDirectory("revops-rejected-rows-"));
  }

  /** Writes {@code findings} (held in memory already) to {@value #FILE} in {@code dir}; returns how many. */
  static long write(Path dir, Iterable<Finding> findings) throws IOException {
    Files.createDirectories(dir);
    long n = 0;
    try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (Finding f : findings) {
        line(w, f);
        n++;
      }
    }
    return n;
  }

  private static void line(Writer w, Finding f) throws IOException {
    // an empty cell for no column, no value
    w.write(cell(f.source()) + "," + f.line() + "," + cell(f.field().orElse("")) + "," + cell(f.value().orElse(""))
        + "," + cell(f.rule()) + "\n");
  }

  /** A CSV cell: quoted when it holds a comma, a quote or a line break. */
  static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private Consumer<Finding> part(int p, Consumer<? super Finding> errors) throws IOException {
    if (parts[p] != null) {
      parts[p].close();
    }
    parts[p] = new BufferedWriter(Files.newBufferedWriter(partFile(p), StandardCharsets.UTF_8));
    counts[p] = 0;
    Writer w = parts[p];
    return f -> {
      errors.accept(f);
      try {
        line(w, f);
      } catch (IOException e) {
        throw new UncheckedIOException(dir.resolve(FILE) + ": " + e.getMessage(), e);
      }
      counts[p]++;
    };
  }

  private Path partFile(int p) {
    return dir.resolve("." + FILE + "." + PARTS[p] + ".part");
  }

  /**
   * Joins the parts into {@value #FILE} in {@code out} (created if missing) and deletes them; returns the number
   * of findings written.
   */
  long finish(Path out) throws IOException {
    long n = 0;
    Files.createDirectories(out);
    Path tmp = out.resolve("." + FILE + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int p = 0; p < PARTS.length; p++) {
        if (parts[p] != null) {
          parts[p].close();
          parts[p] = null;
          try (var in = Files.newBufferedReader(partFile(p), StandardCharsets.UTF_8)) {
            in.transferTo(w);
          }
          Files.delete(partFile(p));
          n += counts[p];
        }
      }
    }
    Files.move(tmp, out.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    discard();
    return n;
  }

  /** Deletes the parts and their temporary folder (after {@link #finish}, or when the run failed). */
  void discard() throws IOException {
    for (int p = 0; p < PARTS.length; p++) {
      if (parts[p] != null) {
        parts[p].close();
        parts[p] = null;
      }
      Files.deleteIfExists(partFile(p));
    }
    Files.deleteIfExists(dir);
  }

  @Override
  public String description() {
    return source.description();
  }

  @Override
  public long leads(Consumer<? super Lead> values, Consumer<? super Finding> errors) throws IOException {
    return source.leads(values, part(0, errors));
  }

  @Override
  public long events(Consumer<? super LeadEvent> values, Consumer<? super Finding> errors) throws IOException {
    return source.events(values, part(1, errors));
  }

  @Override
  public long spend(Consumer<? super SpendRecord> values, Consumer<? super Finding> errors) throws IOException {
    return source.spend(values, part(2, errors));
  }

  @Override
  public long mrr(Consumer<? super MrrRecord> values, Consumer<? super Finding> errors) throws IOException {
    return source.mrr(values, part(3, errors));
  }

  @Override
  public EventScan scanEvents() throws IOException {
    return source.scanEvents();
  }

  @Override
  public String toString() {
    return "RejectedRows[" + dir.resolve(FILE) + "]";
  }
}
