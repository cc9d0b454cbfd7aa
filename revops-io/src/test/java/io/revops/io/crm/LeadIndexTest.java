package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.io.csv.CsvRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

class LeadIndexTest {
  private record Row(String id, String file, CsvRow row) {}

  private static Row row(String id, String file, long line, String... others) {
    List<String> cells = new ArrayList<>(List.of(id));
    cells.addAll(List.of(others));
    return new Row(id, file, CsvRow.of(line, cells));
  }

  /** Both counts over {@code rows}, as the pre-pass makes them. */
  private static LeadIndex counted(ToLongFunction<CharSequence> fingerprint, List<Row> rows) {
    LeadIndex index = new LeadIndex(fingerprint);
    rows.forEach(r -> index.count(new StringBuilder(r.id())));
    if (index.repeats()) {
      rows.forEach(r -> index.countExactly(r.id(), r.file(), r.row()));
    }
    return index;
  }

  private static LeadIndex.Verdict judge(LeadIndex index, Row r) {
    return index.judge(r.id(), r.file(), r.row().line());
  }

  private static final List<Row> ROWS = List.of(
      row("1", "deals.csv", 2, "a"),
      row("2", "deals.csv", 3, "b"),
      row("2", "deals.csv", 4, " b "),
      row("3", "deals.csv", 5, "c"),
      row("3", "more.csv", 9, "d"));

  @Test
  void aUniqueIdIsReadIdenticalRowsOnceAndConflictingRowsNever() {
    assertVerdicts(counted(io.revops.core.batch.IdHash::of, ROWS), 3);
  }

  @Test
  void fingerprintsThatAllCollideAreDecidedExactly() {
    LeadIndex index = counted(id -> 42, ROWS);
    assertThat(index.exactIds()).isEqualTo(3);
    assertVerdicts(index, 1);
  }

  @Test
  void twoDistinctUniqueIdsWhoseFingerprintsCollideAreBothUnique() {
    ToLongFunction<CharSequence> collide = id -> id.toString().equals("7") || id.toString().equals("8") ? 5 : id.toString().hashCode() + 100;
    List<Row> rows = List.of(row("7", "f.csv", 2, "x"), row("8", "f.csv", 3, "y"), row("9", "f.csv", 4, "z"));
    LeadIndex index = counted(collide, rows);
    assertThat(index.repeats()).isTrue();
    assertThat(index.exactIds()).isEqualTo(2);
    for (Row r : rows) {
      assertThat(judge(index, r).kind()).isEqualTo(LeadIndex.Verdict.Kind.UNIQUE);
    }
    assertThat(index.contains("7")).isTrue();
    assertThat(index.contains("8")).isTrue();
    assertThat(index.contains("9")).isTrue();
  }

  private static void assertVerdicts(LeadIndex index, int fingerprints) {
    assertThat(index.size()).isEqualTo(fingerprints);
    assertThat(index.contains("1")).isFalse();
    assertThat(judge(index, ROWS.get(0)).kind()).isEqualTo(LeadIndex.Verdict.Kind.UNIQUE);
    assertThat(judge(index, ROWS.get(2)))
        .isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.REPEAT, 2, new LeadIndex.Where("deals.csv", 3)));
    assertThat(judge(index, ROWS.get(1))).isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.KEPT, 2, null));
    assertThat(judge(index, ROWS.get(3)))
        .isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.CONFLICT, 2, new LeadIndex.Where("more.csv", 9)));
    assertThat(judge(index, ROWS.get(4)))
        .isEqualTo(new LeadIndex.Verdict(LeadIndex.Verdict.Kind.CONFLICT, 2, new LeadIndex.Where("deals.csv", 5)));
    assertThat(index.contains("1")).isTrue();
    assertThat(index.contains("2")).isTrue();
    assertThat(index.contains("3")).isFalse();
    if (fingerprints > 1) {
      assertThat(index.contains("4")).isFalse();
      assertThatThrownBy(() -> index.judge("4", "deals.csv", 7)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("deals.csv:7");
    } else {
      // the one fingerprint stands for several ids: an id never counted is not taken for one of them
      assertThat(index.contains("4")).isFalse();
      assertThatThrownBy(() -> index.judge("4", "deals.csv", 7)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("deals.csv:7").hasMessageContaining("exactly");
    }
  }

  @Test
  void withoutJoinsTheVerdictsAreTheSameAndContainsIsRuledOut() {
    LeadIndex index = new LeadIndex();
    index.noJoins();
    ROWS.forEach(r -> index.count(r.id()));
    ROWS.forEach(r -> index.countExactly(r.id(), r.file(), r.row()));
    assertThat(judge(index, ROWS.get(1)).kind()).isEqualTo(LeadIndex.Verdict.Kind.KEPT);
    assertThat(judge(index, ROWS.get(3)).kind()).isEqualTo(LeadIndex.Verdict.Kind.CONFLICT);
    assertThatThrownBy(() -> index.contains("1")).isInstanceOf(IllegalStateException.class);
    LeadIndex once = new LeadIndex();
    once.noJoins();
    once.count("1");
    once.count("2");
    assertThat(once.repeats()).isFalse();
    assertThat(once.judge("2", "f.csv", 3).kind()).isEqualTo(LeadIndex.Verdict.Kind.UNIQUE);
  }

  @Test
  void aRowCountedFirstButNotExactlyLeavesTheOthersUnique() {
    // the first count may take a row the reading rejects (a superset): its id's other row is still unique
    LeadIndex index = new LeadIndex();
    index.count("5");
    index.count("5");
    index.countExactly("5", "f.csv", CsvRow.of(3, List.of("5", "kept")));
    assertThat(index.judge("5", "f.csv", 3).kind()).isEqualTo(LeadIndex.Verdict.Kind.UNIQUE);
    assertThat(index.contains("5")).isTrue();
  }

  @Test
  void agreesWithAHashMapOverManyIdsAndFilesThroughGrowthWithAWeakFingerprint() {
    for (ToLongFunction<CharSequence> fingerprint : List.<ToLongFunction<CharSequence>>of(
        io.revops.core.batch.IdHash::of, id -> id.toString().hashCode() % 1000)) {
      Map<String, List<String>> cellsOf = new HashMap<>();
      Random r = new Random(7);
      List<Row> rows = new ArrayList<>();
      for (int n = 0; n < 60_000; n++) {
        String id = Integer.toString(r.nextInt(40_000));
        String cell = Integer.toString(r.nextInt(4));
        rows.add(row(id, "f.csv", n + 2L, cell));
        cellsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(cell);
      }
      LeadIndex index = counted(fingerprint, rows);
      for (Row row : rows) {
        List<String> of = cellsOf.get(row.id());
        boolean alike = of.stream().allMatch(c -> c.equals(of.get(0)));
        LeadIndex.Verdict v = judge(index, row);
        assertThat(v.rows()).isEqualTo(of.size());
        if (!alike) {
          assertThat(v.kind()).isEqualTo(LeadIndex.Verdict.Kind.CONFLICT);
        } else if (of.size() == 1) {
          assertThat(v.kind()).isEqualTo(LeadIndex.Verdict.Kind.UNIQUE);
        } else {
          assertThat(v.kind()).isIn(LeadIndex.Verdict.Kind.KEPT, LeadIndex.Verdict.Kind.REPEAT);
        }
      }
      for (int i = 0; i < 45_000; i++) {
        List<String> of = cellsOf.get(Integer.toString(i));
        boolean read = of != null && of.stream().allMatch(c -> c.equals(of.get(0)));
        assertThat(index.contains(Integer.toString(i))).isEqualTo(read);
      }
    }
  }
}
