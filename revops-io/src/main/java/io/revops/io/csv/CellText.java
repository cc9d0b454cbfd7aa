package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text of a cell read as bytes ({@link TextEncoding.Bytes}: each byte one character): a cell of ASCII bytes
 * only is made into a string as it is, any other is decoded in the file's charset (a byte that does not decode
 * becomes U+FFFD, as in a decoding reader). The characters CSV's structure is made of are single ASCII bytes no
 * other character's bytes contain, so no character of the file is cut between two cells.
 *
 * <p>Cost: one look at each character; a non-ASCII cell is decoded into a reused array (UTF-8's two- and
 * three-byte sequences and Windows-1251 here, anything else by the JDK) and copied once into its string.
 *
 * <p>This class is mutable and not thread-safe: one reader.
 */
final class CellText {
  private final Charset charset;
  private final boolean utf8;
  /** For a charset of one byte a character (Windows-1251): each byte's character; else empty. */
  private final char[] byteChars;
  private byte[] bytes = new byte[64];
  private char[] chars = new char[64];
  private char[] out = new char[64];

  CellText(Charset charset) {
    this.charset = requireNonNull(charset, "charset");
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.byteChars = charset.equals(TextEncoding.CP1251) ? charsOfBytes(charset) : new char[0];
  }

  private static char[] charsOfBytes(Charset charset) {
    char[] table = new char[256];
    for (int b = 0; b < 256; b++) {
      String one = new String(new byte[] {(byte) b}, charset);
      if (one.length() != 1) {
        throw new IllegalStateException(charset + " must decode each byte to one character: byte " + b);
      }
      table[b] = one.charAt(0);
    }
    return table;
  }

  /** The text of the cell {@code cell} holds. */
  String of(StringBuilder cell) {
    int n = cell.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    cell.getChars(0, n, chars, 0);
    return of(chars, 0, n);
  }

  /**
   * The text of the cell {@code cell[from, to)}: ASCII as it is; Windows-1251 by its table; UTF-8's two- and
   * three-byte sequences (Cyrillic, Latin-1, №, €) decoded here; anything else (longer sequences, bytes that do not decode) by
   * {@link String#String(byte[], int, int, Charset)}, the same characters a decoding reader gives.
   */
  String of(char[] cell, int from, int to) {
    int i = from;
    while (i < to && cell[i] < 0x80) {
      i++;
    }
    int n = to - from;
    if (i == to) {
      return new String(cell, from, n);
    }
    if (out.length < n) {
      out = new char[Math.max(n, 2 * out.length)];
    }
    int j = i - from;
    System.arraycopy(cell, from, out, 0, j);
    if (byteChars.length > 0) {
      for (; i < to; i++) {
        out[j++] = byteChars[cell[i] & 0xFF];
      }
      return new String(out, 0, j);
    }
    if (!utf8) {
      return decoded(cell, from, n);
    }
    while (i < to) {
      char c = cell[i];
      if (c < 0x80) {
        out[j++] = c;
        i++;
      } else if (c >= 0xC2 && c <= 0xDF && i + 1 < to && (cell[i + 1] & 0xC0) == 0x80) {
        out[j++] = (char) (((c & 0x1F) << 6) | (cell[i + 1] & 0x3F));
        i += 2;
      } else if (c >= 0xE0 && c <= 0xEF && i + 2 < to && threeBytes(c, cell[i + 1], cell[i + 2])) {
        out[j++] = (char) (((c & 0x0F) << 12) | ((cell[i + 1] & 0x3F) << 6) | (cell[i + 2] & 0x3F));
        i += 3;
      } else {
        return decoded(cell, from, n);
      }
    }
    return new String(out, 0, j);
  }

  /**
   * Whether lead byte {@code c} (0xE0–0xEF) and {@code b1}, {@code b2} are a well-formed three-byte sequence: no
   * overlong form (0xE0 then at least 0xA0) and no surrogate (0xED then below 0xA0).
   */
  private static boolean threeBytes(char c, char b1, char b2) {
    return (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && (c != 0xE0 || b1 >= 0xA0) && (c != 0xED || b1 < 0xA0);
  }

  /** The cell's bytes decoded by the JDK. */
  private String decoded(char[] cell, int from, int n) {
    if (bytes.length < n) {
      bytes = new byte[Math.max(n, 2 * bytes.length)];
    }
    for (int k = 0; k < n; k++) {
      bytes[k] = (byte) cell[from + k];
    }
    return new String(bytes, 0, n, charset);
  }
}
