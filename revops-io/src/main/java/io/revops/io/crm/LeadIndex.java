package io.revops.io.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * The lead ids of an import's leads files (or the deal ids of its opportunities files: one index each), counted
 * in a pre-pass so that a repeated id is judged the same whatever the order of the rows: per id a 64-bit hash of it, where its first row is (file and line), a 32-bit
 * hash of that row's cells, where the first row with other cells is, how many rows have the id, and whether a
 * row of it was accepted; in an open-addressing table of one primitive array (32 bytes a slot, so that a lookup
 * touches one cache line; at most half the slots used: 64 to 128 bytes a distinct id).
 *
 * <p>The rule ({@link #judge}): an id on one row is {@link Verdict.Kind#UNIQUE}; an id on several rows with the
 * same cells is read once, from its first row ({@link Verdict.Kind#KEPT}), its other rows being
 * {@link Verdict.Kind#REPEAT}s of that one; an id on rows with different cells is a
 * {@link Verdict.Kind#CONFLICT}: every row of it is rejected, since no row can be told to be the right one.
 *
 * <p>Exactness: two different ids with the same 64-bit hash are taken for one id (the chance of any such pair
 * among {@code n} ids is about {@code n² / 2^65}, 3·10^-8 at 10^6 leads); two different rows of one id whose
 * cells hash alike are taken as a repeat (one chance in 2^32 per repeated id).
 *
 * <p>Cost: {@link #count}, {@link #judge} and {@link #contains} are expected O(1) (one hash of the id); memory
 * grows with the number of distinct lead ids only.
 *
 * <p>This class is mutable and not thread-safe: one import.
 */
final class LeadIndex {
  private static final long EMPTY = 0;
  private static final long NONE = -1;
  private static final int LINE_BITS = 48;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;

  private final List<String> files = new ArrayList<>();
  /** Fields of a slot, in one array so that a lookup touches one cache line. */
  private static final int KEY = 0;
  private static final int FIRST = 1;
  private static final int OTHER = 2;
  /** The cells' hash (high 32 bits) and the rows of the id (low 32 bits, see {@link #rows}). */
  private static final int CELLS_ROWS = 3;
  private static final int STRIDE = 4;

  /** {@link #STRIDE} longs a slot; the slot {@code i} starts at {@code i * STRIDE}. */
  private long[] table = new long[STRIDE << 10];
  private int size;

  /** Where a row is: a file and its 1-based line. */
  record Where(String file, long line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /**
   * What to do with one row of an id.
   *
   * @param kind the verdict
   * @param rows how many rows of the import have the id
   * @param other for a repeat, the row kept; for a conflict, another row of the id with other cells; else null
   */
  record Verdict(Kind kind, int rows, Where other) {
    /** The verdicts. */
    enum Kind { UNIQUE, KEPT, REPEAT, CONFLICT }

    private static final Verdict UNIQUE = new Verdict(Kind.UNIQUE, 1, null);
  }

  /** Pre-pass: counts one row of lead {@code id} at {@code line} of {@code file}, its cells hashing to {@code hash}. */
  void count(String id, String file, long line, int hash) {
    if (2 * (size + 1) > slots()) {
      grow();
    }
    long key = hash(id);
    int i = slot(key);
    long here = where(file, line);
    if (table[i + KEY] == EMPTY) {
      table[i + KEY] = key;
      table[i + FIRST] = here;
      table[i + OTHER] = NONE;
      table[i + CELLS_ROWS] = cellsAndRows(hash, 1);
      size++;
      return;
    }
    int rows = rows(i);
    if (rows < Integer.MAX_VALUE) {
      table[i + CELLS_ROWS] = cellsAndRows(cells(i), rows + 1);
    }
    if (cells(i) != hash && table[i + OTHER] == NONE) {
      table[i + OTHER] = here;
    }
  }

  /**
   * The verdict on the row of lead {@code id} at {@code line} of {@code file} (cells hashing to {@code hash}),
   * after the pre-pass; a row kept or unique marks the id as read ({@link #contains}).
   *
   * @throws IllegalStateException if the row was not counted
   */
  Verdict judge(String id, String file, long line, int hash) {
    int i = slot(hash(id));
    if (table[i + KEY] == EMPTY) {
      throw new IllegalStateException("the lead id of " + file + ":" + line + " was not counted in the pre-pass");
    }
    int n = rows(i) & Integer.MAX_VALUE;
    long first = table[i + FIRST];
    long other = table[i + OTHER];
    if (other != NONE) {
      long here = where(file, line);
      return new Verdict(Verdict.Kind.CONFLICT, n, where(here == first ? other : first));
    }
    if (n == 1) {
      accept(i);
      return Verdict.UNIQUE;
    }
    if (where(file, line) == first) {
      accept(i);
      return new Verdict(Verdict.Kind.KEPT, n, null);
    }
    return new Verdict(Verdict.Kind.REPEAT, n, where(first));
  }

  /** Whether a row of lead {@code id} was accepted (or, rarely, of an id with the same 64-bit hash). */
  boolean contains(String id) {
    int i = slot(hash(id));
    return table[i + KEY] != EMPTY && rows(i) < 0;
  }

  /** The number of distinct lead ids counted. */
  int size() {
    return size;
  }

  /** The start of the slot holding {@code h}, or of the empty slot where it goes. */
  private int slot(long h) {
    int mask = slots() - 1;
    int i = (int) h & mask;
    while (table[i * STRIDE + KEY] != EMPTY && table[i * STRIDE + KEY] != h) {
      i = (i + 1) & mask;
    }
    return i * STRIDE;
  }

  private int slots() {
    return table.length / STRIDE;
  }

  /** The rows of the id at slot start {@code i}, saturating at {@code Integer.MAX_VALUE}; negative once accepted. */
  private int rows(int i) {
    return (int) table[i + CELLS_ROWS];
  }

  private int cells(int i) {
    return (int) (table[i + CELLS_ROWS] >>> 32);
  }

  private void accept(int i) {
    table[i + CELLS_ROWS] = cellsAndRows(cells(i), rows(i) | Integer.MIN_VALUE);
  }

  private static long cellsAndRows(int cells, int rows) {
    return ((long) cells << 32) | (rows & 0xFFFF_FFFFL);
  }

  private long where(String file, long line) {
    return ((long) fileIndex(file) << LINE_BITS) | Math.min(line, LINE_MASK);
  }

  private Where where(long packed) {
    return new Where(files.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK);
  }

  private int fileIndex(String file) {
    int last = files.size() - 1;
    if (last >= 0 && files.get(last).equals(file)) {
      return last;
    }
    int i = files.indexOf(file);
    if (i < 0) {
      files.add(file);
      i = files.size() - 1;
    }
    return i;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (int j = 0; j < old.length; j += STRIDE) {
      if (old[j + KEY] != EMPTY) {
        System.arraycopy(old, j, table, slot(old[j + KEY]), STRIDE);
      }
    }
  }

  /** A 64-bit hash of the id ({@link io.revops.core.batch.IdHash}); never {@link #EMPTY}. */
  static long hash(String id) {
    return io.revops.core.batch.IdHash.of(id);
  }

  /** The hash of a row's cells, each stripped: rows differing only in spaces around values hash alike. */
  static int cellsHash(io.revops.io.csv.CsvRow row) {
    int hash = 1;
    for (int i = 0; i < row.size(); i++) {
      hash = 31 * hash + row.cell(i).strip().hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return "LeadIndex[" + size + " lead ids]";
  }
}
