package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;

/**
 * The text of a cell read as bytes ({@link TextEncoding.Bytes}: each byte one character): a cell of ASCII bytes
 * only is made into a string as it is, any other is decoded in the file's charset (a byte that does not decode
 * becomes U+FFFD, as in a decoding reader). The characters CSV's structure is made of are single ASCII bytes no
 * other character's bytes contain, so no character of the file is cut between two cells.
 *
 * <p>Cost: one look at each character; a non-ASCII cell is copied once into a reused byte array and decoded by
 * {@link String#String(byte[], int, int, Charset)}.
 *
 * <p>This class is mutable and not thread-safe: one reader.
 */
final class CellText {
  private final Charset charset;
  private byte[] bytes = new byte[64];
  private char[] chars = new char[64];

  CellText(Charset charset) {
    this.charset = requireNonNull(charset, "charset");
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

  /** The text of the cell {@code cell[from, to)}. */
  String of(char[] cell, int from, int to) {
    int n = to - from;
    for (int i = from; i < to; i++) {
      if (cell[i] >= 0x80) {
        if (bytes.length < n) {
          bytes = new byte[Math.max(n, 2 * bytes.length)];
        }
        for (int k = 0; k < n; k++) {
          bytes[k] = (byte) cell[from + k];
        }
        return new String(bytes, 0, n, charset);
      }
    }
    return new String(cell, from, n);
  }
}
