package io.revops.examples.healthcheck;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SpendRecord;
import io.revops.examples.io.JsonlReader;
import io.revops.examples.io.JsonlSchema;
import io.revops.core.batch.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A JSON Lines data folder as a {@link HealthSource}; its {@link #scanEvents() scan} reads the events file as
 * text, without parsing JSON: the {@code "leadId"} and {@code "at"} strings of each line.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonlSource implements HealthSource {
  private static final String LEAD_ID = "\"leadId\":\"";
  private static final String AT = "\"at\":\"";

  private final JsonlReader reader;
  private final Path dir;

  /** {@code dir} is null for the bundled sample (scanned through the parser: it is small). */
  JsonlSource(JsonlReader reader, Path dir) {
    this.reader = reader;
    this.dir = dir;
  }

  @Override
  public String description() {
    return reader.description();
  }

  @Override
  public long leads(Consumer<? super Lead> values, Consumer<? super Finding> errors) throws IOException {
    return reader.leads(values, errors);
  }

  @Override
  public long events(Consumer<? super LeadEvent> values, Consumer<? super Finding> errors) throws IOException {
    return reader.events(values, errors);
  }

  @Override
  public long spend(Consumer<? super SpendRecord> values, Consumer<? super Finding> errors) throws IOException {
    return reader.spend(values, errors);
  }

  @Override
  public long mrr(Consumer<? super MrrRecord> values, Consumer<? super Finding> errors) throws IOException {
    return reader.mrr(values, errors);
  }

  /**
   * Reads each line's lead id and timestamp as text. A line it cannot read so (other spacing, escapes) makes
   * the scan say "not grouped" and leaves its timestamp out; the health check's checks while reading catch
   * what the scan missed.
   */
  @Override
  public EventScan scanEvents() throws IOException {
    if (dir == null) {
      return HealthSource.super.scanEvents();
    }
    Path plain = dir.resolve(JsonlSchema.EVENTS);
    boolean gzip = !Files.isRegularFile(plain);
    InputStream raw = Files.newInputStream(gzip ? dir.resolve(JsonlSchema.EVENTS + ".gz") : plain);
    EventScan.Builder scan = EventScan.builder();
    try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
         BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String id = string(line, LEAD_ID);
        String at = string(line, AT);
        if (id == null || at == null) {
          scan.unreadable();
        } else {
          scan.add(id, at);
        }
      }
    }
    return scan.result();
  }

  /** The plain string value after {@code key}, or null when absent or escaped. */
  private static String string(String line, String key) {
    int start = line.indexOf(key);
    if (start < 0) {
      return null;
    }
    start += key.length();
    int end = line.indexOf('"', start);
    if (end < 0 || line.lastIndexOf('\\', end) >= start) {
      return null;
    }
    return line.substring(start, end);
  }

  @Override
  public String toString() {
    return "JsonlSource[" + description() + "]";
  }
}
