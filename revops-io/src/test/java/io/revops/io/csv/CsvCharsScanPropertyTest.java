package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/**
 * Property: {@code CsvChars.scan} (a value's run, passing over characters above the three searched on one
 * comparison) finds the index the plain search finds: the first of the three, else the end.
 */
class CsvCharsScanPropertyTest {
  /** The structure characters (delimiters, quote, line breaks), characters on both sides of them, and any. */
  private static final char[] NEAR = {',', ';', '\t', '|', '"', '\n', '\r', ' ', '+', '-', ':', '<', '{', '}',
      '~', '\u0000', '\u00d0', '\u00bb', 'a', '0', '9', '\u0410', '\uffff'};

  private static int simple(char[] chars, int from, int to, char a, char b, char c) {
    for (int p = from; p < to; p++) {
      if (chars[p] == a || chars[p] == b || chars[p] == c) {
        return p;
      }
    }
    return to;
  }

  @Test
  void scanFindsTheFirstOfTheThreeOrTheEnd() {
    var one = integers().between(0, NEAR.length - 1).map(i -> NEAR[i])
        .mix(integers().between(0, 0xFFFF).map(i -> (char) i.intValue()), 20);
    qt().withExamples(20_000)
        .forAll(lists().of(one).ofSizeBetween(0, 40), lists().of(one).ofSizeBetween(3, 3),
            integers().between(0, 40), integers().between(0, 40))
        .checkAssert((text, three, i, j) -> {
          char[] chars = new char[text.size()];
          for (int k = 0; k < chars.length; k++) {
            chars[k] = text.get(k);
          }
          int from = Math.min(Math.min(i, j), chars.length);
          int to = Math.min(Math.max(i, j), chars.length);
          char a = three.get(0);
          char b = three.get(1);
          char c = three.get(2);
          assertThat(CsvChars.scan(chars, from, to, a, b, c)).as("%s [%s, %s) for %s", text, from, to, three)
              .isEqualTo(simple(chars, from, to, a, b, c));
        });
  }

  @Test
  void aCsvSearchStopsAtTheDelimiterNotAtCharactersAboveIt() {
    char[] chars = "Сделка;12,5\"x".toCharArray();
    assertThat(CsvChars.scan(chars, 0, chars.length, ';', '\n', '\r')).isEqualTo(6);
    assertThat(CsvChars.scan(chars, 7, chars.length, '"', '\n', '\r')).isEqualTo(11);
    assertThat(CsvChars.scan(chars, 7, chars.length, ';', '\n', '\r')).isEqualTo(chars.length);
  }
}
