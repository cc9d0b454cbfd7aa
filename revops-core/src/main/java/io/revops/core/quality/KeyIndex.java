package io.revops.core.quality;

import io.revops.core.batch.IdHash;
import java.util.Arrays;

/**
 * Blocking without all pairs: for each {@link MatchKey}, the first record that had each key value;
 * a later record with the same value is united with it (union-find with path halving), and both are
 * marked as sharing that key. Key values are held as 64-bit hashes in open-addressing tables, so
 * memory is 24 to 48 bytes per record and key used; two different values collide with probability
 * about n²/2⁶⁵ (10⁻⁷ for 10⁶ values), which would join two records in error.
 *
 * <p>Cost: O(n α(n)) for n records and a bounded number of keys each. Mutable, not thread-safe.
 */
final class KeyIndex {
  private static final long EMPTY = 0L;
  private final int[] parent;
  private final int[] shared;
  private final long[][] tableKeys = new long[MatchKey.values().length][];
  private final int[][] tableValues = new int[MatchKey.values().length][];
  private final int[] sizes = new int[MatchKey.values().length];
  private final int capacity;

  KeyIndex(int records) {
    parent = new int[records];
    shared = new int[records];
    for (int i = 0; i < records; i++) {
      parent[i] = i;
    }
    capacity = Integer.highestOneBit(Math.max(16, records) * 2 - 1) << 1;
  }

  /** Records that {@code record} has {@code value} for {@code key}. */
  void add(MatchKey key, String value, int record) {
    long h = hash(value, key.ordinal());
    int k = key.ordinal();
    if (tableKeys[k] == null) {
      // a table per key actually used: a person index never holds company keys
      tableKeys[k] = new long[capacity];
      tableValues[k] = new int[capacity];
    }
    long[] keys = tableKeys[k];
    int mask = keys.length - 1;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == h) {
        int first = tableValues[k][slot];
        union(first, record);
        shared[first] |= 1 << k;
        shared[record] |= 1 << k;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (++sizes[k] * 2 > keys.length) {
      throw new IllegalStateException("more key values than records: " + sizes[k]);
    }
    keys[slot] = h;
    tableValues[k][slot] = record;
  }

  /** A 64-bit hash, never 0 (the empty slot). */
  private static long hash(String value, int salt) {
    return IdHash.of(value, salt);
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      // the smaller index is the root, so a cluster's root is its first record
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The keys {@code record} shares with another record, as a bit set by ordinal. */
  int shared(int record) {
    return shared[record];
  }

  int size() {
    return parent.length;
  }

  @Override
  public String toString() {
    return "key index of " + parent.length + " records, key values " + Arrays.toString(sizes);
  }
}
