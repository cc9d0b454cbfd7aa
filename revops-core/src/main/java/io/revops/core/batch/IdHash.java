package io.revops.core.batch;

import static java.util.Objects.requireNonNull;

/**
 * The 64-bit hash the batch readers keep instead of an id or key, where holding every id as a string would make
 * memory grow with the input: FNV-1a over the characters, then MurmurHash3's 64-bit finalizer; never 0, so 0
 * can mark an empty slot of an open-addressing table. Two different ids share a hash with a probability of about
 * {@code n²/2^65} among {@code n} ids (3·10^-8 for 10^6): callers say what a collision means for them (the
 * readers report it as a repeated id, never drop a row silently).
 *
 * <p>Cost: one pass over the characters, no allocation. Stateless and thread-safe.
 */
public final class IdHash {
  private IdHash() {}

  /** The hash of {@code value}'s characters; never 0. */
  public static long of(CharSequence value) {
    return of(value, 0);
  }

  /**
   * The hash of {@code value}'s characters in the family {@code salt} (one table holding several kinds of key
   * keeps them apart by salt); never 0.
   */
  public static long of(CharSequence value, int salt) {
    requireNonNull(value, "value");
    long h = 0xcbf29ce484222325L ^ salt;
    for (int i = 0; i < value.length(); i++) {
      h ^= value.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
