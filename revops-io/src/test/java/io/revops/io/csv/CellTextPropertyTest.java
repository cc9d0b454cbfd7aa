package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Property: a cell's text, for any bytes, any part of them, is the JDK's UTF-8 decoding of those bytes. */
class CellTextPropertyTest {
  @Test
  void aCellsTextIsTheJdksDecodingOfItsBytes() {
    var one = integers().between(0, 0x7F).map(i -> (char) i.intValue())
        .mix(integers().between(0x80, 0xFF).map(i -> (char) i.intValue()), 10);
    qt().withExamples(20_000)
        .forAll(lists().of(one).ofSizeBetween(0, 30), integers().between(0, 30), integers().between(0, 30))
        .checkAssert((text, i, j) -> {
          char[] cell = new char[text.size()];
          for (int k = 0; k < cell.length; k++) {
            cell[k] = text.get(k);
          }
          int from = Math.min(Math.min(i, j), cell.length);
          int to = Math.min(Math.max(i, j), cell.length);
          byte[] bytes = new byte[to - from];
          for (int k = from; k < to; k++) {
            bytes[k - from] = (byte) cell[k];
          }
          assertThat(new CellText(StandardCharsets.UTF_8).of(cell, from, to))
              .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        });
  }
}
