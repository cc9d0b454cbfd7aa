package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
import org.jspecify.annotations.Nullable;

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
 * <p>{@link #scan} reads the rows for a few columns only, making no strings (a pre-pass over ids).
 *
 * <p>Cost: one pass, O(longest row) memory; a damaged multi-line row is re-read once.
 *
 * <p>It is one file on purpose (about 570 lines): the record grammar (quotes, line breaks inside quotes, the
 * resumption after a damaged record) and the row checks are one state machine over the same record state, read
 * by {@link #next()} and {@link #scan} alike so that both apply the same rules; the characters and their
 * push-back are {@code CsvChars}.
 *
 * <p>This class is mutable and not thread-safe: one caller iterates it once.
 */
public final class CsvReader implements Iterator<CsvRow>, Closeable {
  /** The most lines one quoted value may span before its quote counts as unterminated. */
  public static final int MAX_QUOTED_LINES = 1000;

  private static final char[] CANDIDATES = {';', ',', '\t', '|'};
  private static final int EOF = CsvChars.EOF;

  private final CsvChars chars;
  private final String source;
  private final String encodingsTried;
  private final Consumer<Finding> findings;
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
  private int cellCount;
  private boolean firstEmpty;
  private long recordLine;
  private String malformed;
  /**
   * When the characters read are a file's bytes ({@link #open(TextEncoding.Bytes, String, Optional, Consumer)}):
   * how each cell is decoded; null when they are the decoded text.
   */
  private final @Nullable CellText bytesCells;
  /** When reading a file's bytes: the data cells, a column's repeated values made into strings once. */
  private final @Nullable RepeatedCells dataCells;
  /** When scanning ({@link #scan}): the key each column's cell goes to, or -1; null when reading rows. */
  private int[] keySlot;
  private StringBuilder[] keys;

  private CsvReader(Reader in, @Nullable Charset cellCharset, String source, Optional<Character> delimiter,
      String encodingsTried, Consumer<Finding> findings) throws IOException {
    this.chars = new CsvChars(in);
    this.bytesCells = cellCharset == null ? null : new CellText(cellCharset);
    this.source = requireNonNull(source, "source");
    this.encodingsTried = requireNonNull(encodingsTried, "encodingsTried");
    this.findings = requireNonNull(findings, "findings");
    this.delimiter = requireNonNull(delimiter, "delimiter").isPresent() ? delimiter.get() : chars.detectDelimiter(CANDIDATES);
    this.header = readHeader();
    this.dataCells = bytesCells == null ? null : new RepeatedCells(bytesCells, header.width());
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
      return new CsvReader(in, null, source, delimiter, encodingsTried, findings);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a reader over {@code in} ({@link TextEncoding#openBytes}): reads the header row now. When {@code in}
   * hands out the file's bytes, the records are found among the bytes (the characters CSV's structure is made of
   * are single ASCII bytes in those charsets) and each cell this reader hands out (header names, row cells, the
   * values findings quote) is decoded in {@code in.charset()}; the rows, lines and findings are those
   * {@link #open(Reader, String, Optional, String, Consumer)} gives over the decoded text. {@link #scan} hands out
   * the cells undecoded (see {@link TextEncoding.Bytes#decode}).
   *
   * <p>Cost: a cell of ASCII bytes only is made into a string as it is (no decoder); the others are decoded one
   * by one, with no decoder state kept between them.
   *
   * @param in the file's bytes as characters, or its decoded text ({@link TextEncoding.Bytes#bytes()})
   * @param source the file name findings carry
   * @param delimiter the delimiter, or empty to detect it from the header line
   * @param findings receives every damaged row
   * @throws IllegalArgumentException if {@code in} hands out bytes and the delimiter given is not ASCII
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public static CsvReader open(TextEncoding.Bytes in, String source, Optional<Character> delimiter,
      Consumer<Finding> findings) {
    requireNonNull(in, "in");
    requireNonNull(delimiter, "delimiter");
    if (in.bytes() && delimiter.isPresent() && delimiter.get() >= 0x80) {
      throw new IllegalArgumentException("delimiter must be an ASCII character to read a file's bytes: "
          + delimiter.get() + " (read the decoded text instead)");
    }
    try {
      return new CsvReader(in.reader(), in.bytes() ? in.charset() : null, source, delimiter, in.tried(), findings);
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

  /** Receives the scanned cells of one record ({@link #scan}). */
  @FunctionalInterface
  public interface CellSink {
    /**
     * One record.
     *
     * @param line the record's first line
     * @param cells the cells of the scanned columns, in the order asked; valid during this call only
     */
    void record(long line, CharSequence[] cells);
  }

  /**
   * Reads the remaining records for the cells of {@code columns} only, making no string of any cell: the
   * records are parsed by the same rules as {@link #next()} (quotes, line breaks inside quotes, the same damaged
   * records reported and skipped, the same lines), but a record is handed to {@code sink} as soon as it reaches
   * the last scanned column; there is no width check beyond that and no check of undecodable characters. So the
   * records handed out are a superset of those {@link #next()} would hand out, each with the same cells at
   * {@code columns}: what a pre-pass needs that only has to miss no row. A record too short to reach the columns
   * is reported and skipped.
   *
   * <p>Cost: one pass; the cells of other columns are skipped, not copied (except quoted ones, into one reused
   * buffer).
   *
   * @param columns distinct column indexes of the header, 0-based
   * @param sink receives each record
   * @throws IllegalArgumentException if a column is not one of the header's or is given twice
   * @throws IllegalStateException if rows were read already
   * @throws UncheckedIOException if the input cannot be read
   */
  public void scan(int[] columns, CellSink sink) {
    requireNonNull(columns, "columns");
    requireNonNull(sink, "sink");
    if (next != null || rowsRead > 0 || keySlot != null) {
      throw new IllegalStateException(source + ": scan must be the first and only reading of the rows");
    }
    int last = -1;
    for (int c : columns) {
      if (c < 0 || c >= header.width()) {
        throw new IllegalArgumentException("columns must be columns of the header (0 to " + (header.width() - 1)
            + "): " + c);
      }
      last = Math.max(last, c);
    }
    int[] slots = new int[last + 1];
    java.util.Arrays.fill(slots, -1);
    StringBuilder[] scanned = new StringBuilder[columns.length];
    for (int k = 0; k < columns.length; k++) {
      if (slots[columns[k]] >= 0) {
        throw new IllegalArgumentException("columns must be distinct: column " + columns[k] + " is given twice");
      }
      slots[columns[k]] = k;
      scanned[k] = new StringBuilder();
    }
    keySlot = slots;
    keys = scanned;
    try {
      while (nextRecord()) {
        if (cellCount < slots.length) {
          reject("", "", "a row must have " + header.width() + " values like the header: it has " + cellCount);
          continue;
        }
        sink.record(recordLine, keys);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    } finally {
      done = true;
    }
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
    chars.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- records ----

  /** Parses one record into {@link #cells}; false at end of input. Sets {@link #malformed} on damage. */
  private boolean parseRecord() throws IOException {
    cells.clear();
    cellCount = 0;
    cell.setLength(0);
    capture = null;
    malformed = null;
    recordLine = line;
    int c = chars.read();
    if (c == EOF) {
      return false;
    }
    int quotedLines = 0;
    while (true) {
      if (c == '"' && cell.length() == 0) {
        // a quoted value: in the buffer at once when it can be, else character by character
        int quotedFrom = capture == null ? chars.quotedValue() : -1;
        int quotedTo = chars.position() - 1;
        while (quotedFrom < 0) {
          if (capture == null) {
            chars.appendRun(cell, '"', '\n', '\r');
          }
          c = chars.read();
          if (capture != null && c != EOF) {
            capture.append((char) c);
          }
          if (c == EOF) {
            malformed = "an unterminated quote (the value's closing \" is missing)";
            return true;
          }
          if (c == '"') {
            int d = chars.read();
            if (d == '"') {
              if (capture != null) {
                capture.append('"');
              }
              cell.append('"');
              continue;
            }
            if (d != EOF) {
              chars.unread();
            }
            break;
          }
          if (c == '\n' || c == '\r') {
            if (c == '\r' && chars.peek() == '\n') {
              chars.read();
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
        c = chars.read();
        if (capture != null && c != EOF) {
          capture.append((char) c);
        }
        if (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
          malformed = "text after a closing quote (a \" inside a value must be doubled)";
          return true;
        }
        if (quotedFrom >= 0) {
          endCell(chars.buffer(), quotedFrom, quotedTo);
        } else {
          endCell();
        }
      } else if (c == delimiter || c == '\n' || c == '\r' || c == EOF) {
        endCell();
      } else {
        int plain = capture == null ? chars.plainValue(delimiter) : -1;
        if (plain >= 0) {
          endCell(chars.buffer(), plain, chars.position());
          c = chars.read();
        } else {
          while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
            cell.append((char) c);
            c = chars.read();
            if (capture != null && c != EOF) {
              capture.append((char) c);
            }
          }
          endCell();
        }
      }
      if (cell.length() > 0) {
        cell.setLength(0);
      }
      if (c == delimiter) {
        c = chars.read();
        if (capture != null && c != EOF) {
          capture.append((char) c);
        }
        if (c == EOF || c == '\n' || c == '\r') {
          endCell(); // the value after a trailing delimiter
        } else {
          continue;
        }
      }
      if (c == '\r' && chars.peek() == '\n') {
        chars.read();
      }
      if (c != EOF) {
        line++;
      }
      return true;
    }
  }

  /**
   * Ends the cell held in {@link #cell}: kept as a string, or, when scanning, copied to its key if its column is
   * one scanned (else dropped).
   */
  private void endCell() {
    if (keySlot == null) {
      cells.add(cell.length() == 0 ? "" : bytesCells == null ? cell.toString() : bytesCells.of(cell));
    } else {
      int slot = cellCount < keySlot.length ? keySlot[cellCount] : -1;
      if (slot >= 0) {
        keys[slot].setLength(0);
        keys[slot].append(cell);
      }
    }
    if (cellCount == 0) {
      firstEmpty = cell.length() == 0;
    }
    cellCount++;
  }

  /** {@link #endCell()} for the cell {@code chars[from, to)} of the read buffer. */
  private void endCell(char[] buffer, int from, int to) {
    if (keySlot == null) {
      cells.add(bytesCells == null ? new String(buffer, from, to - from)
          : dataCells != null ? dataCells.of(cellCount, buffer, from, to) : bytesCells.of(buffer, from, to));
    } else {
      int slot = cellCount < keySlot.length ? keySlot[cellCount] : -1;
      if (slot >= 0) {
        keys[slot].setLength(0);
        keys[slot].append(buffer, from, to - from);
      }
    }
    if (cellCount == 0) {
      firstEmpty = from == to;
    }
    cellCount++;
  }

  /** After a damaged record: go on at the line after the record's first line. */
  private void resync() throws IOException {
    if (capture != null) {
      chars.pushBack(capture);
      line = recordLine + 1;
      return;
    }
    // the damage is on the record's first line: skip the rest of it
    int c;
    while ((c = chars.read()) != EOF && c != '\n' && c != '\r') {
      // skipped
    }
    if (c == '\r' && chars.peek() == '\n') {
      chars.read();
    }
    if (c != EOF) {
      line++;
    }
  }

  private boolean blank() {
    return cellCount == 1 && firstEmpty;
  }

  private CsvHeader readHeader() throws IOException {
    while (parseRecord()) {
      if (malformed != null) {
        findings.accept(Finding.ofLine(source, recordLine, null, "the header row must be well-formed CSV: " + malformed));
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

  /**
   * Parses the next data record, reporting and skipping damaged records and skipping blank lines, and counts it
   * as read; false at the end of the input.
   */
  private boolean nextRecord() throws IOException {
    while (parseRecord()) {
      if (malformed != null) {
        reject("", "", "a row must be well-formed CSV: " + malformed);
        resync();
        continue;
      }
      if (!blank()) {
        rowsRead++;
        return true;
      }
    }
    return false;
  }

  private CsvRow readRow() throws IOException {
    while (nextRecord()) {
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
