package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The charset of an export: given, or detected.
 *
 * <p>Detection is exact rather than statistical: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides; else
 * the opening {@value #SNIFF_BYTES} bytes are decoded strictly as UTF-8 and, if they decode, the file is UTF-8;
 * else it is Windows-1251 (what Russian Excel saves). Cyrillic text in Windows-1251 is practically never valid
 * UTF-8 (its letters are bytes 0xC0–0xFF, which UTF-8 allows only as lead bytes followed by 0x80–0xBF), so two
 * candidates need no guessing; a statistical detector (juniversalchardet, ICU) would weigh two dozen charsets
 * and can err on short files. A byte that does not decode later in the file becomes U+FFFD, which the CSV
 * reader reports as a finding on that row, naming the encodings tried.
 *
 * <p>Cost: the sniffed prefix is buffered once (at most {@value #SNIFF_BYTES} bytes).
 */
public enum TextEncoding {
  /** Detect: byte order mark, else valid UTF-8, else Windows-1251. */
  DETECT,
  /** UTF-8 (a UTF-8 byte order mark is skipped). */
  UTF_8,
  /** Windows-1251, the Cyrillic ANSI code page of Russian Windows and Excel. */
  WINDOWS_1251;

  /** How much of a file detection reads. */
  public static final int SNIFF_BYTES = 1 << 20;

  static final Charset CP1251 = Charset.forName("windows-1251");

  /**
   * An opened, decoding input.
   *
   * @param reader the decoded text (a byte order mark skipped); malformed bytes read as U+FFFD
   * @param charset the charset used
   * @param how why this charset, e.g. {@code "byte order mark"}, {@code "not valid UTF-8 at byte 17"}
   */
  public record Decoded(Reader reader, Charset charset, String how) {
    /** Validates. */
    public Decoded {
      requireNonNull(reader, "reader");
      requireNonNull(charset, "charset");
      requireNonNull(how, "how");
    }

    /** The encodings tried, for a message: {@code "UTF-8, then windows-1251"}. */
    public String tried() {
      return charset.equals(StandardCharsets.UTF_8) || how.startsWith("byte order mark") || how.equals("given")
          ? charset.name() : "UTF-8, then " + charset.name();
    }
  }

  /**
   * An opened input whose reader hands out each byte as one character ({@code bytes}), for a charset in which
   * the characters CSV's structure is made of (quote, delimiters, line breaks) are single ASCII bytes that no
   * other character's bytes contain (UTF-8, Windows-1251): a CSV reader over it finds the same records, cells and
   * lines as over the decoded text, without decoding; a cell's characters are then its bytes, to decode in
   * {@code charset}. For another charset (UTF-16) the reader decodes and {@code bytes} is false.
   *
   * @param reader the bytes as characters (a byte order mark skipped), or the decoded text
   * @param charset the file's charset, as {@link #open} would use it
   * @param bytes whether the reader hands out bytes rather than decoded characters
   * @param how why this charset (see {@link Decoded#how()})
   * @param tried the encodings tried, for a message (see {@link Decoded#tried()})
   */
  public record Bytes(Reader reader, Charset charset, boolean bytes, String how, String tried) {
    /** Validates. */
    public Bytes {
      requireNonNull(reader, "reader");
      requireNonNull(charset, "charset");
      requireNonNull(how, "how");
      requireNonNull(tried, "tried");
    }

    /** The decoded input of {@code decoded}: its characters, {@link #bytes()} false. */
    public static Bytes of(Decoded decoded) {
      requireNonNull(decoded, "decoded");
      return new Bytes(decoded.reader(), decoded.charset(), false, decoded.how(), decoded.tried());
    }

    /** The text of a cell read through {@link #reader()}: its bytes decoded, or the cell itself. */
    public String decode(CharSequence cell) {
      requireNonNull(cell, "cell");
      if (!bytes) {
        return cell.toString();
      }
      byte[] b = new byte[cell.length()];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) cell.charAt(i);
      }
      return new String(b, charset);
    }
  }

  /** Opens {@code in} in this encoding (detecting if {@link #DETECT}); the caller closes the reader. */
  public Decoded open(InputStream in) throws IOException {
    Detected d = detect(in);
    return new Decoded(new InputStreamReader(d.in(), decoder(d.charset())), d.charset(), d.how());
  }

  /**
   * Opens {@code in} as {@link #open} does, handing out its bytes as characters when the charset allows it (see
   * {@link Bytes}); the caller closes the reader.
   */
  public Bytes openBytes(InputStream in) throws IOException {
    Detected d = detect(in);
    Decoded decoded = new Decoded(Reader.nullReader(), d.charset(), d.how());
    boolean asBytes = d.charset().equals(StandardCharsets.UTF_8) || d.charset().equals(CP1251);
    Reader reader = new InputStreamReader(d.in(), asBytes ? decoder(StandardCharsets.ISO_8859_1) : decoder(d.charset()));
    return new Bytes(reader, d.charset(), asBytes, d.how(), decoded.tried());
  }

  private record Detected(InputStream in, Charset charset, String how) {}

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith("\uFFFD");
  }

  private Detected detect(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(requireNonNull(in, "in"), 1 << 16);
    buffered.mark(SNIFF_BYTES + 4);
    byte[] head = buffered.readNBytes(SNIFF_BYTES);
    buffered.reset();
    Charset bom = null;
    int bomLength = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      bom = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      bom = StandardCharsets.UTF_16LE;
      bomLength = 2;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      bom = StandardCharsets.UTF_16BE;
      bomLength = 2;
    }
    Charset charset;
    String how;
    if (this == WINDOWS_1251) {
      charset = CP1251;
      how = "given";
      bomLength = 0;
    } else if (bom != null) {
      charset = bom;
      how = "byte order mark";
    } else if (this == UTF_8) {
      charset = StandardCharsets.UTF_8;
      how = "given";
    } else {
      long bad = firstMalformedUtf8(head, head.length == SNIFF_BYTES);
      charset = bad < 0 ? StandardCharsets.UTF_8 : CP1251;
      how = bad < 0 ? "valid UTF-8" : "not valid UTF-8 at byte " + bad;
    }
    buffered.skipNBytes(bomLength);
    return new Detected(buffered, charset, how);
  }

  /** The offset of the first byte that is not valid UTF-8, or -1; a sequence cut by the end of a truncated prefix is valid. */
  static long firstMalformedUtf8(byte[] bytes, boolean truncated) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = strict.decode(in, out, !truncated);
      if (r.isError()) {
        return in.position();
      }
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      // underflow: all consumed, or a sequence cut by the end of a truncated prefix
      return !truncated && in.hasRemaining() ? in.position() : -1;
    }
  }

  /** This encoding's name in profiles: {@code detect}, {@code utf_8}, {@code windows_1251}. */
  public String profileName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
