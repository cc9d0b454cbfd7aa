package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeadIndexTest {
  @Test
  void aNewIdIsAddedAndARepeatedOneNamesWhereItWasFirstRead() {
    LeadIndex index = new LeadIndex();
    assertThat(index.add("31000000", "deals.csv", 2, 17)).isEmpty();
    assertThat(index.add("31000001", "deals.csv", 3, 18)).isEmpty();
    assertThat(index.add("31000000", "more.csv", 9, 99))
        .contains(new LeadIndex.First("deals.csv", 2, 17));
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.contains("31000001")).isTrue();
    assertThat(index.contains("31000002")).isFalse();
  }

  @Test
  void agreesWithAHashMapOverManyIdsAndFilesThroughGrowth() {
    LeadIndex index = new LeadIndex();
    Map<String, LeadIndex.First> expected = new HashMap<>();
    Random r = new Random(7);
    for (int n = 0; n < 200_000; n++) {
      String id = Integer.toString(r.nextInt(120_000));
      String file = "f" + r.nextInt(3) + ".csv";
      LeadIndex.First here = new LeadIndex.First(file, n + 2L, r.nextInt());
      LeadIndex.First before = expected.putIfAbsent(id, here);
      if (before == null) {
        assertThat(index.add(id, file, here.line(), here.cells())).isEmpty();
      } else {
        assertThat(index.add(id, file, here.line(), here.cells())).contains(before);
      }
    }
    assertThat(index.size()).isEqualTo(expected.size());
    for (int i = 0; i < 130_000; i++) {
      assertThat(index.contains(Integer.toString(i))).isEqualTo(expected.containsKey(Integer.toString(i)));
    }
  }
}
