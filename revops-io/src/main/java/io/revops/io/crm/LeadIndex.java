package io.revops.io.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * The leads read so far, for joining activities and opportunities to them and for reporting a repeated lead
 * row: per lead a 64-bit hash of its id, where it was first read (file and line) and a 32-bit hash of that row's
 * cells, in an open-addressing table of primitive arrays (20 bytes a slot, at most half the slots used: 40 to 80
 * bytes a lead, against about 130 for a {@code HashMap<String, record>}).
 *
 * <p>Exactness: two different ids with the same 64-bit hash are taken for one lead (the second row is then
 * reported as a repeated lead, never dropped silently); the chance of any such pair among {@code n} ids is about
 * {@code n² / 2^65}, 3·10^-8 at 10^6 leads. Two different rows of one id whose cells hash alike are reported as
 * a repeat rather than as a conflict (one chance in 2^32 per repeated id).
 *
 * <p>Cost: {@link #add} and {@link #contains} are expected O(1) (one hash of the id); memory grows with the
 * number of distinct leads only.
 *
 * <p>This class is mutable and not thread-safe: one import.
 */
final class LeadIndex {
  private static final long EMPTY = 0;
  private static final int LINE_BITS = 48;

  private final List<String> files = new ArrayList<>();
  private long[] keys = new long[1 << 10];
  private long[] where = new long[1 << 10];
  private int[] cells = new int[1 << 10];
  private int size;

  /** Where a lead id was first read, and the hash of that row's cells. */
  record First(String file, long line, int cells) {}

  /**
   * Adds lead {@code id} read at {@code line} of {@code file} with cells hashing to {@code cellsHash}; empty if
   * it is new, else where it was first read.
   */
  java.util.Optional<First> add(String id, String file, long line, int cellsHash) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    long h = hash(id);
    int mask = keys.length - 1;
    for (int i = (int) h & mask; ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        keys[i] = h;
        where[i] = ((long) fileIndex(file) << LINE_BITS) | Math.min(line, (1L << LINE_BITS) - 1);
        cells[i] = cellsHash;
        size++;
        return java.util.Optional.empty();
      }
      if (keys[i] == h) {
        return java.util.Optional.of(new First(files.get((int) (where[i] >>> LINE_BITS)),
            where[i] & ((1L << LINE_BITS) - 1), cells[i]));
      }
    }
  }

  /** Whether lead {@code id} was read (or, rarely, an id with the same 64-bit hash). */
  boolean contains(String id) {
    long h = hash(id);
    int mask = keys.length - 1;
    for (int i = (int) h & mask; ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        return false;
      }
      if (keys[i] == h) {
        return true;
      }
    }
  }

  /** The number of distinct leads held. */
  int size() {
    return size;
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
    long[] oldKeys = keys;
    long[] oldWhere = where;
    int[] oldCells = cells;
    keys = new long[oldKeys.length * 2];
    where = new long[oldKeys.length * 2];
    cells = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = (int) oldKeys[j] & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        where[i] = oldWhere[j];
        cells[i] = oldCells[j];
      }
    }
  }

  /** A 64-bit hash of the id ({@link io.revops.core.batch.IdHash}); never {@link #EMPTY}. */
  static long hash(String id) {
    return io.revops.core.batch.IdHash.of(id);
  }

  @Override
  public String toString() {
    return "LeadIndex[" + size + " leads]";
  }
}
