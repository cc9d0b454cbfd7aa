package io.revops.examples.healthcheck;

/**
 * The lead ids already seen, kept as 64-bit hashes in an open-addressing table: 16 to 32 bytes per id instead
 * of a {@code HashSet<String>}'s hundred or so, so the health check can tell whether a lead's events come back
 * after its group ended at 10^7 events in a small heap.
 *
 * <p>A hash collision makes {@link #contains} say yes for an id never added (about one chance in 10^6 at
 * 10^7 ids): callers use a yes only to take the slower, always correct path (the spill), never to drop data.
 *
 * <p>Instances are mutable and not thread-safe.
 */
final class LeadIdSet {
  private static final long EMPTY = 0;
  private long[] table = new long[1 << 12];
  private int size;

  /** Adds {@code id}. */
  void add(String id) {
    if (2 * (size + 1) > table.length) {
      grow();
    }
    if (insert(table, hash(id))) {
      size++;
    }
  }

  /** True if {@code id} was added (or, rarely, collides with an id that was). */
  boolean contains(String id) {
    long h = hash(id);
    int mask = table.length - 1;
    for (int i = (int) h & mask; ; i = (i + 1) & mask) {
      if (table[i] == EMPTY) {
        return false;
      }
      if (table[i] == h) {
        return true;
      }
    }
  }

  /** The number of distinct hashes held. */
  int size() {
    return size;
  }

  private static boolean insert(long[] t, long h) {
    int mask = t.length - 1;
    for (int i = (int) h & mask; ; i = (i + 1) & mask) {
      if (t[i] == EMPTY) {
        t[i] = h;
        return true;
      }
      if (t[i] == h) {
        return false;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (long h : table) {
      if (h != EMPTY) {
        insert(bigger, h);
      }
    }
    table = bigger;
  }

  /** A 64-bit hash of the id ({@link io.revops.core.batch.IdHash}); never 0 (the empty slot). */
  static long hash(String id) {
    return io.revops.core.batch.IdHash.of(id);
  }

  @Override
  public String toString() {
    return "LeadIdSet[" + size + " ids]";
  }
}
