package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Whitespace#strip} answers what {@link String#strip()} answers. */
class WhitespacePropertiesTest {
  /** Characters near every edge of the shortcut's range, whitespace of every kind, and surrogates. */
  private static final char[] EDGES = {
      ' ', '\t', '\n', '\u000b', '\f', '\r', '\u001c', '\u001f', '\u0020', '!', '\u007f', '\u0085', '\u00a0',
      '\u167f', '\u1680', '\u1681', '\u2000', '\u2007', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f',
      '\u3000', '\ud83d', '\ude00', 'a', 'Я', '\ufeff', '\u0000'};

  private static Gen<String> texts() {
    Gen<Character> one = integers().between(0, EDGES.length - 1).map(i -> EDGES[i])
        .mix(integers().between(0, 0xFFFF).map(i -> (char) i.intValue()), 30);
    return lists().of(one).ofSizeBetween(0, 6).map(WhitespacePropertiesTest::join);
  }

  private static String join(List<Character> cs) {
    StringBuilder b = new StringBuilder();
    cs.forEach(b::append);
    return b.toString();
  }

  @Test
  void stripIsTheJdks() {
    qt().withExamples(20_000).forAll(texts()).checkAssert(s -> {
      assertThat(Whitespace.strip(s)).as("strip of %s", s.codePoints().boxed().toList()).isEqualTo(s.strip());
    });
  }

  @Test
  void theShortcutsRangeHoldsNoWhitespace() {
    for (int c = '!'; c < 0x1680; c++) {
      assertThat(Character.isWhitespace(c)).as("U+%04X", c).isFalse();
    }
    assertThat(Character.isWhitespace(0x1680)).isTrue();
  }
}
