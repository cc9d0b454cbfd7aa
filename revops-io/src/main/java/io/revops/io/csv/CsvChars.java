package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The characters of a CSV input for {@link CsvReader}: a read buffer, with push-back of a damaged record's later
 * lines (read again as the rows they are), and the buffer scans that take a whole run of a value at once.
 *
 * <p>Cost: a 64 Ki-char buffer, plus the text pushed back (at most one damaged record's lines).
 *
 * <p>This class is mutable and not thread-safe: one reader.
 */
final class CsvChars implements Closeable {
  static final int EOF = -1;

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int lim;
  private char[] pending = new char[0];
  private int pendingPos;
  private boolean lastFromPending;

  CsvChars(Reader in) {
    this.in = requireNonNull(in, "in");
  }

  /** The next character, or {@link #EOF}. */
  int read() throws IOException {
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

  /** The next character without taking it, or {@link #EOF}. */
  int peek() throws IOException {
    int c = read();
    if (c != EOF) {
      unread();
    }
    return c;
  }

  /** Steps back over the character just read (never EOF). */
  void unread() {
    if (lastFromPending) {
      pendingPos--;
    } else {
      pos--;
    }
  }

  /** Makes {@code text} the next characters read, before whatever was pushed back and not read yet. */
  void pushBack(CharSequence text) {
    StringBuilder all = new StringBuilder(text.length() + pending.length - pendingPos);
    all.append(text).append(pending, pendingPos, pending.length - pendingPos);
    pending = new char[all.length()];
    all.getChars(0, all.length(), pending, 0);
    pendingPos = 0;
  }

  /**
   * The delimiter of the first line (the most frequent of {@code candidates} outside quotes; the second
   * candidate when none is seen), read and pushed back.
   */
  char detectDelimiter(char[] candidates) throws IOException {
    StringBuilder first = new StringBuilder();
    int c;
    while ((c = read()) != EOF && first.length() < (1 << 16)) {
      first.append((char) c);
      if (c == '\n') {
        break;
      }
    }
    pushBack(first);
    int[] counts = new int[candidates.length];
    boolean quoted = false;
    for (int i = 0; i < first.length(); i++) {
      char ch = first.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < candidates.length; k++) {
          if (ch == candidates[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 1; // ',' when nothing else is seen
    for (int k = 0; k < candidates.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return candidates[best];
  }

  /**
   * The start in {@link #buffer()} of the unquoted value whose first character was just read, when it ends
   * inside the buffer (before {@code delimiter} or a line break) and came from the buffer: then the value is
   * {@code buffer()[start, position())} and the terminator is the next character to read. -1 otherwise (the
   * caller reads the value character by character).
   */
  int plainValue(char delimiter) {
    if (lastFromPending || pos == 0) {
      return -1;
    }
    int p = scan(pos, delimiter, '\n', '\r');
    if (p == lim) {
      return -1;
    }
    int start = pos - 1;
    pos = p;
    return start;
  }

  /**
   * The start in {@link #buffer()} of the quoted value whose opening quote was just read, when the value is in
   * the buffer as written: it came from the buffer, closes on the same line with no doubled quote inside, and a
   * character follows its closing quote in the buffer. Then the value is {@code buffer()[start, position() - 1)},
   * the closing quote has been read, and the character after it is the next to read (from the buffer). -1
   * otherwise (nothing read; the caller reads the value character by character).
   */
  int quotedValue() {
    if (lastFromPending || pos == 0) {
      return -1;
    }
    int p = scan(pos, '"', '\n', '\r');
    if (p + 1 >= lim || buf[p] != '"' || buf[p + 1] == '"') {
      return -1;
    }
    int start = pos;
    pos = p + 1;
    return start;
  }

  /** The read buffer (see {@link #plainValue}). */
  char[] buffer() {
    return buf;
  }

  /** The position of the next character in {@link #buffer()}. */
  int position() {
    return pos;
  }

  /**
   * Appends to {@code to}, in one copy, the characters of the buffer from the next one up to (not including)
   * the first of {@code a}, {@code b}, {@code c} or the buffer's end; the same as reading them one by one with
   * {@link #read}, done only while nothing is pushed back.
   */
  void appendRun(StringBuilder to, char a, char b, char c) {
    if (pendingPos < pending.length) {
      return;
    }
    int p = scan(pos, a, b, c);
    if (p > pos) {
      to.append(buf, pos, p - pos);
      pos = p;
      lastFromPending = false;
    }
  }

  /**
   * The index of the first of {@code a}, {@code b}, {@code c} in the buffer from {@code from}, or its end. A
   * character above all three (most of a value's: letters, digits after a comma, the bytes of UTF-8's
   * multi-byte characters) is passed over on one comparison.
   */
  private int scan(int from, char a, char b, char c) {
    return scan(buf, from, lim, a, b, c);
  }

  /** {@link #scan(int, char, char, char)} in {@code chars[from, to)}; {@code to} if none is there. */
  static int scan(char[] chars, int from, int to, char a, char b, char c) {
    char max = (char) Math.max(a, Math.max(b, c));
    int p = from;
    while (p < to) {
      char ch = chars[p];
      if (ch <= max && (ch == a || ch == b || ch == c)) {
        break;
      }
      p++;
    }
    return p;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
