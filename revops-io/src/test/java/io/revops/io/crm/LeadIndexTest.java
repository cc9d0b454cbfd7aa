package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeadIndexTest {
  @Test
  void aUniqueIdIsReadIdenticalRowsOnceAndConflictingRowsNever() {
    LeadIndex index = new LeadIndex();
    index.count("1", "deals.csv", 2, 17);
    index.count("2", "deals.csv", 3, 18);
    index.count("2", "deals.csv", 4, 18);
    index.count("3", "deals.csv", 5, 19);
    index.count("3", "more.csv", 9, 20);
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.contains("1")).isFalse();
    assertThat(index.judge("1", "deals.csv", 2, 17).kind()).isEqualTo(LeadIndex.Verdict.Kind.UNIQUE);
    assertThat(index.judge("2", "deals.csv", 4, 18))
        .isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.REPEAT, 2, new LeadIndex.Where("deals.csv", 3)));
    assertThat(index.judge("2", "deals.csv", 3, 18))
        .isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.KEPT, 2, null));
    assertThat(index.judge("3", "deals.csv", 5, 19))
        .isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.CONFLICT, 2, new LeadIndex.Where("more.csv", 9)));
    assertThat(index.judge("3", "more.csv", 9, 20))
        .isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.CONFLICT, 2, new LeadIndex.Where("deals.csv", 5)));
    assertThat(index.contains("1")).isTrue();
    assertThat(index.contains("2")).isTrue();
    assertThat(index.contains("3")).isFalse();
    assertThat(index.contains("4")).isFalse();
    assertThatThrownBy(() -> index.judge("4", "deals.csv", 7, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("deals.csv:7");
  }

  @Test
  void agreesWithAHashMapOverManyIdsAndFilesThroughGrowth() {
    LeadIndex index = new LeadIndex();
    Map<String, List<Integer>> hashes = new HashMap<>();
    Random r = new Random(7);
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < 200_000; n++) {
      String id = Integer.toString(r.nextInt(120_000));
      int hash = r.nextInt(4);
      ids.add(id);
      hashes.computeIfAbsent(id, k -> new ArrayList<>()).add(hash);
      index.count(id, "f.csv", n + 2L, hash);
    }
    assertThat(index.size()).isEqualTo(hashes.size());
    for (int n = 0; n < ids.size(); n++) {
      List<Integer> of = hashes.get(ids.get(n));
      int hash = of.get(0);
      boolean alike = of.stream().allMatch(h -> h == hash);
      LeadIndex.Verdict v = index.judge(ids.get(n), "f.csv", n + 2L, hash);
      assertThat(v.rows()).isEqualTo(of.size());
      if (!alike) {
        assertThat(v.kind()).isEqualTo(LeadIndex.Verdict.Kind.CONFLICT);
      } else if (of.size() == 1) {
        assertThat(v.kind()).isEqualTo(LeadIndex.Verdict.Kind.UNIQUE);
      } else {
        assertThat(v.kind()).isIn(LeadIndex.Verdict.Kind.KEPT, LeadIndex.Verdict.Kind.REPEAT);
      }
    }
    for (int i = 0; i < 130_000; i++) {
      List<Integer> of = hashes.get(Integer.toString(i));
      boolean read = of != null && of.stream().allMatch(h -> h.equals(of.get(0)));
      assertThat(index.contains(Integer.toString(i))).isEqualTo(read);
    }
  }
}
