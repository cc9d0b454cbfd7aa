package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One well-formed data row: its first line in the file and exactly one cell per header column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvRow {
  private final long line;
  private final String[] cells;

  private CsvRow(long line, String[] cells) {
    this.line = line;
    this.cells = cells;
  }

  /** A row starting at {@code line} with {@code cells} (copied). */
  public static CsvRow of(long line, List<String> cells) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1: " + line);
    }
    return new CsvRow(line, requireNonNull(cells, "cells").toArray(String[]::new));
  }

  static CsvRow wrap(long line, String[] cells) {
    return new CsvRow(line, cells);
  }

  /** The 1-based line the row starts on. */
  public long line() {
    return line;
  }

  /** The number of cells (the header's width). */
  public int size() {
    return cells.length;
  }

  /**
   * The cell of column {@code index}, as written (quotes removed, not trimmed).
   *
   * @throws IndexOutOfBoundsException if {@code index} is not a column of this row, naming the index, the row's
   *     width and its line
   */
  public String cell(int index) {
    if (index < 0 || index >= cells.length) {
      throw new IndexOutOfBoundsException("index must be a column of the row (0 to " + (cells.length - 1)
          + "): " + index + "; the row on line " + line + " has " + cells.length + " cells");
    }
    return cells[index];
  }

  /** The cells, in column order. */
  public List<String> cells() {
    return List.of(cells);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CsvRow r && line == r.line && Arrays.equals(cells, r.cells);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(line) * 31 + Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    return line + ": " + Arrays.toString(cells);
  }
}
