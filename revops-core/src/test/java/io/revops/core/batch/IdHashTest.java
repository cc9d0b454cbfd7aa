package io.revops.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one id hash of the batch readers (LeadIndex, LeadIdSet, KeyIndex). */
class IdHashTest {
  @Test
  void isTheFnv1aAndMurmurFinalizerHashNeverZeroAndSpreadsCloseIds() {
    // FNV-1a of "" is the offset basis; the finalizer of it, pinned so a change of the function is seen
    long basis = 0xcbf29ce484222325L;
    long h = basis;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    assertThat(IdHash.of("")).isEqualTo(h);
    assertThat(IdHash.of("L-1")).isEqualTo(IdHash.of("L-1", 0)).isNotEqualTo(IdHash.of("L-1", 1));
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      long v = IdHash.of("L-" + i);
      assertThat(v).isNotZero();
      seen.add(v);
    }
    assertThat(seen).hasSize(200_000);
    assertThat(IdHash.of(new StringBuilder("L-7"))).isEqualTo(IdHash.of("L-7"));
  }

  @Test
  void namesANullValue() {
    assertThatThrownBy(() -> IdHash.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }
}
