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
   *
   * <p>Cost: one pass over the bytes (inflated if gzipped). A line of ASCII (what the sample generator and
   * most exports write) is searched as bytes and only its two values become strings; any other line is
   * decoded as UTF-8 and searched as text, with the same result. The bytes of an ASCII line's values are handed
   * to {@link EventScan.Builder#add(byte[], int, int, int, int)}, which makes a string of a lead id only when it
   * changes and parses a timestamp only when it may be its day's latest. Lines end as
   * {@link BufferedReader#readLine()} ends them: at {@code \n}, {@code \r} or {@code \r\n}.
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
    try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
      byte[] buf = new byte[1 << 16];
      int len = 0; // the bytes of an unfinished line, carried to the front of the buffer
      int ascii = 0; // the bytes of the unfinished line or-ed: negative if one is not ASCII
      boolean skipLf = false; // the last read ended with \r: a \n first in the next ends no line
      for (int n = in.read(buf, 0, buf.length); n >= 0; n = in.read(buf, len, buf.length - len)) {
        int i = len;
        int end = len + n;
        if (skipLf && n > 0) {
          skipLf = false;
          if (buf[i] == '\n') {
            i++;
          }
        }
        int from = len == 0 ? i : 0;
        for (; i < end; i++) {
          byte b = buf[i];
          if (b == '\n' || b == '\r') {
            line(buf, from, i, ascii >= 0, scan);
            ascii = 0;
            if (b == '\r') {
              if (i + 1 == end) {
                skipLf = true;
              } else if (buf[i + 1] == '\n') {
                i++;
              }
            }
            from = i + 1;
          } else {
            ascii |= b;
          }
        }
        len = end - from;
        System.arraycopy(buf, from, buf, 0, len);
        if (len == buf.length) {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
        }
      }
      if (len > 0) {
        line(buf, 0, len, ascii >= 0, scan);
      }
    }
    return scan.result();
  }

  private static final byte[] LEAD_ID_BYTES = LEAD_ID.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] AT_BYTES = AT.getBytes(StandardCharsets.US_ASCII);

  /** Scans the line {@code buf[from, to)}, all of whose bytes are ASCII if {@code ascii}. */
  private static void line(byte[] buf, int from, int to, boolean ascii, EventScan.Builder scan) {
    if (!ascii) {
      line(new String(buf, from, to - from, StandardCharsets.UTF_8), scan);
      return;
    }
    int first = from;
    while (first < to && Character.isWhitespace(buf[first])) {
      first++;
    }
    if (first == to) {
      return; // blank
    }
    int id = valueStart(buf, from, to, LEAD_ID_BYTES);
    int idEnd = id < 0 ? -1 : valueEnd(buf, id, to);
    int at = idEnd < 0 ? -1 : valueStart(buf, from, to, AT_BYTES);
    int atEnd = at < 0 ? -1 : valueEnd(buf, at, to);
    if (atEnd < 0) {
      scan.unreadable();
    } else {
      scan.add(buf, id, idEnd, at, atEnd);
    }
  }

  /** Scans a line as text (one that is not all ASCII; the tests' reference for the bytes). */
  static void line(String line, EventScan.Builder scan) {
    if (!line.isBlank()) {
      row(string(line, LEAD_ID), string(line, AT), scan);
    }
  }

  private static void row(String id, String at, EventScan.Builder scan) {
    if (id == null || at == null) {
      scan.unreadable();
    } else {
      scan.add(id, at);
    }
  }

  /** Where the string value after {@code key} starts in the ASCII line {@code buf[from, to)}, or -1 when absent. */
  private static int valueStart(byte[] buf, int from, int to, byte[] key) {
    int start = indexOf(buf, from, to, key);
    return start < 0 ? -1 : start + key.length;
  }

  /** The end of the plain string value starting at {@code start} (its closing quote), or -1 when escaped or open. */
  private static int valueEnd(byte[] buf, int start, int to) {
    for (int i = start; i < to; i++) {
      if (buf[i] == '"') {
        return i;
      }
      if (buf[i] == '\\') {
        return -1;
      }
    }
    return -1;
  }

  /** The first index of {@code key} in {@code buf[from, to)}, or -1. */
  private static int indexOf(byte[] buf, int from, int to, byte[] key) {
    outer:
    for (int i = from, last = to - key.length; i <= last; i++) {
      for (int k = 0; k < key.length; k++) {
        if (buf[i + k] != key[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
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
