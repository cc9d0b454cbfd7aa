package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.examples.io.JsonlReader;
import io.revops.examples.io.JsonlSchema;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events scan reads bytes ({@link JsonlSource#scanEvents()}): it finds what the text reading it replaced
 * found — {@link BufferedReader#readLine()}'s lines, each searched as a string — whatever the line ends, the
 * characters and where the reads' buffers end.
 */
class JsonlSourceScanTest {
  @TempDir
  Path dir;

  private static String event(String lead, String at) {
    return "{\"type\":\"created\",\"id\":\"E-" + lead + at.hashCode() + "\",\"leadId\":\"" + lead + "\",\"at\":\"" + at
        + "\",\"source\":\"webinar\"}";
  }

  /** The scan as the text reading made it: each line of {@code text} from {@code readLine}, searched as text. */
  private static EventScan byText(String text) throws IOException {
    EventScan.Builder scan = EventScan.builder();
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonlSource.line(line, scan);
      }
    }
    return scan.result();
  }

  private EventScan byBytes(String text, boolean gzip) throws IOException {
    Path folder = Files.createTempDirectory(dir, "scan");
    Files.writeString(folder.resolve(JsonlSchema.LEADS), ""); // the folder's reader wants one; the scan reads none
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (gzip) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(JsonlSchema.EVENTS + ".gz")))) {
        out.write(bytes);
      }
    } else {
      Files.write(folder.resolve(JsonlSchema.EVENTS), bytes);
    }
    return new JsonlSource(JsonlReader.fromDirectory(folder), folder).scanEvents();
  }

  private void sameScan(String text) throws IOException {
    EventScan expected = byText(text);
    assertThat(byBytes(text, false)).isEqualTo(expected);
    assertThat(byBytes(text, true)).isEqualTo(expected);
  }

  @Test
  void everyLineEndIsALineEndAsReadLineHasIt() throws IOException {
    String a = event("L-1", "2026-03-01T10:00:00Z");
    String b = event("L-1", "2026-03-02T11:30:00.250Z");
    String c = event("L-2", "2026-03-01T09:00:00Z");
    String d = event("L-1", "2026-04-01T00:00:00Z");
    for (String eol : List.of("\n", "\r\n", "\r")) {
      sameScan(String.join(eol, a, b, c) + eol);
      sameScan(String.join(eol, a, b, c)); // no end on the last line
      sameScan(String.join(eol, a, "", "  \t", b, c, d) + eol + eol); // blank lines; lead 1 not grouped
    }
    sameScan(a + "\r\n\n\r" + b + "\n\r\n" + c);
    EventScan scan = byBytes(String.join("\r\n", a, b, "", c) + "\r\n", false);
    assertThat(scan.rows()).isEqualTo(3);
    assertThat(scan.grouped()).isTrue();
    assertThat(scan.latest()).contains(java.time.Instant.parse("2026-03-02T11:30:00.250Z"));
  }

  @Test
  void unreadableAndNonAsciiLinesReadAsText() throws IOException {
    String escaped = "{\"type\":\"created\",\"leadId\":\"L-\\u0031\",\"at\":\"2026-03-01T10:00:00Z\"}";
    String noAt = "{\"type\":\"created\",\"leadId\":\"L-3\"}";
    String unclosed = "{\"leadId\":\"L-4\",\"at\":\"2026-03-01T10:00:00Z";
    String cyrillic = "{\"type\":\"created\",\"leadId\":\"Л-5\",\"at\":\"2026-05-01T10:00:00Z\",\"note\":\"привет\"}";
    String wideBlank = "\u3000\u2003";
    String notIso = event("L-6", "2026-05-01T13:00:00+03:00");
    String text = String.join("\n", event("L-0", "2026-01-01T00:00:00Z"), escaped, noAt, unclosed, cyrillic,
        wideBlank, notIso, "not json at all") + "\n";
    sameScan(text);
    EventScan scan = byBytes(text, false);
    assertThat(scan.rows()).isEqualTo(7); // the line of wide spaces is blank
    assertThat(scan.grouped()).isFalse();
  }

  @Test
  void linesAcrossAndLongerThanTheReadBuffer() throws IOException {
    int buffer = 1 << 16;
    String first = event("L-1", "2026-03-01T10:00:00Z");
    // pad lines so that a \r falls on the last byte of the first read and its \n on the first of the next
    // (the padded line is the event without its '}', then ,"p":" (6), the pad and "} (2): buffer - 1 bytes)
    String pad = "x".repeat(buffer - 1 - (first.length() - 1) - 6 - 2);
    String padded = first.substring(0, first.length() - 1) + ",\"p\":\"" + pad + "\"}";
    String second = event("L-2", "2026-03-02T10:00:00Z");
    String third = event("L-3", "2026-03-03T10:00:00Z");
    String longLine = event("L-3", "2026-03-04T10:00:00Z").replace("}", ",\"p\":\"" + "y".repeat(3 * buffer) + "\"}");
    for (int shift = -3; shift <= 3; shift++) {
      String lead = "a".repeat(Math.max(0, 3 + shift));
      sameScan(lead + "\n" + padded + "\r\n" + second + "\r" + longLine + "\r\n" + third);
    }
    String text = padded + "\r\n" + second + "\r\n" + longLine + "\n" + third + "\n";
    assertThat(text.indexOf('\r')).isEqualTo(buffer - 1);
    EventScan scan = byBytes(text, false);
    assertThat(scan.rows()).isEqualTo(4);
    assertThat(scan.grouped()).isTrue();
    assertThat(scan.latest()).contains(java.time.Instant.parse("2026-03-04T10:00:00Z"));
  }

  @Test
  void aLeadsRowsReadAsBytesAndAsTextAreOneLeadAndEachDayKeepsItsLatest() throws IOException {
    String cyrillicL7 = "{\"type\":\"created\",\"leadId\":\"L-7\",\"at\":\"2026-03-01T12:00:00Z\",\"note\":\"да\"}";
    String cyrillicL9 = "{\"type\":\"created\",\"leadId\":\"L-9\",\"at\":\"2026-03-01T08:00:00Z\",\"note\":\"да\"}";
    // L-7: bytes, text, bytes (one group); L-8: bytes, then L-9 as text, then L-8 again (not grouped)
    String grouped = String.join("\n", event("L-7", "2026-03-01T10:00:00Z"), cyrillicL7,
        event("L-7", "2026-03-01T11:59:59.999Z"), event("L-7", "2026-03-02T00:00:00Z")) + "\n";
    sameScan(grouped);
    EventScan g = byBytes(grouped, false);
    assertThat(g.grouped()).isTrue();
    assertThat(g.rows()).isEqualTo(4);
    String notGrouped = String.join("\n", event("L-8", "2026-03-01T10:00:00Z"), cyrillicL9,
        event("L-8", "2026-03-01T10:00:01Z")) + "\n";
    sameScan(notGrouped);
    assertThat(byBytes(notGrouped, false).grouped()).isFalse();
    // one day's rows out of order, fractions and equal heads: the latest is the latest instant, not the last row
    String day = String.join("\n", event("L-1", "2026-06-01T10:00:00.5Z"), event("L-1", "2026-06-01T23:00:00Z"),
        event("L-1", "2026-06-01T23:00:00.001Z"), event("L-1", "2026-06-01T23:00:00Z"),
        event("L-1", "2026-06-01T01:00:00Z"), event("L-2", "2026-05-31T23:59:59.999999999Z")) + "\n";
    sameScan(day);
    assertThat(byBytes(day, true).latest()).contains(java.time.Instant.parse("2026-06-01T23:00:00.001Z"));
  }
}
