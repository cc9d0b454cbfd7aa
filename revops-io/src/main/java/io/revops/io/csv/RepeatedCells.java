package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The strings of a file's cells read as bytes ({@link CellText}), with the values a column repeats made once: a
 * column of a handful of values (a stage, an owner, a source, a currency) gives the same string for the same
 * bytes instead of decoding and allocating it again on every row. Each column keeps the strings of its last
 * cells in a small table of {@value #SLOTS} slots (a slot by the cell's length and first, middle and last
 * characters); a column found to repeat in fewer than half of a run of {@value #TRIAL} cells (ids, dates,
 * amounts, names; judged run after run) is not looked up again. A string
 * handed out is always {@link CellText#of} of the cell's characters: the table is keyed by those characters,
 * compared in full.
 *
 * <p>Cost: per cell of a repeating column one comparison with the slot's key (a vectorised array
 * comparison); memory at most {@code width × }{@value #SLOTS} cells of up to {@value #MAX_LENGTH} characters.
 *
 * <p>This class is mutable and not thread-safe: one reader.
 */
final class RepeatedCells {
  /** Slots a column keeps (a power of two). */
  static final int SLOTS = 64;
  /** The longest cell kept (longer ones are decoded every time). */
  static final int MAX_LENGTH = 64;
  /** The cells of a column looked up before it is judged: kept on only if at least half of them were found. */
  static final int TRIAL = 1024;

  private final CellText text;
  private final char[][][] keys;
  private final String[][] values;
  private final int[] lookups;
  private final int[] hits;
  private final boolean[] off;

  /** The cells of {@code width} columns, decoded by {@code text}. */
  RepeatedCells(CellText text, int width) {
    this.text = requireNonNull(text, "text");
    this.keys = new char[width][][];
    this.values = new String[width][];
    this.lookups = new int[width];
    this.hits = new int[width];
    this.off = new boolean[width];
  }

  /** {@code text.of(cell, from, to)}, the string made before for these characters in {@code column} if kept. */
  String of(int column, char[] cell, int from, int to) {
    int n = to - from;
    if (column >= off.length || off[column] || n > MAX_LENGTH) {
      return text.of(cell, from, to);
    }
    // the slot by the length and three characters: no loop over the cell (the comparison below is exact)
    int h = n == 0 ? 0 : ((n * 31 + cell[from]) * 31 + cell[from + n / 2]) * 31 + cell[to - 1];
    int slot = (h ^ (h >>> 7) ^ (h >>> 16)) & (SLOTS - 1);
    char[][] columnKeys = keys[column];
    if (columnKeys == null) {
      columnKeys = keys[column] = new char[SLOTS][];
      values[column] = new String[SLOTS];
    }
    char[] key = columnKeys[slot];
    String kept = key != null && Arrays.equals(key, 0, key.length, cell, from, to) ? values[column][slot] : null;
    if (kept != null) {
      hits[column]++;
    }
    if (++lookups[column] == TRIAL) { // judged every TRIAL cells: a column may stop repeating
      boolean repeats = 2 * hits[column] >= TRIAL;
      lookups[column] = 0;
      hits[column] = 0;
      if (!repeats) {
        off[column] = true; // mostly different values: not worth a look-up
        keys[column] = null;
        values[column] = null;
        return kept != null ? kept : text.of(cell, from, to);
      }
    }
    if (kept != null) {
      return kept;
    }
    String s = text.of(cell, from, to);
    columnKeys[slot] = Arrays.copyOfRange(cell, from, to);
    values[column][slot] = s;
    return s;
  }
}
