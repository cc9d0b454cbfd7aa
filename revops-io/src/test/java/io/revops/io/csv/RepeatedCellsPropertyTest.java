package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: a cell's string through {@link RepeatedCells} is {@link CellText#of} of its characters, whatever
 * the column, the values before it, and whether the column's table is on, full or turned off.
 */
class RepeatedCellsPropertyTest {
  private static final CellText DIRECT = new CellText(StandardCharsets.UTF_8);

  @Test
  void aCellsStringIsItsDecodedTextWhateverCameBefore() {
    var one = integers().between(0, 0x7F).map(i -> (char) i.intValue())
        .mix(integers().between(0x80, 0xFF).map(i -> (char) i.intValue()), 40);
    qt().withExamples(300)
        .forAll(lists().of(lists().of(one).ofSizeBetween(0, 70)).ofSizeBetween(1, 12), integers().between(1, 4),
            integers().between(0, Integer.MAX_VALUE))
        .checkAssert((pool, columns, seed) -> {
          RepeatedCells cells = new RepeatedCells(new CellText(StandardCharsets.UTF_8), columns);
          Random r = new Random(seed);
          // enough cells for each column's trial to end: the pool repeats, a fresh value now and then
          for (int k = 0; k < 3 * RepeatedCells.TRIAL * columns; k++) {
            List<Character> value = r.nextInt(8) == 0 ? fresh(r) : pool.get(r.nextInt(pool.size()));
            assertSame(cells, r.nextInt(columns + 1), value, r.nextInt(3));
          }
        });
  }

  @Test
  void cellsAlikeAtTheCharactersThatPickASlotAreToldApart() {
    RepeatedCells cells = new RepeatedCells(new CellText(StandardCharsets.UTF_8), 1);
    String[] values = {"Иванова Мария", "Иванова Марин", "Иваноxа Мария", "Ивxнова Мария"};
    for (int k = 0; k < 4 * RepeatedCells.TRIAL; k++) {
      String v = values[k % values.length];
      char[] raw = utf8Chars(v);
      assertThat(cells.of(0, raw, 0, raw.length)).isEqualTo(v);
    }
  }

  @Test
  void aColumnOfDifferentValuesIsTurnedOffAndStillRight() {
    RepeatedCells cells = new RepeatedCells(new CellText(StandardCharsets.UTF_8), 2);
    for (int k = 0; k < 3 * RepeatedCells.TRIAL; k++) {
      char[] id = utf8Chars("Сделка №" + k);
      char[] stage = utf8Chars(k % 2 == 0 ? "Переговоры" : "Успешно реализовано");
      assertThat(cells.of(0, id, 0, id.length)).isEqualTo("Сделка №" + k);
      assertThat(cells.of(1, stage, 0, stage.length)).isEqualTo(k % 2 == 0 ? "Переговоры" : "Успешно реализовано");
    }
  }

  private static void assertSame(RepeatedCells cells, int column, List<Character> value, int pad) {
    char[] cell = new char[value.size() + 2 * pad];
    for (int i = 0; i < value.size(); i++) {
      cell[pad + i] = value.get(i);
    }
    if (pad > 0) {
      cell[0] = ','; // a delimiter before the cell, not part of it
    }
    assertThat(cells.of(column, cell, pad, pad + value.size())).isEqualTo(DIRECT.of(cell, pad, pad + value.size()));
  }

  private static List<Character> fresh(Random r) {
    int n = r.nextInt(80);
    List<Character> v = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      v.add((char) (r.nextBoolean() ? r.nextInt(0x80) : 0x80 + r.nextInt(0x80)));
    }
    return v;
  }

  private static char[] utf8Chars(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    char[] c = new char[b.length];
    for (int i = 0; i < b.length; i++) {
      c[i] = (char) (b[i] & 0xFF);
    }
    return c;
  }
}
