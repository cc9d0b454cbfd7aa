package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.io.profile.Profile;
import io.revops.io.profile.Profiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrePassTest {
  private static final List<String> HEADER = List.of("ID", "Бюджет", "Дата создания", "Этап сделки");
  private static final Layout LAYOUT = new Layout(',', false, false, StandardCharsets.UTF_8, true, "\n");
  private static final Profile AMO = Profiles.builtIn("amocrm");

  private static List<String> row(int id) {
    return List.of(String.valueOf(id), "100,00", "01.02.2026 10:00:00", "Переговоры");
  }

  /** The lead fingerprints the pre-pass keeps for {@code rows} of one amoCRM deals file (no file joins to them). */
  private static Rows counted(List<List<String>> rows) {
    Rows counted = new Rows(true, false, false);
    PrePass.count(List.of(new PrePass.File(ExportFile.of("deals.csv", LAYOUT.write(HEADER, rows)),
        AMO.files().get(0))), counted, AMO.zone());
    return counted;
  }

  @Test
  void aSortedFileKeepsOnlyItsRepeatedIdsAnUnsortedOneEveryId() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      rows.add(row(90 + i));
    }
    assertThat(counted(rows).leadFingerprints()).isZero();
    List<List<String>> descending = new ArrayList<>(rows);
    Collections.reverse(descending);
    assertThat(counted(descending).leadFingerprints()).isZero();
    List<List<String>> repeated = new ArrayList<>(rows);
    repeated.add(500, row(589));
    repeated.add(501, row(589));
    Rows withRepeat = counted(repeated);
    assertThat(withRepeat.leadFingerprints()).isEqualTo(1);
    assertThat(withRepeat.repeats()).isTrue();
    List<List<String>> shuffled = new ArrayList<>(repeated);
    Collections.shuffle(shuffled, new Random(3));
    Rows unsorted = counted(shuffled);
    assertThat(unsorted.leadFingerprints()).isEqualTo(2000);
    assertThat(unsorted.repeats()).isTrue();
    // out of order only at the end: the sorted scan is cut short and every id counted
    List<List<String>> lastOutOfOrder = new ArrayList<>(rows);
    lastOutOfOrder.add(row(95));
    assertThat(counted(lastOutOfOrder).leadFingerprints()).isEqualTo(2000);
  }

  @Test
  void idsAreInATotalOrderEqualOnlyForEqualIds() {
    assertThat(PrePass.compare("9", "10")).isNegative();
    assertThat(PrePass.compare("10", "9")).isPositive();
    assertThat(PrePass.compare("007", "7")).isNotZero();
    assertThat(Integer.signum(PrePass.compare("007", "7"))).isEqualTo(-Integer.signum(PrePass.compare("7", "007")));
    assertThat(PrePass.compare("0", "00")).isNotZero();
    assertThat(PrePass.compare("123", "A-1")).isNegative();
    assertThat(PrePass.compare("A-2", "A-10")).isPositive();
    assertThat(PrePass.compare("A-10", "A-10")).isZero();
    Random r = new Random(5);
    String[] pool = {"7", "007", "70", "8", "A", "a", "A1", "", "0", "10", "9"};
    for (int n = 0; n < 2000; n++) {
      String a = pool[r.nextInt(pool.length)];
      String b = pool[r.nextInt(pool.length)];
      String c = pool[r.nextInt(pool.length)];
      assertThat(PrePass.compare(a, b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(PrePass.compare(a, b))).isEqualTo(-Integer.signum(PrePass.compare(b, a)));
      if (PrePass.compare(a, b) <= 0 && PrePass.compare(b, c) <= 0) {
        assertThat(PrePass.compare(a, c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
      }
    }
  }
}
