package io.revops.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code CityNames.matchesAny}, which compares a city name with the keys of a criterion's cities without building
 * the name's key, agrees with comparing the keys.
 */
class CityNameComparisonTest {
  /** Whether {@code a} and {@code b} name the same city, as {@code CityIn} decides it: {@code b} against a's key. */
  private static boolean sameCity(String a, String b) {
    return CityNames.matchesAny(new String[] {CityNames.key(a)}, b);
  }

  // letters of both cases in Latin, Latin-1, Cyrillic (with Ё/ё) and the characters that are not simple
  // (Greek capital sigma lower-cases by context, İ to two characters, a surrogate pair), separators, controls
  private static final String ALPHABET = "aAbBzZmMoOsScCwWéÉßÿµ \t\n\u000B\f\r-\u0001.'"
      + "мМоОсСкКвВаАеЕёЁяЯѐЀџЏӘәԀԁ"
      + "ΣσςİıI\uD801\uDC00\uD801\uDC28";

  private static String random(Random r, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** {@code s} spelled differently but with the same key, most of the time: case, ё/е, separator runs, padding. */
  private static String respell(Random r, String s) {
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? " \t" : "");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-') {
        sb.append(r.nextBoolean() ? " - " : "-");
      } else if (c == 'е' && r.nextBoolean()) {
        sb.append('Ё');
      } else if (!Character.isSurrogate(c) && r.nextBoolean()) {
        sb.append(Character.toUpperCase(c));
      } else {
        sb.append(c);
      }
      if (r.nextInt(20) == 0) sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length()))); // now and then a real difference
    }
    return sb.append(r.nextBoolean() ? "\r\n" : "").toString();
  }

  private static Gen<String[]> namePairs() {
    return longs().all().zip(integers().between(0, 2), (seed, kind) -> {
      Random r = new Random(seed);
      String a = random(r, 12);
      String b = switch (kind) {
        case 0 -> random(r, 12);
        case 1 -> respell(r, a);
        default -> respell(r, List.of("Moscow", "Москва", "Saint Petersburg", "St. Petersburg", "Санкт-Петербург",
            "Нижний Новгород", "Орёл").get(r.nextInt(7)));
      };
      return kind == 2 ? new String[] {respell(r, b), b} : new String[] {a, b};
    });
  }

  @Test
  void agreesWithComparingTheKeys() {
    qt().withExamples(20_000).forAll(namePairs()).checkAssert(p -> {
      boolean expected = CityNames.key(p[0]).equals(CityNames.key(p[1]));
      assertThat(sameCity(p[0], p[1])).as("%s vs %s", p[0], p[1]).isEqualTo(expected);
      assertThat(sameCity(p[1], p[0])).isEqualTo(expected);
    });
  }

  @Test
  void findsTheHandbookCitiesSpelledDifferently() {
    assertThat(sameCity("  санкт - ПЕТЕРБУРГ ", "Санкт-Петербург")).isTrue();
    assertThat(sameCity("ОРЕЛ", "Орёл")).isTrue();
    assertThat(sameCity("Moscow-", "Moscow")).isFalse();
    assertThat(sameCity("Moscow", "Moskva")).isFalse();
    assertThat(sameCity("İstanbul", "i\u0307stanbul")).isTrue(); // İ lower-cases to i and a combining dot
  }

  @Test
  void simpleCharactersLowerCaseOneForOneWhateverTheirNeighbours() {
    // the premise of the comparison: for these characters String.toLowerCase(Locale.ROOT) is
    // Character.toLowerCase applied to each character, so the keys can be compared character by character
    StringBuilder simple = new StringBuilder();
    for (char c = 0; c < 0x0530; c++) {
      if (CityNames.isSimple(c)) simple.append(c);
    }
    for (int i = 0; i < simple.length(); i++) {
      for (int j = 0; j < simple.length(); j++) {
        char a = simple.charAt(i);
        char b = simple.charAt(j);
        String lower = ("" + a + b).toLowerCase(Locale.ROOT);
        if (!lower.equals("" + Character.toLowerCase(a) + Character.toLowerCase(b))) {
          throw new AssertionError("not one for one: U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
        }
      }
    }
    assertThat(simple.length()).isEqualTo(0x100 + 0x130);
  }
}
