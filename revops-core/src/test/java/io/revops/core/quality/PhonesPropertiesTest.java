package io.revops.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The Russian shortcut of {@link Phones} answers what libphonenumber answers. */
class PhonesPropertiesTest {
  private static final String[] FORMATS = {
      "+7%s", "+7 (%.3s) %.3s-%.2s-%.2s", "8%s", "8 (%.3s) %.3s-%.2s-%.2s", "8 %.3s %.3s %.2s %.2s",
      "+7-%.3s-%.3s-%.2s-%.2s", "8.%.3s.%.3s.%.2s.%.2s", "+7%s0", "8%.9s", "+7 %s", "81%s"};

  @Test
  void theShortcutAgreesWithLibphonenumberOnRussianShapes() {
    Phones ru = new Phones("RU");
    Phones kz = new Phones("KZ");
    qt().forAll(longs().between(0, 9_999_999_999L), integers().between(0, FORMATS.length - 1))
        .checkAssert((number, format) -> {
          String d = String.format("%010d", number);
          String raw = String.format(FORMATS[format], d, d.substring(3), d.substring(6), d.substring(8));
          assertThat(ru.key(raw)).as("%s in RU", raw).isEqualTo(ru.viaLibphonenumber(raw));
          assertThat(kz.key(raw)).as("%s in KZ", raw).isEqualTo(kz.viaLibphonenumber(raw));
        });
  }
}
