package io.revops.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import io.revops.core.batch.Finding;
import io.revops.core.batch.Quote;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A JSON Lines input (one JSON value per line, plain or gzip-compressed) read as a stream: each line is parsed
 * with Jackson's streaming parser straight into a domain value by a {@link JsonDecoder}, with no tree in between,
 * and handed out by {@link #next()} (or {@link #stream()}); memory does not grow with the input.
 *
 * <p>Every line that cannot be read is reported to the {@code Consumer<Finding>} given at the start — source,
 * line number, JSON path as the field, the offending value (bounded) and the rule — and the reading goes on:
 * a bad line, a line longer than {@link JsonLimits#MAX_LINE_BYTES}, a malformed last line, an undecodable
 * byte, a number beyond {@link JsonLimits}' bounds, and a truncated or corrupt gzip stream (after which the
 * lines already read stand) are findings, never the end of the batch. Blank lines are skipped.
 *
 * <pre>{@code
 * Findings findings = Findings.create();
 * try (JsonLines<LeadEvent> events = JsonLines.read(Path.of("events.jsonl.gz"), Decoders.LEAD_EVENT, findings)) {
 *   events.stream().forEach(accumulator::add);
 * }
 * findings.all().forEach(System.out::println);  // events.jsonl.gz:7 field $.at value "yesterday": expected ...
 * }</pre>
 *
 * <p>Cost: one parser per buffer of lines (64 KiB, growing only for longer lines) reading the lines' values in
 * turn, no {@code String} per line, no tree; a line that is not one good value is decoded again with a parser
 * of its own, so that its finding is that of the line alone. Plain UTC instants are parsed without
 * {@code DateTimeFormatter}. Duplicate fields are rejected by the dialect's one rule ({@link FieldsOnce}), without
 * a set per object, through {@link JsonCursor#nextField()} or, for a decoder that takes the raw parser
 * ({@link JsonCursor#parser()}), through that parser: the same finding either way.
 *
 * <p>Instances are not thread-safe and must be closed (closing closes the input).
 *
 * @param <T> the type of one line's value
 */
public final class JsonLines<T> implements Iterator<T>, Closeable {
  /**
   * Plain parsers: their cursors check the fields ({@link JsonCursor#nextField()}, and the view that
   * {@link JsonCursor#parser()} hands out), so that the buffer's parser is Jackson's own, whose offsets tell
   * where a line's value ends.
   */
  private static final JsonFactory CHECKED_BY_CURSOR = JsonLimits.factoryCheckedByCursor();
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final InputStream in;
  private final String source;
  private final JsonDecoder<T> decoder;
  private final Consumer<? super Finding> findings;
  private byte[] buf = new byte[1 << 16];
  private int start;
  private int scan;
  private int end;
  private boolean eof;
  private boolean skipping;
  // the parser of the lines of buf from a line on, until the buffer moves or a line needs its own parser
  private JsonParser chunk;
  private JsonCursor chunkCursor;
  // what the buffers' cursors learn (field names, recurring texts), carried from one buffer's parser to the next
  private final FieldGuess guess = new FieldGuess();
  private final RecurringValues recurring = new RecurringValues();
  private long chunkBase;
  private long parsers;
  private T decoded;
  private long line;
  private long records;
  private long values;
  private long bad;
  private T next;

  private JsonLines(InputStream in, String source, JsonDecoder<T> decoder, Consumer<? super Finding> findings) {
    this.in = in;
    this.source = source;
    this.decoder = decoder;
    this.findings = findings;
  }

  /**
   * Reads {@code in}, gzip-compressed or not (told by its first two bytes), naming it {@code source} in findings.
   * A gzip header that cannot be read is a finding, and the input is then empty.
   */
  public static <T> JsonLines<T> read(InputStream in, String source, JsonDecoder<T> decoder,
      Consumer<? super Finding> findings) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(decoder, "decoder");
    requireNonNull(findings, "findings");
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    InputStream body = buffered;
    try {
      buffered.mark(2);
      int b1 = buffered.read();
      int b2 = buffered.read();
      buffered.reset();
      if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
        body = new GZIPInputStream(buffered, 1 << 16);
      }
    } catch (IOException e) {
      findings.accept(Finding.ofSource(source, "cannot be read: " + Quote.bounded(e.getMessage())));
      body = new ByteArrayInputStream(new byte[0]);
      closeQuietly(buffered);
    }
    return new JsonLines<>(body, source, decoder, findings);
  }

  /**
   * Reads the file {@code file} (plain, or gzip-compressed whatever its name), naming it by its file name in
   * findings.
   *
   * @throws IOException if the file cannot be opened (it does not exist, it is a folder)
   */
  public static <T> JsonLines<T> read(Path file, JsonDecoder<T> decoder, Consumer<? super Finding> findings)
      throws IOException {
    requireNonNull(file, "file");
    Path name = file.getFileName();
    return read(Files.newInputStream(file), name == null ? file.toString() : name.toString(), decoder, findings);
  }

  /** Reads the lines of {@code text}, naming it {@code source} in findings. */
  public static <T> JsonLines<T> read(String text, String source, JsonDecoder<T> decoder,
      Consumer<? super Finding> findings) {
    requireNonNull(text, "text");
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, decoder, findings);
  }

  /** The remaining values as a sequential stream; closing the stream closes this reader. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The name of the input in findings. */
  public String source() {
    return source;
  }

  /** The number of lines read so far, blank and bad ones included. */
  public long linesRead() {
    return line;
  }

  /** The number of non-blank lines read so far, good and bad. */
  public long recordsRead() {
    return records;
  }

  /** The number of values handed out or ready to be. */
  public long valuesRead() {
    return values;
  }

  /** The number of findings reported so far. */
  public long findingsReported() {
    return bad;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + source);
    }
    T v = next;
    next = null;
    return v;
  }

  /** The number of parsers created so far (one per buffer of lines, plus one per bad line): for tests. */
  long parsersCreated() {
    return parsers;
  }

  @Override
  public void close() throws IOException {
    dropChunk();
    eof = true;
    start = end;
    in.close();
  }

  private T advance() {
    while (true) {
      int nl = indexOfNewline();
      if (nl < 0) {
        if (eof) {
          if (start < end) {
            int s = start;
            start = end;
            scan = end;
            if (skipping) {
              skipping = false;
              continue;
            }
            line++;
            T v = decodeLine(s, end);
            if (v != null) {
              return v;
            }
          }
          return null;
        }
        fill();
        continue;
      }
      int s = start;
      start = nl + 1;
      scan = start;
      if (skipping) {
        skipping = false; // the rest of an over-long line, already reported
        continue;
      }
      line++;
      T v = decodeLine(s, nl);
      if (v != null) {
        return v;
      }
    }
  }

  /** The index of the next newline from {@code scan} on, or -1; eight bytes at a time where it can. */
  private int indexOfNewline() {
    byte[] b = buf;
    int i = scan;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long zeroByte = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L; // high bit set where x's byte is 0
      if (zeroByte != 0) {
        return i + Long.numberOfTrailingZeros(zeroByte) / Byte.SIZE;
      }
    }
    for (; i < end; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    scan = end;
    return -1;
  }

  /** Reads more bytes, compacting or growing the buffer; a line over the bound is reported and skipped. */
  private void fill() {
    dropChunk(); // it reads the buffer as it was
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      scan -= start;
      start = 0;
    }
    if (end == buf.length) {
      if (buf.length > JsonLimits.MAX_LINE_BYTES || skipping) {
        if (!skipping) {
          report(line + 1, "", Quote.bounded(new String(buf, 0, Math.min(end, 200), StandardCharsets.UTF_8)),
              "a line of at most " + JsonLimits.MAX_LINE_BYTES + " bytes");
          line++;
          skipping = true;
        }
        start = end = scan = 0; // drop what was read of the line
      } else {
        byte[] bigger = new byte[Math.min(buf.length * 2, JsonLimits.MAX_LINE_BYTES + 2)];
        System.arraycopy(buf, 0, bigger, 0, end);
        buf = bigger;
      }
    }
    try {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
    } catch (EOFException | ZipException e) {
      eof = true;
      report(line + 1, "", "", "the input ends early or is corrupt (" + Quote.bounded(e.getMessage())
          + "); the lines before stand");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private T decodeLine(int s, int e) {
    int stop = e;
    while (stop > s && isBlank(buf[stop - 1])) {
      stop--;
    }
    int from = s;
    while (from < stop && isBlank(buf[from])) {
      from++;
    }
    if (from == stop) {
      return null;
    }
    records++;
    if (decodeInChunk(from, stop)) {
      values++;
      return decoded;
    }
    return decodeAlone(from, stop);
  }

  /**
   * Decodes the line {@code buf[from, stop)} (its blanks trimmed) with the parser of the buffered lines,
   * starting one at this line if there is none: true if the line holds one good object or array ending at
   * {@code stop}, which {@link #decoded} then holds. Anything else, a bad value or one that does not end on its line,
   * drops that parser and returns false, so that the line is decoded on its own as before and its finding
   * comes out the same; the next line starts a new buffer parser.
   */
  private boolean decodeInChunk(int from, int stop) {
    try {
      boolean fresh = chunk == null;
      if (fresh) {
        if (!plainUtf8At(from)) {
          return false;
        }
        chunk = CHECKED_BY_CURSOR.createParser(buf, from, end - from);
        parsers++;
        chunkCursor = JsonCursor.guessing(chunk, guess, recurring);
        if (!(chunk instanceof ParserBase)) {
          dropChunk();
          return false;
        }
      }
      ParserBase p = (ParserBase) chunk;
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        dropChunk(); // a scalar's end is not told by a token of its own: the line is read alone
        return false;
      }
      if (fresh) {
        chunkBase = from - p.getTokenCharacterOffset(); // the parser's offsets, calibrated on this line
      } else if (chunkBase + p.getTokenCharacterOffset() != from) {
        dropChunk();
        return false;
      }
      T v = decoder.decode(chunkCursor);
      JsonToken last = p.currentToken();
      if (!p.getParsingContext().inRoot()
          || (last != JsonToken.END_OBJECT && last != JsonToken.END_ARRAY)
          || chunkBase + p.getTokenCharacterOffset() + 1 != stop) {
        dropChunk(); // the line goes on after the value, or the value on the next line: read the line alone
        return false;
      }
      decoded = v;
      return true;
    } catch (IOException | RuntimeException x) {
      dropChunk();
      return false;
    }
  }

  /**
   * True if a parser started at {@code buf[from]} reads UTF-8: an ASCII first byte and no zero byte among the
   * first four (Jackson would otherwise detect UTF-16 or UTF-32, as it does for a line on its own).
   */
  private boolean plainUtf8At(int from) {
    byte b = buf[from];
    if (b <= ' ' || b >= 0x7f) {
      return false;
    }
    for (int i = from + 1; i < Math.min(from + 4, end); i++) {
      if (buf[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private void dropChunk() {
    closeQuietly(chunk);
    chunk = null;
    chunkCursor = null;
  }

  /** Decodes the line {@code buf[from, stop)} with a parser of its own. */
  private T decodeAlone(int from, int stop) {
    JsonParser p = null;
    try {
      p = CHECKED_BY_CURSOR.createParser(buf, from, stop - from);
      parsers++;
      JsonCursor cursor = JsonCursor.of(p);
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL) {
        report(line, "$", "null", "expected one value per line, got null");
        return null;
      }
      T v = decoder.decode(cursor);
      if (p.nextToken() != null) {
        report(line, "$", text(from, stop), "one JSON value per line; the line goes on after it");
        return null;
      }
      values++;
      return v;
    } catch (JsonPathException x) {
      report(line, x.path(), x.value(), x.problem());
    } catch (JsonProcessingException x) {
      String path = p == null ? "$" : JsonCursor.pathOf(p.getParsingContext());
      report(line, path, text(from, stop), "malformed JSON: " + Quote.bounded(x.getOriginalMessage(), 240));
    } catch (IOException x) {
      report(line, "$", text(from, stop), "cannot be read: " + Quote.bounded(x.getMessage(), 240));
    } catch (RuntimeException x) {
      // a decoder outside this module may throw; the line is bad, the batch goes on
      report(line, "$", text(from, stop), "cannot be decoded: " + Quote.bounded(String.valueOf(x), 240));
    } finally {
      closeQuietly(p);
    }
    return null;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r';
  }

  private String text(int from, int stop) {
    return new String(buf, from, Math.min(stop - from, 4 * Quote.MAX_LENGTH), StandardCharsets.UTF_8);
  }

  private void report(long at, String field, String value, String rule) {
    bad++;
    findings.accept(Finding.of(source, at, field, value, rule));
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // nothing was written; a close failure of a reader loses nothing
      }
    }
  }

  @Override
  public String toString() {
    return "JsonLines[" + source + ": " + line + " lines, " + values + " values, " + bad + " findings]";
  }
}
