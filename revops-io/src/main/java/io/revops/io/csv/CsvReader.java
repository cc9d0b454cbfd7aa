package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streaming CSV reader (RFC 4180: {@code "} quotes, {@code ""} inside quotes, line breaks inside quoted
 * values) that hands out the well-formed rows and reports every damaged one as a {@link Finding}:
 *
 * <ul>
 *   <li>an unterminated quote (also on the last line), text after a closing quote, or a quoted value running
 *       over {@value #MAX_QUOTED_LINES} lines: that row is rejected and reading resumes on the line after the
 *       row's first line, so the rows after it are read as written;</li>
 *   <li>a short row, or a long row with values beyond the header: rejected (empty cells beyond the header, a
 *       trailing delimiter, are accepted);</li>
 *   <li>a value holding a byte the charset could not decode (U+FFFD): rejected, naming the encodings tried;</li>
 *   <li>a header name that appears twice: a file finding; the first column of that name is read.</li>
 * </ul>
 *
 * Blank lines are skipped and not counted. The delimiter is given or detected from the header line (the most
 * frequent of {@code ; , TAB |} outside quotes).
 *
 * <p>Cost: one pass, O(longest row) memory; a damaged multi-line row is re-read once.
 *
 * <p>This class is mutable and not thread-safe: one caller iterates it once.
 */
public final class CsvReader implements Iterator<CsvRow>, Closeable {
  /** The most lines one quoted value may span before its quote counts as unterminated. */
  public static final int MAX_QUOTED_LINES = 1000;

  private static final char[] CANDIDATES = {';', ',', '\t', '|'};
  private static final int EOF = -1;

  private final Reader in;
  private final String source;
  private final String encodingsTried;
  private final Consumer<Finding> findings;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int lim;
  private char[] pending = new char[0];
  private int pendingPos;
  private boolean lastFromPending;
  private final char delimiter;
  private final CsvHeader header;
  private long line = 1;
  private long rowsRead;
  private long rowsRejected;
  private CsvRow next;
  private boolean done;

  // the record being parsed
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private StringBuilder capture;
  private long recordLine;
  private String malformed;

  private CsvReader(Reader in, String source, Optional<Character> delimiter, String encodingsTried,
      Consumer<Finding> findings) throws IOException {
    this.in = requireNonNull(in, "in");
    this.source = requireNonNull(source, "source");
    this.encodingsTried = requireNonNull(encodingsTried, "encodingsTried");
    this.findings = requireNonNull(findings, "findings");
    this.delimiter = requireNonNull(delimiter, "delimiter").isPresent() ? delimiter.get() : detectDelimiter();
    this.header = readHeader();
  }

  /**
   * Opens a reader over {@code in}: reads the header row now.
   *
   * @param in the decoded text (see {@link TextEncoding#open})
   * @param source the file name findings carry
   * @param delimiter the delimiter, or empty to detect it from the header line
   * @param encodingsTried the encodings tried, named by a finding on an undecodable byte
   * @param findings receives every damaged row
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public static CsvReader open(Reader in, String source, Optional<Character> delimiter, String encodingsTried,
      Consumer<Finding> findings) {
    try {
      return new CsvReader(in, source, delimiter, encodingsTried, findings);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  /** The header row (empty if the file has none). */
  public CsvHeader header() {
    return header;
  }

  /** The delimiter, given or detected. */
  public char delimiter() {
    return delimiter;
  }

  /** The data rows met so far, well-formed and damaged (blank lines not counted). */
  public long rowsRead() {
    return rowsRead;
  }

  /** The damaged rows met so far. */
  public long rowsRejected() {
    return rowsRejected;
  }

  /** The file name findings carry. */
  public String source() {
    return source;
  }

  /** The remaining well-formed rows as a sequential stream; closing it closes this reader. */
  public Stream<CsvRow> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::closeQuietly);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        next = readRow();
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
    }
    return next != null;
  }

  @Override
  public CsvRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException(source + ": no more rows");
    }
    CsvRow row = next;
    next = null;
    return row;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- characters, with push-back of a damaged record's later lines ----

  private int read() throws IOException {
    if (pendingPos < pending.length) {
      lastFromPending = true;
      return pending[pendingPos++];
    }
    lastFromPending = false;
    if (pos == lim) {
      lim = in.read(buf, 0, buf.length);
      pos = 0;
      if (lim <= 0) {
        lim = 0;
        return EOF;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c != EOF) {
      unread();
    }
    return c;
  }

  /** Steps back over the character just read (never EOF). */
  private void unread() {
    if (lastFromPending) {
      pendingPos--;
    } else {
      pos--;
    }
  }

  private void pushBack(CharSequence text) {
    StringBuilder all = new StringBuilder(text.length() + pending.length - pendingPos);
    all.append(text).append(pending, pendingPos, pending.length - pendingPos);
    pending = new char[all.length()];
    all.getChars(0, all.length(), pending, 0);
    pendingPos = 0;
  }

  private char detectDelimiter() throws IOException {
    StringBuilder first = new StringBuilder();
    int c;
    while ((c = read()) != EOF && first.length() < (1 << 16)) {
      first.append((char) c);
      if (c == '\n') {
        break;
      }
    }
    pushBack(first);
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < first.length(); i++) {
      char ch = first.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (ch == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 1; // ',' when nothing else is seen
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return CANDIDATES[best];
  }

  // ---- records ----

  /** Parses one record into {@link #cells}; false at end of input. Sets {@link #malformed} on damage. */
  private boolean parseRecord() throws IOException {
    cells.clear();
    cell.setLength(0);
    capture = null;
    malformed = null;
    recordLine = line;
    int c = read();
    if (c == EOF) {
      return false;
    }
    int quotedLines = 0;
    while (true) {
      if (c == '"' && cell.length() == 0) {
        // a quoted value
        while (true) {
          runUntil('"', '\n', '\r');
          c = read();
          if (capture != null && c != EOF) {
            capture.append((char) c);
          }
          if (c == EOF) {
            malformed = "an unterminated quote (the value's closing \" is missing)";
            return true;
          }
          if (c == '"') {
            int d = read();
            if (d == '"') {
              if (capture != null) {
                capture.append('"');
              }
              cell.append('"');
              continue;
            }
            if (d != EOF) {
              unread();
            }
            break;
          }
          if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n') {
              read();
              if (capture != null) {
                capture.append('\n');
              }
            }
            line++;
            if (++quotedLines > MAX_QUOTED_LINES) {
              malformed = "an unterminated quote (a quoted value runs over " + MAX_QUOTED_LINES + " lines)";
              return true;
            }
            if (capture == null) {
              capture = new StringBuilder();
            }
            cell.append('\n');
            continue;
          }
          cell.append((char) c);
        }
        c = read();
        if (capture != null && c != EOF) {
          capture.append((char) c);
        }
        if (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
          malformed = "text after a closing quote (a \" inside a value must be doubled)";
          return true;
        }
        cells.add(cell.length() == 0 ? "" : cell.toString());
      } else if (c == delimiter || c == '\n' || c == '\r' || c == EOF) {
        cells.add("");
      } else {
        String plain = plainCell();
        if (plain != null) {
          cells.add(plain);
          c = read();
        } else {
          while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
            cell.append((char) c);
            c = read();
            if (capture != null && c != EOF) {
              capture.append((char) c);
            }
          }
          cells.add(cell.toString());
        }
      }
      cell.setLength(0);
      if (c == delimiter) {
        c = read();
        if (capture != null && c != EOF) {
          capture.append((char) c);
        }
        if (c == EOF || c == '\n' || c == '\r') {
          cells.add(""); // the value after a trailing delimiter
        } else {
          continue;
        }
      }
      if (c == '\r' && peek() == '\n') {
        read();
      }
      if (c != EOF) {
        line++;
      }
      return true;
    }
  }

  /**
   * The unquoted value whose first character was just read, made straight from the buffer when the value ends
   * inside it (before a delimiter or line break) and nothing is pushed back or captured; then the terminator is
   * the next character to read. Null otherwise: the caller reads the value character by character.
   */
  private String plainCell() {
    if (capture != null || lastFromPending || pos == 0) {
      return null;
    }
    int p = scan(pos, delimiter, '\n', '\r');
    if (p == lim) {
      return null;
    }
    int start = pos - 1;
    pos = p;
    return new String(buf, start, p - start);
  }

  /**
   * Appends to {@link #cell}, in one copy, the characters of the buffer from the next one up to (not including)
   * the first of {@code a}, {@code b}, {@code c} or the buffer's end; the same as reading them one by one with
   * {@link #read}, done only while nothing is pushed back or captured (the common case: the rest of the record
   * is on its first line).
   */
  private void runUntil(char a, char b, char c) {
    if (capture != null || pendingPos < pending.length) {
      return;
    }
    int p = scan(pos, a, b, c);
    if (p > pos) {
      cell.append(buf, pos, p - pos);
      pos = p;
      lastFromPending = false;
    }
  }

  /** The index of the first of {@code a}, {@code b}, {@code c} in the buffer from {@code from}, or its end. */
  private int scan(int from, char a, char b, char c) {
    int p = from;
    while (p < lim) {
      char ch = buf[p];
      if (ch == a || ch == b || ch == c) {
        break;
      }
      p++;
    }
    return p;
  }

  /** After a damaged record: go on at the line after the record's first line. */
  private void resync() throws IOException {
    if (capture != null) {
      pushBack(capture);
      line = recordLine + 1;
      return;
    }
    // the damage is on the record's first line: skip the rest of it
    int c;
    while ((c = read()) != EOF && c != '\n' && c != '\r') {
      // skipped
    }
    if (c == '\r' && peek() == '\n') {
      read();
    }
    if (c != EOF) {
      line++;
    }
  }

  private boolean blank() {
    return cells.size() == 1 && cells.get(0).isEmpty();
  }

  private CsvHeader readHeader() throws IOException {
    while (parseRecord()) {
      if (malformed != null) {
        findings.accept(Finding.of(source, recordLine, "", "", "the header row must be well-formed CSV: " + malformed));
        resync();
        continue;
      }
      if (blank()) {
        continue;
      }
      List<String> names = new ArrayList<>(cells.size());
      cells.forEach(n -> names.add(n.strip()));
      while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
        names.remove(names.size() - 1); // a trailing delimiter
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (name.isEmpty()) {
          continue;
        }
        Integer first = seen.putIfAbsent(name, i);
        if (first != null) {
          findings.accept(Finding.of(source, recordLine, name, name, "a header name must appear once: columns "
              + (first + 1) + " and " + (i + 1) + " are both named so; column " + (first + 1) + " is read"));
        }
      }
      return CsvHeader.of(names);
    }
    findings.accept(Finding.ofSource(source, "the file must start with a header row: it has no rows"));
    done = true;
    return CsvHeader.of(List.of());
  }

  private CsvRow readRow() throws IOException {
    while (parseRecord()) {
      if (malformed != null) {
        reject("", "", "a row must be well-formed CSV: " + malformed);
        resync();
        continue;
      }
      if (blank()) {
        continue;
      }
      rowsRead++;
      int width = header.width();
      int n = cells.size();
      if (n < width) {
        reject("", String.join(String.valueOf(delimiter), cells), "a row must have " + width
            + " values like the header: it has " + n);
        continue;
      }
      if (n > width && !emptyFrom(width)) {
        reject("", String.join(String.valueOf(delimiter), cells), "a row must have " + width
            + " values like the header: it has " + n);
        continue;
      }
      String[] row = new String[width];
      boolean undecodable = false;
      for (int i = 0; i < width; i++) {
        String v = cells.get(i);
        if (v.indexOf('\uFFFD') >= 0) {
          findings.accept(Finding.of(source, recordLine, header.names().get(i), v,
              "a value must decode in the file's charset: bytes not decodable as " + encodingsTried));
          undecodable = true;
        }
        row[i] = v;
      }
      if (undecodable) {
        rowsRejected++;
        continue;
      }
      return CsvRow.wrap(recordLine, row);
    }
    done = true;
    return null;
  }

  private boolean emptyFrom(int from) {
    for (int i = from; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private void reject(String field, String value, String rule) {
    if (malformed != null) {
      rowsRead++;
    }
    rowsRejected++;
    findings.accept(Finding.of(source, recordLine, field, value, rule));
  }
}
