package io.revops.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The matching keys of a person's name (its {@linkplain Text#tokens tokens} in any order: "Иванов
 * Иван" is "Иван Иванов") and of a company's name: its tokens in any order without quotes
 * («», "", '') and without its legal form, in Cyrillic or Latin spelling, abbreviated or spelt out:
 * ООО/OOO, АО/AO, ПАО/PAO, ЗАО/ZAO, ОАО/OAO, НАО, ИП/IP, НКО, АНО, LLC, Ltd, Inc, JSC, PJSC, CJSC,
 * GmbH, PLC, Corp., "общество с ограниченной ответственностью", "(публичное, закрытое, открытое,
 * непубличное) акционерное общество", "индивидуальный предприниматель". So «ООО "Ромашка"»,
 * "Ромашка, ООО" and "OOO Ромашка" share a key.
 */
final class Names {
  private static final Set<String> LEGAL_FORMS = Set.of(
      "ооо", "ао", "пао", "зао", "оао", "нао", "ип", "нко", "ано",
      "ooo", "ao", "pao", "zao", "oao", "nao", "ip",
      "llc", "ltd", "inc", "jsc", "pjsc", "cjsc", "gmbh", "plc", "corp");
  private static final List<List<String>> LEGAL_PHRASES = List.of(
      List.of("общество", "с", "ограниченной", "ответственностью"),
      List.of("публичное", "акционерное", "общество"),
      List.of("закрытое", "акционерное", "общество"),
      List.of("открытое", "акционерное", "общество"),
      List.of("непубличное", "акционерное", "общество"),
      List.of("акционерное", "общество"),
      List.of("индивидуальный", "предприниматель"));

  private Names() {}

  /** The key of a person's name, if it has letters or digits. */
  static Optional<String> personKey(String name) {
    return Text.sortedKey(Text.tokens(name));
  }

  /** The key of a company's name, if anything is left without the legal form. */
  static Optional<String> companyKey(String name) {
    List<String> tokens = Text.tokens(name);
    List<String> kept = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      int phrase = phraseAt(tokens, i);
      if (phrase > 0) {
        i += phrase - 1;
      } else if (!LEGAL_FORMS.contains(tokens.get(i))) {
        kept.add(tokens.get(i));
      }
    }
    return Text.sortedKey(kept);
  }

  private static int phraseAt(List<String> tokens, int i) {
    for (List<String> p : LEGAL_PHRASES) {
      if (i + p.size() <= tokens.size() && tokens.subList(i, i + p.size()).equals(p)) {
        return p.size();
      }
    }
    return 0;
  }
}
